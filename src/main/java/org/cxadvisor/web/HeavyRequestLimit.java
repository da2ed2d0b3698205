package org.cxadvisor.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What-if requests (scenarios, sweeps, counterfactuals, exports) each run many evaluations: at most
 * {@code cxadvisor.limits.heavy-requests} run at once, and one that finds no place within
 * {@code cxadvisor.limits.heavy-wait-ms} gets {@code 429} with {@code Retry-After}. Each gets a budget of
 * {@code cxadvisor.limits.heavy-budget-ms} ({@link WorkBudget}); its evaluations stop when it is spent. The cap keeps
 * the engine's pool free for {@code POST /api/advice}, which is not limited here. The work also stops when the
 * client closes its connection ({@link ClientConnection}).
 */
@Component
class HeavyRequestLimit extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(HeavyRequestLimit.class);

    private final Semaphore places;
    private final long waitMs;
    private final long budgetMs;

    HeavyRequestLimit(@Value("${cxadvisor.limits.heavy-requests:0}") int heavyRequests,
                      @Value("${cxadvisor.limits.heavy-wait-ms:2000}") long waitMs,
                      @Value("${cxadvisor.limits.heavy-budget-ms:30000}") long budgetMs) {
        this.places = new Semaphore(heavyRequests > 0 ? heavyRequests
                : Math.max(2, Runtime.getRuntime().availableProcessors()), true);
        this.waitMs = waitMs;
        this.budgetMs = budgetMs;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/scenarios");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean admitted;
        try {
            admitted = places.tryAcquire(waitMs, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            int retry = (int) Math.max(1, (waitMs + 999) / 1000);
            var locale = ServerProblems.locale(request.getHeader("Accept-Language"));
            String detail = ServerProblems.detail(429, locale, retry);
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(retry));
            response.setContentType(ProblemJson.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getOutputStream().write(ProblemJson.of(429, ServerProblems.title(429, locale), detail,
                    request.getRequestURI(), List.of(Map.entry("request", detail))));
            return;
        }
        long start = System.nanoTime();
        try (WorkBudget budget = WorkBudget.start(budgetMs, ClientConnection.watch(request))) {
            chain.doFilter(request, response);
            if (budget.abandoned()) {
                log.info("{} stopped after {} ms: the client closed the connection", request.getRequestURI(),
                        (System.nanoTime() - start) / 1_000_000);
            }
        } finally {
            places.release();
        }
    }
}
