package com.orderplatform.order.user;

import com.orderplatform.testsupport.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link UserRepositoryContract} on a real (embedded) PostgreSQL, the production
 * database.
 */
class PostgresUserRepositoryIntegrationTests extends UserRepositoryContract {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.registerPostgres(registry, "user_repository");
	}

}
