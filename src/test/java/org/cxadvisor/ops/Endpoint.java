package org.cxadvisor.ops;

import java.net.http.HttpRequest;
import java.util.List;

/** One endpoint under load: its method and path, and the request bodies sent in turn (none for a GET). */
record Endpoint(String name, String method, String path, List<String> bodies) {

    static Endpoint get(String path) {
        return new Endpoint("GET " + path, "GET", path, List.of());
    }

    static Endpoint post(String name, String path, List<String> bodies) {
        return new Endpoint(name, "POST", path, bodies);
    }

    /** The request numbered {@code n}: its body is the n-th, round the list. */
    HttpRequest request(Instance server, int n) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path));
        if (bodies.isEmpty()) {
            return request.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        return request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(bodies.get(Math.floorMod(n, bodies.size())))).build();
    }
}
