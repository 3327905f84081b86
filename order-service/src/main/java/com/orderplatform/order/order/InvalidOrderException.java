package com.orderplatform.order.order;

/**
 * Order data breaks a business rule, e.g. a total too large to record; names the field as
 * the client sent it.
 */
public class InvalidOrderException extends RuntimeException {

	private final String field;

	/**
	 * Creates the exception.
	 * @param field the JSON name of the offending field ({@code items[0].unit_price})
	 * @param message what is wrong with it
	 */
	public InvalidOrderException(String field, String message) {
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
