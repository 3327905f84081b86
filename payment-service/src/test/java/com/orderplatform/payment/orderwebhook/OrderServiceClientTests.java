package com.orderplatform.payment.orderwebhook;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;

import com.orderplatform.payment.api.PaymentStatus;
import com.orderplatform.payment.payment.PaymentStatusChanged;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhook client against a real local HTTP server: which failures it retries and that
 * it never throws.
 */
class OrderServiceClientTests {

	private static final PaymentStatusChanged COMPLETED = new PaymentStatusChanged(5, 77, PaymentStatus.COMPLETED,
			"tx-5", null);

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

	private static OrderServiceClient client(URI baseUrl) {
		OrderServiceProperties properties = new OrderServiceProperties(baseUrl, Duration.ofSeconds(1),
				Duration.ofSeconds(2), 3, Duration.ofMillis(1));
		return new OrderServiceClient(RestClient.builder(), properties);
	}

}
