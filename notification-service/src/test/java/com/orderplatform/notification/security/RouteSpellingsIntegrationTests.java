package com.orderplatform.notification.security;

import java.util.stream.Stream;

import com.orderplatform.notification.TestTokens;
import com.orderplatform.testsupport.RouteWalk;
import com.orderplatform.testsupport.RouteWalk.Caller;
import com.orderplatform.testsupport.TestDatabases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route the notification service maps, spelled every odd way, as every kind of
 * caller (see {@link RouteWalk}): no spelling gets further than the canonical path.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(RouteWalk.TracingConfiguration.class)
class RouteSpellingsIntegrationTests {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private RouteWalk.Tracer tracer;

	@Value("${local.server.port}")
	private int port;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestDatabases.registerSqlite(registry, "notification_spellings");
		TestTokens.register(registry);
	}

	@Test
	void theWalkCoversTheWholeApiAndActuator() {
		assertThat(RouteWalk.routes(this.context).stream().map(RouteWalk.Route::toString)).contains(
				"POST /api/v1/notifications/bulk", "GET /api/v1/notifications/queue", "GET /actuator/metrics",
				"GET /livez", "GET /readyz", "GET /v3/api-docs");
	}

	@TestFactory
	Stream<DynamicTest> noSpellingOfAnyRouteGetsFurtherThanItsCanonicalPath() {
		return RouteWalk.walk(this.port, this.tracer, RouteWalk.routes(this.context),
				Caller.ofMatrix(TestTokens::authorizationOf), "1");
	}

}
