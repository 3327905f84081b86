package com.orderplatform.order.user.errors;

/**
 * A new account or password breaks a rule the request's annotations cannot express (or
 * the current password given is wrong); names the field.
 */
public class InvalidUserException extends RuntimeException {

	private final String field;

	/**
	 * Creates the exception for an invalid field of an account request.
	 * @param field the field, as the client wrote it
	 * @param message what is wrong with it
	 */
	public InvalidUserException(String field, String message) {
		super(field + ": " + message);
		this.field = field;
	}

	/**
	 * The offending field.
	 * @return its JSON name
	 */
	public String getField() {
		return this.field;
	}

}
