package com.orderplatform.order.bulkimport.mapping;

import com.orderplatform.testsupport.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link ImportProfileRepositoryContract} on a real (embedded) PostgreSQL, the production
 * database.
 */
class PostgresImportProfileRepositoryIntegrationTests extends ImportProfileRepositoryContract {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.registerPostgres(registry, "import_profiles");
	}

}
