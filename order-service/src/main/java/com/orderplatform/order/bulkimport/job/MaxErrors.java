package com.orderplatform.order.bulkimport.job;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.orderplatform.order.bulkimport.InvalidImportRequestException;

/**
 * The {@code max_errors} limit of an upload: a count of failed rows ({@code 10}) or a
 * share of all rows ({@code 5%}), or {@link #NONE}. Parsed once when the upload arrives
 * and stored with the job as the text it normalises to.
 *
 * @param number the count, or the percentage (0 to 100)
 * @param percent whether {@code number} is a share of all rows
 */
public record MaxErrors(int number, boolean percent) {

	/** No limit: every failed row is tolerated. */
	public static final MaxErrors NONE = new MaxErrors(-1, false);

	private static final Pattern FORMAT = Pattern.compile("(\\d{1,9})(%?)");

	/**
	 * The limit an upload asks for.
	 * @param value {@code max_errors} as sent, blank for {@link #NONE}
	 * @return the limit
	 * @throws InvalidImportRequestException naming {@code max_errors} when it is neither
	 * a count nor a percentage from 0% to 100%
	 */
	public static MaxErrors parse(String value) {
		if (value == null || value.isBlank()) {
			return NONE;
		}
		Matcher matcher = FORMAT.matcher(value.strip());
		if (!matcher.matches() || (!matcher.group(2).isEmpty() && Integer.parseInt(matcher.group(1)) > 100)) {
			throw new InvalidImportRequestException("max_errors",
					"max_errors must be a number of rows (10) or a percentage of the rows from 0% to 100% (5%), not \""
							+ value + "\"");
		}
		return new MaxErrors(Integer.parseInt(matcher.group(1)), !matcher.group(2).isEmpty());
	}

	/**
	 * The limit a job was stored with.
	 * @param value the stored text, {@code null} for none
	 * @return the limit
	 */
	public static MaxErrors fromValue(String value) {
		return parse(value);
	}

	/**
	 * The limit as the API and the database spell it.
	 * @return {@code 10} or {@code 5%}, {@code null} for {@link #NONE}
	 */
	public String value() {
		return equals(NONE) ? null : this.number + (this.percent ? "%" : "");
	}

	/**
	 * Whether the failed rows exceed the limit.
	 * @param failedRows rows that failed validation
	 * @param totalRows all data rows
	 * @return the reason, in English, or {@code null} when within it
	 */
	public String exceeded(int failedRows, int totalRows) {
		if (equals(NONE)) {
			return null;
		}
		boolean over = this.percent ? failedRows * 100L > (long) this.number * totalRows : failedRows > this.number;
		if (!over) {
			return null;
		}
		return String.format(Locale.ROOT,
				"%d of %d rows failed validation, more than max_errors %s allows; nothing was imported."
						+ " Download errors.csv, fix the rows and upload the file again.",
				failedRows, totalRows, value());
	}

}
