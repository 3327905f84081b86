package com.orderplatform.notification;

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
 * files: it refuses to start without the one shared secret it uses (its pulls of the
 * order service's revocation list), naming the variable, and starts with that one only,
 * writing no secret file.
 */
class SharedSecretsOnPostgresIntegrationTests {

	private static final String DATABASE = TestDatabases.newPostgresDatabase("notification_secrets");

	private static final String REVOCATION = "--oms.security.revocations.secret=revocation-secret-for-tests-0123";

	@TempDir
	Path dataDir;

	@Test
	void refusesToStartWithoutTheRevocationSecret() {
		assertThatException().isThrownBy(() -> start("--oms.security.revocations.secret="))
			.havingRootCause()
			.withMessageStartingWith("OMS_REVOCATION_SECRET (oms.security.revocations.secret) must be set: this "
					+ "service's database is PostgreSQL")
			.withMessageEndingWith("for the order, payment and notification services");
	}

	@Test
	void startsWithTheOneSecretItUsesAndWritesNoSecretFile() throws IOException {
		try (ConfigurableApplicationContext service = start(REVOCATION, "--oms.webhooks.secret=",
				"--oms.gateway.callback-secret=")) {
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
				"--oms.data-dir=" + this.dataDir));
		args.addAll(List.of(secrets));
		return new SpringApplicationBuilder(NotificationServiceApplication.class).run(args.toArray(String[]::new));
	}

}
