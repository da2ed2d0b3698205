package org.cxadvisor.ops;

import java.time.Duration;
import java.util.List;

/** Load from Java's HttpClient ({@link LoadDriver}), for machines without wrk. */
record JavaLoad(int threads) implements LoadClient {

    @Override
    public String name() {
        return "Java's HttpClient";
    }

    /** The endpoints mixed, request by request. */
    @Override
    public void warmUp(Instance server, List<Endpoint> endpoints, Duration duration) throws InterruptedException {
        new LoadDriver().run(threads, duration, n -> endpoints.get(n % endpoints.size())
                .request(server, n / endpoints.size()));
    }

    @Override
    public LoadDriver.Result run(Instance server, Endpoint endpoint, Duration duration) throws InterruptedException {
        return new LoadDriver().run(threads, duration, n -> endpoint.request(server, n));
    }
}
