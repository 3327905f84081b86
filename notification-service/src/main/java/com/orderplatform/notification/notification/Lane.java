package com.orderplatform.notification.notification;

import java.util.Locale;

/**
 * Which line a notification waits in. Providers keep transactional and bulk mail apart
 * for reputation; here the lanes are about time in our own queue: a customer who placed
 * one order must not wait behind an import's hundred thousand confirmations.
 */
public enum Lane {

	/**
	 * One person's message about one thing that just happened: an order placed, shipped
	 * or cancelled, an import's summary to its uploader. Sent first, oldest due first.
	 */
	TRANSACTIONAL,

	/**
	 * One of many messages queued together under a batch id (an import's confirmations).
	 * Batches take turns, round by round.
	 */
	BULK;

	/**
	 * The one message of a batch that is not bulk: the summary goes to the person who
	 * uploaded the import and says it has finished, so it must not wait until every
	 * confirmation of that import has gone out.
	 */
	static final String IMPORT_SUMMARY = "IMPORT_SUMMARY";

	/**
	 * The lane of a message.
	 * @param batchId its batch, or {@code null}
	 * @param templateName its template
	 * @return {@link #BULK} for a message of a batch, except an import summary;
	 * {@link #TRANSACTIONAL} otherwise
	 */
	public static Lane of(String batchId, String templateName) {
		return (batchId != null && !IMPORT_SUMMARY.equals(templateName)) ? BULK : TRANSACTIONAL;
	}

	/**
	 * The value stored in the database and shown in JSON.
	 * @return {@code transactional} or {@code bulk}
	 */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Reads a stored value.
	 * @param code {@code transactional} or {@code bulk}
	 * @return the lane
	 */
	public static Lane fromCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
