package com.orderplatform.order.csv;

/**
 * CSV injection (OWASP), in every dialect: a spreadsheet may open a file with another
 * delimiter than it was written with (a semicolon file read with commas, or the other way
 * round), so what starts a cell for the spreadsheet may be any piece of a line after a
 * {@code ,}, {@code ;}, tab or line break — also inside a quoted cell, whose line breaks
 * split lines too, and after a {@code "}, which may open a quoted field there. Such a
 * piece that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return (or the full-width {@code ＝＋－＠}) may run as a formula. So at a cell's start and
 * after each of those characters inside it, a following formula character gets a
 * {@code '} in front, which spreadsheets read as "text follows". No exception is made for
 * numbers: nothing the platform writes itself is negative, and the reader reads
 * {@code '-5} as {@code -5}.
 * <p>
 * A text that ends in {@code ,} or {@code ;} gets a {@code '} at its end too: in a
 * tab-delimited file the tab after the cell would otherwise start a piece.
 * <p>
 * The guard is reversible: where a guard may stand, a run of {@code '} that already
 * precedes a formula character (or such an end) gets one more, and {@link #unneutralize}
 * takes exactly one away, so {@code unneutralize(neutralize(s))} is {@code s} for every
 * text.
 */
public final class CsvCells {

	private static final char GUARD = '\'';

	private CsvCells() {
	}

	/**
	 * The text as it is safe to write into a CSV file.
	 * @param text the value
	 * @return the value, with a {@code '} in front of every formula character that may
	 * start a cell for a spreadsheet
	 */
	public static String neutralize(String text) {
		StringBuilder out = new StringBuilder(text.length() + 8);
		char previous = 0;
		for (int i = 0; i < text.length(); i++) {
			if (mayStartCell(i, previous) && guardsNeeded(text, i, previous)) {
				out.append(GUARD);
			}
			previous = text.charAt(i);
			out.append(previous);
		}
		if (endsInDelimiter(text.length(), previous)) {
			out.append(GUARD);
		}
		return (out.length() == text.length()) ? text : out.toString();
	}

	/**
	 * Undoes {@link #neutralize}: a cell sent back from errors.csv holds {@code '=…}
	 * (also after a delimiter or line break inside it), which means the text {@code =…},
	 * as a spreadsheet reads it.
	 * @param text the value as read
	 * @return the value with one {@code '} less in front of each guarded formula
	 * character
	 */
	public static String unneutralize(String text) {
		StringBuilder out = new StringBuilder(text.length());
		char previous = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == GUARD && mayStartCell(i, previous) && guardsNeeded(text, i, previous)) {
				previous = GUARD;
				continue;
			}
			previous = c;
			out.append(c);
		}
		return (out.length() == text.length()) ? text : out.toString();
	}

	/**
	 * An uploaded cell as it is safe to write back: the value the reader takes from it
	 * ({@link #unneutralize}) is kept, so a cell the user already guarded ({@code '=1})
	 * is written as it came and not guarded twice.
	 * @param cell the cell as read from the upload
	 * @return the cell to write
	 */
	public static String neutralizeUploaded(String cell) {
		return neutralize(unneutralize(cell));
	}

	/**
	 * Whether the text at {@code i}, where a cell may start, is a run of guards (maybe
	 * none) and then a formula character, or the end of a text that ends in a delimiter.
	 */
	private static boolean guardsNeeded(String text, int i, char previous) {
		int j = i;
		while (j < text.length() && text.charAt(j) == GUARD) {
			j++;
		}
		return (j < text.length()) ? isFormulaStart(text.charAt(j)) : endsInDelimiter(i, previous);
	}

	/**
	 * Whether a spreadsheet may start a cell at {@code i}: at the start, or after a
	 * delimiter, a line break or a quote.
	 */
	private static boolean mayStartCell(int i, char previous) {
		return i == 0 || previous == ',' || previous == ';' || previous == '\t' || previous == '\r' || previous == '\n'
				|| previous == '"';
	}

	/**
	 * Whether the text ends in a {@code ,} or {@code ;} (then guards): in a tab-delimited
	 * file the tab after the cell would start a piece of a line split on that character.
	 */
	private static boolean endsInDelimiter(int i, char previous) {
		return i > 0 && (previous == ',' || previous == ';');
	}

	/** Whether a cell starting with this character may run as a formula. */
	static boolean isFormulaStart(char c) {
		return switch (c) {
			case '=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠' -> true;
			default -> false;
		};
	}

}
