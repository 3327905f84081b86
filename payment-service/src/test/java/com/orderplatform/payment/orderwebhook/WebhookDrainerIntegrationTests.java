package com.orderplatform.payment.orderwebhook;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.orderplatform.common.lease.InstanceId;
import com.orderplatform.common.lease.Lease;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Drainers of the webhook outbox, each standing for one instance of the payment service,
 * on a real database and sending to a real HTTP server that counts what it receives; a
 * subclass per supported database.
 */
abstract class WebhookDrainerIntegrationTests {

	private final MockWebServer receiver = new MockWebServer();

	/** The event id of every webhook received, in order. */
	private final Queue<String> received = new ConcurrentLinkedQueue<>();

	/** What the receiver answers, by the attempt's number for its event (1 = first). */
	private volatile Function<Integer, Integer> answer = (attempt) -> 200;

	private final List<WebhookDrainer> drainers = new ArrayList<>();

	private JdbcClient jdbc;

	private WebhookOutbox outbox;

	/**
	 * The migrated database of this subclass, created once per test class.
	 * @return a template for it
	 */
	protected abstract NamedParameterJdbcTemplate database();

	@BeforeEach
	void start() throws IOException {
		this.jdbc = JdbcClient.create(database());
		this.jdbc.sql("DELETE FROM payment_webhook_outbox").update();
		this.outbox = new WebhookOutbox(this.jdbc, database().getJdbcTemplate().getDataSource());
		this.receiver.setDispatcher(new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest request) {
				String event = request.getHeaders().get("X-OMS-Event-Id");
				WebhookDrainerIntegrationTests.this.received.add(event);
				int attempt = (int) WebhookDrainerIntegrationTests.this.received.stream().filter(event::equals).count();
				return new MockResponse.Builder().code(WebhookDrainerIntegrationTests.this.answer.apply(attempt))
					.build();
			}
		});
		this.receiver.start();
	}

	@AfterEach
	void stop() {
		this.drainers.forEach(WebhookDrainer::stop);
		this.receiver.close();
	}

	@Test
	void twoInstancesDrainingOneOutboxDeliverEveryWebhookExactlyOnce() {
		List<String> events = owe(300);

		drainer("payment-a").start();
		drainer("payment-b").start();

		awaitStatus(events, "delivered");
		assertThat(this.received).hasSize(300);
		assertThat(countsPerEvent()).hasSize(300).containsOnlyKeys(events).allSatisfy((event, count) -> {
			assertThat(count).as("deliveries of %s", event).isOne();
		});
		assertThat(
				this.jdbc.sql("SELECT COUNT(*) FROM payment_webhook_outbox WHERE attempts = 1 AND claimed_by IS NULL")
					.query(Long.class)
					.single())
			.isEqualTo(300);
	}

	@Test
	void aWebhookClaimedByAnInstanceThatDiedIsSentByAnotherOnceItsLeaseRunsOut() {
		List<String> events = owe(1);
		Instant now = Instant.now();
		// The dead instance claimed it and never recorded an outcome.
		assertThat(this.outbox.claimDue(new Lease("payment-dead", now, now.plusSeconds(2)), 10)).hasSize(1);

		drainer("payment-b").start();

		awaitStatus(events, "delivered");
		assertThat(this.received).containsExactly(events.getFirst());
		Instant deliveredAt = this.jdbc.sql("SELECT delivered_at FROM payment_webhook_outbox")
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant();
		assertThat(deliveredAt).as("not before the dead instance's lease ran out").isAfterOrEqualTo(now.plusSeconds(2));
	}

	@Test
	void aRestartedInstanceTakesBackItsOwnClaimsAtOnce() {
		List<String> events = owe(2);
		Instant now = Instant.now();
		assertThat(this.outbox.claimDue(new Lease("payment-a", now, now.plus(Duration.ofHours(1))), 10)).hasSize(2);

		drainer("payment-a").start();

		awaitStatus(events, "delivered");
		assertThat(this.received).containsExactlyInAnyOrderElementsOf(events);
	}

	@Test
	void retriesATransientFailureWithBackOffUntilItIsDelivered() {
		List<String> events = owe(1);
		this.answer = (attempt) -> (attempt < 3) ? 503 : 200;

		drainer("payment-a").start();

		awaitStatus(events, "delivered");
		assertThat(this.received).containsExactly(events.getFirst(), events.getFirst(), events.getFirst());
		assertThat(this.jdbc.sql("SELECT attempts FROM payment_webhook_outbox").query(Integer.class).single())
			.isEqualTo(3);
	}

	@Test
	void givesUpAtOnceOnARejectionAndAfterTheLastAttemptOnTransientFailures() {
		List<String> rejected = owe(1);
		this.answer = (attempt) -> 409;
		drainer("payment-a").start();
		awaitStatus(rejected, "failed");
		this.answer = (attempt) -> 503;

		List<String> unavailable = owe(1);

		awaitStatus(unavailable, "failed");
		assertThat(countsPerEvent()).containsExactlyInAnyOrderEntriesOf(
				Map.of(rejected.getFirst(), 1L, unavailable.getFirst(), (long) MAX_ATTEMPTS));
		assertThat(this.jdbc.sql("SELECT last_error FROM payment_webhook_outbox WHERE id = :id")
			.param("id", rejected.getFirst())
			.query(String.class)
			.single()).isEqualTo("order-service answered 409");
		assertThat(this.jdbc.sql("SELECT attempts FROM payment_webhook_outbox WHERE id = :id")
			.param("id", unavailable.getFirst())
			.query(Integer.class)
			.single()).isEqualTo(MAX_ATTEMPTS);
	}

	private static final int MAX_ATTEMPTS = 4;

	/** Writes webhooks into the outbox, as payment changes would, and names them. */
	private List<String> owe(int count) {
		Instant now = Instant.now();
		List<String> ids = IntStream.range(0, count).mapToObj((i) -> UUID.randomUUID().toString()).toList();
		for (int i = 0; i < count; i++) {
			this.outbox.add(new OutboxEntry(ids.get(i), 1000 + i, 5000 + i, "payment.completed",
					"{\"payment_status\":\"completed\",\"transaction_id\":\"tx-" + i + "\",\"reason\":null}", null, 0),
					now);
		}
		return ids;
	}

	private WebhookDrainer drainer(String instanceId) {
		WebhookOutboxProperties properties = new WebhookOutboxProperties(Duration.ofMillis(50), Duration.ofSeconds(5),
				MAX_ATTEMPTS, Duration.ofMillis(20), Duration.ofMillis(100), 4, Duration.ofDays(7), instanceId);
		WebhookDrainer drainer = new WebhookDrainer(this.outbox,
				OrderServiceClientTests.client(URI.create(this.receiver.url("/").toString())), properties,
				Clock.systemUTC(), new InstanceId(instanceId));
		this.drainers.add(drainer);
		return drainer;
	}

	private void awaitStatus(List<String> events, String status) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc
				.sql("SELECT COUNT(*) FROM payment_webhook_outbox WHERE status = :status AND id IN (:ids)")
				.param("status", status)
				.param("ids", events)
				.query(Long.class)
				.single(), (count) -> count == events.size());
	}

	private Map<String, Long> countsPerEvent() {
		return this.received.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
	}

}
