package com.orderplatform.order.bulkimport.mapping;

import com.orderplatform.testsupport.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link ImportProfileRepositoryContract} on a real SQLite file, the default database.
 */
class SqliteImportProfileRepositoryIntegrationTests extends ImportProfileRepositoryContract {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.registerSqlite(registry, "order_service_import_profiles");
	}

}
