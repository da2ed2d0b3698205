package org.cxadvisor.scenarioset;

import org.cxadvisor.support.Postgres;
import org.springframework.test.context.ContextConfiguration;

/** Scenario sets on a real PostgreSQL server. */
@ContextConfiguration(initializers = Postgres.Database.class)
class ScenarioSetPostgresTest extends ScenarioSetContract {
}
