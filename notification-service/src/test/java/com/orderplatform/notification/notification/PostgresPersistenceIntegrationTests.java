package com.orderplatform.notification.notification;

import com.orderplatform.testsupport.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Persistence on a real (embedded) PostgreSQL. */
class PostgresPersistenceIntegrationTests extends AbstractPersistenceIntegrationTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestDatabases.registerPostgres(registry, "notification_persistence");
	}

}
