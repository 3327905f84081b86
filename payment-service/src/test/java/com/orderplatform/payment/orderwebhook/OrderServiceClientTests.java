package com.orderplatform.payment.orderwebhook;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import com.orderplatform.common.security.WebhookSignatures;
import com.orderplatform.payment.orderwebhook.OrderServiceClient.WebhookAttempt;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhook client against a real local HTTP server: one attempt per call, what it
 * signs and sends, and which failures are worth another attempt.
 */
class OrderServiceClientTests {

	private static final String PAYLOAD = "{\"payment_status\":\"completed\",\"transaction_id\":\"tx-5\",\"reason\":null}";

	private static final OutboxEntry COMPLETED = new OutboxEntry("3f2c8a4e-0000-4000-8000-000000000005", 5, 77,
			"payment.completed", PAYLOAD, "req-5", 0);

	private static final byte[] SECRET = "unit-test-webhook-secret".getBytes(StandardCharsets.UTF_8);

	private static final Instant START = Instant.parse("2026-04-01T09:00:00Z");

	private final MockWebServer server = new MockWebServer();

	@BeforeEach
	void start() throws IOException {
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void postsTheStoredJsonToTheOrdersWebhookPathWithTheEventId() throws InterruptedException {
		this.server.enqueue(new MockResponse.Builder().code(200).build());

		WebhookAttempt attempt = client(URI.create(this.server.url("/").toString())).send(COMPLETED);

		RecordedRequest request = this.server.takeRequest();
		assertThat(attempt).isEqualTo(WebhookAttempt.DELIVERED);
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getTarget()).isEqualTo("/api/v1/orders/77/webhook");
		assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
		assertThat(request.getHeaders().get("X-OMS-Event-Id")).isEqualTo("3f2c8a4e-0000-4000-8000-000000000005");
		assertThat(request.getBody().utf8()).isEqualTo(PAYLOAD);
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void aServerErrorIsOneAttemptWorthRepeating() {
		this.server.enqueue(new MockResponse.Builder().code(503).build());

		WebhookAttempt attempt = client(URI.create(this.server.url("/").toString())).send(COMPLETED);

		assertThat(attempt).isEqualTo(WebhookAttempt.transientFailure("order-service answered 503"));
		assertThat(this.server.getRequestCount()).as("the outbox retries, not the client").isEqualTo(1);
	}

	@Test
	void tooManyRequestsIsWorthRepeating() {
		this.server.enqueue(new MockResponse.Builder().code(429).build());

		WebhookAttempt attempt = client(URI.create(this.server.url("/").toString())).send(COMPLETED);

		assertThat(attempt.retryable()).isTrue();
		assertThat(attempt.delivered()).isFalse();
	}

	@Test
	void aRejectionIsNotWorthRepeating() {
		this.server.enqueue(new MockResponse.Builder().code(409).build());

		WebhookAttempt attempt = client(URI.create(this.server.url("/").toString())).send(COMPLETED);

		assertThat(attempt).isEqualTo(WebhookAttempt.refused("order-service answered 409"));
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void anOrderServiceThatIsDownIsWorthRepeating() throws IOException {
		URI nobodyListens;
		try (ServerSocket socket = new ServerSocket(0)) {
			nobodyListens = URI.create("http://localhost:" + socket.getLocalPort());
		}

		WebhookAttempt attempt = client(nobodyListens).send(COMPLETED);

		assertThat(attempt.retryable()).isTrue();
		assertThat(attempt.reason()).startsWith("order-service is unreachable: ");
	}

	@Test
	void signsTheExactStoredBytesAndEachAttemptAfresh() throws InterruptedException {
		this.server.enqueue(new MockResponse.Builder().code(503).build());
		this.server.enqueue(new MockResponse.Builder().code(200).build());
		OrderServiceClient client = client(URI.create(this.server.url("/").toString()));

		WebhookAttempt first = client.send(COMPLETED);
		WebhookAttempt second = client.send(COMPLETED);

		RecordedRequest one = this.server.takeRequest();
		RecordedRequest two = this.server.takeRequest();
		assertThat(first.delivered()).isFalse();
		assertThat(second.delivered()).isTrue();
		assertThat(two.getBody().toByteArray()).isEqualTo(one.getBody().toByteArray())
			.isEqualTo(PAYLOAD.getBytes(StandardCharsets.UTF_8));
		assertThat(two.getHeaders().get("X-OMS-Event-Id")).isEqualTo(one.getHeaders().get("X-OMS-Event-Id"));
		// The clock ticks one second per reading: each attempt reads it once.
		assertThat(one.getHeaders().get(WebhookSignatures.HEADER)).isEqualTo(WebhookSignatures.sign(SECRET, START,
				"POST", "/api/v1/orders/77/webhook", PAYLOAD.getBytes(StandardCharsets.UTF_8)));
		assertThat(two.getHeaders().get(WebhookSignatures.HEADER)).isEqualTo(WebhookSignatures.sign(SECRET,
				START.plusSeconds(1), "POST", "/api/v1/orders/77/webhook", PAYLOAD.getBytes(StandardCharsets.UTF_8)));
	}

	static OrderServiceClient client(URI baseUrl) {
		OrderServiceProperties properties = new OrderServiceProperties(baseUrl, Duration.ofSeconds(1),
				Duration.ofSeconds(2));
		return new OrderServiceClient(RestClient.builder(), properties,
				new WebhookSigner(SECRET, new TickingClock(START)));
	}

	/** A clock that moves one second forward every time it is read. */
	private static final class TickingClock extends Clock {

		private final AtomicLong readings = new AtomicLong();

		private final Instant start;

		TickingClock(Instant start) {
			this.start = start;
		}

		@Override
		public Instant instant() {
			return this.start.plusSeconds(this.readings.getAndIncrement());
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			throw new UnsupportedOperationException();
		}

	}

}
