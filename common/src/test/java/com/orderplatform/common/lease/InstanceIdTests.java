package com.orderplatform.common.lease;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Instance ids: unique per start on PostgreSQL (or a random port) unless configured, so
 * two instances (or two runs of one) never share claims by accident; stable across
 * restarts on SQLite, so a restarted instance takes its crashed run's claims back at
 * once.
 */
class InstanceIdTests {

	private static final String HOST = InstanceId.hostName("localhost");

	@Test
	void namesAnInstanceOnPostgresqlByHostPortAndASuffixOfItsOwnStart() {
		MockEnvironment postgres = new MockEnvironment().withProperty("server.port", "8002")
			.withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/orders");

		InstanceId first = InstanceId.resolve(null, postgres);
		InstanceId restarted = InstanceId.resolve(null, postgres);

		assertThat(first.value()).matches(Pattern.quote(HOST + ":8002-") + "[0-9a-f]{8}");
		assertThat(restarted.value()).startsWith(HOST + ":8002-").isNotEqualTo(first.value());
	}

	@Test
	void namesAnInstanceOnSqliteByHostAndPortTheSameAfterARestart() {
		MockEnvironment sqlite = new MockEnvironment().withProperty("server.port", "8000")
			.withProperty("spring.datasource.url", "jdbc:sqlite:data/order_service.db");

		assertThat(InstanceId.resolve(null, sqlite).value()).isEqualTo(HOST + ":8000");
		assertThat(InstanceId.resolve("", sqlite).value()).isEqualTo(HOST + ":8000");
	}

	@Test
	void keepsTwoInstancesWithTheSamePortSettingApart() {
		MockEnvironment randomPort = new MockEnvironment().withProperty("server.port", "0");

		Set<String> ids = new HashSet<>();
		for (int i = 0; i < 100; i++) {
			ids.add(InstanceId.resolve((i % 2 == 0) ? "" : " ", randomPort).value());
		}

		assertThat(ids).hasSize(100).allMatch(id -> id.matches(".+:0-[0-9a-f]{8}"));
	}

	@Test
	void takesAConfiguredNameStripped() {
		assertThat(InstanceId.resolve(" node-a ", new MockEnvironment()).value()).isEqualTo("node-a");
		assertThat(InstanceId.configuredOr(" node-b\n", () -> "unused").value()).isEqualTo("node-b");
	}

	@Test
	void fallsBackToTheGivenNameWhenNoneIsConfigured() {
		assertThat(InstanceId.configuredOr(null, () -> "host-7").value()).isEqualTo("host-7");
		assertThat(InstanceId.configuredOr("  ", () -> "host-7")).hasToString("host-7");
	}

}
