package org.cxadvisor.ops;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One instance of the jar on a free loopback port, with its own data folder, on a shared database and rules folder. */
final class Instance implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;
    private final long startedAt = System.nanoTime();

    private Instance(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Seconds since {@code java -jar} was started. */
    double secondsSinceStart() {
        return (System.nanoTime() - startedAt) / 1e9;
    }

    /** Starts the jar with {@code java -Xmx256m}, the rules and data folders given, and the extra arguments. */
    static Instance start(Path jar, Path rules, Path data, List<String> arguments) throws IOException {
        Files.createDirectories(data);
        int port = Processes.freePort();
        Path log = data.resolve("instance.log");
        List<String> command = new ArrayList<>(List.of("java", "-Xmx256m"));
        // e.g. CX_INSTANCE_JAVA_OPTIONS="-XX:StartFlightRecording=delay=90s,filename=server.jfr" to profile the server
        String options = System.getenv("CX_INSTANCE_JAVA_OPTIONS");
        if (options != null && !options.isBlank()) {
            command.addAll(List.of(options.trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--server.address=127.0.0.1",
                "--cxadvisor.rules-dir=" + rules, "--cxadvisor.data-dir=" + data));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        System.out.println("instance on 127.0.0.1:" + port + " (pid " + process.pid() + ", log " + log + ")");
        return new Instance(process, port, log);
    }

    /** CPU time the instance's process has used so far, user and system, in microseconds (Linux /proc). */
    long cpuMicros() throws IOException {
        String[] stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat"))
                .replaceFirst("^.*\\) ", "").split(" ");
        // After the command name: state is field 3, utime 14 and stime 15; clock ticks are 100 a second on Linux.
        return (Long.parseLong(stat[11]) + Long.parseLong(stat[12])) * 10_000;
    }

    /** CPU time of the threads that serve requests (Tomcat's) and evaluate rules (the engine's pool). */
    long requestThreadsCpuMicros() throws IOException {
        long ticks = 0;
        try (var tasks = Files.list(Path.of("/proc/" + process.pid() + "/task"))) {
            for (Path task : tasks.toList()) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException gone) {
                    continue; // the thread ended meanwhile
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                if (name.startsWith("http-nio") || name.startsWith("cxadvisor-eval")) {
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                }
            }
        }
        return ticks * 10_000;
    }

    /** The lines of the instance's log that contain {@code text}. */
    List<String> logLines(String text) throws IOException {
        return Files.readAllLines(log).stream().filter(line -> line.contains(text)).toList();
    }

    /**
     * The heap in use after a full collection (jcmd's GC.run, then GC.heap_info): what the server keeps, not what
     * it has yet to collect.
     */
    String liveHeap() throws IOException, InterruptedException {
        jcmd("GC.run");
        return jcmd("GC.heap_info").lines().filter(l -> l.contains(" used ")).findFirst().orElse("?").trim();
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder("jcmd", String.valueOf(process.pid()), command).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor();
        return output;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    void awaitReady() throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The instance on port " + port + " stopped; see " + log);
            }
            try {
                if (client.send(HttpRequest.newBuilder(uri("/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(20);   // often, so that the start-up time it tells is close to the truth
        }
        throw new IllegalStateException("The instance on port " + port + " was not ready within 5 minutes; see " + log);
    }

    /** A graceful stop (SIGTERM), as an orchestrator does it. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
