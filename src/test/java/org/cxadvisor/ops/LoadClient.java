package org.cxadvisor.ops;

import java.time.Duration;
import java.util.List;

/** What drives LoadBenchmark's load: wrk ({@link WrkLoad}) or Java's HttpClient ({@link JavaLoad}). */
interface LoadClient {

    String name();

    /** Load on all endpoints for {@code duration}: the JIT compiles what every endpoint runs. */
    void warmUp(Instance server, List<Endpoint> endpoints, Duration duration) throws Exception;

    LoadDriver.Result run(Instance server, Endpoint endpoint, Duration duration) throws Exception;
}
