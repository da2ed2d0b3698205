package org.cxadvisor.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The {@code /error} page Tomcat forwards to when a request ends in an error outside the controllers (a filter,
 * {@code sendError}, an exception no handler took): a problem in the contract's shape instead of Spring Boot's
 * own JSON, written directly so that no {@code Accept} header can turn it into a 406.
 */
@Controller
class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping("/error")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i && i >= 400 ? i : 500;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (status >= 500 && failure != null) {
            log.error("Request {} failed", uri, failure);
        }
        var locale = ServerProblems.locale(request.getHeader("Accept-Language"));
        String[] fault = ProblemReportValve.fault(status, failure);
        String message = fault == null ? null : org.cxadvisor.i18n.Messages.get(locale, fault[1]);
        byte[] body = ServerProblems.body(status, locale, uri == null ? null : uri.toString(),
                fault == null ? "request" : fault[0], message);
        response.setStatus(status);
        response.setContentType(ProblemJson.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(body);
    }
}
