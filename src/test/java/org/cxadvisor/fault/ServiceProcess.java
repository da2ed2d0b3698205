package org.cxadvisor.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The service in a child JVM on a free loopback port, as an operator runs it: its own rules folder, data folder
 * and temp folder, output captured in a file. Runs the jar named by {@code -Dfault.jar} (the probe's way), else the
 * test class path, so that the suite needs no package step. Killed by {@link #kill()} (SIGKILL) or {@link #stop()}.
 */
final class ServiceProcess implements AutoCloseable {

    private static final String MAIN = "org.cxadvisor.CxAdvisorApplication";

    private final Path rules;
    private final Path data;
    private final Path work;
    private final List<String> extra;
    private Process process;
    private int port;
    private Path output;
    private int starts;

    ServiceProcess(Path rules, Path data, Path work, String... extraArgs) {
        this.rules = rules;
        this.data = data;
        this.work = work;
        this.extra = List.of(extraArgs);
    }

    /** Starts the service and waits until it answers, or until it exits (then returns false). */
    boolean start() {
        try {
            port = freePort();
            output = work.resolve("service-" + (++starts) + ".log");
            Path tmp = Files.createDirectories(work.resolve("tmp"));
            process = new ProcessBuilder(command(tmp, List.of("--server.port=" + port, "--server.address=127.0.0.1",
                    "--cxadvisor.rules-dir=" + rules, "--cxadvisor.data-dir=" + data,
                    "--cxadvisor.reload.debounce-ms=100", "--cxadvisor.reload.warm-up-builds=0")))
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    return false;
                }
                try {
                    if (http().get("/actuator/health").status() > 0) {
                        return true;
                    }
                } catch (IOException notYet) {
                    Thread.sleep(250);
                }
            }
            throw new IllegalStateException("the service did not answer within 240 s; see " + output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs a command of the same jar (validate, advise ...) to its end and returns what it printed. */
    static Result command(Path work, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(work, "command", ".txt");
        List<String> cmd = new ArrayList<>(new ServiceProcess(null, null, work).command(work, List.of(args)));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return new Result(p.isAlive() ? -1 : p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
    }

    record Result(int exitCode, String output) {
    }

    private List<String> command(Path tmp, List<String> args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Djava.io.tmpdir=" + tmp));
        String jar = System.getProperty("fault.jar", "");
        if (jar.isBlank()) {
            cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), MAIN));
        } else {
            cmd.addAll(List.of("-jar", jar));
        }
        cmd.addAll(args);
        cmd.addAll(extra);
        return cmd;
    }

    RawHttp http() {
        return new RawHttp(port);
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** Waits for the process to end by itself; its exit code, or -1 if it is still running. */
    int awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    String output() {
        try {
            return output == null ? "" : Files.readString(output, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "";
        }
    }

    void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** SIGTERM; returns how long the process took to end (the probe saw 39 s with a spinning rule). */
    Duration stop() throws InterruptedException {
        long start = System.nanoTime();
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
