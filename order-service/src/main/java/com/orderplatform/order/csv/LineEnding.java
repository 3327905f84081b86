package com.orderplatform.order.csv;

/** How a file ends its records; the CSV files written back use the upload's. */
public enum LineEnding {

	/** {@code \r\n}, as Excel on Windows writes. */
	CRLF("\r\n"),

	/** {@code \n}. */
	LF("\n"),

	/** {@code \r} alone (old Mac files). */
	CR("\r");

	private final String separator;

	LineEnding(String separator) {
		this.separator = separator;
	}

	/**
	 * The characters that end a record.
	 * @return the separator
	 */
	public String separator() {
		return this.separator;
	}

}
