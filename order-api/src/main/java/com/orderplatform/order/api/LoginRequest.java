package com.orderplatform.order.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/v1/auth/login}: a user's credentials.
 *
 * @param username the user name
 * @param password the password
 */
public record LoginRequest(@NotBlank @Size(max = 64) String username, @NotEmpty @Size(max = 1024) String password) {

	@Override
	public String toString() {
		return "LoginRequest[username=" + this.username + ", password=(hidden)]";
	}

}
