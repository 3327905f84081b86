package com.orderplatform.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The ways an attacker may spell a path so that one part of a server reads it differently
 * from another: percent-encoded letters, an encoded slash, double slashes, a trailing
 * slash, {@code ;parameters}, dot segments (plain and encoded), other letter case, a
 * backslash, double encoding and a NUL. A path that means the same resource
 * ({@link Variant#equivalent()}) must get exactly the answer of the canonical path; any
 * other spelling must be refused, never served more generously.
 */
public final class PathVariants {

	private PathVariants() {
	}

	/**
	 * One spelling of a path.
	 *
	 * @param name what was done, e.g. {@code encoded-letters}
	 * @param path the path as sent
	 * @param equivalent whether it decodes to the canonical path (so routing and security
	 * must treat it exactly alike)
	 */
	public record Variant(String name, String path, boolean equivalent) {
	}

	/**
	 * Every variant of a canonical path.
	 * @param path the canonical path, starting with {@code /}, e.g.
	 * {@code /api/v1/orders/1/webhook}
	 * @return the variants
	 */
	public static List<Variant> of(String path) {
		List<String> segments = List.of(path.substring(1).split("/", -1));
		List<Variant> variants = new ArrayList<>();
		variants.add(new Variant("first-letter-encoded", mapLast(segments, PathVariants::encodeFirstLetter), true));
		variants.add(new Variant("letters-encoded-lower-hex", encodeAlphanumerics(segments, false), true));
		variants.add(new Variant("letters-encoded-upper-hex", encodeAlphanumerics(segments, true), true));
		variants.add(new Variant("encoded-slash",
				path.substring(0, path.lastIndexOf('/')) + "%2F" + path.substring(path.lastIndexOf('/') + 1), false));
		variants.add(new Variant("double-slash-leading", "/" + path, false));
		variants.add(new Variant("double-slash-inside", insertBeforeLast(segments, ""), false));
		variants.add(new Variant("trailing-slash", path + "/", false));
		variants.add(new Variant("matrix-parameter-last", path + ";x=1", false));
		variants.add(new Variant("matrix-parameter-first",
				"/" + segments.get(0) + ";jsessionid=1" + path.substring(segments.get(0).length() + 1), false));
		variants.add(new Variant("dot-segment", insertBeforeLast(segments, "."), false));
		variants.add(new Variant("dot-dot-segment", insertBeforeLast(segments, "x/.."), false));
		variants.add(new Variant("encoded-dot-segment", insertBeforeLast(segments, "%2e"), false));
		variants.add(new Variant("encoded-dot-dot-segment", insertBeforeLast(segments, "x/%2E%2e"), false));
		variants
			.add(new Variant("upper-case", path.toUpperCase(Locale.ROOT), path.equals(path.toUpperCase(Locale.ROOT))));
		variants.add(new Variant("last-segment-upper-case", mapLast(segments, s -> s.toUpperCase(Locale.ROOT)),
				lastOf(segments).equals(lastOf(segments).toUpperCase(Locale.ROOT))));
		variants.add(new Variant("encoded-backslash",
				path.substring(0, path.lastIndexOf('/')) + "%5C" + path.substring(path.lastIndexOf('/') + 1), false));
		variants.add(new Variant("double-encoded-letter", mapLast(segments, PathVariants::doubleEncodeFirstLetter),
				!hasLetter(lastOf(segments))));
		variants.add(new Variant("encoded-nul", path + "%00", false));
		return variants.stream().filter(variant -> !variant.path().equals(path) || variant.equivalent()).toList();
	}

	private static String lastOf(List<String> segments) {
		return segments.get(segments.size() - 1);
	}

	private static boolean hasLetter(String segment) {
		return segment.chars().anyMatch(Character::isLetter);
	}

	private static String mapLast(List<String> segments, UnaryOperator<String> change) {
		List<String> changed = new ArrayList<>(segments);
		changed.set(changed.size() - 1, change.apply(lastOf(segments)));
		return "/" + String.join("/", changed);
	}

	private static String insertBeforeLast(List<String> segments, String inserted) {
		List<String> changed = new ArrayList<>(segments);
		changed.add(changed.size() - 1, inserted);
		return "/" + String.join("/", changed);
	}

	private static String encodeFirstLetter(String segment) {
		for (int i = 0; i < segment.length(); i++) {
			if (Character.isLetter(segment.charAt(i))) {
				return segment.substring(0, i) + percent(segment.charAt(i), false) + segment.substring(i + 1);
			}
		}
		return segment;
	}

	private static String doubleEncodeFirstLetter(String segment) {
		return encodeFirstLetter(segment).replaceFirst("%", "%25");
	}

	private static String encodeAlphanumerics(List<String> segments, boolean upperHex) {
		StringBuilder path = new StringBuilder();
		for (String segment : segments) {
			path.append('/');
			for (char c : segment.toCharArray()) {
				path.append(Character.isLetterOrDigit(c) && c < 128 ? percent(c, upperHex) : String.valueOf(c));
			}
		}
		return path.toString();
	}

	private static String percent(char c, boolean upperHex) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
			String hex = String.format("%%%02x", b & 0xff);
			encoded.append(upperHex ? hex.toUpperCase(Locale.ROOT) : hex);
		}
		return encoded.toString();
	}

}
