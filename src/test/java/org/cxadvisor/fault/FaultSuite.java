package org.cxadvisor.fault;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The reliability probe as a suite: each fault class against a service in its own JVM on loopback, printing per
 * class the cases tried and failed. {@code FaultSuiteTest} runs it; see docs/operations.md for the on-demand soak.
 */
final class FaultSuite {

    static final List<FaultClass> CLASSES = List.of(new BadRequests(), new RuleFaults(), new LoadFaults(),
            new StartupFaults(), new ExportFaults(), new LogFaults(), new PageHeaders());

    private FaultSuite() {
    }

    static List<Tally> run(Path work, boolean soak, String only) throws Exception {
        List<Tally> tallies = new ArrayList<>();
        try (FaultContext context = new FaultContext(work)) {
            for (FaultClass fault : CLASSES) {
                if (only.isBlank() || only.contains(fault.name())) {
                    Tally tally = new Tally(fault.name());
                    tally.check("the class runs", () -> {
                        fault.run(context, tally, soak);
                        return null;
                    });
                    tallies.add(tally);
                }
            }
        }
        return tallies;
    }

    static String table(List<Tally> tallies) {
        StringBuilder s = new StringBuilder(String.format("%-18s %6s %6s%n", "class", "tried", "failed"));
        for (Tally t : tallies) {
            s.append(String.format("%-18s %6d %6d%n", t.name(), t.tried() - 1, t.failures().size()));
        }
        tallies.forEach(t -> t.failures().forEach(f -> s.append("  ").append(t.name()).append(": ").append(f).append('\n')));
        return s.toString();
    }
}
