package org.cxadvisor.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for something a background thread does (a live reload), failing the test after a generous limit. */
public final class Await {

    private Await() {
    }

    public static void within(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met within %s", limit).isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
