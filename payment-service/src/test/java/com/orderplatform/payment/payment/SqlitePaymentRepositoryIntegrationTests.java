package com.orderplatform.payment.payment;

import com.orderplatform.payment.MigratedDatabases;

import org.springframework.jdbc.core.simple.JdbcClient;

class SqlitePaymentRepositoryIntegrationTests extends PaymentRepositoryIntegrationTests {

	private static final JdbcClient DATABASE = MigratedDatabases.sqlite("payment-repository");

	@Override
	protected JdbcClient database() {
		return DATABASE;
	}

}
