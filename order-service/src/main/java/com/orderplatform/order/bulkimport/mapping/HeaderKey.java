package com.orderplatform.order.bulkimport.mapping;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A header cell as it is compared: NFKC, case-folded, without spaces, {@code _},
 * {@code -} and {@code ・}, katakana folded to hiragana, and bracketed parts taken out and
 * kept as {@link Qualifier}s ({@code 単価(税込)} is {@code 単価} with
 * {@link Qualifier#TAX_INCLUDED}).
 *
 * @param key the compared form
 * @param qualifiers what the brackets said
 * @param bracketed whether anything was in brackets
 */
record HeaderKey(String key, Set<Qualifier> qualifiers, boolean bracketed) {

	/** What a bracketed part of a header says about its values. */
	enum Qualifier {

		/** 税込: prices include tax. */
		TAX_INCLUDED,

		/** 税抜: prices exclude tax. */
		TAX_EXCLUDED,

		/** 個: a count of pieces. */
		PIECES,

		/** 円: an amount in yen. */
		YEN,

		/** カナ, フリガナ: the reading of a name, never the name itself. */
		READING

	}

	/**
	 * (), [], 【】, 〔〕 and 「」 (NFKC has made the full-width round and square ones ASCII).
	 */
	private static final Pattern BRACKETS = Pattern.compile("[(\\[【〔「]([^)\\]】〕」]*)[)\\]】〕」]");

	private static final Pattern DROPPED = Pattern.compile("[\\s_\\-・･‐－ｰ]+");

	/**
	 * Normalises a header cell.
	 * @param cell the cell as written
	 * @return its key
	 */
	static HeaderKey of(String cell) {
		String text = Normalizer.normalize(cell, Normalizer.Form.NFKC).strip();
		Set<Qualifier> qualifiers = EnumSet.noneOf(Qualifier.class);
		Matcher brackets = BRACKETS.matcher(text);
		StringBuilder rest = new StringBuilder();
		boolean bracketed = false;
		while (brackets.find()) {
			bracketed = true;
			qualifiers.addAll(qualifiers(fold(brackets.group(1))));
			brackets.appendReplacement(rest, "");
		}
		brackets.appendTail(rest);
		String key = fold(rest.toString());
		if (key.endsWith("かな") || key.endsWith("ふりがな") || key.endsWith("よみ") || key.contains("ふりがな")) {
			qualifiers.add(Qualifier.READING);
		}
		return new HeaderKey(key, Set.copyOf(qualifiers), bracketed);
	}

	/** Case-folded, separators dropped, katakana as hiragana. */
	static String fold(String text) {
		String plain = DROPPED.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT))
			.replaceAll("");
		StringBuilder folded = new StringBuilder(plain.length());
		plain.codePoints().forEach(c -> folded.appendCodePoint((c >= 0x30A1 && c <= 0x30F6) ? c - 0x60 : c));
		return folded.toString();
	}

	private static Set<Qualifier> qualifiers(String bracket) {
		Set<Qualifier> found = EnumSet.noneOf(Qualifier.class);
		if (bracket.contains("税込") || bracket.contains("内税")) {
			found.add(Qualifier.TAX_INCLUDED);
		}
		if (bracket.contains("税抜") || bracket.contains("税別") || bracket.contains("外税")) {
			found.add(Qualifier.TAX_EXCLUDED);
		}
		if (bracket.contains("個") || bracket.equals("pcs")) {
			found.add(Qualifier.PIECES);
		}
		if (bracket.contains("円") || bracket.contains("¥")) {
			found.add(Qualifier.YEN);
		}
		if (bracket.contains("かな") || bracket.contains("ふりがな") || bracket.contains("振り仮名") || bracket.contains("よみ")) {
			found.add(Qualifier.READING);
		}
		return found;
	}

	/**
	 * Whether the header reads a name's pronunciation rather than a value.
	 * @return {@code true} for カナ, フリガナ …
	 */
	boolean reading() {
		return this.qualifiers.contains(Qualifier.READING);
	}

}
