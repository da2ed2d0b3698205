package org.cxadvisor.account;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import org.cxadvisor.web.BadRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The first start with no users creates {@code admin} (roles ADMIN and CONSULTANT) with the password in
 * {@code cxadvisor.admin-password}, or with a random one written once to the log: from then on there is a user, so
 * the password is never generated or logged again.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    static final String ADMIN = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccounts accounts;
    private final String configuredPassword;

    AdminBootstrap(UserAccounts accounts, @Value("${cxadvisor.admin-password:}") String configuredPassword) {
        this.accounts = accounts;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.isEmpty()) {
            return;
        }
        boolean configured = !configuredPassword.isBlank();
        String password = configured ? configuredPassword : randomPassword();
        try {
            accounts.create(new NewUser(ADMIN, password, EnumSet.of(Role.ADMIN, Role.CONSULTANT)));
        } catch (BadRequestException anotherInstanceWasFirst) {
            return;
        }
        if (configured) {
            LOG.info("Created user '{}' (roles ADMIN, CONSULTANT) with the password in cxadvisor.admin-password", ADMIN);
        } else {
            LOG.warn("Created user '{}' (roles ADMIN, CONSULTANT) with the generated password {} - shown only this once;"
                    + " keep it, or set cxadvisor.admin-password before the first start", ADMIN, password);
        }
    }

    /** 144 random bits, URL-safe so that it can be typed and pasted anywhere. */
    private static String randomPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
