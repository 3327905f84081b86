package com.orderplatform.order.user;

/** A new account's user name belongs to another account already. */
public class UsernameTakenException extends RuntimeException {

	UsernameTakenException(String username) {
		super("User name '" + username + "' is already taken");
	}

}
