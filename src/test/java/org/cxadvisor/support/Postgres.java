package org.cxadvisor.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real PostgreSQL server for the persistence tests (PostgreSQL's own binaries from Maven Central, started once
 * per test run on a free loopback port with a throw-away data folder), and a fresh database in it per test class.
 */
public final class Postgres {

    private static EmbeddedPostgres server;
    private static String sharedUrl;

    /**
     * Puts an application context on one PostgreSQL database, the same for every test class that names this
     * initializer ({@code @ContextConfiguration(initializers = Postgres.Database.class)}), so they share one context.
     */
    public static final class Database implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("spring.datasource.url=" + shared(), "spring.datasource.username=postgres",
                    "spring.datasource.password=").applyTo(context);
        }
    }

    private static synchronized String shared() {
        if (sharedUrl == null) {
            sharedUrl = newDatabase();
        }
        return sharedUrl;
    }

    private Postgres() {
    }

    /** The JDBC URL (with user) of a new, empty database. */
    public static synchronized String newDatabase() {
        try {
            if (server == null) {
                server = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(Postgres::stop, "postgres-stop"));
            }
            String name = "cx_" + UUID.randomUUID().toString().replace("-", "");
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            return server.getJdbcUrl("postgres", name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized void stop() {
        try {
            server.close();
        } catch (IOException e) {
            // the JVM is ending; the data folder is a temp folder
        }
    }
}
