package com.orderplatform.payment.orderwebhook;

import com.orderplatform.payment.MigratedDatabases;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

class PostgresWebhookDrainerIntegrationTests extends WebhookDrainerIntegrationTests {

	private static final NamedParameterJdbcTemplate DATABASE = MigratedDatabases.postgresTemplate("webhook_outbox");

	@Override
	protected NamedParameterJdbcTemplate database() {
		return DATABASE;
	}

}
