package com.orderplatform.notification.api;

/**
 * The formats of request fields the notification service checks: recipients per channel,
 * idempotency keys and batch ids. They are constants so that the request annotations and
 * the service's own checks of bulk items (whose channel is only known per item) use the
 * same expressions.
 */
public final class FieldFormats {

	/** An email address: something, one {@code @}, a domain with a dot; no spaces. */
	public static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

	/** A phone number: digits, optionally with a leading {@code +} and hyphens. */
	public static final String PHONE = "^\\+?[0-9][0-9-]{6,19}$";

	/** The longest recipient stored. */
	public static final int MAX_LENGTH = 254;

	/** An idempotency key or batch id: printable, no spaces. */
	public static final String KEY = "^\\S+$";

	/** The longest idempotency key. */
	public static final int MAX_KEY_LENGTH = 200;

	/** The longest batch id. */
	public static final int MAX_BATCH_ID_LENGTH = 100;

	private FieldFormats() {
	}

}
