package com.orderplatform.order.bulkimport;

/**
 * An upload's parameter is invalid; names the field.
 */
public class InvalidImportRequestException extends RuntimeException {

	private final String field;

	private final boolean unprocessable;

	public InvalidImportRequestException(String field, String message) {
		this(field, message, false);
	}

	public InvalidImportRequestException(String field, String message, boolean unprocessable) {
		super(message);
		this.field = field;
		this.unprocessable = unprocessable;
	}

	/**
	 * The parameter at fault.
	 * @return its name as sent ({@code dry_run}, {@code max_errors} …)
	 */
	public String getField() {
		return this.field;
	}

	/**
	 * Whether the value is well formed but cannot be served (422) rather than malformed
	 * (400).
	 * @return {@code true} for 422
	 */
	public boolean isUnprocessable() {
		return this.unprocessable;
	}

}
