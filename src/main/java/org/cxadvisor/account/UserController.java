package org.cxadvisor.account;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.cxadvisor.web.JsonBody;
import org.cxadvisor.web.JsonPost;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/users} (role ADMIN, see {@link AccessRules}): list, add and remove the consultants and admins. */
@RestController
class UserController {

    private final UserAccounts accounts;
    private final JsonBody body;

    UserController(UserAccounts accounts, JsonBody body) {
        this.accounts = accounts;
        this.body = body;
    }

    @Operation(summary = "Every user with its roles (ADMIN)")
    @GetMapping("/api/users")
    Map<String, List<UserAccounts.Account>> list() {
        return Map.of("items", accounts.list());
    }

    @Operation(summary = "Add a user: {username, password, roles?} (ADMIN); roles default to [CONSULTANT]")
    @JsonPost("/api/users")
    ResponseEntity<UserAccounts.Account> create(HttpServletRequest request) {
        UserAccounts.Account created = accounts.create(NewUser.read(body.read(request), accounts::exists));
        return ResponseEntity.created(URI.create("/api/users/" + created.username())).body(created);
    }

    @Operation(summary = "One user with its roles (ADMIN)")
    @GetMapping("/api/users/{username}")
    UserAccounts.Account get(@PathVariable String username) {
        return accounts.find(username).orElseThrow(() -> new UnknownUserException(username));
    }

    @Operation(summary = "Remove a user (ADMIN); nobody removes themselves")
    @DeleteMapping("/api/users/{username}")
    ResponseEntity<Void> delete(@PathVariable String username, Principal admin) {
        if (!accounts.delete(username, admin.getName())) {
            throw new UnknownUserException(username);
        }
        return ResponseEntity.noContent().build();
    }
}
