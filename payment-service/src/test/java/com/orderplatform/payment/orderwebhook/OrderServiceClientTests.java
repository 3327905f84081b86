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

import com.fasterxml.jackson.annotation.JsonInclude;
import com.orderplatform.common.json.JsonConventions;
import com.orderplatform.common.security.WebhookSignatures;

import com.orderplatform.payment.api.PaymentStatus;
import com.orderplatform.payment.payment.PaymentStatusChanged;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhook client against a real local HTTP server: what it signs, which failures it
 * retries and that it never throws.
 */
class OrderServiceClientTests {

	private static final PaymentStatusChanged COMPLETED = new PaymentStatusChanged(5, 77, PaymentStatus.COMPLETED,
			"tx-5", null);

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
	void postsTheWebhookToTheOrdersWebhookPath() throws InterruptedException {
		this.server.enqueue(new MockResponse.Builder().code(200).build());

		boolean delivered = client(URI.create(this.server.url("/").toString())).sendPaymentWebhook(COMPLETED);

		RecordedRequest request = this.server.takeRequest();
		assertThat(delivered).isTrue();
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getTarget()).isEqualTo("/api/v1/orders/77/webhook");
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void retriesAServerErrorThreeTimesThenGivesUpWithoutThrowing() {
		for (int i = 0; i < 4; i++) {
			this.server.enqueue(new MockResponse.Builder().code(503).build());
		}

		boolean delivered = client(URI.create(this.server.url("/").toString())).sendPaymentWebhook(COMPLETED);

		assertThat(delivered).isFalse();
		assertThat(this.server.getRequestCount()).isEqualTo(4);
	}

	@Test
	void deliversWhenARetrySucceeds() {
		this.server.enqueue(new MockResponse.Builder().code(503).build());
		this.server.enqueue(new MockResponse.Builder().code(200).build());

		boolean delivered = client(URI.create(this.server.url("/").toString())).sendPaymentWebhook(COMPLETED);

		assertThat(delivered).isTrue();
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	@Test
	void neverRetriesARejection() {
		this.server.enqueue(new MockResponse.Builder().code(400).build());

		boolean delivered = client(URI.create(this.server.url("/").toString())).sendPaymentWebhook(COMPLETED);

		assertThat(delivered).isFalse();
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void givesUpWithoutThrowingWhenTheOrderServiceIsDown() throws IOException {
		URI nobodyListens;
		try (ServerSocket socket = new ServerSocket(0)) {
			nobodyListens = URI.create("http://localhost:" + socket.getLocalPort());
		}

		boolean delivered = client(nobodyListens).sendPaymentWebhook(COMPLETED);

		assertThat(delivered).isFalse();
	}

	@Test
	void signsTheExactJsonItSendsAndSignsEachRetryAfresh() throws InterruptedException {
		this.server.enqueue(new MockResponse.Builder().code(503).build());
		this.server.enqueue(new MockResponse.Builder().code(200).build());

		boolean delivered = client(URI.create(this.server.url("/").toString())).sendPaymentWebhook(COMPLETED);

		RecordedRequest first = this.server.takeRequest();
		RecordedRequest retry = this.server.takeRequest();
		assertThat(delivered).isTrue();
		assertThat(first.getHeaders().get("Content-Type")).isEqualTo("application/json");
		assertThat(first.getBody().utf8())
			.isEqualTo("{\"payment_status\":\"completed\",\"transaction_id\":\"tx-5\",\"reason\":null}");
		assertThat(retry.getBody().toByteArray()).isEqualTo(first.getBody().toByteArray());
		// The clock ticks one second per reading: each attempt reads it once.
		assertThat(first.getHeaders().get(WebhookSignatures.HEADER)).isEqualTo(WebhookSignatures.sign(SECRET, START,
				"POST", "/api/v1/orders/77/webhook", first.getBody().toByteArray()));
		assertThat(retry.getHeaders().get(WebhookSignatures.HEADER)).isEqualTo(WebhookSignatures.sign(SECRET,
				START.plusSeconds(1), "POST", "/api/v1/orders/77/webhook", retry.getBody().toByteArray()));
		assertThat(first.getTarget()).isEqualTo("/api/v1/orders/77/webhook");
	}

	private static OrderServiceClient client(URI baseUrl) {
		OrderServiceProperties properties = new OrderServiceProperties(baseUrl, Duration.ofSeconds(1),
				Duration.ofSeconds(2), 3, Duration.ofMillis(1));
		JsonMapper json = JsonConventions.apply(JsonMapper.builder())
			.changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.ALWAYS))
			.build();
		return new OrderServiceClient(RestClient.builder(), properties, json,
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
