package org.cxadvisor.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cxadvisor.support.ApiClient;
import org.cxadvisor.support.HttpTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code /api/users}: admins add and remove users; every bad input a 400 naming the field; passwords hashed. */
class UserApiTest extends HttpTest {

    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void users() {
        TestUsers.ensure(accounts);
    }

    private ApiClient.Response create(Map<String, ?> user, String authorization) {
        return api.post("/api/users", ApiClient.toJson(user), "Content-Type", "application/json",
                "Authorization", authorization);
    }

    @Test
    void theFirstStartMadeAdminWithBothRoles() {
        var list = api.get("/api/users", "Authorization", TestUsers.admin());
        assertThat(list.status()).isEqualTo(200);
        var admin = list.json().get("items").valueStream().filter(u -> u.get("username").asString().equals("admin"))
                .findFirst().orElseThrow();
        assertThat(admin.get("roles").valueStream().map(r -> r.asString()).toList()).containsExactly("CONSULTANT", "ADMIN");
        assertThat(list.body()).doesNotContain("password", "bcrypt");
    }

    @Test
    void anAddedConsultantSignsInWithAHashedPasswordAndIsGoneWhenRemoved() {
        var created = create(Map.of("username", "jan.jansen", "password", "a long enough secret"), TestUsers.admin());
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/users/jan.jansen");
        assertThat(created.json().get("roles").get(0).asString()).isEqualTo("CONSULTANT");
        String stored = jdbc.sql("SELECT password FROM users WHERE username = 'jan.jansen'").query(String.class).single();
        assertThat(stored).startsWith("{bcrypt}$2").doesNotContain("a long enough secret");

        String jan = ApiClient.basic("jan.jansen", "a long enough secret");
        assertThat(api.get("/api/scenario-sets", "Authorization", jan).status()).isNotIn(401, 403);
        assertThat(api.get("/api/users", "Authorization", jan).status()).isEqualTo(403);

        assertThat(api.delete("/api/users/jan.jansen", "Authorization", TestUsers.admin()).status()).isEqualTo(204);
        assertThat(api.get("/api/scenario-sets", "Authorization", jan).status()).isEqualTo(401);
        var again = api.delete("/api/users/jan.jansen", "Authorization", TestUsers.admin());
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aDuplicateUserIs400NamingTheUsername() {
        var response = create(Map.of("username", TestUsers.CONSULTANT, "password", "another long secret"),
                TestUsers.admin());
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.errorFields()).containsExactly("username");
        assertThat(response.json().get("detail").asString()).contains("already exists");
    }

    @Test
    void everyFaultOfANewUserIsNamedAtOnce() {
        var response = create(Map.of("username", "Not Valid!", "password", "short", "roles", List.of("BOSS"),
                "email", "x@example.com"), TestUsers.admin());
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactlyInAnyOrder("email", "username", "password", "roles");
        var taken = create(Map.of("username", TestUsers.CONSULTANT, "password", "short"), TestUsers.admin());
        assertThat(taken.errorFields()).containsExactlyInAnyOrder("username", "password");
    }

    @Test
    void emptyMissingOrGuessablePasswordsAreRefused() {
        assertThat(create(Map.of("username", "piet", "password", ""), TestUsers.admin()).errorFields())
                .containsExactly("password");
        assertThat(create(Map.of("username", "piet"), TestUsers.admin()).errorFields()).containsExactly("password");
        assertThat(create(Map.of("username", "piet", "password", "piet-piet-piet-piet"), TestUsers.admin())
                .json().get("detail").asString()).contains("user name");
        assertThat(create(Map.of("username", "piet", "password", "x".repeat(73)), TestUsers.admin()).errorFields())
                .containsExactly("password");
        assertThat(create(Map.of("username", "piet", "password", "long enough secret", "roles", List.of()),
                TestUsers.admin()).errorFields()).containsExactly("roles");
    }

    @Test
    void malformedJsonIs400AndNobodyRemovesThemselves() {
        var malformed = api.post("/api/users", "{\"username\":", "Content-Type", "application/json",
                "Authorization", TestUsers.admin());
        assertThat(malformed.status()).isEqualTo(400);
        var self = api.delete("/api/users/" + TestUsers.ADMIN, "Authorization", TestUsers.admin());
        assertThat(self.status()).isEqualTo(400);
        assertThat(self.errorFields()).containsExactly("username");
    }

    @Test
    void consultantsMayNotAddUsers() {
        var response = create(Map.of("username", "sneaky", "password", "a long enough secret"), TestUsers.consultant());
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(accounts.find("sneaky")).isEmpty();
    }
}
