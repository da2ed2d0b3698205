package org.cxadvisor.account;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.cxadvisor.profile.Violation;
import org.cxadvisor.web.BadRequestException;

/** A user to add, read from {@code {username, password, roles?}}; every fault of the request is named at once. */
public record NewUser(String username, String password, Set<Role> roles) {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,49}");
    static final int MIN_PASSWORD = 12;
    /** bcrypt reads no further than 72 bytes; a longer password would only seem stronger. */
    static final int MAX_PASSWORD_BYTES = 72;
    static final String TITLE = "problem.users.title";
    private static final Set<String> FIELDS = Set.of("username", "password", "roles");

    /** Reads and checks a new user; {@code taken} tells which names already have a user. */
    static NewUser read(Object json, Predicate<String> taken) {
        if (!(json instanceof Map<?, ?> map)) {
            throw new BadRequestException(TITLE, List.of(new Violation("", "users.error.notObject")));
        }
        List<Violation> violations = new ArrayList<>();
        map.keySet().stream().map(String::valueOf).filter(key -> !FIELDS.contains(key)).sorted()
                .forEach(key -> violations.add(new Violation(key, "error.field.unknown")));
        String username = text(map.get("username"), "username", violations);
        if (username != null && !USERNAME.matcher(username).matches()) {
            violations.add(new Violation("username", "users.error.username"));
        } else if (username != null && taken.test(username)) {
            violations.add(new Violation("username", "users.error.duplicate"));
        }
        String password = text(map.get("password"), "password", violations);
        if (password != null) {
            checkPassword(password, username, violations);
        }
        Set<Role> roles = roles(map.containsKey("roles") ? map.get("roles") : List.of(Role.CONSULTANT.name()),
                violations);
        if (!violations.isEmpty()) {
            throw new BadRequestException(TITLE, violations);
        }
        return new NewUser(username, password, roles);
    }

    /** The rules a password must meet, for new users and for the bootstrap admin's configured one alike. */
    static void checkPassword(String password, String username, List<Violation> violations) {
        int bytes = password.getBytes(StandardCharsets.UTF_8).length;
        if (password.isBlank() || password.length() < MIN_PASSWORD || bytes > MAX_PASSWORD_BYTES) {
            violations.add(new Violation("password", "users.error.passwordLength", MIN_PASSWORD, MAX_PASSWORD_BYTES));
        } else if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            violations.add(new Violation("password", "users.error.passwordHasName"));
        }
    }

    private static String text(Object value, String field, List<Violation> violations) {
        if (value == null) {
            violations.add(new Violation(field, "error.field.required"));
            return null;
        }
        if (!(value instanceof String text)) {
            violations.add(new Violation(field, "error.field.notText"));
            return null;
        }
        return text;
    }

    private static Set<Role> roles(Object value, List<Violation> violations) {
        String choices = String.join(", ", EnumSet.allOf(Role.class).stream().map(Role::name).toList());
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            violations.add(new Violation("roles", "users.error.roles", choices));
            return Set.of();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object item : list) {
            try {
                roles.add(Role.valueOf(String.valueOf(item)));
            } catch (IllegalArgumentException unknown) {
                violations.add(new Violation("roles", "error.field.notChoice", choices));
                return Set.of();
            }
        }
        return roles;
    }
}
