package org.cxadvisor.knowledge;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Health of the knowledge base ({@code knowledgeBase} in {@code /actuator/health}): {@code UP} when the rules in
 * service are those of the rules folder; {@code DEGRADED} when the service runs on an earlier generation because
 * the folder's latest change was refused, the start-up folder was broken, or a rule ran away (the errors are in
 * {@code GET /api/knowledge-base}). DEGRADED still answers 200: a knowledge base is in service, so the instance
 * stays ready; it is the folder that needs fixing (see docs/operations.md).
 */
@Component("knowledgeBase")
class KnowledgeBaseHealth implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "an earlier knowledge base serves; see /api/knowledge-base");

    private final KnowledgeBaseHolder holder;

    KnowledgeBaseHealth(KnowledgeBaseHolder holder) {
        this.holder = holder;
    }

    @Override
    public Health health() {
        KnowledgeBase kb = holder.current();
        ReloadStatus last = holder.lastReload();
        Health.Builder health = last.status() == ReloadStatus.Status.OK ? Health.up() : Health.status(DEGRADED);
        return health.withDetail("version", kb.version()).withDetail("rules", kb.rules().size())
                .withDetail("errors", last.errors().size()).build();
    }
}
