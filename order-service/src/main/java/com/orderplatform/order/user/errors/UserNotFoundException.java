package com.orderplatform.order.user.errors;

/** No account has the user name. */
public class UserNotFoundException extends RuntimeException {

	/**
	 * Creates the exception for a user name no account has.
	 * @param username the user name that was looked up
	 */
	public UserNotFoundException(String username) {
		super("User '" + username + "' not found");
	}

}
