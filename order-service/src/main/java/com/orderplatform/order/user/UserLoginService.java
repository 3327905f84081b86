package com.orderplatform.order.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Checks a user name and password, slowing down guessing with {@link LoginThrottle}. An
 * unknown user, a wrong password and a disabled account get the same answer after the
 * same work; only a locked account is told so (with the time to wait).
 */
@Service
public class UserLoginService {

	private static final Logger log = LoggerFactory.getLogger(UserLoginService.class);

	private final UserRepository repository;

	private final Passwords passwords;

	private final Clock clock;

	UserLoginService(UserRepository repository, Passwords passwords, Clock clock) {
		this.repository = repository;
		this.passwords = passwords;
		this.clock = clock;
	}

	/**
	 * Checks the credentials.
	 * @param username the user name
	 * @param password the password
	 * @return the user
	 * @throws InvalidCredentialsException for an unknown user, a wrong password or a
	 * disabled account
	 * @throws AccountLockedException while the account is locked, whatever the password
	 */
	public AuthenticatedUser authenticate(String username, String password) {
		Instant now = this.clock.instant();
		Optional<User> found = this.repository.findByUsername(username);
		if (found.isEmpty()) {
			this.passwords.mismatchAnyway();
			log.info("Refused login of unknown user '{}' (masked: a name nobody has may be a password typed"
					+ " in the wrong field)", masked(username));
			throw new InvalidCredentialsException();
		}
		User user = found.get();
		Optional<Duration> locked = user.lockRemainingAt(now);
		if (locked.isPresent()) {
			log.info("Refused login of user '{}': locked until {} after {} failed logins", user.username(),
					user.lockedUntil(), user.failedLogins());
			throw new AccountLockedException(locked.get());
		}
		if (!this.passwords.matches(password, user.passwordHash())) {
			User counted = this.repository.recordFailedLogin(user.id(), now);
			log.warn("Refused login of user '{}': wrong password ({} consecutive failures{})", user.username(),
					counted.failedLogins(), (counted.lockedUntil() != null && counted.lockedUntil().isAfter(now))
							? ", locked until " + counted.lockedUntil() : "");
			throw new InvalidCredentialsException();
		}
		if (!user.enabled()) {
			log.info("Refused login of user '{}': the account is disabled", user.username());
			throw new InvalidCredentialsException();
		}
		if (user.failedLogins() > 0) {
			this.repository.resetFailedLogins(user.id(), now);
		}
		log.info("User '{}' logged in with role {}", user.username(), user.role());
		return new AuthenticatedUser(user.username(), user.role());
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
