package com.orderplatform.payment.payment.store;

import com.orderplatform.payment.MigratedDatabases;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

class PostgresPaymentRepositoryIntegrationTests extends PaymentRepositoryIntegrationTests {

	private static final NamedParameterJdbcTemplate DATABASE = MigratedDatabases.postgresTemplate("payment_repository");

	@Override
	protected NamedParameterJdbcTemplate database() {
		return DATABASE;
	}

}
