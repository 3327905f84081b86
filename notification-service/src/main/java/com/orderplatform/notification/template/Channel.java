package com.orderplatform.notification.template;

import java.util.Locale;

/** How a notification reaches its recipient; each channel has its own templates. */
public enum Channel {

	/** Email, with a subject and a body. */
	EMAIL,

	/** A text message: a body only. */
	SMS;

	/**
	 * The value stored in the database and shown to users.
	 * @return {@code email} or {@code sms}
	 */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Reads a stored value.
	 * @param code {@code email} or {@code sms}
	 * @return the channel
	 */
	public static Channel fromCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
