package com.orderplatform.order.user;

import java.time.Instant;

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
 * @param tokenVersion the version the user's tokens carry ({@code ver}); raised when the
 * user is disabled or changes password, which revokes the tokens issued before
 * @param createdAt when the account was created
 * @param updatedAt when it last changed
 */
record User(long id, String username, String passwordHash, UserRole role, boolean enabled, String email,
		long tokenVersion, Instant createdAt, Instant updatedAt) {

	UserView view() {
		return new UserView(this.id, this.username, this.role, this.enabled, this.email, this.createdAt);
	}

	@Override
	public String toString() {
		return "User[id=" + this.id + ", username=" + this.username + ", role=" + this.role + ", enabled="
				+ this.enabled + "]";
	}

}
