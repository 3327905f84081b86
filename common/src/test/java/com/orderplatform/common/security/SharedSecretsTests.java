package com.orderplatform.common.security;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.mock.env.MockEnvironment;

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

	@Test
	void keepsAnUnconfiguredSecretInTheDataDirectoryWhenTheDatabaseIsSqlite(@TempDir Path dataDir) {
		SharedSecrets secrets = SharedSecrets
			.of(environment(dataDir, "jdbc:sqlite:" + dataDir.resolve("order_service.db") + "?journal_mode=WAL"));

		byte[] secret = secrets.resolve(SharedSecret.WEBHOOK, "");
		secrets.require(SharedSecret.REVOCATION, null);

		assertThat(secret).hasSize(43);
		assertThat(dataDir.resolve("webhook.secret")).exists();
		assertThat(dataDir.resolve("revocation.secret")).doesNotExist();
	}

	@ParameterizedTest
	@EnumSource(SharedSecret.class)
	void requiresEverySecretToBeConfiguredWhenTheDatabaseIsPostgres(SharedSecret secret, @TempDir Path dataDir) {
		SharedSecrets secrets = SharedSecrets.of(environment(dataDir, "jdbc:postgresql://db.internal:5432/orders"));

		assertThatIllegalStateException().isThrownBy(() -> secrets.resolve(secret, " "))
			.withMessageStartingWith(secret.variable() + " (" + secret.property() + ") must be set: this service's "
					+ "database is PostgreSQL, so it may run as several instances, and several instances cannot share "
					+ "a secret file in a data directory")
			.withMessageEndingWith("for " + secret.sharedBy());
		assertThatIllegalStateException().isThrownBy(() -> secrets.require(secret, null))
			.withMessageStartingWith(secret.variable() + " (" + secret.property() + ") must be set");
		assertThat(dataDir.resolve(secret.fileName())).doesNotExist();
	}

	@Test
	void usesAConfiguredSecretOnPostgresAndChecksItsLength(@TempDir Path dataDir) {
		SharedSecrets secrets = SharedSecrets.of(environment(dataDir, "jdbc:postgresql://db.internal:5432/orders"));

		assertThat(secrets.resolve(SharedSecret.GATEWAY_CALLBACK, "configured-secret-value"))
			.isEqualTo("configured-secret-value".getBytes(StandardCharsets.UTF_8));
		assertThatIllegalStateException().isThrownBy(() -> secrets.resolve(SharedSecret.GATEWAY_CALLBACK, "short"))
			.withMessage("OMS_GATEWAY_CALLBACK_SECRET (oms.gateway.callback-secret) must be at least 16 characters");
		assertThat(dataDir.resolve("gateway-callback.secret")).doesNotExist();
	}

	private static MockEnvironment environment(Path dataDir, String datasourceUrl) {
		return new MockEnvironment().withProperty("oms.data-dir", dataDir.toString())
			.withProperty("spring.datasource.url", datasourceUrl);
	}

}
