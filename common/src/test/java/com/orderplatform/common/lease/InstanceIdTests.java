package com.orderplatform.common.lease;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class InstanceIdTests {

	@Test
	void namesTheInstanceByHostAndPort() {
		InstanceId id = InstanceId.resolve(null, new MockEnvironment().withProperty("server.port", "8002"));

		assertThat(id.value()).isEqualTo(InstanceId.hostName("localhost") + ":8002");
	}

	@Test
	void keepsTwoRandomPortInstancesApart() {
		MockEnvironment randomPort = new MockEnvironment().withProperty("server.port", "0");

		InstanceId first = InstanceId.resolve("", randomPort);
		InstanceId second = InstanceId.resolve(" ", randomPort);

		assertThat(first).isNotEqualTo(second);
		assertThat(first.value()).matches(".+:0-[0-9a-f]{8}");
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
