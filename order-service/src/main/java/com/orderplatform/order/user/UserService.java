package com.orderplatform.order.user;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.orderplatform.order.api.CreateUserRequest;
import com.orderplatform.order.api.UpdateUserRequest;
import com.orderplatform.order.api.UserView;
import com.orderplatform.order.user.errors.InvalidUserException;
import com.orderplatform.order.user.errors.OwnAccountException;
import com.orderplatform.order.user.errors.UserNotFoundException;
import com.orderplatform.order.user.errors.UsernameTakenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * Creates, lists, enables and disables user accounts (admins only, by the API's rules).
 * Disabling a user revokes the user's tokens ({@link UserTokensRevoked}).
 */
@Service
public class UserService {

	private static final Logger log = LoggerFactory.getLogger(UserService.class);

	private final UserRepository repository;

	private final Passwords passwords;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	UserService(UserRepository repository, Passwords passwords, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.passwords = passwords;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Creates an enabled account.
	 * @param request the user name, password and role
	 * @param createdBy who asks, for the log
	 * @return the account
	 * @throws UsernameTakenException when the name belongs to another account
	 * @throws InvalidUserException when the password is longer than BCrypt can take
	 */
	public UserView create(CreateUserRequest request, String createdBy) {
		if (this.repository.findByUsername(request.username()).isPresent()) {
			throw new UsernameTakenException(request.username());
		}
		String hash = this.passwords.hash(request.password());
		User user;
		try {
			user = this.repository.insert(request.username(), hash, request.role(), blankToNull(request.email()),
					this.clock.instant());
		}
		catch (DataIntegrityViolationException raced) {
			throw new UsernameTakenException(request.username());
		}
		log.info("User {} '{}' created with role {} by '{}'", user.id(), user.username(), user.role(), createdBy);
		return user.view();
	}

	/**
	 * Reads one account.
	 * @param username the user name
	 * @return the account
	 * @throws UserNotFoundException when there is none
	 */
	public UserView get(String username) {
		return this.repository.findByUsername(username)
			.map(User::view)
			.orElseThrow(() -> new UserNotFoundException(username));
	}

	/**
	 * Every account, by user name.
	 * @return the accounts
	 */
	public List<UserView> list() {
		return this.repository.findAll().stream().map(User::view).toList();
	}

	/**
	 * The address for a user's own messages.
	 * @param username the user name
	 * @return the account's email address; empty when the account has none or does not
	 * exist
	 */
	public Optional<String> emailOf(String username) {
		return this.repository.findByUsername(username).map(User::email);
	}

	/**
	 * The users whose tokens were revoked since the given time.
	 * @param since the earliest revocation that still matters
	 * @return each such user's current token version
	 */
	public List<UserTokensRevoked> tokensRevokedSince(Instant since) {
		return this.repository.findRevokedSince(since);
	}

	/**
	 * Applies a {@code PATCH}: enables or disables the account and/or sets its email
	 * address (an empty one removes it).
	 * @param username the account
	 * @param request what changes
	 * @param changedBy the admin asking
	 * @return the account afterwards
	 * @throws OwnAccountException when an admin disables their own account
	 * @throws UserNotFoundException when there is no such account
	 */
	public UserView update(String username, UpdateUserRequest request, String changedBy) {
		if (request.enabled() != null) {
			setEnabled(username, request.enabled(), changedBy);
		}
		if (request.email() != null) {
			if (!this.repository.setEmail(username, blankToNull(request.email()), this.clock.instant())) {
				throw new UserNotFoundException(username);
			}
			log.info("User '{}' email {} by '{}'", username, request.email().isBlank() ? "removed" : "changed",
					changedBy);
		}
		return get(username);
	}

	/**
	 * Enables or disables an account. A disabled user's logins are refused and the tokens
	 * already issued are revoked on every service.
	 * @param username the account
	 * @param enabled the new state
	 * @param changedBy the admin asking
	 * @return the account afterwards
	 * @throws OwnAccountException when an admin disables their own account
	 * @throws UserNotFoundException when there is no such account
	 */
	public UserView setEnabled(String username, boolean enabled, String changedBy) {
		if (!enabled && username.equals(changedBy)) {
			throw new OwnAccountException(username);
		}
		Instant now = this.clock.instant();
		if (enabled) {
			if (!this.repository.enable(username, now)) {
				throw new UserNotFoundException(username);
			}
			log.info("User '{}' enabled by '{}'", username, changedBy);
			return get(username);
		}
		long version = this.repository.disable(username, now).orElseThrow(() -> new UserNotFoundException(username));
		log.info("User '{}' disabled by '{}'; tokens below version {} are revoked", username, changedBy, version);
		this.events.publishEvent(new UserTokensRevoked(username, version, now));
		return get(username);
	}

	private static String blankToNull(String email) {
		return (email == null || email.isBlank()) ? null : email.strip();
	}

}
