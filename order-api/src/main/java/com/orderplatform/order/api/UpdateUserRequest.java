package com.orderplatform.order.api;

import jakarta.validation.constraints.NotNull;

/**
 * {@code PATCH /api/v1/users/{username}}: enable or disable an account (admins only).
 *
 * @param enabled {@code false} to refuse the user's logins from now on, {@code true} to
 * allow them again
 */
public record UpdateUserRequest(@NotNull Boolean enabled) {
}
