package com.orderplatform.order.user;

import com.orderplatform.order.api.UserRole;

/**
 * A user whose password was checked.
 *
 * @param username the user name
 * @param role the role
 */
public record AuthenticatedUser(String username, UserRole role) {
}
