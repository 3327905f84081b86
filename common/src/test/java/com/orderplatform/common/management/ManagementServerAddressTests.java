package com.orderplatform.common.management;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class ManagementServerAddressTests {

	private final ManagementServerAddress postProcessor = new ManagementServerAddress();

	@Test
	void bindsASeparateManagementPortToThePublicAddress() {
		MockEnvironment environment = environment("9000").withProperty("server.address", "0.0.0.0");

		this.postProcessor.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty(ManagementServerAddress.PROPERTY)).isEqualTo("0.0.0.0");
	}

	@Test
	void setsNothingWhenActuatorSharesThePublicPort() {
		MockEnvironment environment = environment("").withProperty("server.address", "127.0.0.1");

		this.postProcessor.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.containsProperty(ManagementServerAddress.PROPERTY)).isFalse();
	}

	@Test
	void keepsAnAddressSetExplicitly() {
		MockEnvironment environment = environment("9000").withProperty("server.address", "127.0.0.1")
			.withProperty(ManagementServerAddress.PROPERTY, "10.0.0.5");

		this.postProcessor.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty(ManagementServerAddress.PROPERTY)).isEqualTo("10.0.0.5");
	}

	private static MockEnvironment environment(String managementPort) {
		return new MockEnvironment().withProperty("server.port", "8000")
			.withProperty("management.server.port", managementPort);
	}

}
