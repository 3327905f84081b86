package com.orderplatform.common.logging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal data as it may appear in a log line: enough to tell messages apart when
 * tracing one (the first letter and the domain of an address, the country code and last
 * two digits of a phone number), not enough to contact or identify anyone. Logs are kept
 * longer and read by more people than the databases that hold the full values.
 */
public final class Masked {

	private static final String STARS = "***";

	private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"'(),;:@\\[\\]]+@[A-Za-z0-9.-]+");

	private Masked() {
	}

	/**
	 * An email address: {@code tanaka@example.co.jp} → {@code t***@example.co.jp}.
	 * @param address the address, may be {@code null}
	 * @return the masked address; {@code ***} for anything that is not an address
	 */
	public static String email(String address) {
		int at = (address != null) ? address.lastIndexOf('@') : -1;
		if (at < 1) {
			return STARS;
		}
		return address.substring(0, address.offsetByCodePoints(0, 1)) + STARS + address.substring(at);
	}

	/**
	 * A phone number: {@code +81312345678} → {@code +81*******78} (the first three and
	 * last two characters kept, one star for each other one).
	 * @param number the number, may be {@code null}
	 * @return the masked number; {@code ***} for one too short to mask this way
	 */
	public static String phone(String number) {
		if (number == null || number.length() < 8) {
			return STARS;
		}
		return number.substring(0, 3) + "*".repeat(number.length() - 5) + number.substring(number.length() - 2);
	}

	/**
	 * A notification's recipient: an email address or a phone number.
	 * @param recipient the recipient, may be {@code null}
	 * @return the masked recipient
	 */
	public static String recipient(String recipient) {
		return (recipient != null && recipient.indexOf('@') >= 0) ? email(recipient) : phone(recipient);
	}

	/**
	 * A text with every email address in it masked, e.g. a mail server's reply that names
	 * the refused recipient.
	 * @param text the text, may be {@code null}
	 * @return the text with its addresses masked
	 */
	public static String addressesIn(String text) {
		if (text == null || text.indexOf('@') < 0) {
			return text;
		}
		Matcher matcher = ADDRESS.matcher(text);
		StringBuilder masked = new StringBuilder(text.length());
		while (matcher.find()) {
			matcher.appendReplacement(masked, Matcher.quoteReplacement(email(matcher.group())));
		}
		return matcher.appendTail(masked).toString();
	}

}
