package com.orderplatform.notification.notification;

import com.orderplatform.testsupport.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Persistence on a real SQLite file. */
class SqlitePersistenceIntegrationTests extends AbstractPersistenceIntegrationTests {

	@DynamicPropertySource
	static void sqlite(DynamicPropertyRegistry registry) {
		TestDatabases.registerSqlite(registry, "notification_persistence");
	}

}
