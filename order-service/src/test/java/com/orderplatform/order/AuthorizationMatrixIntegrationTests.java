package com.orderplatform.order;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.orderplatform.common.security.RevocationPulls;
import com.orderplatform.common.security.WebhookSignatures;
import com.orderplatform.testsupport.AuthorizationMatrix;
import com.orderplatform.testsupport.AuthorizationMatrix.Caller;
import com.orderplatform.testsupport.AuthorizationMatrix.Endpoint;
import com.orderplatform.testsupport.AuthorizationMatrix.Outcome;
import com.orderplatform.testsupport.AuthorizationMatrix.Rule;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of the service × every kind of caller → the exact outcome, against the
 * real running service with real tokens from its own issuer. The endpoint list comes from
 * Spring MVC, so an endpoint added without a rule here (or a rule left for a removed
 * endpoint) fails {@link #everyEndpointHasARule()}.
 */
class AuthorizationMatrixIntegrationTests extends SecurityIntegrationTestSupport {

	private static final Rule ANYONE = Rule.open();

	private static final Rule VIEWER = Rule.roles("viewer", "operator", "admin");

	private static final Rule OPERATOR = Rule.roles("operator", "admin");

	private static final Rule ADMIN = Rule.roles("admin");

	private static final Map<String, Rule> RULES = new TreeMap<>(Map.ofEntries(
			Map.entry("POST /api/v1/auth/login", ANYONE), Map.entry("GET /.well-known/openid-configuration", ANYONE),
			// Signed by the payment or notification service pulling it: checked like a
			// webhook.
			Map.entry("GET /api/v1/auth/revocations", ANYONE),
			// Every user changes their own password; the service identity has none.
			Map.entry("PUT /api/v1/users/me/password", VIEWER), Map.entry("GET /.well-known/jwks.json", ANYONE),
			// Signed by the payment service instead: the signature is checked, not a
			// token.
			Map.entry("POST /api/v1/orders/{order_id}/webhook", ANYONE), Map.entry("GET /api/v1/orders", VIEWER),
			Map.entry("GET /api/v1/orders/", VIEWER), Map.entry("GET /api/v1/orders/{order_id}", VIEWER),
			Map.entry("POST /api/v1/orders", OPERATOR), Map.entry("POST /api/v1/orders/", OPERATOR),
			Map.entry("PUT /api/v1/orders/{order_id}/status", OPERATOR),
			Map.entry("DELETE /api/v1/orders/{order_id}", OPERATOR), Map.entry("GET /api/v1/users", ADMIN),
			Map.entry("GET /api/v1/users/", ADMIN), Map.entry("POST /api/v1/users", ADMIN),
			Map.entry("POST /api/v1/users/", ADMIN), Map.entry("GET /api/v1/users/{username}", ADMIN),
			Map.entry("PATCH /api/v1/users/{username}", ADMIN), Map.entry("POST /api/v1/imports", ADMIN),
			Map.entry("GET /api/v1/imports", ADMIN), Map.entry("GET /api/v1/imports/{id}", ADMIN),
			Map.entry("GET /api/v1/imports/{id}/errors", ADMIN),
			Map.entry("GET /api/v1/imports/{id}/errors.csv", ADMIN),
			Map.entry("GET /api/v1/imports/template.csv", ADMIN), Map.entry("POST /api/v1/imports/{id}/cancel", ADMIN),
			Map.entry("POST /api/v1/imports/{id}/confirm", ADMIN), Map.entry("POST /api/v1/imports/{id}/retry", ADMIN),
			Map.entry("GET /api/v1/imports/{id}/results.csv", ADMIN)));

	/**
	 * Path variables are filled with a value no test creates, so no request changes
	 * anything.
	 */
	private static final Pattern PATH_VARIABLE = Pattern.compile("\\{[^}]+}");

	@Autowired
	private Clock serviceClock;

	@Test
	void everyEndpointHasARule() {
		assertThat(AuthorizationMatrix.endpoints(this.context, "/api/", "/.well-known/")
			.stream()
			.map(Endpoint::toString)
			.toList()).containsExactlyInAnyOrderElementsOf(RULES.keySet());
	}

	@TestFactory
	Stream<DynamicTest> everyCallerGetsTheExpectedOutcomeOnEveryEndpoint() {
		TestTokens tokens = TestTokens.of(this.context);
		Map<Caller, String> authorization = new TreeMap<>();
		authorization.put(Caller.FORGED_TOKEN, tokens.forgedToken("matrix-forger", "admin"));
		authorization.put(Caller.EXPIRED_TOKEN, tokens.expiredToken("matrix-expired", "admin"));
		for (Caller caller : new Caller[] { Caller.VIEWER, Caller.OPERATOR, Caller.ADMIN, Caller.SERVICE }) {
			authorization.put(caller, tokens.token("matrix-" + caller.role(), caller.role()));
		}
		return AuthorizationMatrix.endpoints(this.context, "/api/", "/.well-known/")
			.stream()
			.flatMap(endpoint -> Arrays.stream(Caller.values())
				.map(caller -> DynamicTest.dynamicTest(endpoint + " as " + caller,
						() -> assertOutcome(endpoint, caller, authorization.get(caller)))));
	}

	private void assertOutcome(Endpoint endpoint, Caller caller, String token) {
		Rule rule = RULES.get(endpoint.toString());
		assertThat(rule).as("rule for %s", endpoint).isNotNull();
		Outcome expected = rule.expectedFor(caller);

		EntityExchangeResult<String> result = request(endpoint, token).expectBody(String.class).returnResult();

		int status = result.getStatus().value();
		switch (expected) {
			case ALLOWED -> assertThat(status).as("%s as %s", endpoint, caller).isNotIn(401, 403);
			case UNAUTHORIZED -> assertProblem(result, 401, endpoint, caller);
			case FORBIDDEN -> assertProblem(result, 403, endpoint, caller);
		}
	}

	private RestTestClient.ResponseSpec request(Endpoint endpoint, String token) {
		String path = PATH_VARIABLE.matcher(endpoint.pattern()).replaceAll("987654321");
		RestTestClient.RequestBodySpec request = this.http.method(endpoint.method()).uri(path);
		if (token != null) {
			request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
		}
		if (endpoint.pattern().equals(RevocationPulls.PATH)) {
			request.header(WebhookSignatures.HEADER, RevocationPulls
				.sign(TestSecurity.REVOCATION_SECRET.getBytes(StandardCharsets.UTF_8), this.serviceClock.instant()));
		}
		if (endpoint.method() == HttpMethod.POST || endpoint.method() == HttpMethod.PUT
				|| endpoint.method() == HttpMethod.PATCH) {
			String body = "{}";
			if (endpoint.pattern().endsWith("/webhook")) {
				request.header(WebhookSignatures.HEADER,
						TestSecurity.webhookSignature(body, this.serviceClock.instant()));
			}
			request.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		return request.exchange();
	}

	private static void assertProblem(EntityExchangeResult<String> result, int status, Endpoint endpoint,
			Caller caller) {
		assertThat(result.getStatus().value()).as("%s as %s", endpoint, caller).isEqualTo(status);
		assertThat(result.getResponseHeaders().getContentType()).as("%s as %s", endpoint, caller)
			.matches(type -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON), "problem+json");
		assertThat(result.getResponseBody()).as("%s as %s", endpoint, caller).contains("\"status\":" + status);
	}

}
