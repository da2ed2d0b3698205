package org.cxadvisor.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A tiny HTTP client for API tests over a real socket, so that content types and status codes are the real ones. */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public ApiClient(int port) {
        this.base = "http://localhost:" + port;
    }

    public record Response(int status, String contentType, String body, HttpHeaders headers) {
        /** The first value of a response header, or null. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }

        /** The {@code field} of every entry in a problem's {@code errors} array. */
        public List<String> errorFields() {
            return json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
        }
    }

    public Response get(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
    }

    public Response delete(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE(), headers);
    }

    public Response put(String path, String body, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).PUT(HttpRequest.BodyPublishers.ofString(body)), headers);
    }

    public Response post(String path, String body, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString(body)), headers);
    }

    public Response postJson(String path, Object body, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Content-Type";
        all[1] = "application/json";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return post(path, JSON.writeValueAsString(body), all);
    }

    /** The value of an HTTP Basic Authorization header. */
    public static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static String toJson(Map<String, ?> value) {
        return JSON.writeValueAsString(value);
    }

    private Response send(HttpRequest.Builder request, String... headers) {
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
