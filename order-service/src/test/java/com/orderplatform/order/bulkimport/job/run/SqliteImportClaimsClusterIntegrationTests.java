package com.orderplatform.order.bulkimport.job.run;

import com.orderplatform.testsupport.TestDatabases;

/** Two instances on one SQLite file (one machine: the file's single writer is shared). */
class SqliteImportClaimsClusterIntegrationTests extends AbstractImportClaimsClusterIntegrationTests {

	@Override
	DatabaseUrl newDatabase() {
		return new DatabaseUrl(
				"jdbc:sqlite:" + TestDatabases.newSqliteFile("order_service_cluster") + TestDatabases.SQLITE_PARAMETERS,
				null, null);
	}

}
