package com.orderplatform.payment.gateway;

import com.orderplatform.payment.MigratedDatabases;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

class PostgresChargeLedgerIntegrationTests extends ChargeLedgerIntegrationTests {

	private static final NamedParameterJdbcTemplate DATABASE = MigratedDatabases.postgresTemplate("charge_ledger");

	@Override
	protected NamedParameterJdbcTemplate database() {
		return DATABASE;
	}

}
