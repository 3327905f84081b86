package com.orderplatform.order.user.errors;

/**
 * A login with an unknown user name, a wrong password or a disabled account; the message
 * is the same for all three, so it does not tell which.
 */
public class InvalidCredentialsException extends RuntimeException {

	/**
	 * Creates the exception; it carries no detail on purpose.
	 */
	public InvalidCredentialsException() {
		super("Invalid username or password");
	}

}
