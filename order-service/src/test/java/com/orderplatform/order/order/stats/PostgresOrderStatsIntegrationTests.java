package com.orderplatform.order.order.stats;

import com.orderplatform.testsupport.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link OrderStatsContract} on a real (embedded) PostgreSQL, the production database.
 */
class PostgresOrderStatsIntegrationTests extends OrderStatsContract {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.registerPostgres(registry, "order_stats");
	}

}
