package com.orderplatform.notification;

import com.orderplatform.testsupport.TestDatabases;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * API tests on a real SQLite file, delivering through {@link ScriptedTransports}, which
 * remember every call and fail on request.
 */
@Import(ScriptedTransportsConfiguration.class)
public abstract class SqliteIntegrationTestSupport extends IntegrationTestSupport {

	@Autowired
	protected ScriptedTransports transports;

	@DynamicPropertySource
	static void sqlite(DynamicPropertyRegistry registry) {
		TestDatabases.registerSqlite(registry, "notification_service");
	}

	@BeforeEach
	void forgetEarlierDeliveries() {
		this.transports.reset();
	}

}
