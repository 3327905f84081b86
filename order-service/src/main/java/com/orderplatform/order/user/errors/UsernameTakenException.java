package com.orderplatform.order.user.errors;

/** A new account's user name belongs to another account already. */
public class UsernameTakenException extends RuntimeException {

	/**
	 * Creates the exception for a user name another account has.
	 * @param username the taken user name
	 */
	public UsernameTakenException(String username) {
		super("User name '" + username + "' is already taken");
	}

}
