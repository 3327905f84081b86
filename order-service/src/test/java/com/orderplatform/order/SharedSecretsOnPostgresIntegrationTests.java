package com.orderplatform.order;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.orderplatform.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * On PostgreSQL the service may run as several instances, which cannot share secret
 * files: it refuses to start without each shared secret it uses (the payment webhooks'
 * and the revocation pulls'), naming the variable, and starts with exactly those two,
 * writing no secret file.
 */
class SharedSecretsOnPostgresIntegrationTests {

	private static final String DATABASE = TestDatabases.newPostgresDatabase("order_secrets");

	private static final String WEBHOOK = "--oms.webhooks.secret=webhook-secret-for-tests-0123";

	private static final String REVOCATION = "--oms.security.revocations.secret=revocation-secret-for-tests-0123";

	@TempDir
	Path dataDir;

	@Test
	void refusesToStartWithoutTheWebhookSecret() {
		assertThatException().isThrownBy(() -> start("--oms.webhooks.secret=", REVOCATION))
			.havingRootCause()
			.withMessageStartingWith("OMS_WEBHOOK_SECRET (oms.webhooks.secret) must be set: this service's database "
					+ "is PostgreSQL, so it may run as several instances, and several instances cannot share a secret "
					+ "file in a data directory")
			.withMessageEndingWith("for the order and payment services");
	}

	@Test
	void refusesToStartWithoutTheRevocationSecret() {
		assertThatException().isThrownBy(() -> start(WEBHOOK, "--oms.security.revocations.secret="))
			.havingRootCause()
			.withMessageStartingWith("OMS_REVOCATION_SECRET (oms.security.revocations.secret) must be set: this "
					+ "service's database is PostgreSQL")
			.withMessageEndingWith("for the order, payment and notification services");
	}

	@Test
	void startsWithTheTwoSecretsItUsesAndWritesNoSecretFile() throws IOException {
		try (ConfigurableApplicationContext service = start(WEBHOOK, REVOCATION, "--oms.gateway.callback-secret=")) {
			assertThat(service.isActive()).isTrue();
		}
		try (Stream<Path> files = Files.list(this.dataDir)) {
			assertThat(files.map((file) -> file.getFileName().toString()))
				.noneMatch((name) -> name.endsWith(".secret"));
		}
	}

	private ConfigurableApplicationContext start(String... secrets) {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + DATABASE,
				"--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
				"--oms.data-dir=" + this.dataDir, "--oms.initial-admin.password=secrets-test-password"));
		args.addAll(List.of(secrets));
		return new SpringApplicationBuilder(OrderServiceApplication.class).run(args.toArray(String[]::new));
	}

}
