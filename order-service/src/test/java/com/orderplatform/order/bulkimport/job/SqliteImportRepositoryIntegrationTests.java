package com.orderplatform.order.bulkimport.job;

import com.orderplatform.testsupport.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link ImportRepositoryContract} on a real SQLite file, the default database. */
class SqliteImportRepositoryIntegrationTests extends ImportRepositoryContract {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.registerSqlite(registry, "order_service_import_repository");
	}

}
