package com.orderplatform.notification.notification.intake;

import com.orderplatform.testsupport.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The bulk CPU harness on a real SQLite file. */
class SqliteBulkIntakeCpuHarness extends AbstractBulkIntakeCpuHarness {

	@DynamicPropertySource
	static void sqlite(DynamicPropertyRegistry registry) {
		TestDatabases.registerSqlite(registry, "notification_cpu");
	}

}
