package com.orderplatform.common.security;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SharedSecretsTests {

	@Test
	void createsOneRandomOwnerOnlySecretThatEveryReaderShares(@TempDir Path dataDir) throws Exception {
		byte[] first = SharedSecrets.resolve(null, dataDir, "webhook.secret");
		byte[] second = SharedSecrets.resolve("", dataDir, "webhook.secret");

		assertThat(first).hasSize(43).isEqualTo(second);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("webhook.secret"))))
			.isEqualTo("rw-------");
	}

	@Test
	void createsTheDataDirectoryOwnerOnlyAndNarrowsASecretLeftReadableByOthers(@TempDir Path tmp) throws Exception {
		Path dataDir = tmp.resolve("data");
		SharedSecrets.resolve(null, dataDir, "webhook.secret");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");

		Path other = Files.writeString(dataDir.resolve("gateway-callback.secret"), "an-older-secret-value");
		Files.setPosixFilePermissions(other, PosixFilePermissions.fromString("rw-r--r--"));
		byte[] secret = SharedSecrets.resolve(null, dataDir, "gateway-callback.secret");

		assertThat(new String(secret, StandardCharsets.UTF_8)).isEqualTo("an-older-secret-value");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(other))).isEqualTo("rw-------");
	}

	@Test
	void prefersTheConfiguredSecret(@TempDir Path dataDir) {
		byte[] secret = SharedSecrets.resolve("configured-secret-value", dataDir, "webhook.secret");

		assertThat(new String(secret, StandardCharsets.UTF_8)).isEqualTo("configured-secret-value");
		assertThat(dataDir.resolve("webhook.secret")).doesNotExist();
	}

	@Test
	void refusesATooShortConfiguredSecret(@TempDir Path dataDir) {
		assertThatIllegalStateException().isThrownBy(() -> SharedSecrets.resolve("short", dataDir, "webhook.secret"))
			.withMessageContaining("at least 16 characters");
	}

}
