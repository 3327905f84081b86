package com.orderplatform.order.bulkimport.job;

import com.orderplatform.testsupport.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link ImportRepositoryContract} on a real (embedded) PostgreSQL, the production
 * database.
 */
class PostgresImportRepositoryIntegrationTests extends ImportRepositoryContract {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.registerPostgres(registry, "import_repository");
	}

}
