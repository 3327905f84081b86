package com.orderplatform.payment.payment;

import com.orderplatform.payment.MigratedDatabases;

import org.springframework.jdbc.core.simple.JdbcClient;

class PostgresPaymentRepositoryIntegrationTests extends PaymentRepositoryIntegrationTests {

	private static final JdbcClient DATABASE = MigratedDatabases.postgres("payment_repository");

	@Override
	protected JdbcClient database() {
		return DATABASE;
	}

}
