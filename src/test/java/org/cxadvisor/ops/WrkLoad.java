package org.cxadvisor.ops;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load from wrk (Debian's package {@code wrk}), as issue 15 measured it: a C client on epoll costs the two cores
 * a fraction of what Java's HttpClient does, so less of the machine goes to the client and the server's figures are
 * nearer to what it would do with its own cores. The script {@code load.lua} sends an endpoint's bodies in turn and
 * counts the answers by status.
 */
final class WrkLoad implements LoadClient {

    private static final Pattern RESULT = Pattern.compile("load-result requests=(\\d+) micros=(\\d+) p50=(\\d+) "
            + "p99=(\\d+) socket-errors=(\\d+) statuses=(\\S*)");

    private final int connections;
    private final Path work;
    private final Path script;
    private final Map<String, Path> bodyFiles = new HashMap<>();

    WrkLoad(int connections, Path work) throws IOException {
        this.connections = connections;
        this.work = work;
        this.script = work.resolve("load.lua");
        try (InputStream lua = WrkLoad.class.getResourceAsStream("load.lua")) {
            Files.write(script, lua.readAllBytes());
        }
    }

    /** Whether wrk is on the PATH. */
    static boolean installed() {
        try {
            Process wrk = new ProcessBuilder("wrk", "-v").redirectErrorStream(true).start();
            wrk.getInputStream().readAllBytes();
            wrk.waitFor();
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public String name() {
        return "wrk";
    }

    /** wrk drives one endpoint at a time: each in turn, twice. */
    @Override
    public void warmUp(Instance server, List<Endpoint> endpoints, Duration duration)
            throws IOException, InterruptedException {
        Duration each = duration.dividedBy(2L * endpoints.size());
        for (int pass = 0; pass < 2; pass++) {
            for (Endpoint endpoint : endpoints) {
                run(server, endpoint, each);
            }
        }
    }

    @Override
    public LoadDriver.Result run(Instance server, Endpoint endpoint, Duration duration)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t", String.valueOf(Math.min(2, connections)),
                "-c", String.valueOf(connections), "-d", duration.toSeconds() + "s", "-s", script.toString(),
                server.uri("/").toString(), "--", endpoint.method(), endpoint.path()));
        if (!endpoint.bodies().isEmpty()) {
            command.add(bodies(endpoint).toString());
        }
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        wrk.waitFor();
        Matcher result = RESULT.matcher(output);
        if (!result.find()) {
            throw new IllegalStateException(String.join(" ", command) + " gave no result:\n" + output);
        }
        Map<String, Long> outcomes = new TreeMap<>();
        for (String pair : result.group(6).split(",")) {
            if (!pair.isEmpty()) {
                String[] statusAndCount = pair.split(":");
                outcomes.put(statusAndCount[0], Long.parseLong(statusAndCount[1]));
            }
        }
        long socketErrors = Long.parseLong(result.group(5));
        if (socketErrors > 0) {
            outcomes.put(LoadDriver.NO_ANSWER, socketErrors);
        }
        return LoadDriver.Result.of(outcomes, Long.parseLong(result.group(2)) / 1e6,
                Long.parseLong(result.group(3)) / 1e3, Long.parseLong(result.group(4)) / 1e3);
    }

    /** The endpoint's bodies in a file, one per line (a JSON body's line breaks are only white space). */
    private Path bodies(Endpoint endpoint) throws IOException {
        Path file = bodyFiles.get(endpoint.name());
        if (file == null) {
            file = work.resolve("bodies-" + bodyFiles.size() + ".txt");
            Files.write(file, endpoint.bodies().stream().map(b -> b.replace('\r', ' ').replace('\n', ' ')).toList());
            bodyFiles.put(endpoint.name(), file);
        }
        return file;
    }
}
