package org.cxadvisor.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fault suite's fast cases (each bad-input class once, each fault once) in {@code verify}. The soak runs on
 * demand: {@code ./mvnw test -Dtest=FaultSuiteTest -Dfault.mode=soak [-Dfault.jar=target/cx-advisor.jar]
 * [-Dfault.only=load,rule-fault]}.
 */
@Tag("fault")
class FaultSuiteTest {

    @TempDir
    Path work;

    @Test
    void theServiceSurvivesEveryFaultTheProbeTried() throws Exception {
        boolean soak = System.getProperty("fault.mode", "fast").equals("soak");
        List<Tally> tallies = FaultSuite.run(work, soak, System.getProperty("fault.only", ""));
        String table = FaultSuite.table(tallies);
        System.out.println("Fault suite (" + (soak ? "soak" : "fast") + "):\n" + table);
        assertThat(tallies).allSatisfy(t -> assertThat(t.failures()).as(table).isEmpty());
    }
}
