package com.orderplatform.order.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/v1/users}: a new user (admins only).
 *
 * @param username 3 to 64 characters: letters, digits, {@code . _ @ -}
 * @param password at least 12 characters (at most 72 bytes, BCrypt's limit)
 * @param role {@code admin}, {@code operator} or {@code viewer}
 * @param email optional address for the user's own messages (the summary of each of their
 * CSV imports)
 */
public record CreateUserRequest(
		@NotNull @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9._@-]*",
				message = "may contain only letters, digits and . _ @ -") String username,
		@NotNull @Size(min = 12, max = 72, message = "must be 12 to 72 characters long") String password,
		@NotNull UserRole role, @Email @Size(max = 254) @Nullable String email) {

	@Override
	public String toString() {
		return "CreateUserRequest[username=" + this.username + ", password=(hidden), role=" + this.role + ", email="
				+ this.email + "]";
	}

}
