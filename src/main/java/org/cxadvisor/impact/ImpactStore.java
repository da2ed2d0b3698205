package org.cxadvisor.impact;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The impact runs in the database (table {@code impact_run}). A run is claimed by inserting its (from, to) pair; an
 * instance that finds the pair taken leaves it to the one that took it, unless that run is older than a minute and
 * finished (the rules went back and forth) or has not moved for two minutes (its instance stopped).
 */
@Component
class ImpactStore {

    enum Status { RUNNING, DONE, FAILED }

    record Run(String from, String to, Status status, int assessments, int done, int changed,
               String byAdvice, String changes, Instant startedAt, Instant updatedAt) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock = Clock.systemUTC();

    ImpactStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The id of the run this instance now owns, or empty when another instance computes (or computed) this pair. */
    Optional<String> claim(String from, String to, int assessments) {
        OffsetDateTime now = now();
        try {
            String id = UUID.randomUUID().toString();
            jdbc.sql("INSERT INTO impact_run (id, from_version, to_version, status, assessments, done, changed, by_advice,"
                            + " changes, started_at, updated_at) VALUES (:id, :from, :to, 'RUNNING', :n, 0, 0, '[]', '[]', :now, :now)")
                    .param("id", id).param("from", from).param("to", to).param("n", assessments).param("now", now).update();
            return Optional.of(id);
        } catch (DuplicateKeyException taken) {
            int reclaimed = jdbc.sql("UPDATE impact_run SET status = 'RUNNING', assessments = :n, done = 0, changed = 0,"
                            + " by_advice = '[]', changes = '[]', started_at = :now, updated_at = :now"
                            + " WHERE from_version = :from AND to_version = :to AND ((status <> 'RUNNING' AND started_at < :finished)"
                            + " OR (status = 'RUNNING' AND updated_at < :stale))")
                    .param("n", assessments).param("now", now).param("from", from).param("to", to)
                    .param("finished", now.minusMinutes(1)).param("stale", now.minusMinutes(2)).update();
            return reclaimed == 1 ? jdbc.sql("SELECT id FROM impact_run WHERE from_version = :from AND to_version = :to")
                    .param("from", from).param("to", to).query(String.class).optional() : Optional.empty();
        }
    }

    void save(String id, Status status, int done, ImpactTally.Result result) {
        jdbc.sql("UPDATE impact_run SET status = :status, done = :done, changed = :changed, by_advice = :byAdvice,"
                        + " changes = :changes, updated_at = :now WHERE id = :id")
                .param("status", status.name()).param("done", done).param("changed", result.changed())
                .param("byAdvice", json.writeValueAsString(result.byAdvice()))
                .param("changes", json.writeValueAsString(result.changes())).param("now", now()).param("id", id).update();
    }

    /** The run of the most recent reload. */
    Optional<Run> latest() {
        List<Run> runs = jdbc.sql("SELECT * FROM impact_run ORDER BY started_at DESC, id LIMIT 1")
                .query((rs, n) -> new Run(rs.getString("from_version"), rs.getString("to_version"),
                        Status.valueOf(rs.getString("status")), rs.getInt("assessments"), rs.getInt("done"),
                        rs.getInt("changed"), rs.getString("by_advice"), rs.getString("changes"),
                        rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant())).list();
        return runs.stream().findFirst();
    }

    private OffsetDateTime now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
    }
}
