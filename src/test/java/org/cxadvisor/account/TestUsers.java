package org.cxadvisor.account;

import java.util.EnumSet;
import org.cxadvisor.support.ApiClient;

/** A consultant and a second admin for the access tests, added through {@link UserAccounts} once per database. */
final class TestUsers {

    static final String CONSULTANT = "consultant";
    static final String ADMIN = "second-admin";
    static final String PASSWORD = "correct horse battery staple";

    private TestUsers() {
    }

    static void ensure(UserAccounts accounts) {
        if (accounts.find(CONSULTANT).isEmpty()) {
            accounts.create(new NewUser(CONSULTANT, PASSWORD, EnumSet.of(Role.CONSULTANT)));
            accounts.create(new NewUser(ADMIN, PASSWORD, EnumSet.of(Role.ADMIN, Role.CONSULTANT)));
        }
    }

    static String consultant() {
        return ApiClient.basic(CONSULTANT, PASSWORD);
    }

    static String admin() {
        return ApiClient.basic(ADMIN, PASSWORD);
    }
}
