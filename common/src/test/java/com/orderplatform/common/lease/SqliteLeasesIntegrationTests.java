package com.orderplatform.common.lease;

import com.orderplatform.common.storage.SqlDialect;
import com.orderplatform.testsupport.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The lease helper on a real SQLite file, through a pool of four connections. */
class SqliteLeasesIntegrationTests extends AbstractLeasesIntegrationTests {

	@Override
	HikariDataSource newDatabase() {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl("jdbc:sqlite:" + TestDatabases.newSqliteFile("leases") + TestDatabases.SQLITE_PARAMETERS);
		pool.setMaximumPoolSize(4);
		return pool;
	}

	@Override
	SqlDialect expectedDialect() {
		return SqlDialect.SQLITE;
	}

	/** Nothing to widen: the single writer runs one claimer's transaction at a time. */
	@Override
	void widenTheRace(JdbcClient jdbc) {
	}

}
