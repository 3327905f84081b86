package com.orderplatform.common.security;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The revocation list's address and how a pull of it is authenticated. The payment and
 * notification services hold no token of their own to present, so a pull carries an
 * {@code X-OMS-Signature} of the request line with the secret the three services share
 * ({@link WebhookSignatures}, fresh within 5 minutes), and the order service answers only
 * a correctly signed one: the list names users.
 */
public final class RevocationPulls {

	/**
	 * Pulled from the order service ({@code GET}), pushed to the others ({@code POST}).
	 */
	public static final String PATH = "/api/v1/auth/revocations";

	/** The file holding the shared secret when none is configured. */
	public static final String SECRET_FILE = "revocation.secret";

	private static final byte[] SIGNED = ("GET " + PATH).getBytes(StandardCharsets.US_ASCII);

	private RevocationPulls() {
	}

	/**
	 * The shared secret: the configured one, or the one in the data directory.
	 * @param properties the revocation settings
	 * @param dataDir the data directory the services share on one machine
	 * @return the secret's bytes
	 */
	public static byte[] secret(RevocationProperties properties, Path dataDir) {
		return SharedSecrets.resolve(properties.secret(), dataDir, SECRET_FILE);
	}

	/**
	 * Signs a pull.
	 * @param secret the shared secret
	 * @param at when the pull is made
	 * @return the {@code X-OMS-Signature} header value
	 */
	public static String sign(byte[] secret, Instant at) {
		return WebhookSignatures.sign(secret, at, SIGNED);
	}

	/**
	 * Verifies a pull's signature.
	 * @param secret the shared secret
	 * @param header the {@code X-OMS-Signature} header value, may be {@code null}
	 * @param now the receiver's clock
	 * @throws WebhookSignatures.InvalidSignatureException naming what is wrong
	 */
	public static void verify(byte[] secret, String header, Instant now) {
		WebhookSignatures.verify(secret, header, SIGNED, now, WebhookSignatures.DEFAULT_TOLERANCE);
	}

}
