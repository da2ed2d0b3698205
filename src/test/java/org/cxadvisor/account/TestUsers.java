package org.cxadvisor.account;

import org.cxadvisor.support.ApiClient;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** A consultant and an admin for the access tests. */
@TestConfiguration
class TestUsers {

    static final String CONSULTANT = "consultant";
    static final String ADMIN = "admin";
    static final String PASSWORD = "correct horse battery staple";

    static String consultant() {
        return ApiClient.basic(CONSULTANT, PASSWORD);
    }

    static String admin() {
        return ApiClient.basic(ADMIN, PASSWORD);
    }

    @Bean
    InMemoryUserDetailsManager testUsers(org.springframework.security.crypto.password.PasswordEncoder encoder) {
        return new InMemoryUserDetailsManager(
                User.withUsername(CONSULTANT).password(encoder.encode(PASSWORD)).roles(Role.CONSULTANT.name()).build(),
                User.withUsername(ADMIN).password(encoder.encode(PASSWORD))
                        .roles(Role.ADMIN.name(), Role.CONSULTANT.name()).build());
    }
}
