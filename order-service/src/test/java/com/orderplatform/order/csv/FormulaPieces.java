package com.orderplatform.order.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a spreadsheet may take for a cell when it opens a file with any delimiter: the
 * pieces of a line split on {@code ,}, {@code ;} or tab. A piece starts a formula when it
 * begins with {@code = + - @}, a tab, a CR or one of {@code ＝＋－＠}, or, after any
 * {@code "} that may open a quoted field there, with {@code = + - @ ＝＋－＠}.
 */
public final class FormulaPieces {

	private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

	private FormulaPieces() {
	}

	/**
	 * The pieces of a file's text that start a formula: its lines (split on CRLF, CR and
	 * LF, inside quoted cells too) split on each delimiter in turn.
	 */
	public static List<String> inFile(String text) {
		List<String> offending = new ArrayList<>();
		for (String line : LINE_BREAK.split(text, -1)) {
			offending.addAll(split(line, List.of(",", ";", "\t")));
		}
		return offending;
	}

	/**
	 * The pieces of one cell's text that start a formula, split on each of {@code ,},
	 * {@code ;}, tab, CR and LF in turn.
	 */
	public static List<String> inCell(String text) {
		return split(text, List.of(",", ";", "\t", "\r", "\n"));
	}

	private static List<String> split(String text, List<String> separators) {
		List<String> offending = new ArrayList<>();
		for (String separator : separators) {
			for (String piece : text.split(Pattern.quote(separator), -1)) {
				if (startsAFormula(piece)) {
					offending.add(piece);
				}
			}
		}
		return offending;
	}

	private static boolean startsAFormula(String piece) {
		if (!piece.isEmpty() && "=+-@\t\r＝＋－＠".indexOf(piece.charAt(0)) >= 0) {
			return true;
		}
		int i = 0;
		while (i < piece.length() && piece.charAt(i) == '"') {
			i++;
		}
		return i < piece.length() && "=+-@＝＋－＠".indexOf(piece.charAt(i)) >= 0;
	}

}
