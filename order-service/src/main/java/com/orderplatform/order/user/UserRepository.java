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

/**
 * Stores user accounts (table {@code users}) with each user's token version. Disabling a
 * user or changing a password raises the version in the same statement as the change, so
 * no token can be issued with the old version afterwards.
 */
@Repository
class UserRepository {

	private static final String COLUMNS = "id, username, password_hash, role, enabled, email, token_version, "
			+ "created_at, updated_at";

	private static final String REVOKE = "token_version = token_version + 1, tokens_revoked_at = :at, updated_at = :at";

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
				INSERT INTO users (username, password_hash, role, enabled, email, created_at, updated_at)
				VALUES (:username, :hash, :role, :enabled, :email, :at, :at)
				RETURNING id""")
			.param("username", username)
			.param("hash", passwordHash)
			.param("role", dbValue(role))
			.param("enabled", true)
			.param("email", email)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
		return new User(id, username, passwordHash, role, true, email, 0, at, at);
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
	 * Enables an account.
	 * @return whether the account exists
	 */
	boolean enable(String username, Instant at) {
		return this.jdbc.sql("UPDATE users SET enabled = :enabled, updated_at = :at WHERE username = :username")
			.param("enabled", true)
			.param("at", Timestamp.from(at))
			.param("username", username)
			.update() == 1;
	}

	/**
	 * Disables an account and revokes its tokens.
	 * @return the new token version; empty when there is no such account
	 */
	Optional<Long> disable(String username, Instant at) {
		return this.jdbc
			.sql("UPDATE users SET enabled = :enabled, " + REVOKE
					+ " WHERE username = :username RETURNING token_version")
			.param("enabled", false)
			.param("at", Timestamp.from(at))
			.param("username", username)
			.query(Long.class)
			.optional();
	}

	/**
	 * Replaces an account's password and revokes its tokens.
	 * @param passwordHash the new BCrypt hash
	 * @return the new token version; empty when there is no such account
	 */
	Optional<Long> changePassword(String username, String passwordHash, Instant at) {
		return this.jdbc
			.sql("UPDATE users SET password_hash = :hash, " + REVOKE
					+ " WHERE username = :username RETURNING token_version")
			.param("hash", passwordHash)
			.param("at", Timestamp.from(at))
			.param("username", username)
			.query(Long.class)
			.optional();
	}

	/**
	 * The users whose tokens were revoked since the given time, with their current
	 * versions, by user name.
	 */
	List<UserTokensRevoked> findRevokedSince(Instant since) {
		return this.jdbc.sql("""
				SELECT username, token_version, tokens_revoked_at FROM users
				WHERE tokens_revoked_at >= :since ORDER BY username""")
			.param("since", Timestamp.from(since))
			.query((rs, row) -> new UserTokensRevoked(rs.getString("username"), rs.getLong("token_version"),
					rs.getTimestamp("tokens_revoked_at").toInstant()))
			.list();
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

	private static User user(ResultSet rs, int row) throws SQLException {
		return new User(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
				UserRole.valueOf(rs.getString("role").toUpperCase(Locale.ROOT)), rs.getBoolean("enabled"),
				rs.getString("email"), rs.getLong("token_version"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	}

	private static String dbValue(UserRole role) {
		return role.name().toLowerCase(Locale.ROOT);
	}

}
