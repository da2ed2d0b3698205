package org.cxadvisor.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * What the fault classes share: a work folder, a copy of the shipped rules that a service serves, and that
 * service, started on first use and started again if a fault took it down.
 */
final class FaultContext implements AutoCloseable {

    static final String PROFILE = """
            {"name":"Fault Co","sector":"RETAIL","market":"B2C","offering":"PRODUCT","pricePositioning":"LOWEST_PRICE",
             "processValue":2,"entertainmentValue":2,"employeeEngagement":2,"hiringForServiceAttitude":false}""";

    private final Path work;
    private final Path rules;
    private ServiceProcess service;
    private int folders;

    FaultContext(Path work) {
        this.work = work;
        this.rules = work.resolve("rules");
        copyShippedRules(rules);
    }

    Path work() {
        return work;
    }

    Path rules() {
        return rules;
    }

    /** A fresh folder under the work folder. */
    Path folder(String name) {
        try {
            return Files.createDirectories(work.resolve(name + "-" + (++folders)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shared service, (re)started on the shipped rules if it is not running. */
    ServiceProcess service() throws InterruptedException {
        if (service != null && service.alive() && !answers(service)) {
            service.kill(); // e.g. a rule called System.exit and the JVM is shutting down
        }
        if (service == null || !service.alive()) {
            if (service != null) {
                copyShippedRules(rules);
            }
            service = new ServiceProcess(rules, folder("data"), folder("service"));
            if (!service.start()) {
                throw new IllegalStateException("the service did not start:\n" + service.output());
            }
        }
        return service;
    }

    private static boolean answers(ServiceProcess service) {
        try {
            return service.http().get("/actuator/health").status() > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Puts the shipped rules back and waits (at most 20 s) until the service serves them again. */
    void restoreRules() throws Exception {
        try (Stream<Path> files = Files.list(rules)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("zz-")).toList()) {
                Files.delete(f);
            }
        }
        copyShippedRules(rules);
        if (service != null && service.alive()) {
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline
                    && !service.http().get("/api/knowledge-base").body().contains("\"status\":\"OK\"")) {
                Thread.sleep(200);
            }
        }
    }

    static void copyShippedRules(Path target) {
        Path shipped = Path.of("rules").toAbsolutePath();
        try (Stream<Path> files = Files.walk(shipped)) {
            for (Path f : files.toList()) {
                Path to = target.resolve(shipped.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else if (Files.notExists(to) || Files.mismatch(f, to) >= 0) {
                    Files.copy(f, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (service != null) {
            service.kill();
        }
    }
}
