package org.cxadvisor.assessment;

import org.cxadvisor.support.Postgres;
import org.springframework.test.context.ContextConfiguration;

/** The saved-assessment API on a real PostgreSQL server, schema made by the same Flyway migrations. */
@ContextConfiguration(initializers = Postgres.Database.class)
class AssessmentApiPostgresTest extends AssessmentApiContract {
}
