package com.orderplatform.order.user;

/**
 * An admin tried to disable their own account, which could leave the platform without an
 * admin able to log in.
 */
public class OwnAccountException extends RuntimeException {

	OwnAccountException(String username) {
		super("User '" + username + "' cannot disable their own account; another admin can");
	}

}
