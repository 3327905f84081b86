package com.orderplatform.order.api;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * {@code PUT /api/v1/users/me/password}: a user changes their own password.
 *
 * @param currentPassword the password now (checked and throttled like a login)
 * @param newPassword at least 12 characters (at most 72 bytes, BCrypt's limit), not the
 * current one
 */
public record ChangePasswordRequest(@NotEmpty @Size(max = 1024) String currentPassword,
		@NotNull @Size(min = 12, max = 72, message = "must be 12 to 72 characters long") String newPassword) {

	@Override
	public String toString() {
		return "ChangePasswordRequest[currentPassword=(hidden), newPassword=(hidden)]";
	}

}
