package org.cxadvisor.account;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what: the one table of the contract's "Accounts and access", read top down, first match wins. The
 * filter chain enforces it and the 401/403 problems name the role a request needed from it.
 *
 * <p>What the table does not name is the anonymous product: the intake form, advice, scenarios, saving an assessment
 * and everything reached by an assessment's id (the id is the key), the rules and knowledge base, texts and schema,
 * the API documentation and static assets. New endpoints are anonymous unless they are added here.
 */
final class AccessRules {

    /** One line of the table; a null method means every method, a null role means anyone. */
    record Rule(RequestMatcher matcher, Role role) {
        Rule(HttpMethod method, String pattern, Role role) {
            this(PathPatternRequestMatcher.withDefaults().matcher(method, pattern), role);
        }
    }

    static final List<Rule> RULES = List.of(
            new Rule(HttpMethod.GET, "/api/assessments", Role.CONSULTANT),
            new Rule(null, "/api/scenario-sets", Role.CONSULTANT),
            new Rule(null, "/api/scenario-sets/**", Role.CONSULTANT),
            new Rule(null, "/api/knowledge-base/impact", Role.CONSULTANT),
            new Rule(null, "/api/users", Role.ADMIN),
            new Rule(null, "/api/users/**", Role.ADMIN),
            new Rule(null, "/users", Role.ADMIN),
            new Rule(null, "/actuator/health", null),
            new Rule(null, "/actuator/health/**", null),
            new Rule(null, "/actuator/info", null),
            // metrics, prometheus and whatever else is ever exposed there
            new Rule(null, "/actuator/**", Role.ADMIN));

    private AccessRules() {
    }

    static void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry registry) {
        for (Rule rule : RULES) {
            var line = registry.requestMatchers(rule.matcher);
            if (rule.role() == null) {
                line.permitAll();
            } else {
                line.hasRole(rule.role().name());
            }
        }
        registry.anyRequest().permitAll();
    }

    /** The role the table asks of this request, if any. */
    static Optional<Role> requiredRole(HttpServletRequest request) {
        return RULES.stream().filter(rule -> rule.matcher.matches(request)).findFirst().map(Rule::role);
    }
}
