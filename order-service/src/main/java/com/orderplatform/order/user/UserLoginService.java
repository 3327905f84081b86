package com.orderplatform.order.user;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import com.orderplatform.order.user.errors.AccountLockedException;
import com.orderplatform.order.user.errors.InvalidCredentialsException;
import com.orderplatform.order.user.errors.InvalidUserException;
import com.orderplatform.order.user.errors.UserNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Checks passwords: at login, and when users change their own. Every check goes through
 * {@link LoginAttempts} first, so it is counted before BCrypt runs and refused while its
 * user name or client is locked. An unknown user name, a wrong password and a disabled
 * account get the same answer after the same work (a dummy BCrypt check for the unknown
 * name) and are counted and locked alike.
 */
@Service
public class UserLoginService {

	private static final Logger log = LoggerFactory.getLogger(UserLoginService.class);

	private final UserRepository repository;

	private final Passwords passwords;

	private final LoginAttempts attempts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	UserLoginService(UserRepository repository, Passwords passwords, LoginAttempts attempts,
			ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.passwords = passwords;
		this.attempts = attempts;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Checks the credentials.
	 * @param username the user name
	 * @param password the password
	 * @param client the client's address
	 * @return the user
	 * @throws InvalidCredentialsException for an unknown user, a wrong password or a
	 * disabled account
	 * @throws AccountLockedException while the user name (for this client) or the client
	 * is locked, whatever the password
	 */
	public AuthenticatedUser authenticate(String username, String password, String client) {
		LoginAttempts.Reservation reservation = this.attempts.reserve(username, client);
		User user = checked(username, password, client).orElseThrow(InvalidCredentialsException::new);
		this.attempts.succeeded(reservation);
		log.info("User '{}' logged in with role {} from {}", user.username(), user.role(),
				LoginAttempts.masked(client));
		return new AuthenticatedUser(user.username(), user.role(), user.tokenVersion());
	}

	/**
	 * Changes a user's own password after checking the current one, and revokes every
	 * token the user holds ({@link UserTokensRevoked}).
	 * @param username the user (the caller)
	 * @param currentPassword the password now, checked like a login
	 * @param newPassword the new password
	 * @param client the client's address
	 * @return the user with the new token version, to issue a fresh token for
	 * @throws InvalidUserException naming {@code new_password} when it is unusable, or
	 * {@code current_password} when that is wrong
	 * @throws AccountLockedException while the user name (for this client) or the client
	 * is locked
	 */
	public AuthenticatedUser changeOwnPassword(String username, String currentPassword, String newPassword,
			String client) {
		if (!Passwords.fitsBCrypt(newPassword)) {
			throw new InvalidUserException("new_password",
					"must be at most " + Passwords.MAX_BYTES + " bytes in UTF-8");
		}
		if (newPassword.equals(currentPassword)) {
			throw new InvalidUserException("new_password", "must differ from the current password");
		}
		LoginAttempts.Reservation reservation = this.attempts.reserve(username, client);
		User user = checked(username, currentPassword, client)
			.orElseThrow(() -> new InvalidUserException("current_password", "is not your current password"));
		this.attempts.succeeded(reservation);
		Instant now = this.clock.instant();
		long version = this.repository.changePassword(username, this.passwords.hash(newPassword), now)
			.orElseThrow(() -> new UserNotFoundException(username));
		log.info("User '{}' changed their password from {}; tokens below version {} are revoked", username,
				LoginAttempts.masked(client), version);
		this.events.publishEvent(new UserTokensRevoked(username, version, now));
		return new AuthenticatedUser(username, user.role(), version);
	}

	/**
	 * The enabled user whose password this is; empty for anything else, after the same
	 * BCrypt work.
	 */
	private Optional<User> checked(String username, String password, String client) {
		Optional<User> found = this.repository.findByUsername(username);
		if (found.isEmpty()) {
			this.passwords.mismatchAnyway();
			log.info("Refused login of unknown user '{}' (masked: a name nobody has may be a password typed"
					+ " in the wrong field) from {}", masked(username), LoginAttempts.masked(client));
			return Optional.empty();
		}
		User user = found.get();
		if (!this.passwords.matches(password, user.passwordHash())) {
			log.warn("Refused password of user '{}' from {}: wrong password", user.username(),
					LoginAttempts.masked(client));
			return Optional.empty();
		}
		if (!user.enabled()) {
			log.info("Refused password of user '{}' from {}: the account is disabled", user.username(),
					LoginAttempts.masked(client));
			return Optional.empty();
		}
		return found;
	}

	/** A user name as typed, safe to log (no line breaks or control characters). */
	/** The first character (if a plain one) and stars: never a whole unknown name. */
	static String masked(String username) {
		if (username.isEmpty()) {
			return "";
		}
		String first = username.substring(0, username.offsetByCodePoints(0, 1));
		return (first.matches("[A-Za-z0-9._@-]") ? first : "?") + "***";
	}

}
