package com.orderplatform.order.user;

/**
 * A login with an unknown user name, a wrong password or a disabled account; the message
 * is the same for all three, so it does not tell which.
 */
public class InvalidCredentialsException extends RuntimeException {

	InvalidCredentialsException() {
		super("Invalid username or password");
	}

}
