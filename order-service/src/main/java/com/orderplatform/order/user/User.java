package com.orderplatform.order.user;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.orderplatform.order.api.UserRole;
import com.orderplatform.order.api.UserView;

/**
 * A user account as stored.
 *
 * @param id the account's id
 * @param username the user name, unique
 * @param passwordHash the BCrypt hash of the password
 * @param role the role
 * @param enabled whether the user may log in
 * @param email the address for the user's own messages, or {@code null}
 * @param failedLogins consecutive failed logins since the last successful one
 * @param lockedUntil until when logins are refused after too many failures, or
 * {@code null}
 * @param createdAt when the account was created
 * @param updatedAt when it last changed
 */
record User(long id, String username, String passwordHash, UserRole role, boolean enabled, String email,
		int failedLogins, Instant lockedUntil, Instant createdAt, Instant updatedAt) {

	/**
	 * How long logins stay refused.
	 * @param now the current time
	 * @return the time left, or empty when the account is not locked
	 */
	Optional<Duration> lockRemainingAt(Instant now) {
		if (this.lockedUntil == null || !this.lockedUntil.isAfter(now)) {
			return Optional.empty();
		}
		return Optional.of(Duration.between(now, this.lockedUntil));
	}

	UserView view() {
		return new UserView(this.id, this.username, this.role, this.enabled, this.email, this.createdAt);
	}

	@Override
	public String toString() {
		return "User[id=" + this.id + ", username=" + this.username + ", role=" + this.role + ", enabled="
				+ this.enabled + "]";
	}

}
