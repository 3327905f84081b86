package com.orderplatform.order.bulkimport.job;

import com.orderplatform.order.bulkimport.InvalidImportRequestException;

/**
 * Who hears about an import ({@code notify}), parsed once when the upload arrives and
 * stored with the job ({@code import_jobs.notify}), so no step compares strings.
 */
public enum NotifyMode {

	/** Each paid order's customer gets an ORDER_CONFIRMATION; the uploader a summary. */
	PER_ORDER("per_order"),

	/** Only the uploader's IMPORT_SUMMARY. */
	SUMMARY("summary"),

	/** Nobody: no confirmation, no summary. */
	NONE("none");

	private final String value;

	NotifyMode(String value) {
		this.value = value;
	}

	/**
	 * The value as the API and the database spell it.
	 * @return e.g. {@code per_order}
	 */
	public String value() {
		return this.value;
	}

	/**
	 * Whether each paid order's customer is sent a confirmation.
	 * @return {@code true} for {@link #PER_ORDER}
	 */
	public boolean confirmsEachOrder() {
		return this == PER_ORDER;
	}

	/**
	 * Whether the uploader is sent the import's summary.
	 * @return {@code false} only for {@link #NONE}
	 */
	public boolean sendsSummary() {
		return this != NONE;
	}

	/**
	 * The mode an upload asks for.
	 * @param value {@code notify} as sent, in any case; blank for {@link #PER_ORDER}
	 * @return the mode
	 * @throws InvalidImportRequestException naming {@code notify} for any other value
	 */
	public static NotifyMode parse(String value) {
		return OptionValues.parse("notify", value, PER_ORDER, values(), NotifyMode::value);
	}

	/**
	 * The mode a job was stored with.
	 * @param value the stored value
	 * @return the mode
	 * @throws IllegalArgumentException for a value no mode has
	 */
	public static NotifyMode fromValue(String value) {
		return OptionValues.stored("notify", value, values(), NotifyMode::value);
	}

}
