package org.cxadvisor.knowledge;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of the latest (re)load of the rules folder: OK, or FAILED with every error found (file relative to
 * the rules folder, line, message). After a failure the previous knowledge base stays in service.
 */
public record ReloadStatus(Status status, Instant at, List<RuleError> errors) {

    public enum Status { OK, FAILED }

    public static ReloadStatus ok(Instant at) {
        return new ReloadStatus(Status.OK, at, List.of());
    }

    public static ReloadStatus failed(Instant at, List<RuleError> errors) {
        return new ReloadStatus(Status.FAILED, at, List.copyOf(errors));
    }
}
