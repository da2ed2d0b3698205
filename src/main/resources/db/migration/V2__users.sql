-- Accounts (docs/accounts.md): Spring Security's JdbcUserDetailsManager schema, plain SQL for H2 and PostgreSQL.
-- Passwords are stored hashed by Spring Security's DelegatingPasswordEncoder ({bcrypt}...), never in clear.
CREATE TABLE users (
    username VARCHAR(50)  PRIMARY KEY,
    password VARCHAR(500) NOT NULL,
    enabled  BOOLEAN      NOT NULL
);
CREATE TABLE authorities (
    username  VARCHAR(50) NOT NULL REFERENCES users (username) ON DELETE CASCADE,
    authority VARCHAR(50) NOT NULL,
    CONSTRAINT authorities_unique UNIQUE (username, authority)
);
