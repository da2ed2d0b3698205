package org.cxadvisor.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL server from Debian's package ({@code /usr/lib/postgresql/N/bin}) on a free loopback port,
 * with its data in a temp folder. PostgreSQL refuses to run as root, so as root it runs as the {@code postgres} user.
 */
final class Postgres implements AutoCloseable {

    private final Path bin;
    private final Path data;
    private final Path log;
    private final int port;
    private final boolean asPostgresUser;

    private Postgres(Path bin, Path data, Path log, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.data = data;
        this.log = log;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    static Postgres start(Path folder) throws IOException, InterruptedException {
        Path bin = binaries();
        Files.createDirectories(folder);
        boolean root = "root".equals(System.getProperty("user.name"));
        Postgres db = new Postgres(bin, folder.resolve("data"), folder.resolve("postgres.log"), Processes.freePort(), root);
        if (root) {
            Processes.run(db.log, List.of("chown", "-R", "postgres", folder.toString()));
        }
        db.exec("initdb", "-D", db.data.toString(), "-U", "cx", "--auth=trust", "-E", "UTF8");
        db.exec("pg_ctl", "-D", db.data.toString(), "-l", folder.resolve("server.log").toString(), "-w", "-o",
                "-p " + db.port + " -c listen_addresses=127.0.0.1 -k " + folder, "start");
        db.exec("createdb", "-h", "127.0.0.1", "-p", String.valueOf(db.port), "-U", "cx", "cxadvisor");
        System.out.println("scale-demo: PostgreSQL on 127.0.0.1:" + db.port);
        return db;
    }

    /** The arguments that point an instance at this database, with the first start's admin password. */
    List<String> arguments(String adminPassword) {
        return List.of("--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + port + "/cxadvisor",
                "--spring.datasource.username=cx", "--cxadvisor.admin-password=" + adminPassword);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        exec("pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "stop");
    }

    private void exec(String tool, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (asPostgresUser) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(tool).toString());
        command.addAll(List.of(args));
        Processes.run(log, command);
    }

    private static Path binaries() throws IOException {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Path::compareTo)
                    .orElseThrow(() -> new IllegalStateException("No PostgreSQL server: apt-get install postgresql"));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalStateException("No PostgreSQL server: apt-get install postgresql", e);
        }
    }
}
