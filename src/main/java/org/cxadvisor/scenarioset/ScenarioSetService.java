package org.cxadvisor.scenarioset;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.cxadvisor.profile.ProfileReader;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** Saving, replacing, reading and deleting scenario sets; the baseline is stored as the checked profile. */
@Service
class ScenarioSetService {

    private final ScenarioSetRepository repository;
    private final JdbcAggregateTemplate template;
    private final JsonMapper json;
    private final Clock clock = Clock.systemUTC();

    ScenarioSetService(ScenarioSetRepository repository, JdbcAggregateTemplate template, JsonMapper json) {
        this.repository = repository;
        this.template = template;
        this.json = json;
    }

    ScenarioSet create(ScenarioSetRequest request) {
        Instant now = now();
        return template.insert(of(UUID.randomUUID().toString(), request, now, now));
    }

    /** Replaces the set's name, baseline and variants; empty when there is no such set. */
    Optional<ScenarioSet> replace(String id, ScenarioSetRequest request) {
        return find(id).map(old -> repository.save(of(id, request, old.createdAt(), now())));
    }

    Optional<ScenarioSet> find(String id) {
        return id == null ? Optional.empty() : repository.findById(id);
    }

    Page<ScenarioSet> page(int page, int size) {
        return repository.findAllByOrderByUpdatedAtDescIdAsc(PageRequest.of(page, size));
    }

    boolean delete(String id) {
        if (find(id).isEmpty()) {
            return false;
        }
        repository.deleteById(id);
        return true;
    }

    private ScenarioSet of(String id, ScenarioSetRequest request, Instant created, Instant updated) {
        return new ScenarioSet(id, request.name(), request.comparison().baseline().name(),
                json.writeValueAsString(ProfileReader.toJson(request.comparison().baseline())),
                json.writeValueAsString(request.variants()), created, updated);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
