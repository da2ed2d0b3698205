package org.cxadvisor.knowledge;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** {@code cxadvisor.reloads{status}}: the holder's reloads by outcome, read from its own counts. */
@Component
class ReloadMetrics implements MeterBinder {

    private final KnowledgeBaseHolder holder;

    ReloadMetrics(KnowledgeBaseHolder holder) {
        this.holder = holder;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (ReloadStatus.Status status : ReloadStatus.Status.values()) {
            FunctionCounter.builder("cxadvisor.reloads", holder, h -> h.reloads(status)).tag("status", status.name())
                    .description("Rule reloads, by outcome").register(registry);
        }
    }
}
