package com.orderplatform.payment.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.orderplatform.common.security.WebhookSignatures;
import com.orderplatform.payment.OrderServiceStub;
import com.orderplatform.payment.TestSecurity;
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
 * Every route the payment service maps, spelled every odd way, as every kind of caller
 * (see {@link RouteWalk}): no spelling gets further than the canonical path, in
 * particular none reaches the gateway callback without the gateway's signature of the
 * canonical path.
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
		TestDatabases.registerSqlite(registry, "payment_spellings");
		TestSecurity.register(registry);
		registry.add("oms.order-service.base-url", () -> OrderServiceStub.instance().baseUrl());
	}

	@Test
	void theWalkCoversTheWholeApiAndActuator() {
		assertThat(RouteWalk.routes(this.context).stream().map(RouteWalk.Route::toString)).contains(
				"POST /api/v1/payments/webhook", "POST /api/v1/payments/batch", "GET /actuator/metrics", "GET /livez",
				"GET /readyz", "GET /v3/api-docs");
	}

	@TestFactory
	Stream<DynamicTest> noSpellingOfAnyRouteGetsFurtherThanItsCanonicalPath() {
		Stream<Caller> bearers = Caller.ofMatrix(TestSecurity::authorizationOf).stream();
		Caller gateway = new Caller("signed-by-the-gateway",
				(method, path, body) -> Map.of(WebhookSignatures.HEADER,
						WebhookSignatures.sign(TestSecurity.gatewayCallbackSecret(), Instant.now(), method.name(), path,
								(body != null) ? body : new byte[0])));
		List<Caller> callers = Stream.concat(bearers, Stream.of(gateway)).toList();
		return RouteWalk.walk(this.port, this.tracer, RouteWalk.routes(this.context), callers, "1");
	}

}
