package com.orderplatform.notification.dispatch;

import com.orderplatform.testsupport.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The dispatcher on a real SQLite file. */
class SqliteDispatchIntegrationTests extends AbstractDispatchIntegrationTests {

	@DynamicPropertySource
	static void sqlite(DynamicPropertyRegistry registry) {
		TestDatabases.registerSqlite(registry, "notification_dispatch");
	}

}
