package org.cxadvisor.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tomcat refuses to parse an {@code Accept-Language} with more than {@value #MAX_LANGUAGES} languages (its
 * {@code maxLocaleCount}, a guard against header bombs) by throwing from {@code getLocale()}, which every request
 * calls: that would be a 500 on every address. This answers such a request first, with a 400 problem naming the
 * header.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AcceptLanguageLimit extends OncePerRequestFilter {

    static final int MAX_LANGUAGES = 10;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Accept-Language");
        if (header != null && Arrays.stream(header.split(",")).filter(s -> !s.isBlank()).count() > MAX_LANGUAGES) {
            var locale = ServerProblems.locale(header);
            String message = org.cxadvisor.i18n.Messages.get(locale, "problem.request.languages", MAX_LANGUAGES);
            response.setStatus(400);
            response.setContentType(ProblemJson.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getOutputStream().write(ProblemJson.of(400, ServerProblems.title(400, locale), message,
                    request.getRequestURI(), List.of(Map.entry("Accept-Language", message))));
            return;
        }
        chain.doFilter(request, response);
    }
}
