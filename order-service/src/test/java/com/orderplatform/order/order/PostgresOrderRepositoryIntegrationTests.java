package com.orderplatform.order.order;

import com.orderplatform.testsupport.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link OrderRepositoryContract} on a real (embedded) PostgreSQL, the production
 * database, with batched inserts rewritten as in production
 * ({@code PostgresBatchedInserts} sets this from the service's URL, which a test's
 * dynamic properties come too late for).
 */
class PostgresOrderRepositoryIntegrationTests extends OrderRepositoryContract {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.registerPostgres(registry, "order_repository");
		registry.add("spring.datasource.hikari.data-source-properties.reWriteBatchedInserts", () -> "true");
	}

}
