package com.orderplatform.notification.template;

import java.util.Locale;

/** The languages templates are written in. Japanese is the default (spec FR-022). */
public enum Language {

	/** Japanese. */
	JA(Locale.JAPANESE),

	/** English. */
	EN(Locale.ENGLISH);

	private final Locale locale;

	Language(Locale locale) {
		this.locale = locale;
	}

	/**
	 * The value stored in the database and used in requests.
	 * @return {@code ja} or {@code en}
	 */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	Locale locale() {
		return this.locale;
	}

	/**
	 * Reads a language code, Japanese when none is given.
	 * @param code {@code ja}, {@code en} or {@code null}
	 * @return the language
	 */
	public static Language fromCode(String code) {
		return (code != null) ? valueOf(code.toUpperCase(Locale.ROOT)) : JA;
	}

}
