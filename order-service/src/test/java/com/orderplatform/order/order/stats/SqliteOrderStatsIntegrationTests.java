package com.orderplatform.order.order.stats;

import com.orderplatform.testsupport.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link OrderStatsContract} on a real SQLite file, the embedded default. */
class SqliteOrderStatsIntegrationTests extends OrderStatsContract {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.registerSqlite(registry, "order_stats");
	}

}
