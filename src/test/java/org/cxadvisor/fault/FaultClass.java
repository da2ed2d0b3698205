package org.cxadvisor.fault;

/** One class of faults the reliability probe tried; each run records its cases in a {@link Tally}. */
interface FaultClass {

    String name();

    /** {@code soak}: many cases and repetitions (on demand); otherwise each case once (in verify). */
    void run(FaultContext context, Tally tally, boolean soak) throws Exception;
}
