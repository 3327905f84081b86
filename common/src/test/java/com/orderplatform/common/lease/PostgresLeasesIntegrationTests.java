package com.orderplatform.common.lease;

import com.orderplatform.common.storage.SqlDialect;
import com.orderplatform.testsupport.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The lease helper on the embedded PostgreSQL, through a pool of four connections. */
class PostgresLeasesIntegrationTests extends AbstractLeasesIntegrationTests {

	@Override
	HikariDataSource newDatabase() {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(TestDatabases.newPostgresDatabase("leases"));
		pool.setUsername("postgres");
		pool.setPassword("postgres");
		pool.setMaximumPoolSize(4);
		return pool;
	}

	@Override
	SqlDialect expectedDialect() {
		return SqlDialect.POSTGRESQL;
	}

	@Override
	void widenTheRace(JdbcClient jdbc) {
		jdbc.sql("SELECT 1 FROM (SELECT pg_sleep(0.1)) AS paused").query(Integer.class).single();
	}

}
