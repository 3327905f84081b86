package com.orderplatform.notification;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the feature packages honest: no cycles, and a feature uses only what another
 * exposes in its top-level package (a feature's sub-packages are its own).
 */
class ModuleStructureTests {

	private final ApplicationModules modules = ApplicationModules.of(NotificationServiceApplication.class);

	@Test
	void featuresRespectEachOthersBoundaries() {
		this.modules.verify();
	}

	@Test
	void hasTheTemplatesTheNotificationsTheirDispatchDeliverySecurityAndTheContract() {
		assertThat(this.modules.stream().map(module -> module.getIdentifier().toString()))
			.containsExactlyInAnyOrder("template", "notification", "dispatch", "delivery", "security", "api");
	}

}
