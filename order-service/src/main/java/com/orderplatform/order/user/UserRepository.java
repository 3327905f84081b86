package com.orderplatform.order.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.orderplatform.order.api.UserRole;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores user accounts (table {@code users}), with the failed-login count and lock that
 * {@link LoginThrottle} decides, so they hold across restarts and instances.
 */
@Repository
class UserRepository {

	private static final String COLUMNS = "id, username, password_hash, role, enabled, email, failed_logins, locked_until, "
			+ "created_at, updated_at";

	private final JdbcClient jdbc;

	UserRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Saves a new, enabled account.
	 * @param username the user name
	 * @param passwordHash the BCrypt hash
	 * @param role the role
	 * @param email the address for the user's own messages, or {@code null}
	 * @param at when
	 * @return the new account
	 * @throws org.springframework.dao.DataIntegrityViolationException when the name is
	 * taken
	 */
	User insert(String username, String passwordHash, UserRole role, String email, Instant at) {
		long id = this.jdbc.sql("""
				INSERT INTO users (username, password_hash, role, enabled, email, failed_logins, created_at, updated_at)
				VALUES (:username, :hash, :role, :enabled, :email, 0, :at, :at)
				RETURNING id""")
			.param("username", username)
			.param("hash", passwordHash)
			.param("role", dbValue(role))
			.param("enabled", true)
			.param("email", email)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
		return new User(id, username, passwordHash, role, true, email, 0, null, at, at);
	}

	Optional<User> findByUsername(String username) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE username = :username")
			.param("username", username)
			.query(UserRepository::user)
			.optional();
	}

	List<User> findAll() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM users ORDER BY username").query(UserRepository::user).list();
	}

	long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single();
	}

	/**
	 * Enables or disables an account.
	 * @return whether the account exists
	 */
	boolean setEnabled(String username, boolean enabled, Instant at) {
		return this.jdbc.sql("UPDATE users SET enabled = :enabled, updated_at = :at WHERE username = :username")
			.param("enabled", enabled)
			.param("at", Timestamp.from(at))
			.param("username", username)
			.update() == 1;
	}

	/**
	 * Sets or removes an account's email address.
	 * @return whether the account exists
	 */
	boolean setEmail(String username, String email, Instant at) {
		return this.jdbc.sql("UPDATE users SET email = :email, updated_at = :at WHERE username = :username")
			.param("email", email)
			.param("at", Timestamp.from(at))
			.param("username", username)
			.update() == 1;
	}

	/**
	 * Counts a failed login and locks the account as {@link LoginThrottle} says, in one
	 * transaction, so concurrent failures are all counted.
	 * @param id the account
	 * @param at when
	 * @return the account afterwards
	 */
	@Transactional
	User recordFailedLogin(long id, Instant at) {
		int failures = this.jdbc.sql("""
				UPDATE users SET failed_logins = failed_logins + 1, updated_at = :at WHERE id = :id
				RETURNING failed_logins""")
			.param("at", Timestamp.from(at))
			.param("id", id)
			.query(Integer.class)
			.single();
		LoginThrottle.lockAfter(failures)
			.ifPresent(lock -> this.jdbc.sql("UPDATE users SET locked_until = :until WHERE id = :id")
				.param("until", Timestamp.from(at.plus(lock)))
				.param("id", id)
				.update());
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE id = :id")
			.param("id", id)
			.query(UserRepository::user)
			.single();
	}

	/** Forgets past failures after a successful login. */
	void resetFailedLogins(long id, Instant at) {
		this.jdbc.sql("UPDATE users SET failed_logins = 0, locked_until = NULL, updated_at = :at WHERE id = :id")
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update();
	}

	private static User user(ResultSet rs, int row) throws SQLException {
		Timestamp lockedUntil = rs.getTimestamp("locked_until");
		return new User(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
				UserRole.valueOf(rs.getString("role").toUpperCase(Locale.ROOT)), rs.getBoolean("enabled"),
				rs.getString("email"), rs.getInt("failed_logins"),
				(lockedUntil != null) ? lockedUntil.toInstant() : null, rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	}

	private static String dbValue(UserRole role) {
		return role.name().toLowerCase(Locale.ROOT);
	}

}
