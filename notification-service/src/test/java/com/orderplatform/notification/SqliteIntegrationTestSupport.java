package com.orderplatform.notification;

import com.orderplatform.testsupport.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** API tests on a real SQLite file, with the default (recording) email transport. */
public abstract class SqliteIntegrationTestSupport extends IntegrationTestSupport {

	@DynamicPropertySource
	static void sqlite(DynamicPropertyRegistry registry) {
		TestDatabases.registerSqlite(registry, "notification_service");
	}

}
