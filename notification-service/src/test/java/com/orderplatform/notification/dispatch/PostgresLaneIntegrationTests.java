package com.orderplatform.notification.dispatch;

import com.orderplatform.testsupport.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The lanes in real time on a real (embedded) PostgreSQL, claiming with SKIP LOCKED. */
class PostgresLaneIntegrationTests extends AbstractLaneIntegrationTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestDatabases.registerPostgres(registry, "notification_lanes");
	}

	@Override
	String engine() {
		return "PostgreSQL";
	}

}
