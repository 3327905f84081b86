package com.orderplatform.order.user;

import com.orderplatform.order.api.UserRole;

/**
 * A user whose password was checked.
 *
 * @param username the user name
 * @param role the role
 * @param tokenVersion the version the user's tokens carry now
 */
public record AuthenticatedUser(String username, UserRole role, long tokenVersion) {
}
