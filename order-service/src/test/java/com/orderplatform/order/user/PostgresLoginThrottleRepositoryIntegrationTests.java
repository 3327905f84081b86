package com.orderplatform.order.user;

import com.orderplatform.testsupport.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link LoginThrottleRepositoryContract} on a real (embedded) PostgreSQL, the production
 * database.
 */
class PostgresLoginThrottleRepositoryIntegrationTests extends LoginThrottleRepositoryContract {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.registerPostgres(registry, "login_throttle");
	}

}
