package com.orderplatform.common.storage;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresBatchedInsertsTests {

	private final PostgresBatchedInserts postProcessor = new PostgresBatchedInserts();

	@Test
	void rewritesBatchedInsertsOnPostgres() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:postgresql://db:5432/order_service");

		this.postProcessor.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty(PostgresBatchedInserts.PROPERTY)).isEqualTo("true");
	}

	@Test
	void leavesSqliteAlone() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:sqlite:data/order_service.db");

		this.postProcessor.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.containsProperty(PostgresBatchedInserts.PROPERTY)).isFalse();
	}

	@Test
	void keepsAChoiceMadeInTheUrlOrTheConfiguration() {
		MockEnvironment inUrl = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:postgresql://db/order_service?reWriteBatchedInserts=false");
		MockEnvironment configured = new MockEnvironment()
			.withProperty("spring.datasource.url", "jdbc:postgresql://db/order_service")
			.withProperty(PostgresBatchedInserts.PROPERTY, "false");

		this.postProcessor.postProcessEnvironment(inUrl, new SpringApplication());
		this.postProcessor.postProcessEnvironment(configured, new SpringApplication());

		assertThat(inUrl.containsProperty(PostgresBatchedInserts.PROPERTY)).isFalse();
		assertThat(configured.getProperty(PostgresBatchedInserts.PROPERTY)).isEqualTo("false");
	}

}
