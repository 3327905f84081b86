package com.orderplatform.payment.payment.store;

import com.orderplatform.payment.MigratedDatabases;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

class SqlitePaymentRepositoryIntegrationTests extends PaymentRepositoryIntegrationTests {

	private static final NamedParameterJdbcTemplate DATABASE = MigratedDatabases.sqliteTemplate("payment-repository");

	@Override
	protected NamedParameterJdbcTemplate database() {
		return DATABASE;
	}

}
