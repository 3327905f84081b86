package com.orderplatform.order;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the feature packages honest: no cycles, and a feature uses only what another
 * exposes in its top-level package.
 */
class ModuleStructureTests {

	private final ApplicationModules modules = ApplicationModules.of(OrderServiceApplication.class);

	@Test
	void featuresRespectEachOthersBoundaries() {
		this.modules.verify();
	}

	@Test
	void hasTheFeaturesTheDownstreamClientsTheWebLayerAndTheContract() {
		assertThat(this.modules.stream().map(module -> module.getIdentifier().toString())).containsExactlyInAnyOrder(
				"order", "user", "auth", "payment", "notification", "web", "bulkimport", "csv", "api");
	}

}
