package org.cxadvisor.fault;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Every kind of bad request the probe sent: each must get a 4xx {@code application/problem+json} in the contract's
 * shape, with {@code errors} where fields are at fault, and no library class names or stack traces.
 */
final class BadRequests implements FaultClass {

    /** Words that betray the implementation instead of telling a user what is wrong. */
    static final Pattern LEAK = Pattern.compile("(?i)exception|jackson|tomcat|springframework|java\\.|jakarta\\."
            + "|StreamReadConstraints|DeserializationFeature|\\bat [a-z]+\\.[a-z]+\\.|<html");

    private static final String OK = FaultContext.PROFILE;

    @Override
    public String name() {
        return "bad-request";
    }

    @Override
    public void run(FaultContext context, Tally tally, boolean soak) throws Exception {
        RawHttp http = context.service().http();
        for (Map.Entry<String, byte[]> c : cases().entrySet()) {
            tally.check(c.getKey(), () -> {
                RawHttp.Response r = http.send(c.getValue(), new byte[0], RawHttp.TIMEOUT_MS);
                // A long Accept-Language list is not wrong in itself: answering in a language we have is fine too.
                return r.status() == 200 && c.getKey().startsWith("Accept-Language") ? null : problem(r, true);
            });
        }
        if (soak) {
            Random random = new Random(9);
            for (int i = 0; i < 300; i++) {
                String body = garble(OK, random);
                tally.check("garbled body " + i, () -> {
                    RawHttp.Response r = http.postJson("/api/advice", body);
                    return r.status() == 200 ? null : problem(r, false);
                });
            }
        }
    }

    /** Null when the answer is a user-readable 4xx problem; {@code fields}: it must have an errors array. */
    static String problem(RawHttp.Response r, boolean fields) {
        if (r.status() < 400 || r.status() >= 500) {
            return "status " + r.status() + ": " + r.body();
        }
        if (!r.header("Content-Type").startsWith("application/problem+json")) {
            return r.status() + " as '" + r.header("Content-Type") + "': " + r.body();
        }
        if (!r.body().contains("\"status\":" + r.status()) || !r.body().contains("\"title\"")) {
            return "not in the problem shape: " + r.body();
        }
        if (fields && r.status() == 400 && !r.body().contains("\"errors\":[{")) {
            return "400 without errors[]: " + r.body();
        }
        if (LEAK.matcher(r.body()).find()) {
            return "names the implementation: " + r.body();
        }
        return null;
    }

    private static Map<String, byte[]> cases() {
        Map<String, byte[]> cases = new LinkedHashMap<>();
        cases.put("malformed JSON", RawHttp.post("/api/advice", "{\"name\":", ""));
        cases.put("wrong type", RawHttp.post("/api/advice", OK.replace("\"processValue\":2", "\"processValue\":\"high\""), ""));
        cases.put("out of range", RawHttp.post("/api/advice", OK.replace("\"processValue\":2", "\"processValue\":9"), ""));
        cases.put("unknown field", RawHttp.post("/api/advice", OK.replace("{", "{\"colour\":1,"), ""));
        cases.put("missing field", RawHttp.post("/api/advice", OK.replace("\"sector\":\"RETAIL\",", ""), ""));
        cases.put("unknown enum", RawHttp.post("/api/advice", OK.replace("RETAIL", "MINING"), ""));
        cases.put("body over 64 KiB", RawHttp.post("/api/advice", OK.replace("Fault Co", "x".repeat(70_000)), ""));
        cases.put("not JSON", raw("POST /api/advice HTTP/1.1\r\nHost: l\r\nConnection: close\r\nContent-Type: text/plain"
                + "\r\nContent-Length: 2\r\n\r\nhi"));
        cases.put("nesting depth", RawHttp.post("/api/advice", "[".repeat(3000) + "]".repeat(3000), ""));
        cases.put("trailing tokens", RawHttp.post("/api/advice", OK + " {}", ""));
        cases.put("Accept-Language with 12 languages", RawHttp.post("/api/advice", OK,
                "Accept-Language: " + "nl;q=0.9,".repeat(12) + "en\r\n"));
        cases.put("malformed chunked body", raw("POST /api/advice HTTP/1.1\r\nHost: l\r\nConnection: close\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n"));
        cases.put("404", raw("GET /api/nothing-here HTTP/1.1\r\nHost: l\r\nConnection: close\r\n\r\n"));
        cases.put("405", raw("DELETE /api/advice HTTP/1.1\r\nHost: l\r\nConnection: close\r\n\r\n"));
        cases.put("406", RawHttp.post("/api/advice", OK, "Accept: application/xml\r\n"));
        cases.put("lang=%zz", RawHttp.post("/api/advice?lang=%zz", OK, ""));
        cases.put("lang=de", RawHttp.post("/api/advice?lang=de", OK, ""));
        cases.put("lang[]=en", raw("GET /api/rules?lang[]=en HTTP/1.1\r\nHost: l\r\nConnection: close\r\n\r\n"));
        cases.put("100 KB query", raw("GET /api/rules?q=" + "a".repeat(100_000) + " HTTP/1.1\r\nHost: l\r\n"
                + "Connection: close\r\n\r\n"));
        cases.put("150 headers", raw("GET /api/rules HTTP/1.1\r\nHost: l\r\nConnection: close\r\n"
                + "X-Filler: 1\r\n".repeat(150) + "\r\n"));
        cases.put("Content-Length: -1", raw("POST /api/advice HTTP/1.1\r\nHost: l\r\nConnection: close\r\n"
                + "Content-Type: application/json\r\nContent-Length: -1\r\n\r\n{}"));
        cases.put("201 variants", RawHttp.post("/api/scenarios", "{\"baseline\":" + OK + ",\"variants\":["
                + "{\"name\":\"v\",\"changes\":{\"processValue\":3}},".repeat(200) + "{\"name\":\"v\",\"changes\":{}}]}", ""));
        cases.put("31,500 sweep values", RawHttp.post("/api/scenarios/sweep", "{\"baseline\":" + OK
                + ",\"field\":\"complaintRatePercent\",\"values\":[" + "1,".repeat(31_499) + "1]}", ""));
        cases.put("bad variant change", RawHttp.post("/api/scenarios", "{\"baseline\":" + OK + ",\"variants\":[{\"name\":\"v\","
                + "\"changes\":{\"processValue\":0}}]}", ""));
        return cases;
    }

    private static byte[] raw(String request) {
        return request.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The valid profile with a few characters replaced, removed or repeated. */
    private static String garble(String json, Random random) {
        StringBuilder s = new StringBuilder(json);
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(3)) {
                case 0 -> s.setCharAt(at, "{}[]\",:0-9aZ\\ \u00e9\u0000".charAt(random.nextInt(18)));
                case 1 -> s.deleteCharAt(at);
                default -> s.insert(at, s.substring(at, Math.min(s.length(), at + random.nextInt(20))));
            }
        }
        return s.toString();
    }
}
