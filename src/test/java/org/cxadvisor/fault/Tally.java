package org.cxadvisor.fault;

import java.util.ArrayList;
import java.util.List;

/** Cases tried and failed for one fault class, with a line for each failure. */
final class Tally {

    @FunctionalInterface
    interface Check {
        /** Returns null when the case passed, else what went wrong. */
        String run() throws Exception;
    }

    private final String name;
    private int tried;
    private final List<String> failures = new ArrayList<>();

    Tally(String name) {
        this.name = name;
    }

    /** Runs one case; an exception counts as a failure of that case, not of the suite. */
    void check(String caseName, Check check) {
        tried++;
        String problem;
        try {
            problem = check.run();
        } catch (Exception | AssertionError e) {
            problem = e.toString();
        }
        if (problem != null) {
            failures.add(caseName + ": " + (problem.length() > 300 ? problem.substring(0, 300) + "..." : problem));
        }
    }

    String name() {
        return name;
    }

    int tried() {
        return tried;
    }

    List<String> failures() {
        return failures;
    }
}
