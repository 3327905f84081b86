package com.orderplatform.order.order;

import com.orderplatform.testsupport.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link OrderPagingContract} on a real SQLite file, the embedded default. */
class SqliteOrderPagingIntegrationTests extends OrderPagingContract {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.registerSqlite(registry, "order_paging");
	}

}
