package com.orderplatform.payment.gateway;

import com.orderplatform.payment.MigratedDatabases;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

class SqliteChargeLedgerIntegrationTests extends ChargeLedgerIntegrationTests {

	private static final NamedParameterJdbcTemplate DATABASE = MigratedDatabases.sqliteTemplate("charge-ledger");

	@Override
	protected NamedParameterJdbcTemplate database() {
		return DATABASE;
	}

}
