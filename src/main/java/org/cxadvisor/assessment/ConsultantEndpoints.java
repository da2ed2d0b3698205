package org.cxadvisor.assessment;

import java.util.List;
import org.springframework.http.HttpMethod;

/**
 * Which endpoints of saved work need the CONSULTANT role (contract, "Accounts and access"), for the security
 * configuration to apply. Everything else of saved assessments is open to whoever has the link: saving
 * ({@code POST /api/assessments}), and reading, re-running, the history of and deleting one assessment by its id
 * ({@code /api/assessments/{id}/**}), and the pages {@code /assessments/**}.
 */
public final class ConsultantEndpoints {

    /** A method (null: every method) and an Ant-style path pattern. */
    public record Endpoint(HttpMethod method, String pattern) {
    }

    public static final List<Endpoint> CONSULTANT_ONLY = List.of(
            new Endpoint(HttpMethod.GET, "/api/assessments"),
            new Endpoint(null, "/api/scenario-sets"),
            new Endpoint(null, "/api/scenario-sets/**"),
            new Endpoint(HttpMethod.GET, "/api/knowledge-base/impact"));

    private ConsultantEndpoints() {
    }
}
