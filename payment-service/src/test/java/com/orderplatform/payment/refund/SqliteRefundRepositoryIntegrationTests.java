package com.orderplatform.payment.refund;

import com.orderplatform.payment.MigratedDatabases;

import org.springframework.jdbc.core.simple.JdbcClient;

class SqliteRefundRepositoryIntegrationTests extends RefundRepositoryIntegrationTests {

	private static final JdbcClient DATABASE = MigratedDatabases.sqlite("refund-repository");

	@Override
	protected JdbcClient database() {
		return DATABASE;
	}

}
