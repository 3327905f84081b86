package com.orderplatform.order.user;

import com.orderplatform.testsupport.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link UserRepositoryContract} on a real SQLite file, the embedded default. */
class SqliteUserRepositoryIntegrationTests extends UserRepositoryContract {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.registerSqlite(registry, "user_repository");
	}

}
