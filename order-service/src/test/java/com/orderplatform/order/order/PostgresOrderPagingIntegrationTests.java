package com.orderplatform.order.order;

import com.orderplatform.testsupport.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link OrderPagingContract} on a real (embedded) PostgreSQL, the production database,
 * with batched inserts rewritten as in production.
 */
class PostgresOrderPagingIntegrationTests extends OrderPagingContract {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.registerPostgres(registry, "order_paging");
		registry.add("spring.datasource.hikari.data-source-properties.reWriteBatchedInserts", () -> "true");
	}

}
