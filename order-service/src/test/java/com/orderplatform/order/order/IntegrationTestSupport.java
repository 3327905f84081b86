package com.orderplatform.order.order;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.orderplatform.common.security.WebhookSignatures;
import com.orderplatform.order.TestSecurity;
import com.orderplatform.order.TestTokens;
import com.orderplatform.order.api.OrderView;
import com.orderplatform.testsupport.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The one Spring context all API integration tests share (so it starts once): the real
 * service on a random port with a real SQLite file, and the payment and notification
 * services stood in for by real HTTP servers on fixed ports, started fresh for every
 * test. Tests tell their orders apart by unique customer emails or batch ids, since the
 * database is shared. Requests carry an operator's token from the service's own issuer;
 * webhooks are signed with the test secret as the payment service signs them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
public abstract class IntegrationTestSupport {

	protected static final int PAYMENT_PORT = StubService.freePort();

	protected static final int NOTIFICATION_PORT = StubService.freePort();

	protected static final int MAX_RETRIES = 3;

	/** The test's client, as an operator. */
	protected RestTestClient http;

	@Autowired
	protected RestTestClient anonymous;

	@Autowired
	protected ApplicationContext context;

	@Autowired
	protected OrderRepository repository;

	protected final List<String> journal = new CopyOnWriteArrayList<>();

	protected StubService payments;

	protected StubService notifications;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		Path database = TestDatabases.registerSqlite(registry, "order_service");
		TestSecurity.register(registry, database.getParent());
		registry.add("oms.payment-service.base-url", () -> "http://localhost:" + PAYMENT_PORT);
		registry.add("oms.payment-service.max-retries", () -> MAX_RETRIES);
		registry.add("oms.payment-service.initial-backoff", () -> "5ms");
		registry.add("oms.notification-service.base-url", () -> "http://localhost:" + NOTIFICATION_PORT);
		registry.add("oms.notification-service.max-retries", () -> MAX_RETRIES);
		registry.add("oms.notification-service.initial-backoff", () -> "5ms");
	}

	@BeforeEach
	void authenticate() {
		this.http = as("operator");
	}

	/**
	 * A client carrying a valid token with the given role.
	 * @param role {@code viewer}, {@code operator}, {@code admin} or {@code service}
	 */
	protected RestTestClient as(String role) {
		String token = TestTokens.of(this.context).token("test-" + role, role);
		return this.anonymous.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
	}

	@BeforeEach
	void startDownstreamServices() {
		this.payments = StubService.start("payment-service", PAYMENT_PORT, DownstreamAnswers::payments, this.journal);
		this.notifications = StubService.start("notification-service", NOTIFICATION_PORT,
				DownstreamAnswers::notifications, this.journal);
	}

	@AfterEach
	void stopDownstreamServices() {
		this.payments.close();
		this.notifications.close();
	}

	/** Stores an order of 2 × ノートPC (179,600 JPY) in the given status. */
	protected Order storedOrder(OrderState status) {
		return OrderMother.stored(this.repository, OrderMother.laptops(OrderMother.uniqueEmail()), status,
				Instant.now());
	}

	protected OrderView getOrder(long orderId) {
		return this.http.get()
			.uri("/api/v1/orders/{id}", orderId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(OrderView.class)
			.returnResult()
			.getResponseBody();
	}

	protected RestTestClient.ResponseSpec postJson(String uri, String json, Object... uriVariables) {
		return this.http.post().uri(uri, uriVariables).contentType(MediaType.APPLICATION_JSON).body(json).exchange();
	}

	/**
	 * Reports a payment's status as the payment service does: signed, without a token.
	 */
	protected RestTestClient.ResponseSpec postWebhook(long orderId, String json) {
		return this.anonymous.post()
			.uri("/api/v1/orders/{id}/webhook", orderId)
			.contentType(MediaType.APPLICATION_JSON)
			.header(WebhookSignatures.HEADER, TestSecurity.webhookSignature(orderId, json, Instant.now()))
			.body(json)
			.exchange();
	}

	protected static String orderJson(String email, String name, String items) {
		return """
				{"customer_email": "%s", "customer_name": "%s", "items": [%s]}""".formatted(email, name, items);
	}

	protected static String laptopsJson(String email) {
		return orderJson(email, "田中太郎", """
				{"product_name": "ノートPC", "quantity": 2, "unit_price": 89800}""");
	}

}
