package org.cxadvisor.fault;

import java.nio.file.Files;
import java.nio.file.Path;

/** Logs go to the console only: no {@code spring.log} in the temp folder that every instance on a host shares. */
final class LogFaults implements FaultClass {

    @Override
    public String name() {
        return "logging";
    }

    @Override
    public void run(FaultContext context, Tally tally, boolean soak) throws Exception {
        context.service();
        tally.check("no log file unless configured", () -> {
            try (var files = Files.walk(context.work())) {
                // Each service's temp folder is <its work folder>/tmp: a log file there is one every instance shares.
                return files.filter(p -> p.getFileName().toString().endsWith(".log")
                                && p.getParent().getFileName().toString().equals("tmp"))
                        .map(Path::toString).findFirst().map(f -> "wrote " + f).orElse(null);
            }
        });
        tally.check("logs on the console", () -> context.service().output().contains("Knowledge base") ? null
                : "the console shows no start-up log");
    }
}
