package com.orderplatform.notification.dispatch;

import com.orderplatform.testsupport.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The lanes in real time on a real SQLite file, one writer at a time. */
class SqliteLaneIntegrationTests extends AbstractLaneIntegrationTests {

	@DynamicPropertySource
	static void sqlite(DynamicPropertyRegistry registry) {
		TestDatabases.registerSqlite(registry, "notification_lanes");
	}

	@Override
	String engine() {
		return "SQLite";
	}

}
