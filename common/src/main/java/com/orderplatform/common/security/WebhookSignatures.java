package com.orderplatform.common.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 signatures of webhook calls between parts of the platform. The sender puts
 * {@code X-OMS-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>} on the request, computed
 * over
 *
 * <pre>
 * &lt;t&gt; LF &lt;METHOD&gt; LF &lt;path&gt; LF &lt;exact body bytes&gt;
 * </pre>
 *
 * where the path is the request's canonical path ({@code /api/v1/orders/42/webhook}: no
 * query, percent-encoded as a URI path). The receiver recomputes it over what it is about
 * to act on (see {@link SignedWebhook}), compares in constant time and refuses a
 * timestamp more than the tolerance away from its clock. So a signature is bound to one
 * call: it cannot be moved to another order, another method or another body, nor replayed
 * later. The first three parts never contain a line feed, so the message is unambiguous.
 */
public final class WebhookSignatures {

	/** The header carrying the signature. */
	public static final String HEADER = "X-OMS-Signature";

	/** How far a signature's timestamp may be from the receiver's clock. */
	public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

	private static final Pattern FORMAT = Pattern.compile("t=(\\d{1,12}),v1=([0-9a-f]{64})");

	private static final Pattern LINE_BREAK = Pattern.compile("[\\r\\n]");

	private WebhookSignatures() {
	}

	/**
	 * Signs a call.
	 * @param secret the shared secret
	 * @param timestamp when the call is made
	 * @param method the HTTP method, e.g. {@code POST}
	 * @param path the canonical path the call goes to, e.g.
	 * {@code /api/v1/orders/42/webhook}
	 * @param body the exact body bytes that will be sent
	 * @return the header value
	 */
	public static String sign(byte[] secret, Instant timestamp, String method, String path, byte[] body) {
		long seconds = timestamp.getEpochSecond();
		return "t=" + seconds + ",v1=" + HexFormat.of().formatHex(hmac(secret, seconds, method, path, body));
	}

	/**
	 * Verifies a signature header against the call it arrived with.
	 * @param secret the shared secret
	 * @param header the header value, may be {@code null}
	 * @param method the HTTP method of the call
	 * @param path the canonical path the call is about to act on
	 * @param body the exact body bytes received
	 * @param now the receiver's clock
	 * @param tolerance the largest accepted distance between the timestamp and now
	 * @throws InvalidSignatureException naming what is wrong
	 */
	public static void verify(byte[] secret, String header, String method, String path, byte[] body, Instant now,
			Duration tolerance) {
		if (header == null || header.isBlank()) {
			throw new InvalidSignatureException("the " + HEADER + " header is missing");
		}
		Matcher matcher = FORMAT.matcher(header.trim());
		if (!matcher.matches()) {
			throw new InvalidSignatureException("the " + HEADER + " header is not of the form t=<seconds>,v1=<hex>");
		}
		long seconds = Long.parseLong(matcher.group(1));
		byte[] expected = hmac(secret, seconds, method, path, body);
		byte[] given = HexFormat.of().parseHex(matcher.group(2));
		if (!MessageDigest.isEqual(expected, given)) {
			throw new InvalidSignatureException("the signature does not match the method, path and body");
		}
		Duration age = Duration.between(Instant.ofEpochSecond(seconds), now).abs();
		if (age.compareTo(tolerance) > 0) {
			throw new InvalidSignatureException("the signature's timestamp is " + age.toSeconds()
					+ " s away from now (limit " + tolerance.toSeconds() + " s)");
		}
	}

	private static byte[] hmac(byte[] secret, long seconds, String method, String path, byte[] body) {
		if (LINE_BREAK.matcher(method).find() || LINE_BREAK.matcher(path).find()) {
			throw new InvalidSignatureException("the method or path contains a line break");
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			mac.update((seconds + "\n" + method + "\n" + path + "\n").getBytes(StandardCharsets.UTF_8));
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	/**
	 * A webhook signature that is missing, malformed, wrong or stale.
	 */
	public static class InvalidSignatureException extends RuntimeException {

		public InvalidSignatureException(String message) {
			super(message);
		}

	}

}
