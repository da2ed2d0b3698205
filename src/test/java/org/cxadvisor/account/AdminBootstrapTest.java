package org.cxadvisor.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;

/** The first start with no users makes {@code admin}: with the configured password, or a random one logged once. */
@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapTest {

    private static final Pattern LOGGED = Pattern.compile("generated password (\\S+) ");

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private JdbcUserDetailsManager users;
    private UserAccounts accounts;

    @BeforeEach
    void emptyDatabase() {
        var dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).load().migrate();
        users = new JdbcUserDetailsManager(dataSource);
        accounts = new UserAccounts(users, JdbcClient.create(dataSource), encoder);
    }

    private String storedPassword() {
        return users.loadUserByUsername(AdminBootstrap.ADMIN).getPassword();
    }

    @Test
    void theConfiguredPasswordIsUsedHashedAndNotLogged(CapturedOutput output) {
        new AdminBootstrap(accounts, "configured admin secret").run(null);
        assertThat(encoder.matches("configured admin secret", storedPassword())).isTrue();
        assertThat(storedPassword()).startsWith("{bcrypt}");
        assertThat(accounts.find(AdminBootstrap.ADMIN).orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.ADMIN, Role.CONSULTANT);
        assertThat(output.getAll()).doesNotContain("configured admin secret");
    }

    @Test
    void withoutAConfiguredPasswordARandomOneIsLoggedOnceAndWorks(CapturedOutput output) {
        new AdminBootstrap(accounts, "").run(null);
        Matcher logged = LOGGED.matcher(output.getAll());
        assertThat(logged.find()).as("the generated password in the log").isTrue();
        String password = logged.group(1);
        assertThat(password).hasSizeGreaterThanOrEqualTo(24);
        assertThat(encoder.matches(password, storedPassword())).isTrue();

        new AdminBootstrap(accounts, "").run(null);
        new AdminBootstrap(accounts, "a later configured secret").run(null);
        assertThat(LOGGED.matcher(output.getAll()).results().count()).isEqualTo(1);
        assertThat(encoder.matches(password, storedPassword())).as("a second start keeps the first password").isTrue();
        assertThat(accounts.list()).hasSize(1);
    }

    @Test
    void twoStartsWithTheSameRandomSeedStillMakeDifferentPasswords(CapturedOutput output) {
        new AdminBootstrap(accounts, "").run(null);
        emptyDatabase();
        new AdminBootstrap(accounts, "").run(null);
        var passwords = LOGGED.matcher(output.getAll()).results().map(m -> m.group(1)).toList();
        assertThat(passwords).hasSize(2).doesNotHaveDuplicates();
    }
}
