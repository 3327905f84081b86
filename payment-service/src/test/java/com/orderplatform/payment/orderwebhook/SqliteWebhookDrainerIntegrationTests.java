package com.orderplatform.payment.orderwebhook;

import com.orderplatform.payment.MigratedDatabases;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

class SqliteWebhookDrainerIntegrationTests extends WebhookDrainerIntegrationTests {

	private static final NamedParameterJdbcTemplate DATABASE = MigratedDatabases.sqliteTemplate("webhook_outbox");

	@Override
	protected NamedParameterJdbcTemplate database() {
		return DATABASE;
	}

}
