package org.cxadvisor.storage;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The embedded default database: unless {@code spring.datasource.url} names one, an H2 file database
 * {@code cxadvisor.mv.db} in {@code cxadvisor.data-dir} (default {@code data} in the working directory; H2 creates
 * the folder on first start). The path is made absolute here because H2 refuses implicitly relative file names.
 * {@code WRITE_DELAY=0} writes every commit to the file before the statement returns, so that a 201 survives a
 * kill -9; {@code AUTO_SERVER=TRUE} lets the command line ({@code impact}) read the file while the server runs.
 */
public class DataDirectory implements EnvironmentPostProcessor, Ordered {

    public static final String DATA_DIR = "cxadvisor.data-dir";
    static final String URL = "spring.datasource.url";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configured = environment.getProperty(URL);
        if (configured != null && !configured.isBlank()) {
            return;
        }
        environment.getPropertySources().addLast(new MapPropertySource("cxadvisor-embedded-database", Map.of(
                URL, h2Url(Path.of(environment.getProperty(DATA_DIR, "data"))),
                "spring.datasource.username", "sa",
                "spring.datasource.password", "")));
    }

    /** The JDBC URL of the embedded database in a data folder. */
    public static String h2Url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("cxadvisor") + ";WRITE_DELAY=0;AUTO_SERVER=TRUE";
    }

    /** After the configuration files and command-line arguments have been read. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
