package org.cxadvisor.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem as {@code application/problem+json} bytes, in the contract's shape
 * ({@code type, title, status, detail, instance, errors[{field, message}]}). Written by hand because it is also
 * used where Spring's message converters do not run: Tomcat's own error reports ({@link ProblemReportValve}) and
 * the servlet filter that limits heavy requests.
 */
public final class ProblemJson {

    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemJson() {
    }

    /** {@code errors}: field to message, in order. */
    public static byte[] of(int status, String title, String detail, String instance, List<Map.Entry<String, String>> errors) {
        StringBuilder json = new StringBuilder("{\"type\":\"about:blank\",\"title\":").append(quote(title))
                .append(",\"status\":").append(status).append(",\"detail\":").append(quote(detail));
        if (instance != null) {
            json.append(",\"instance\":").append(quote(instance));
        }
        json.append(",\"errors\":[");
        for (int i = 0; i < errors.size(); i++) {
            json.append(i == 0 ? "" : ",").append("{\"field\":").append(quote(errors.get(i).getKey()))
                    .append(",\"message\":").append(quote(errors.get(i).getValue())).append('}');
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quote(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : String.valueOf(text).toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '<' -> s.append("\\u003c");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
