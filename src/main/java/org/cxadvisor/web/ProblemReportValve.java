package org.cxadvisor.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's error report, as a problem instead of an HTML page: for what Tomcat refuses before the application
 * sees it (an address with characters that must be encoded, headers too many or too large, a broken
 * {@code Content-Length}) and any error no one else answered. Installed on the host by {@link ErrorPages}.
 */
public class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        var locale = ServerProblems.locale(request.getHeader("Accept-Language"));
        String[] fault = fault(status, throwable);
        String message = fault == null ? null : org.cxadvisor.i18n.Messages.get(locale, fault[1]);
        byte[] body = ServerProblems.body(status, locale, null, fault == null ? "request" : fault[0], message);
        try {
            response.setContentType(ProblemJson.MEDIA_TYPE);
            response.setCharacterEncoding("utf-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(new String(body, StandardCharsets.UTF_8));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response was taken over meanwhile: nothing left to tell.
        }
    }

    /** The part of the request Tomcat refused and the message key saying why; null when Tomcat did not say. */
    static String[] fault(int status, Throwable throwable) {
        String why = throwable == null ? "" : String.valueOf(throwable.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (status == 400 && (why.contains("request target") || why.contains("invalid character"))) {
            return new String[] {"address", "problem.request.address"};
        }
        if (status == 400 && why.contains("header") && (why.contains("large") || why.contains("size"))) {
            return new String[] {"headers", "problem.request.headerSize"};
        }
        if (status == 400 && why.contains("header") && why.contains("count")) {
            return new String[] {"headers", "problem.request.headerCount"};
        }
        if (status == 400 && why.contains("content-length")) {
            return new String[] {"Content-Length", "problem.request.contentLength"};
        }
        if (status == 400 && why.contains("chunk")) {
            return new String[] {"body", "problem.request.chunked"};
        }
        return status == 400 ? new String[] {"request", "problem.request.unreadable"} : null;
    }
}
