package com.orderplatform.order.bulkimport.job;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.orderplatform.order.bulkimport.InvalidImportRequestException;

/**
 * The {@code max_errors} limit of an upload: a count of failed rows ({@code 10}) or a
 * share of all rows ({@code 5%}).
 */
public final class MaxErrors {

	private static final Pattern FORMAT = Pattern.compile("(\\d{1,9})(%?)");

	private MaxErrors() {
	}

	/**
	 * Checks a value as given.
	 * @return the value normalised, {@code null} when none was given
	 * @throws InvalidImportRequestException when it is neither a count nor a percentage
	 */
	public static String parse(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		Matcher matcher = FORMAT.matcher(value.strip());
		if (!matcher.matches() || (!matcher.group(2).isEmpty() && Integer.parseInt(matcher.group(1)) > 100)) {
			throw new InvalidImportRequestException("max_errors",
					"max_errors must be a number of rows (10) or a percentage of the rows from 0% to 100% (5%), not \""
							+ value + "\"");
		}
		return Integer.parseInt(matcher.group(1)) + matcher.group(2);
	}

	/**
	 * Whether the failed rows exceed the limit.
	 * @return the reason, in English, or {@code null} when within it
	 */
	public static String exceeded(String limit, int failedRows, int totalRows) {
		if (limit == null) {
			return null;
		}
		boolean percent = limit.endsWith("%");
		long number = Long.parseLong(percent ? limit.substring(0, limit.length() - 1) : limit);
		boolean over = percent ? failedRows * 100L > number * totalRows : failedRows > number;
		if (!over) {
			return null;
		}
		return String.format(Locale.ROOT,
				"%d of %d rows failed validation, more than max_errors %s allows; nothing was imported."
						+ " Download errors.csv, fix the rows and upload the file again.",
				failedRows, totalRows, limit);
	}

}
