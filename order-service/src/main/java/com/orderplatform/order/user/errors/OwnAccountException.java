package com.orderplatform.order.user.errors;

/**
 * An admin tried to disable their own account, which could leave the platform without an
 * admin able to log in.
 */
public class OwnAccountException extends RuntimeException {

	/**
	 * Creates the exception for an admin disabling their own account.
	 * @param username the admin's user name
	 */
	public OwnAccountException(String username) {
		super("User '" + username + "' cannot disable their own account; another admin can");
	}

}
