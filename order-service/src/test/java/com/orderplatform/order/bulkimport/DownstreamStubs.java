package com.orderplatform.order.bulkimport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The payment and notification services for import tests: real HTTP servers on fixed
 * ports that answer batch payments (every item completed, or {@code already_paid} for an
 * order charged before, as the real service does; 503 while the payment service is down)
 * and bulk notifications, and keep the JSON bodies they received. A test class registers
 * one on an instance field ({@code @RegisterExtension}): the servers start with the test
 * instance and stop after its test.
 */
final class DownstreamStubs implements AutoCloseable, AfterEachCallback {

	static final int PAYMENT_PORT = freePort();

	static final int NOTIFICATION_PORT = freePort();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MockWebServer payments = new MockWebServer();

	private final MockWebServer notifications = new MockWebServer();

	private final List<JsonNode> batches = new CopyOnWriteArrayList<>();

	private final List<JsonNode> bulks = new CopyOnWriteArrayList<>();

	private final Map<Long, Integer> charges = new ConcurrentHashMap<>();

	private volatile boolean paymentsDown;

	private final Set<String> queuedKeys = ConcurrentHashMap.newKeySet();

	private final AtomicInteger notificationFailures = new AtomicInteger();

	private volatile CountDownLatch secondBatch;

	private volatile Boolean firstBulkOverlapped;

	private volatile BooleanSupplier firstBatchHeldUntil;

	private volatile Boolean firstBatchOverlapped;

	DownstreamStubs() {
		this.payments.setDispatcher(dispatcher(this::payment));
		this.notifications.setDispatcher(dispatcher(this::notification));
		try {
			this.payments.start(PAYMENT_PORT);
			this.notifications.start(NOTIFICATION_PORT);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every later payment request is answered 503. */
	void paymentsDown() {
		this.paymentsDown = true;
	}

	/** The payment service answers again. */
	void paymentsUp() {
		this.paymentsDown = false;
	}

	/**
	 * The next requests to queue notifications are answered 503 (a retried request counts
	 * once per attempt).
	 * @param attempts how many
	 */
	void notificationsDownFor(int attempts) {
		this.notificationFailures.set(attempts);
	}

	/**
	 * The first bulk notification request is held until a second batch payment arrives
	 * (at most 10 s), to see whether a run charges its next chunk while a chunk's
	 * confirmations are in flight.
	 */
	void holdFirstBulkUntilSecondBatch() {
		this.secondBatch = new CountDownLatch(2);
	}

	/**
	 * Whether the held first bulk request saw the second batch payment arrive while it
	 * was held ({@code false}: it was let go after 10 s), {@code null} before it came.
	 */
	Boolean firstBulkOverlapped() {
		return this.firstBulkOverlapped;
	}

	/**
	 * The first batch payment request is held until a condition holds (at most 10 s), to
	 * see whether a run saves its next chunk while a chunk's payment is in flight.
	 * @param condition checked every 20 ms while the request is held
	 */
	void holdFirstBatchUntil(BooleanSupplier condition) {
		this.firstBatchHeldUntil = condition;
	}

	/**
	 * Whether the condition of {@link #holdFirstBatchUntil} came true while the first
	 * batch payment was held ({@code false}: it was let go after 10 s), {@code null}
	 * before it came.
	 */
	Boolean firstBatchOverlapped() {
		return this.firstBatchOverlapped;
	}

	/** The idempotency keys of the notifications queued, as {@code batch|key}. */
	Set<String> queuedKeys() {
		return Set.copyOf(this.queuedKeys);
	}

	/** The bodies of the batch payments received, in order. */
	List<JsonNode> batches() {
		return List.copyOf(this.batches);
	}

	/**
	 * How many times each order was sent in a batch payment: the first one charges it
	 * ({@code completed}), later ones are answered {@code already_paid} and charge
	 * nothing, so every order in here was charged exactly once.
	 */
	Map<Long, Integer> chargeRequests() {
		return Map.copyOf(this.charges);
	}

	/**
	 * The idempotency keys of the ORDER_CONFIRMATIONs in the bulk requests taken, in
	 * order.
	 */
	List<String> confirmationKeys() {
		return this.bulks.stream()
			.flatMap(bulk -> bulk.get("items").valueStream())
			.filter(item -> "ORDER_CONFIRMATION".equals(item.get("template_name").asString()))
			.map(item -> item.get("idempotency_key").asString())
			.toList();
	}

	/** The bodies of the bulk notification requests received, in order. */
	List<JsonNode> bulks() {
		return List.copyOf(this.bulks);
	}

	private MockResponse payment(RecordedRequest request) {
		if (this.paymentsDown) {
			return new MockResponse.Builder().code(503).build();
		}
		if (!"/api/v1/payments/batch".equals(request.getTarget())) {
			return new MockResponse.Builder().code(404).build();
		}
		BooleanSupplier heldUntil = this.firstBatchHeldUntil;
		if (heldUntil != null && this.firstBatchOverlapped == null) {
			this.firstBatchOverlapped = awaitCondition(heldUntil);
		}
		JsonNode body = JSON.readTree(request.getBody().utf8());
		this.batches.add(body);
		CountDownLatch held = this.secondBatch;
		if (held != null) {
			held.countDown();
		}
		List<Map<String, Object>> results = new ArrayList<>();
		for (JsonNode item : body.get("items")) {
			Map<String, Object> result = new LinkedHashMap<>();
			long orderId = item.get("order_id").asLong();
			boolean first = this.charges.merge(orderId, 1, Integer::sum) == 1;
			result.put("order_id", orderId);
			result.put("outcome", first ? "completed" : "already_paid");
			result.put("payment_id", 1000 + item.get("order_id").asLong());
			result.put("status", "completed");
			result.put("transaction_id", "txn-" + item.get("order_id").asLong());
			result.put("amount", item.get("amount").decimalValue());
			result.put("batch_id", body.get("batch_id").asString());
			result.put("reason", null);
			results.add(result);
		}
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("batch_id", body.get("batch_id").asString());
		response.put("results", results);
		response.put("completed", results.size());
		response.put("failed", 0);
		response.put("already_paid", 0);
		return json(200, response);
	}

	private MockResponse notification(RecordedRequest request) {
		if ("GET".equals(request.getMethod())) {
			String batch = batchIdOf(request.getTarget());
			long total = this.queuedKeys.stream().filter(key -> key.startsWith(batch + "|")).count();
			return json(200, Map.of("items", List.of(), "total", total, "skip", 0, "limit", 1));
		}
		if (this.notificationFailures.getAndUpdate(left -> Math.max(left - 1, 0)) > 0) {
			return new MockResponse.Builder().code(503).build();
		}
		CountDownLatch held = this.secondBatch;
		if (held != null && this.firstBulkOverlapped == null) {
			this.firstBulkOverlapped = awaitUninterruptibly(held);
		}
		JsonNode body = JSON.readTree(request.getBody().utf8());
		this.bulks.add(body);
		body.get("items")
			.forEach(item -> this.queuedKeys
				.add(item.get("batch_id").asString() + "|" + item.get("idempotency_key").asString()));
		return json(202, Map.of("queued", List.of()));
	}

	private static boolean awaitUninterruptibly(CountDownLatch latch) {
		try {
			return latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static boolean awaitCondition(BooleanSupplier condition) {
		try {
			Awaitility.await()
				.atMost(Duration.ofSeconds(10))
				.pollInterval(Duration.ofMillis(20))
				.until(condition::getAsBoolean);
			return true;
		}
		catch (ConditionTimeoutException ex) {
			return false;
		}
	}

	private static String batchIdOf(String target) {
		for (String parameter : target.substring(target.indexOf('?') + 1).split("&")) {
			if (parameter.startsWith("batch_id=")) {
				return java.net.URLDecoder.decode(parameter.substring("batch_id=".length()),
						java.nio.charset.StandardCharsets.UTF_8);
			}
		}
		return "";
	}

	private static MockResponse json(int status, Object body) {
		return new MockResponse.Builder().code(status)
			.setHeader("Content-Type", "application/json")
			.body(JSON.writeValueAsString(body))
			.build();
	}

	private static Dispatcher dispatcher(java.util.function.Function<RecordedRequest, MockResponse> answer) {
		return new Dispatcher() {

			@Override
			public MockResponse dispatch(RecordedRequest request) {
				return answer.apply(request);
			}

		};
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void afterEach(ExtensionContext context) {
		close();
	}

	@Override
	public void close() {
		this.payments.close();
		this.notifications.close();
	}

}
