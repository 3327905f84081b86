package com.orderplatform.order.user;

import com.orderplatform.testsupport.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link LoginThrottleRepositoryContract} on a real SQLite file, the embedded default.
 */
class SqliteLoginThrottleRepositoryIntegrationTests extends LoginThrottleRepositoryContract {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.registerSqlite(registry, "login_throttle");
	}

}
