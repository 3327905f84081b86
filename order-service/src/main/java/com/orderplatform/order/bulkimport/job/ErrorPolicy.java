package com.orderplatform.order.bulkimport.job;

import com.orderplatform.order.bulkimport.InvalidImportRequestException;

/**
 * What an invalid row does to the rest of the file ({@code error_policy}), parsed once
 * when the upload arrives and stored with the job ({@code import_jobs.error_policy}).
 */
public enum ErrorPolicy {

	/** The valid orders are imported; an invalid row fails its own order only. */
	IMPORT_VALID("import_valid"),

	/** One invalid row and no order at all is imported. */
	ALL_OR_NOTHING("all_or_nothing");

	private final String value;

	ErrorPolicy(String value) {
		this.value = value;
	}

	/**
	 * The value as the API and the database spell it.
	 * @return e.g. {@code import_valid}
	 */
	public String value() {
		return this.value;
	}

	/**
	 * Whether a file with this many failed rows may still create orders.
	 * @param failedRows rows that failed validation
	 * @return {@code false} when the policy is all or nothing and a row failed
	 */
	public boolean allowsImportWith(int failedRows) {
		return this == IMPORT_VALID || failedRows == 0;
	}

	/**
	 * The policy an upload asks for.
	 * @param value {@code error_policy} as sent, in any case; blank for
	 * {@link #IMPORT_VALID}
	 * @return the policy
	 * @throws InvalidImportRequestException naming {@code error_policy} for any other
	 * value
	 */
	public static ErrorPolicy parse(String value) {
		return OptionValues.parse("error_policy", value, IMPORT_VALID, values(), ErrorPolicy::value);
	}

	/**
	 * The policy a job was stored with.
	 * @param value the stored value
	 * @return the policy
	 * @throws IllegalArgumentException for a value no policy has
	 */
	public static ErrorPolicy fromValue(String value) {
		return OptionValues.stored("error_policy", value, values(), ErrorPolicy::value);
	}

}
