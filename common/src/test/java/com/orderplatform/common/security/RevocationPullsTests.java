package com.orderplatform.common.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A pull of the revocation list is signed over its request line, and a pulling service
 * reads the shared secret without ever creating it.
 */
class RevocationPullsTests {

	private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

	@TempDir
	Path dataDir;

	@Test
	void aSignatureVerifiesWithTheSameSecretOnlyAndWithinFiveMinutes() {
		byte[] secret = "a-shared-secret-0123".getBytes(StandardCharsets.UTF_8);
		String signature = RevocationPulls.sign(secret, NOW);

		RevocationPulls.verify(secret, signature, NOW.plus(Duration.ofMinutes(5)));
		assertThatExceptionOfType(WebhookSignatures.InvalidSignatureException.class).isThrownBy(
				() -> RevocationPulls.verify("another-secret-0123".getBytes(StandardCharsets.UTF_8), signature, NOW))
			.withMessage("the signature does not match the method, path and body");
		assertThatExceptionOfType(WebhookSignatures.InvalidSignatureException.class)
			.isThrownBy(() -> RevocationPulls.verify(secret, signature, NOW.plus(Duration.ofMinutes(6))));
		assertThatExceptionOfType(WebhookSignatures.InvalidSignatureException.class)
			.isThrownBy(() -> RevocationPulls.verify(secret, null, NOW))
			.withMessage("the X-OMS-Signature header is missing");
	}

	@Test
	void aPullingServiceReadsTheSecretTheOrderServiceCreatedButNeverCreatesIt() throws IOException {
		RevocationProperties unset = new RevocationProperties("http://localhost:8000", Duration.ofSeconds(5), "");

		assertThatIllegalStateException().isThrownBy(() -> RevocationPulls.existingSecret(unset, this.dataDir))
			.withMessageStartingWith("No revocation secret yet: ");
		assertThat(this.dataDir.resolve(RevocationPulls.SECRET_FILE)).doesNotExist();

		byte[] created = RevocationPulls.secret(unset, new SharedSecrets(this.dataDir, false));

		assertThat(RevocationPulls.existingSecret(unset, this.dataDir)).isEqualTo(created);
		assertThat(Files.readString(this.dataDir.resolve(RevocationPulls.SECRET_FILE)).trim())
			.isEqualTo(new String(created, StandardCharsets.UTF_8));
	}

	@Test
	void aConfiguredSecretWinsOverTheFile() {
		RevocationProperties configured = new RevocationProperties("http://localhost:8000", Duration.ofSeconds(5),
				"configured-secret-0123");

		assertThat(RevocationPulls.existingSecret(configured, this.dataDir))
			.isEqualTo("configured-secret-0123".getBytes(StandardCharsets.UTF_8));
		assertThat(this.dataDir.resolve(RevocationPulls.SECRET_FILE)).doesNotExist();
	}

}
