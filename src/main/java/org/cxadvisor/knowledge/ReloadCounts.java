package org.cxadvisor.knowledge;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** How many reloads (and withdrawals of a runaway generation) ended with each status since start-up. */
final class ReloadCounts {

    private final Map<ReloadStatus.Status, AtomicLong> counts = new EnumMap<>(ReloadStatus.Status.class);

    ReloadCounts() {
        for (ReloadStatus.Status status : ReloadStatus.Status.values()) {
            counts.put(status, new AtomicLong());
        }
    }

    /** Counts the status and hands it back, so that a reload can count and record in one step. */
    ReloadStatus counted(ReloadStatus status) {
        counts.get(status.status()).incrementAndGet();
        return status;
    }

    long of(ReloadStatus.Status status) {
        return counts.get(status).get();
    }
}
