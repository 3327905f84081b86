package com.orderplatform.payment.refund;

import com.orderplatform.payment.MigratedDatabases;

import org.springframework.jdbc.core.simple.JdbcClient;

class PostgresRefundRepositoryIntegrationTests extends RefundRepositoryIntegrationTests {

	private static final JdbcClient DATABASE = MigratedDatabases.postgres("refund_repository");

	@Override
	protected JdbcClient database() {
		return DATABASE;
	}

}
