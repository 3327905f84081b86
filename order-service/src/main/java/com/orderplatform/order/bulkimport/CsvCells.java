package com.orderplatform.order.bulkimport;

import java.util.regex.Pattern;

/**
 * CSV injection (OWASP): a cell that starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return may run as a formula when a spreadsheet opens the
 * file. The import stores such values as the plain text they are and neutralises them in
 * every CSV it writes by putting a {@code '} in front, which spreadsheets read as "text
 * follows". A plain number such as {@code -5} or {@code +1,200.50} is left alone, so
 * negative numbers stay numbers.
 */
public final class CsvCells {

	private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?[0-9][0-9,]*(\\.[0-9]+)?");

	private CsvCells() {
	}

	/**
	 * The cell as it is safe to write into a CSV file.
	 * @param cell the value
	 * @return the value, with {@code '} in front when a spreadsheet could run it as a
	 * formula
	 */
	public static String neutralize(String cell) {
		if (cell.isEmpty() || !isFormulaStart(cell.charAt(0))) {
			return cell;
		}
		char first = cell.charAt(0);
		if ((first == '-' || first == '+') && PLAIN_NUMBER.matcher(cell).matches()) {
			return cell;
		}
		return "'" + cell;
	}

	/**
	 * Undoes {@link #neutralize}: a cell sent back from errors.csv holds {@code '=…},
	 * which means the text {@code =…}, as a spreadsheet reads it.
	 * @param cell the value as read
	 * @return the value without a {@code '} that guards a formula character
	 */
	static String unneutralize(String cell) {
		if (cell.length() > 1 && cell.charAt(0) == '\'' && isFormulaStart(cell.charAt(1))) {
			return cell.substring(1);
		}
		return cell;
	}

	private static boolean isFormulaStart(char c) {
		return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
	}

}
