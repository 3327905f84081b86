package com.orderplatform.order;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.orderplatform.common.security.WebhookSignatures;
import com.orderplatform.testsupport.RouteWalk;
import com.orderplatform.testsupport.RouteWalk.Caller;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route the order service maps (its API, the token key set, Actuator, the API
 * description), spelled every odd way ({@code %77ebhook}, {@code %2F}, {@code //}, a
 * trailing slash, {@code ;x}, dot segments, other case …), as every kind of caller: no
 * spelling gets further than the canonical path would let that caller, and an equivalent
 * spelling gets exactly its answer (see {@link RouteWalk}).
 */
class RouteSpellingsIntegrationTests extends SecurityIntegrationTestSupport {

	@Autowired
	private RouteWalk.Tracer tracer;

	@Test
	void theWalkCoversTheWholeApiAndActuator() {
		List<String> routes = RouteWalk.routes(this.context).stream().map(RouteWalk.Route::toString).toList();

		assertThat(routes).contains("POST /api/v1/orders/{order_id}/webhook", "POST /api/v1/auth/login",
				"GET /api/v1/imports/{id}/errors.csv", "GET /.well-known/jwks.json", "GET /actuator/metrics",
				"GET /livez", "GET /readyz", "GET /v3/api-docs");
	}

	@TestFactory
	Stream<DynamicTest> noSpellingOfAnyRouteGetsFurtherThanItsCanonicalPath() {
		TestTokens tokens = TestTokens.of(this.context);
		List<Caller> callers = List.of(Caller.withAuthorization("anonymous", null),
				bearer("forged-admin", tokens.forgedToken("walk-forger", "admin")),
				bearer("viewer", tokens.token("walk-viewer", "viewer")),
				bearer("operator", tokens.token("walk-operator", "operator")),
				bearer("admin", tokens.token("walk-admin", "admin")),
				bearer("service", tokens.token("walk-service", "service")),
				new Caller("signed-by-the-payment-service", this::signed));
		return RouteWalk.walk(PORT, this.tracer, RouteWalk.routes(this.context), callers, "987654321");
	}

	private Map<String, String> signed(org.springframework.http.HttpMethod method, String path, byte[] body) {
		return Map.of(WebhookSignatures.HEADER,
				WebhookSignatures.sign(TestSecurity.WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8),
						this.clock.instant(), method.name(), path, (body != null) ? body : new byte[0]));
	}

	private static Caller bearer(String name, String token) {
		return Caller.withAuthorization(name, "Bearer " + token);
	}

}
