package com.orderplatform.notification.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.orderplatform.notification.TestTokens;
import com.orderplatform.testsupport.AuthorizationMatrix;
import com.orderplatform.testsupport.AuthorizationMatrix.Caller;
import com.orderplatform.testsupport.AuthorizationMatrix.Endpoint;
import com.orderplatform.testsupport.AuthorizationMatrix.Outcome;
import com.orderplatform.testsupport.AuthorizationMatrix.Rule;
import com.orderplatform.testsupport.TestDatabases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of the running service (real server, real SQLite file, real tokens) ×
 * every kind of caller gets exactly the answer its rule says. The endpoints come from
 * Spring MVC, so an endpoint added without a rule here fails the test.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AuthorizationMatrixIntegrationTests {

	private static final Rule READERS = Rule.roles("viewer", "operator", "admin", "service");

	private static final Rule ORDER_SERVICE_OR_ADMIN = Rule.roles("service", "admin");

	private static final Map<String, Rule> RULES = Map.of("GET /api/v1/notifications", READERS,
			"GET /api/v1/notifications/", READERS, "GET /api/v1/notifications/{notification_id}", READERS,
			"GET /api/v1/notifications/order/{order_id}", READERS, "GET /api/v1/notifications/queue", READERS,
			"POST /api/v1/notifications/email", ORDER_SERVICE_OR_ADMIN, "POST /api/v1/notifications/sms",
			ORDER_SERVICE_OR_ADMIN, "POST /api/v1/notifications/bulk", ORDER_SERVICE_OR_ADMIN);

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	private ApplicationContext context;

	@Value("${local.server.port}")
	private int port;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestDatabases.registerSqlite(registry, "notification_matrix");
		TestTokens.register(registry);
	}

	@Test
	void everyEndpointHasARuleAndEveryRuleAnEndpoint() {
		List<String> endpoints = AuthorizationMatrix.endpoints(this.context, "/api/")
			.stream()
			.map(Endpoint::toString)
			.toList();

		assertThat(endpoints).containsExactlyInAnyOrderElementsOf(RULES.keySet());
	}

	@TestFactory
	Stream<DynamicTest> everyCallerGetsExactlyWhatTheRuleSays() {
		return AuthorizationMatrix.endpoints(this.context, "/api/")
			.stream()
			.flatMap(endpoint -> Arrays.stream(Caller.values())
				.map(caller -> DynamicTest.dynamicTest(caller + " " + endpoint,
						() -> assertOutcome(endpoint, caller, RULES.get(endpoint.toString()).expectedFor(caller)))));
	}

	private void assertOutcome(Endpoint endpoint, Caller caller, Outcome expected)
			throws IOException, InterruptedException {
		HttpResponse<String> response = send(endpoint, caller);

		switch (expected) {
			case ALLOWED -> assertThat(response.statusCode()).as(response.body()).isNotIn(401, 403);
			case UNAUTHORIZED -> assertProblem(response, 401);
			case FORBIDDEN -> assertProblem(response, 403);
		}
	}

	private static void assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":" + status);
	}

	private HttpResponse<String> send(Endpoint endpoint, Caller caller) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + endpoint.samplePath()));
		String authorization = TestTokens.authorizationOf(caller);
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		if (endpoint.method() == HttpMethod.GET) {
			request.GET();
		}
		else {
			request.header("Content-Type", "application/json")
				.method(endpoint.method().name(), HttpRequest.BodyPublishers.ofString("{}"));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
