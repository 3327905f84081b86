package com.orderplatform.order.order.export;

import com.orderplatform.testsupport.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link OrderExportContract} on a real SQLite file, the embedded default. */
class SqliteOrderExportIntegrationTests extends OrderExportContract {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.registerSqlite(registry, "order_export");
	}

}
