package com.orderplatform.notification.dispatch;

import com.orderplatform.testsupport.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The dispatcher on a real (embedded) PostgreSQL, claiming with SKIP LOCKED. */
class PostgresDispatchIntegrationTests extends AbstractDispatchIntegrationTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestDatabases.registerPostgres(registry, "notification_dispatch");
	}

}
