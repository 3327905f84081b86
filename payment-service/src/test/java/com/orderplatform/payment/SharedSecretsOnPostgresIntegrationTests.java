package com.orderplatform.payment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.orderplatform.common.security.SharedSecret;
import com.orderplatform.testsupport.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThatException;

/**
 * On PostgreSQL the service may run as several instances, which cannot share secret
 * files: it refuses to start without each of the three shared secrets it uses (its
 * webhooks to the order service, the gateway's callbacks, its pulls of the revocation
 * list), naming the variable. It starts with all three in
 * {@link PostgresApplicationIntegrationTests}.
 */
class SharedSecretsOnPostgresIntegrationTests {

	private static final String DATABASE = TestDatabases.newPostgresDatabase("payment_secrets");

	@TempDir
	Path dataDir;

	@ParameterizedTest
	@EnumSource(SharedSecret.class)
	void refusesToStartWithoutEachOfTheThreeSecretsItUses(SharedSecret missing) {
		List<String> secrets = new ArrayList<>();
		for (SharedSecret secret : SharedSecret.values()) {
			secrets
				.add("--" + secret.property() + "=" + ((secret != missing) ? "configured-secret-for-tests-0123" : ""));
		}

		assertThatException().isThrownBy(() -> start(secrets.toArray(String[]::new)))
			.havingRootCause()
			.withMessageStartingWith(missing.variable() + " (" + missing.property() + ") must be set: this service's "
					+ "database is PostgreSQL, so it may run as several instances, and several instances cannot share "
					+ "a secret file in a data directory")
			.withMessageEndingWith("for " + missing.sharedBy());
	}

	private ConfigurableApplicationContext start(String... secrets) {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + DATABASE,
				"--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
				"--oms.data-dir=" + this.dataDir));
		args.addAll(List.of(secrets));
		return new SpringApplicationBuilder(PaymentServiceApplication.class).run(args.toArray(String[]::new));
	}

}
