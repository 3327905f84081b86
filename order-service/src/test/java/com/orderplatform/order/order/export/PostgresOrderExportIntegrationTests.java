package com.orderplatform.order.order.export;

import com.orderplatform.testsupport.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link OrderExportContract} on a real (embedded) PostgreSQL, the production database.
 */
class PostgresOrderExportIntegrationTests extends OrderExportContract {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.registerPostgres(registry, "order_export");
	}

}
