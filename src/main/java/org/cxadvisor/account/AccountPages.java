package org.cxadvisor.account;

import io.swagger.v3.oas.annotations.Operation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The login page, the user page (ADMIN) and who is signed in, for the header of every page. */
@Controller
class AccountPages {

    @GetMapping(SecurityConfiguration.LOGIN_PAGE)
    String login() {
        return "forward:/login.html";
    }

    @GetMapping("/users")
    String users() {
        return "forward:/users.html";
    }

    @Operation(summary = "Who is signed in: {username, roles}; username null for an anonymous visitor")
    @GetMapping("/api/account")
    @ResponseBody
    Map<String, Object> account(Authentication authentication) {
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("username", authentication == null ? null : authentication.getName());
        account.put("roles", authentication == null ? List.of() : authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).flatMap(authority -> Role.ofAuthority(authority).stream())
                .map(Role::name).toList());
        return account;
    }
}
