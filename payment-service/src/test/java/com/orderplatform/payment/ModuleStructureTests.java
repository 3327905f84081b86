package com.orderplatform.payment;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the feature packages honest: no cycles, and a feature uses only what another
 * exposes in its top-level package (a feature's sub-packages are its own).
 */
class ModuleStructureTests {

	private final ApplicationModules modules = ApplicationModules.of(PaymentServiceApplication.class);

	@Test
	void featuresRespectEachOthersBoundaries() {
		this.modules.verify();
	}

	@Test
	void hasThePaymentsRefundsTheGatewayTheWebhooksSecurityTheWebLayerAndTheContract() {
		assertThat(this.modules.stream().map(module -> module.getIdentifier().toString()))
			.containsExactlyInAnyOrder("payment", "refund", "gateway", "orderwebhook", "security", "web", "api");
	}

}
