package com.orderplatform.notification.notification;

import java.util.Locale;

/**
 * Where a notification is in its delivery. A notification is queued {@link #PENDING},
 * stays so through its attempts (being sent, or waiting for a retry), and ends
 * {@link #SENT} or {@link #FAILED}.
 */
public enum DeliveryStatus {

	/**
	 * Queued: not yet sent, being sent, or waiting for a retry after a transient failure.
	 */
	PENDING,

	/** The transport accepted the message. */
	SENT,

	/** The transport refused or could not be reached; the reason is recorded. */
	FAILED;

	/**
	 * Whether a notification in this status may move to the target status.
	 * @param target the status asked for
	 * @return {@code true} only from pending to sent or failed
	 */
	public boolean canMoveTo(DeliveryStatus target) {
		return this == PENDING && target != PENDING;
	}

	/**
	 * The value stored in the database and shown in JSON.
	 * @return {@code pending}, {@code sent} or {@code failed}
	 */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Reads a stored or requested value, in any case.
	 * @param code {@code pending}, {@code sent} or {@code failed}
	 * @return the status
	 */
	public static DeliveryStatus fromCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
