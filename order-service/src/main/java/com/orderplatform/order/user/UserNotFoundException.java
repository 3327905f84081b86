package com.orderplatform.order.user;

/** No account has the user name. */
public class UserNotFoundException extends RuntimeException {

	UserNotFoundException(String username) {
		super("User '" + username + "' not found");
	}

}
