package org.cxadvisor.account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.cxadvisor.profile.Violation;
import org.cxadvisor.web.BadRequestException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The users in the database: Spring Security's {@link JdbcUserDetailsManager}, plus listing and the house rules. */
@Service
public class UserAccounts {

    /** A user as the API shows it: never the password hash. */
    public record Account(String username, Set<Role> roles) {
    }

    private final JdbcUserDetailsManager users;
    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    UserAccounts(JdbcUserDetailsManager users, JdbcClient jdbc, PasswordEncoder encoder) {
        this.users = users;
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    @Transactional(readOnly = true)
    public List<Account> list() {
        Map<String, Set<Role>> roles = new LinkedHashMap<>();
        jdbc.sql("SELECT u.username, a.authority FROM users u LEFT JOIN authorities a ON a.username = u.username "
                + "ORDER BY u.username").query((row, n) -> {
                    Set<Role> own = roles.computeIfAbsent(row.getString(1), name -> new TreeSet<>());
                    Role.ofAuthority(row.getString(2)).ifPresent(own::add);
                    return null;
                }).list();
        return roles.entrySet().stream().map(user -> new Account(user.getKey(), user.getValue())).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Account> find(String username) {
        return list().stream().filter(account -> account.username().equals(username)).findFirst();
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return users.userExists(username);
    }

    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single() == 0;
    }

    /** Adds a user with the password hashed; a taken name is a 400 naming {@code username}. */
    @Transactional
    public Account create(NewUser user) {
        if (users.userExists(user.username())) {
            throw duplicate();
        }
        try {
            users.createUser(User.withUsername(user.username()).password(encoder.encode(user.password()))
                    .authorities(user.roles().stream().map(Role::authority).toArray(String[]::new)).build());
        } catch (DuplicateKeyException raceWithAnotherRequest) {
            throw duplicate();
        }
        return new Account(user.username(), user.roles());
    }

    /** Removes a user; nobody removes themselves, so an admin always remains. False when there was no such user. */
    @Transactional
    public boolean delete(String username, String actingUser) {
        if (username.equals(actingUser)) {
            throw new BadRequestException(NewUser.TITLE, List.of(new Violation("username", "users.error.self")));
        }
        if (!users.userExists(username)) {
            return false;
        }
        users.deleteUser(username);
        return true;
    }

    private static BadRequestException duplicate() {
        return new BadRequestException(NewUser.TITLE, List.of(new Violation("username", "users.error.duplicate")));
    }
}
