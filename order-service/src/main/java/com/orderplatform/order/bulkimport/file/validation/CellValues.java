package com.orderplatform.order.bulkimport.file.validation;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.orderplatform.order.csv.CsvCells;

/**
 * Reads cell text as values: trims it, undoes a spreadsheet's text prefix,
 * NFKC-normalises where asked, and parses whole numbers written as people write them in
 * Japan (full-width digits, thousands separators, {@code ¥}/{@code ￥}/{@code \} before or
 * {@code 円} after).
 */
public final class CellValues {

	/** What a number cell holds. */
	public enum Kind {

		EMPTY, NOT_A_NUMBER, FRACTION, WHOLE

	}

	/**
	 * A parsed number cell.
	 *
	 * @param kind what it holds
	 * @param value the whole number when {@link Kind#WHOLE}; beyond ±10^15 it is clamped
	 */
	public record Number(Kind kind, long value) {

	}

	private static final Pattern NUMBER = Pattern.compile("([+-]?)(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d*))?");

	private static final Pattern ONLY_ZEROS = Pattern.compile("0*");

	private static final int MAX_DIGITS = 15;

	private static final long CLAMPED = 1_000_000_000_000_000L;

	private static final Number EMPTY = new Number(Kind.EMPTY, 0);

	private static final Number NOT_A_NUMBER = new Number(Kind.NOT_A_NUMBER, 0);

	private static final Number FRACTION = new Number(Kind.FRACTION, 0);

	private CellValues() {
	}

	/**
	 * Text prefix undone ({@link CsvCells#unneutralize}), then trimmed (Unicode white
	 * space, e.g. the ideographic space too). The prefix is undone first, on the cell as
	 * read, so a cell written back by errors.csv reads as the same value as the uploaded
	 * one.
	 */
	public static String text(String cell) {
		return CsvCells.unneutralize(cell).strip();
	}

	/** {@link #text} and NFKC: full-width letters, digits and signs become ASCII. */
	public static String normalisedText(String cell) {
		return nfkc(text(cell)).strip();
	}

	/** Characters as a person counts them (code points, so 𠮷 is one). */
	public static int length(String text) {
		return text.codePointCount(0, text.length());
	}

	public static Number wholeNumber(String cell) {
		String value = CsvCells.unneutralize(cell);
		String text = nfkc(value).strip();
		if (text.startsWith("'")) {
			text = text.substring(1).strip();
		}
		if (text.startsWith("¥") || text.startsWith("\\")) {
			text = text.substring(1).strip();
		}
		if (text.endsWith("円")) {
			text = text.substring(0, text.length() - 1).strip();
		}
		if (text.isEmpty()) {
			return value.isBlank() ? EMPTY : NOT_A_NUMBER;
		}
		Matcher matcher = NUMBER.matcher(text);
		if (!matcher.matches()) {
			return NOT_A_NUMBER;
		}
		String fraction = matcher.group(3);
		if (fraction != null && !ONLY_ZEROS.matcher(fraction).matches()) {
			return FRACTION;
		}
		String digits = matcher.group(2).replace(",", "");
		long magnitude = (digits.length() > MAX_DIGITS) ? CLAMPED : Long.parseLong(digits);
		return new Number(Kind.WHOLE, "-".equals(matcher.group(1)) ? -magnitude : magnitude);
	}

	/** NFKC, skipped for plain ASCII (which it would not change). */
	private static String nfkc(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) > 0x7F) {
				return Normalizer.normalize(text, Normalizer.Form.NFKC);
			}
		}
		return text;
	}

}
