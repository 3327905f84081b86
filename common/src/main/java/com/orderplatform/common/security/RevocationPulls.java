package com.orderplatform.common.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The revocation list's address and how a pull of it is authenticated. The payment and
 * notification services hold no token of their own to present, so a pull carries an
 * {@code X-OMS-Signature} of the request ({@code GET}, the path, no body) with the secret
 * the three services share ({@link WebhookSignatures}, fresh within 5 minutes), and the
 * order service answers only a correctly signed one: the list names users.
 */
public final class RevocationPulls {

	/**
	 * Pulled from the order service ({@code GET}), pushed to the others ({@code POST}).
	 */
	public static final String PATH = "/api/v1/auth/revocations";

	/** The file holding the shared secret when none is configured. */
	public static final String SECRET_FILE = SharedSecret.REVOCATION.fileName();

	private static final byte[] NO_BODY = new byte[0];

	private RevocationPulls() {
	}

	/**
	 * The shared secret: the configured one, or (on one machine) the one in the data
	 * directory.
	 * @param properties the revocation settings
	 * @param secrets the service's shared secrets
	 * @return the secret's bytes
	 * @throws IllegalStateException on PostgreSQL when none is configured
	 */
	public static byte[] secret(RevocationProperties properties, SharedSecrets secrets) {
		return secrets.resolve(SharedSecret.REVOCATION, properties.secret());
	}

	/**
	 * The shared secret for signing pulls: the configured one, or the one the order
	 * service created in the data directory. Never creates it: the order service, which
	 * verifies the pulls, owns it, so a service that pulls before the order service first
	 * started (or in a test without a data directory) writes no file and simply tries
	 * again later.
	 * @param properties the revocation settings
	 * @param dataDir the data directory the services share on one machine
	 * @return the secret's bytes
	 * @throws IllegalStateException when none is configured and the file does not exist
	 * yet
	 */
	public static byte[] existingSecret(RevocationProperties properties, Path dataDir) {
		if (properties.secret() != null && !properties.secret().isBlank()) {
			return SharedSecrets.resolve(properties.secret(), dataDir, SECRET_FILE);
		}
		Path file = dataDir.resolve(SECRET_FILE);
		try {
			return Files.readString(file, StandardCharsets.UTF_8).trim().getBytes(StandardCharsets.UTF_8);
		}
		catch (NoSuchFileException ex) {
			throw new IllegalStateException("No revocation secret yet: " + file
					+ " is created by the order service on its first start (or set OMS_REVOCATION_SECRET)");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the revocation secret " + file, ex);
		}
	}

	/**
	 * Signs a pull.
	 * @param secret the shared secret
	 * @param at when the pull is made
	 * @return the {@code X-OMS-Signature} header value
	 */
	public static String sign(byte[] secret, Instant at) {
		return WebhookSignatures.sign(secret, at, "GET", PATH, NO_BODY);
	}

	/**
	 * Verifies a pull's signature.
	 * @param secret the shared secret
	 * @param header the {@code X-OMS-Signature} header value, may be {@code null}
	 * @param now the receiver's clock
	 * @throws WebhookSignatures.InvalidSignatureException naming what is wrong
	 */
	public static void verify(byte[] secret, String header, Instant now) {
		WebhookSignatures.verify(secret, header, "GET", PATH, NO_BODY, now, WebhookSignatures.DEFAULT_TOLERANCE);
	}

}
