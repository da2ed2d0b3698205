package org.cxadvisor.scenarioset;

/** Scenario sets on the embedded H2 file database. */
class ScenarioSetTest extends ScenarioSetContract {
}
