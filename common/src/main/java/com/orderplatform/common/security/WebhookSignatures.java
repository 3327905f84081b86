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
 * {@code X-OMS-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">} on the
 * request; the receiver recomputes it over the exact body bytes, compares in constant
 * time and refuses a timestamp more than the tolerance away from its clock, so a captured
 * call cannot be replayed later.
 */
public final class WebhookSignatures {

	/** The header carrying the signature. */
	public static final String HEADER = "X-OMS-Signature";

	/** How far a signature's timestamp may be from the receiver's clock. */
	public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

	private static final Pattern FORMAT = Pattern.compile("t=(\\d{1,12}),v1=([0-9a-f]{64})");

	private WebhookSignatures() {
	}

	/**
	 * Signs a body.
	 * @param secret the shared secret
	 * @param timestamp when the call is made
	 * @param body the exact body bytes that will be sent
	 * @return the header value
	 */
	public static String sign(byte[] secret, Instant timestamp, byte[] body) {
		long seconds = timestamp.getEpochSecond();
		return "t=" + seconds + ",v1=" + HexFormat.of().formatHex(hmac(secret, seconds, body));
	}

	/**
	 * Verifies a signature header against the body.
	 * @param secret the shared secret
	 * @param header the header value, may be {@code null}
	 * @param body the exact body bytes received
	 * @param now the receiver's clock
	 * @param tolerance the largest accepted distance between the timestamp and now
	 * @throws InvalidSignatureException naming what is wrong
	 */
	public static void verify(byte[] secret, String header, byte[] body, Instant now, Duration tolerance) {
		if (header == null || header.isBlank()) {
			throw new InvalidSignatureException("the " + HEADER + " header is missing");
		}
		Matcher matcher = FORMAT.matcher(header.trim());
		if (!matcher.matches()) {
			throw new InvalidSignatureException("the " + HEADER + " header is not of the form t=<seconds>,v1=<hex>");
		}
		long seconds = Long.parseLong(matcher.group(1));
		byte[] expected = hmac(secret, seconds, body);
		byte[] given = HexFormat.of().parseHex(matcher.group(2));
		if (!MessageDigest.isEqual(expected, given)) {
			throw new InvalidSignatureException("the signature does not match the body");
		}
		Duration age = Duration.between(Instant.ofEpochSecond(seconds), now).abs();
		if (age.compareTo(tolerance) > 0) {
			throw new InvalidSignatureException("the signature's timestamp is " + age.toSeconds()
					+ " s away from now (limit " + tolerance.toSeconds() + " s)");
		}
	}

	private static byte[] hmac(byte[] secret, long seconds, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			mac.update((seconds + ".").getBytes(StandardCharsets.US_ASCII));
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
