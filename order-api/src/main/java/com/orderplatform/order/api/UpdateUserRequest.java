package com.orderplatform.order.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * {@code PATCH /api/v1/users/{username}}: enable or disable an account, or change its
 * email address (admins only). A field left out stays as it is; at least one is needed.
 *
 * @param enabled {@code false} to refuse the user's logins from now on, {@code true} to
 * allow them again
 * @param email the new address for the user's own messages; an empty string removes it
 */
public record UpdateUserRequest(@Nullable Boolean enabled, @Email @Size(max = 254) @Nullable String email) {

	/**
	 * Whether the request changes anything (bean validation reports it as
	 * {@code changes}).
	 * @return {@code true} when {@code enabled} or {@code email} is given
	 */
	@AssertTrue(message = "must give enabled or email")
	public boolean isChanges() {
		return this.enabled != null || this.email != null;
	}

}
