package com.orderplatform.order.bulkimport.job.run;

import com.orderplatform.testsupport.TestDatabases;

/** Two instances on one database of the embedded PostgreSQL server. */
class PostgresImportClaimsClusterIntegrationTests extends AbstractImportClaimsClusterIntegrationTests {

	@Override
	DatabaseUrl newDatabase() {
		return new DatabaseUrl(TestDatabases.newPostgresDatabase("order_import_cluster"), "postgres", "postgres");
	}

}
