package com.orderplatform.order.api;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A user account as the API shows it; never its password hash.
 *
 * @param id the account's id
 * @param username the user name
 * @param role the role
 * @param enabled whether the user may log in
 * @param email the address for the user's own messages, or {@code null}
 * @param createdAt when the account was created (UTC)
 */
public record UserView(long id, String username, UserRole role, boolean enabled, @Nullable String email,
		Instant createdAt) {
}
