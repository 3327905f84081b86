package com.orderplatform.notification.notification.intake;

import com.orderplatform.testsupport.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The bulk CPU harness on a real (embedded) PostgreSQL. */
class PostgresBulkIntakeCpuHarness extends AbstractBulkIntakeCpuHarness {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestDatabases.registerPostgres(registry, "notification_cpu");
	}

}
