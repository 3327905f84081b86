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
import com.orderplatform.testsupport.contract.SendsInvalidRequests;
import com.orderplatform.testsupport.AuthorizationMatrix.Caller;
import com.orderplatform.testsupport.AuthorizationMatrix.Endpoint;
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
 * Every endpoint of the service × every kind of caller → the exact status, against the
 * real running service with real tokens from its own issuer. The endpoint list comes from
 * Spring MVC, so an endpoint added without a rule here (or a rule left for a removed
 * endpoint) fails {@link #everyEndpointHasARule()}.
 */
class AuthorizationMatrixIntegrationTests extends SecurityIntegrationTestSupport {

	private static final Rule VIEWER = Rule.roles("viewer", "operator", "admin");

	private static final Rule OPERATOR = Rule.roles("operator", "admin");

	private static final Rule ADMIN = Rule.roles("admin");

	/**
	 * What each endpoint answers a caller who may call it, for the matrix's request: path
	 * variables no test creates (so 404 where one is looked up) and the body {@code {}}
	 * (so 400 where fields are required).
	 */
	private static final Map<String, Rule> RULES = new TreeMap<>(
			Map.ofEntries(Map.entry("POST /api/v1/auth/login", Rule.open(400)),
					Map.entry("GET /.well-known/openid-configuration", Rule.open(200)),
					Map.entry("GET /.well-known/jwks.json", Rule.open(200)),
					// Signed by the payment or notification service pulling it: checked
					// like a
					// webhook (every request here carries the signature).
					Map.entry("GET /api/v1/auth/revocations", Rule.open(200)),
					// Every user changes their own password; the service identity has
					// none.
					Map.entry("PUT /api/v1/users/me/password", VIEWER.answering(400)),
					// Signed by the payment service instead: the signature is checked,
					// not a
					// token.
					Map.entry("POST /api/v1/orders/{order_id}/webhook", Rule.open(400)),
					Map.entry("GET /api/v1/orders", VIEWER), Map.entry("GET /api/v1/orders/", VIEWER),
					Map.entry("GET /api/v1/orders/{order_id}", VIEWER.answering(404)),
					Map.entry("GET /api/v1/orders/stats", VIEWER), Map.entry("GET /api/v1/orders/export.csv", VIEWER),
					Map.entry("POST /api/v1/orders", OPERATOR.answering(400)),
					Map.entry("POST /api/v1/orders/", OPERATOR.answering(400)),
					Map.entry("PUT /api/v1/orders/{order_id}/status", OPERATOR.answering(400)),
					Map.entry("DELETE /api/v1/orders/{order_id}", OPERATOR.answering(404)),
					Map.entry("GET /api/v1/users", ADMIN), Map.entry("GET /api/v1/users/", ADMIN),
					Map.entry("POST /api/v1/users", ADMIN.answering(400)),
					Map.entry("POST /api/v1/users/", ADMIN.answering(400)),
					Map.entry("GET /api/v1/users/{username}", ADMIN.answering(404)),
					Map.entry("PATCH /api/v1/users/{username}", ADMIN.answering(400)),
					Map.entry("POST /api/v1/imports", ADMIN.answering(415)), Map.entry("GET /api/v1/imports", ADMIN),
					Map.entry("GET /api/v1/imports/{id}", ADMIN.answering(404)),
					Map.entry("GET /api/v1/imports/{id}/errors", ADMIN.answering(404)),
					Map.entry("GET /api/v1/imports/{id}/errors.csv", ADMIN.answering(404)),
					Map.entry("GET /api/v1/imports/{id}/errors.xlsx", ADMIN.answering(404)),
					Map.entry("GET /api/v1/imports/template.csv", ADMIN),
					Map.entry("POST /api/v1/imports/{id}/cancel", ADMIN.answering(404)),
					Map.entry("POST /api/v1/imports/{id}/confirm", ADMIN.answering(404)),
					Map.entry("POST /api/v1/imports/{id}/retry", ADMIN.answering(404)),
					Map.entry("GET /api/v1/imports/{id}/results.csv", ADMIN.answering(404)),
					Map.entry("GET /api/v1/imports/{id}/mapping", ADMIN.answering(404)),
					Map.entry("POST /api/v1/imports/{id}/mapping/preview", ADMIN.answering(404)),
					Map.entry("PUT /api/v1/imports/{id}/mapping", ADMIN.answering(404)),
					Map.entry("GET /api/v1/import-profiles", ADMIN),
					Map.entry("GET /api/v1/import-profiles/{name}", ADMIN.answering(404)),
					// The matrix's body {} names no headers.
					Map.entry("PUT /api/v1/import-profiles/{name}", ADMIN.answering(422)),
					Map.entry("DELETE /api/v1/import-profiles/{name}", ADMIN.answering(404))));

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
	@SendsInvalidRequests("every endpoint is called with an empty body: only who may call it is tested")
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
		int expected = rule.expectedFor(caller);

		EntityExchangeResult<String> result = request(endpoint, token).expectBody(String.class).returnResult();

		if (expected == 401 || expected == 403) {
			assertProblem(result, expected, endpoint, caller);
		}
		else {
			assertThat(result.getStatus().value()).as("%s as %s: %s", endpoint, caller, result.getResponseBody())
				.isEqualTo(expected);
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
						TestSecurity.webhookSignature(path, body, this.serviceClock.instant()));
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
