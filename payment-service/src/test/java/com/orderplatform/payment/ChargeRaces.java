package com.orderplatform.payment;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

import com.orderplatform.payment.api.BatchOutcome;
import com.orderplatform.payment.api.BatchPaymentResponse;
import com.orderplatform.payment.api.BatchPaymentResult;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests racing for one order, released at the same instant, as the service on either
 * database must settle them: exactly one charge at the gateway (counted in its charge
 * ledger, {@code gateway_charges}), one payment, and the loser answered as the API says
 * (a single payment: 400 naming the order's payment; a batch item: {@code already_paid}
 * with that payment).
 */
public final class ChargeRaces {

	private final BiFunction<String, String, MvcTestResult> post;

	private final JsonMapper json;

	private final JdbcClient jdbc;

	/**
	 * Races on one service.
	 * @param post posts JSON to a path as the order service
	 * @param json the service's mapper
	 * @param jdbc its database
	 */
	public ChargeRaces(BiFunction<String, String, MvcTestResult> post, JsonMapper json, JdbcClient jdbc) {
		this.post = post;
		this.json = json;
		this.jdbc = jdbc;
	}

	/**
	 * A single payment and a batch holding the same order, sent at once: one of them pays
	 * it, the other is answered with that payment.
	 * @param orderId the order both pay
	 * @param batchId the batch's id
	 */
	public void singleAndBatchRaceForOneOrder(long orderId, String batchId) throws Exception {
		AtomicInteger callers = new AtomicInteger();
		List<Object> answers = Concurrently.run(2,
				() -> (callers.incrementAndGet() == 1) ? (Object) this.post
					.apply("/api/v1/payments", "{\"order_id\": %d, \"amount\": 1200}".formatted(orderId))
					.getResponse()
					.getStatus() : batch(batchId, orderId));
		int single = answers.stream()
			.filter(Integer.class::isInstance)
			.map(Integer.class::cast)
			.findFirst()
			.orElseThrow();
		BatchPaymentResult item = answers.stream()
			.filter(BatchPaymentResponse.class::isInstance)
			.map((answer) -> ((BatchPaymentResponse) answer).results().getFirst())
			.findFirst()
			.orElseThrow();
		if (single == 201) {
			assertThat(item.outcome()).isEqualTo(BatchOutcome.ALREADY_PAID);
			assertThat(item.batchId()).isNull();
		}
		else {
			assertThat(single).as("the single payment lost: the order's payment is a duplicate").isEqualTo(400);
			assertThat(item.outcome()).isEqualTo(BatchOutcome.COMPLETED);
			assertThat(item.batchId()).isEqualTo(batchId);
		}
		assertThat(item.paymentId()).isEqualTo(paymentOf(orderId));
		assertChargedOnce(orderId);
	}

	/**
	 * Two batches sharing one order, sent at once: one pays it, the other answers it
	 * {@code already_paid}; each pays its own order.
	 * @param shared the order both hold
	 * @param own the orders each holds alone, one per batch
	 * @param batchIds the two batches' ids
	 */
	public void twoBatchesRaceForASharedOrder(long shared, List<Long> own, List<String> batchIds) throws Exception {
		AtomicInteger callers = new AtomicInteger();
		List<BatchPaymentResponse> answers = Concurrently.run(2, () -> {
			int caller = callers.getAndIncrement();
			return batch(batchIds.get(caller), own.get(caller), shared);
		});
		List<BatchOutcome> sharedOutcomes = answers.stream()
			.map((answer) -> answer.results().get(1).outcome())
			.toList();
		assertThat(sharedOutcomes).containsExactlyInAnyOrder(BatchOutcome.COMPLETED, BatchOutcome.ALREADY_PAID);
		assertThat(answers).allSatisfy(
				(answer) -> assertThat(answer.results().getFirst().outcome()).isEqualTo(BatchOutcome.COMPLETED));
		assertChargedOnce(shared);
		own.forEach(this::assertChargedOnce);
	}

	private BatchPaymentResponse batch(String batchId, long... orders) {
		StringBuilder items = new StringBuilder();
		for (long order : orders) {
			items.append((items.isEmpty()) ? "" : ", ").append("{\"order_id\": %d, \"amount\": 1200}".formatted(order));
		}
		MvcTestResult result = this.post.apply("/api/v1/payments/batch",
				"{\"batch_id\": \"%s\", \"items\": [%s]}".formatted(batchId, items));
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return this.json.readValue(result.getResponse().getContentAsByteArray(), BatchPaymentResponse.class);
	}

	private long paymentOf(long orderId) {
		return this.jdbc.sql("SELECT id FROM payments WHERE order_id = :orderId")
			.param("orderId", orderId)
			.query(Long.class)
			.single();
	}

	private void assertChargedOnce(long orderId) {
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM gateway_charges WHERE order_id = :orderId")
			.param("orderId", orderId)
			.query(Long.class)
			.single()).as("charges of order %d at the gateway", orderId).isOne();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM payments WHERE order_id = :orderId")
			.param("orderId", orderId)
			.query(Long.class)
			.single()).as("payments of order %d", orderId).isOne();
	}

}
