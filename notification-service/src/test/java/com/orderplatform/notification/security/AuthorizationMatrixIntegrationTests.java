package com.orderplatform.notification.security;

import java.io.IOException;
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

	/**
	 * What each endpoint answers a caller who may call it, for the matrix's request: the
	 * id 1, which no notification here has (404), and the body {@code {}} (400 where
	 * fields are required).
	 */
	private static final Map<String, Rule> RULES = Map.of("GET /api/v1/notifications", READERS,
			"GET /api/v1/notifications/", READERS, "GET /api/v1/notifications/{notification_id}",
			READERS.answering(404), "GET /api/v1/notifications/order/{order_id}", READERS,
			"GET /api/v1/notifications/queue", READERS, "POST /api/v1/notifications/email",
			ORDER_SERVICE_OR_ADMIN.answering(400), "POST /api/v1/notifications/sms",
			ORDER_SERVICE_OR_ADMIN.answering(400), "POST /api/v1/notifications/bulk",
			ORDER_SERVICE_OR_ADMIN.answering(400),
			// Revocations pushed by the order service (common's
			// TokenRevocationAutoConfiguration).
			"POST /api/v1/auth/revocations", Rule.roles("service").answering(400));

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

	private void assertOutcome(Endpoint endpoint, Caller caller, int expected)
			throws IOException, InterruptedException {
		AuthorizationMatrix.assertOutcome(send(endpoint, caller), expected);
	}

	private HttpResponse<String> send(Endpoint endpoint, Caller caller) throws IOException, InterruptedException {
		HttpRequest request = AuthorizationMatrix.request(this.port, endpoint, TestTokens.authorizationOf(caller), "{}")
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
