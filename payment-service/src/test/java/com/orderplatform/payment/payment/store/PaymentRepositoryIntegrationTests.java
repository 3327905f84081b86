package com.orderplatform.payment.payment.store;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import com.orderplatform.payment.api.PaymentStatus;
import com.orderplatform.payment.payment.Payment;
import com.orderplatform.payment.payment.PaymentAttempt;
import com.orderplatform.payment.payment.PaymentMother;
import com.orderplatform.payment.payment.PaymentState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The payment repository against a real database with the real migrations; a subclass per
 * supported database.
 */
abstract class PaymentRepositoryIntegrationTests {

	private static final Instant T0 = Instant.parse("2026-04-01T09:00:00.123Z");

	private PaymentRepository repository;

	private JdbcClient jdbc;

	/**
	 * The migrated database of this subclass, created once per test class.
	 * @return a template for it
	 */
	protected abstract NamedParameterJdbcTemplate database();

	@BeforeEach
	void emptyTables() {
		this.jdbc = JdbcClient.create(database());
		this.jdbc.sql("DELETE FROM refunds").update();
		this.jdbc.sql("DELETE FROM payments").update();
		this.repository = new PaymentRepository(database());
	}

	@Test
	void storesAndReadsBackEveryColumnExactly() {
		Payment payment = this.repository.insert(PaymentMother.processing(11, "1000000", T0));

		Payment read = this.repository.findById(payment.id()).orElseThrow();

		assertThat(read.orderId()).isEqualTo(11);
		assertThat(read.amount()).isEqualTo(new BigDecimal("1000000"));
		assertThat(read.currency()).isEqualTo("JPY");
		assertThat(read.state()).isEqualTo(PaymentState.PROCESSING);
		assertThat(read.paymentMethod()).isEqualTo("credit_card");
		assertThat(read.transactionId()).isEqualTo(payment.transactionId());
		assertThat(read.failureReason()).isNull();
		assertThat(read.batchId()).isNull();
		assertThat(read.createdAt()).isEqualTo(T0);
		assertThat(read.updatedAt()).isEqualTo(T0);
		assertThat(this.repository.findByOrderId(11)).get().extracting(Payment::id).isEqualTo(payment.id());
		assertThat(this.repository.findByTransactionId(payment.transactionId())).get()
			.extracting(Payment::id)
			.isEqualTo(payment.id());
	}

	@Test
	void refusesASecondPaymentForTheSameOrder() {
		this.repository.insert(PaymentMother.processing(12));

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.repository.insert(PaymentMother.processing(12)));
		assertThat(this.repository.count(null, null)).isOne();
	}

	@Test
	void storesATransitionMadeFromTheStateItWasReadIn() {
		Payment payment = this.repository.insert(PaymentMother.processing(13, "5000", T0));
		payment.fail("insufficient funds", T0.plusSeconds(5));

		boolean stored = this.repository.update(payment, PaymentState.PROCESSING);

		Payment read = this.repository.findById(payment.id()).orElseThrow();
		assertThat(stored).isTrue();
		assertThat(read.state()).isEqualTo(PaymentState.FAILED);
		assertThat(read.failureReason()).isEqualTo("insufficient funds");
		assertThat(read.updatedAt()).isEqualTo(T0.plusSeconds(5));
		assertThat(read.createdAt()).isEqualTo(T0);
	}

	@Test
	void refusesATransitionWhenAnotherRequestChangedThePaymentFirst() {
		Payment payment = this.repository.insert(PaymentMother.processing(14, "5000", T0));
		Payment concurrent = this.repository.findById(payment.id()).orElseThrow();
		concurrent.complete(T0.plusSeconds(1));
		assertThat(this.repository.update(concurrent, PaymentState.PROCESSING)).isTrue();
		payment.fail("late decline", T0.plusSeconds(2));

		boolean stored = this.repository.update(payment, PaymentState.PROCESSING);

		assertThat(stored).isFalse();
		assertThat(this.repository.findById(payment.id()).orElseThrow().state()).isEqualTo(PaymentState.COMPLETED);
	}

	@Test
	void pagesNewestFirstAndFiltersByStatus() {
		Payment first = this.repository.insert(PaymentMother.processing(21, "1000", T0));
		Payment second = this.repository.insert(PaymentMother.processing(22, "2000", T0.plusSeconds(1)));
		Payment third = this.repository.insert(PaymentMother.processing(23, "3000", T0.plusSeconds(2)));
		second.complete(T0.plusSeconds(3));
		this.repository.update(second, PaymentState.PROCESSING);

		assertThat(this.repository.findPage(null, null, 0, 2)).extracting(Payment::id)
			.containsExactly(third.id(), second.id());
		assertThat(this.repository.findPage(null, null, 2, 2)).extracting(Payment::id).containsExactly(first.id());
		assertThat(this.repository.findPage(PaymentStatus.PROCESSING, null, 0, 10)).extracting(Payment::id)
			.containsExactly(third.id(), first.id());
		assertThat(this.repository.count(null, null)).isEqualTo(3);
		assertThat(this.repository.count(PaymentStatus.COMPLETED, null)).isOne();
		assertThat(this.repository.count(PaymentStatus.PENDING, null)).isZero();
	}

	@Test
	void findsNothingForUnknownKeys() {
		assertThat(this.repository.findById(404)).isEmpty();
		assertThat(this.repository.findByOrderId(404)).isEmpty();
		assertThat(this.repository.findByTransactionId("unknown")).isEmpty();
		assertThat(this.repository.findByOrderIds(List.of(404L, 405L))).isEmpty();
		assertThat(this.repository.findByOrderIds(List.of())).isEmpty();
	}

	@Test
	void insertsABatchAndReadsEveryRowBackByOrderInOneQuery() {
		Payment completed = PaymentMother.completedInBatch(31, "B-1", "100", T0);
		Payment failed = PaymentMother.failedInBatch(32, "B-1", "1000000", "do not honor", T0);

		this.repository.insertAllIfAbsent(List.of(completed, failed));

		Map<Long, Payment> read = this.repository.findByOrderIds(List.of(31L, 32L, 33L));
		assertThat(read).containsOnlyKeys(31L, 32L);
		assertThat(read.values())
			.extracting(Payment::orderId, Payment::amount, Payment::currency, Payment::state, Payment::paymentMethod,
					Payment::transactionId, Payment::failureReason, Payment::batchId, Payment::createdAt,
					Payment::updatedAt)
			.containsExactlyInAnyOrder(
					tuple(31L, new BigDecimal("100"), "JPY", PaymentState.COMPLETED, "credit_card",
							completed.transactionId(), null, "B-1", T0, T0),
					tuple(32L, new BigDecimal("1000000"), "JPY", PaymentState.FAILED, "credit_card",
							failed.transactionId(), "do not honor", "B-1", T0, T0));
	}

	@Test
	void aBatchInsertSkipsOrdersThatAlreadyHaveAPaymentAndKeepsThatPayment() {
		Payment earlier = this.repository.insert(PaymentMother.processing(41, "5000", T0));
		Payment clash = PaymentMother.completedInBatch(41, "B-2", "700", T0.plusSeconds(1));
		Payment fresh = PaymentMother.completedInBatch(42, "B-2", "800", T0.plusSeconds(1));

		this.repository.insertAllIfAbsent(List.of(clash, fresh));

		Map<Long, Payment> read = this.repository.findByOrderIds(List.of(41L, 42L));
		assertThat(read.get(41L)).extracting(Payment::id, Payment::transactionId, Payment::state, Payment::batchId)
			.containsExactly(earlier.id(), earlier.transactionId(), PaymentState.PROCESSING, null);
		assertThat(read.get(42L)).extracting(Payment::transactionId, Payment::batchId)
			.containsExactly(fresh.transactionId(), "B-2");
		assertThat(this.repository.count(null, null)).isEqualTo(2);
	}

	@Test
	void aBatchUpdateStoresOnlyReattemptsOfFailedPaymentsNobodyChanged() {
		Payment first = storedFailure(51);
		Payment second = storedFailure(52);
		String firstTransaction = first.transactionId();
		first.reattempt(new BigDecimal("6000"), null, "tx-51-b", "B-3", T0.plusSeconds(5));
		first.complete(T0.plusSeconds(5));
		second.reattempt(new BigDecimal("7000"), null, "tx-52-b", "B-3", T0.plusSeconds(5));
		second.complete(T0.plusSeconds(5));

		this.repository.updateAllIfUnchanged(List.of(new PaymentRepository.Reattempt(first, firstTransaction),
				new PaymentRepository.Reattempt(second, "tx-of-an-attempt-made-meanwhile")));

		Map<Long, Payment> read = this.repository.findByOrderIds(List.of(51L, 52L));
		assertThat(read.get(51L))
			.extracting(Payment::state, Payment::amount, Payment::transactionId, Payment::failureReason,
					Payment::batchId, Payment::updatedAt, Payment::createdAt)
			.containsExactly(PaymentState.COMPLETED, new BigDecimal("6000"), "tx-51-b", null, "B-3", T0.plusSeconds(5),
					T0);
		assertThat(read.get(52L)).extracting(Payment::state, Payment::amount, Payment::batchId)
			.containsExactly(PaymentState.FAILED, new BigDecimal("5000"), null);
	}

	@Test
	void pagesAndCountsTheBatchOfAPaymentWithItsStatus() {
		Payment a1 = PaymentMother.completedInBatch(61, "B-A", "1000", T0);
		Payment a2 = PaymentMother.failedInBatch(62, "B-A", "1000", "card expired", T0.plusSeconds(1));
		Payment a3 = PaymentMother.completedInBatch(63, "B-A", "1000", T0.plusSeconds(2));
		Payment b1 = PaymentMother.completedInBatch(64, "B-B", "1000", T0.plusSeconds(3));
		this.repository.insertAllIfAbsent(List.of(a1, a2, a3, b1));
		this.repository.insert(PaymentMother.processing(65, "1000", T0.plusSeconds(4)));

		assertThat(this.repository.findPage(null, "B-A", 0, 2)).extracting(Payment::orderId).containsExactly(63L, 62L);
		assertThat(this.repository.findPage(null, "B-A", 2, 2)).extracting(Payment::orderId).containsExactly(61L);
		assertThat(this.repository.findPage(PaymentStatus.COMPLETED, "B-A", 0, 10)).extracting(Payment::orderId)
			.containsExactly(63L, 61L);
		assertThat(this.repository.count(null, "B-A")).isEqualTo(3);
		assertThat(this.repository.count(PaymentStatus.COMPLETED, "B-A")).isEqualTo(2);
		assertThat(this.repository.count(PaymentStatus.FAILED, "B-B")).isZero();
		assertThat(this.repository.count(null, "B-C")).isZero();
		assertThat(this.repository.count(null, null)).isEqualTo(5);
	}

	@Test
	void theBatchInsertAndTheBatchUpdateWriteEachValueToItsOwnColumn() {
		// Every value differs from every other value of its type (and created_at from
		// updated_at), so a value bound to the wrong column shows in the raw row.
		Payment payment = payment(71, null, 2345, "bank_transfer", "tx-71-a", PaymentState.FAILED, "do not honor",
				"B-71", T0, T0.plusSeconds(7));

		this.repository.insertAllIfAbsent(List.of(payment));

		long id = this.jdbc.sql("SELECT id FROM payments WHERE order_id = 71").query(Long.class).single();
		assertThat(rawRow(71)).containsExactly(id, 71L, 2345L, "JPY", "failed", "bank_transfer", "tx-71-a",
				"do not honor", "B-71", T0, T0.plusSeconds(7));

		Payment reattempt = payment(71, id, 3456, "convenience_store", "tx-71-b", PaymentState.FAILED, "card expired",
				"B-72", T0, T0.plusSeconds(9));
		this.repository.updateAllIfUnchanged(List.of(new PaymentRepository.Reattempt(reattempt, "tx-71-a")));

		assertThat(rawRow(71)).containsExactly(id, 71L, 3456L, "JPY", "failed", "convenience_store", "tx-71-b",
				"card expired", "B-72", T0, T0.plusSeconds(9));
	}

	@Test
	void theSingleInsertAndTheSingleUpdateWriteEachValueToItsOwnColumn() {
		Payment inserted = this.repository.insert(payment(72, null, 4567, "bank_transfer", "tx-72-a",
				PaymentState.FAILED, "insufficient funds", "B-73", T0, T0.plusSeconds(3)));

		assertThat(rawRow(72)).containsExactly(inserted.id(), 72L, 4567L, "JPY", "failed", "bank_transfer", "tx-72-a",
				"insufficient funds", "B-73", T0, T0.plusSeconds(3));

		boolean stored = this.repository.update(payment(72, inserted.id(), 5678, "convenience_store", "tx-72-b",
				PaymentState.COMPLETED, "reason kept for the test", "B-74", T0, T0.plusSeconds(4)),
				PaymentState.FAILED);

		assertThat(stored).isTrue();
		assertThat(rawRow(72)).containsExactly(inserted.id(), 72L, 5678L, "JPY", "completed", "convenience_store",
				"tx-72-b", "reason kept for the test", "B-74", T0, T0.plusSeconds(4));
	}

	@Test
	void readsEachColumnOfARowIntoItsOwnField() {
		this.jdbc.sql("""
				INSERT INTO payments (id, order_id, amount, currency, status, payment_method, transaction_id,
				                      failure_reason, batch_id, created_at, updated_at)
				VALUES (9001, 81, 6789, 'JPY', 'failed', 'bank_transfer', 'tx-81', 'card expired', 'B-81', :createdAt,
				        :updatedAt)""")
			.param("createdAt", Timestamp.from(T0))
			.param("updatedAt", Timestamp.from(T0.plusSeconds(11)))
			.update();

		Payment read = this.repository.findByOrderIds(List.of(81L)).get(81L);

		assertThat(read)
			.extracting(Payment::id, Payment::orderId, Payment::amount, Payment::currency, Payment::state,
					Payment::paymentMethod, Payment::transactionId, Payment::failureReason, Payment::batchId,
					Payment::createdAt, Payment::updatedAt)
			.containsExactly(9001L, 81L, new BigDecimal("6789"), "JPY", PaymentState.FAILED, "bank_transfer", "tx-81",
					"card expired", "B-81", T0, T0.plusSeconds(11));
		assertThat(this.repository.findById(9001)).get().usingRecursiveComparison().isEqualTo(read);
		assertThat(this.repository.findAttempts(List.of(81L, 82L)))
			.containsExactly(Map.entry(81L, new PaymentRepository.StoredAttempt(9001, "tx-81")));
	}

	@Test
	void findsTheOrdersOfALongListAcrossItsLookUps() {
		// 1,001 orders: two full look-ups and one of a single order.
		List<Long> orderIds = LongStream.range(1000, 2001).boxed().toList();
		List<Long> stored = List.of(1000L, 1499L, 1500L, 1999L, 2000L);
		this.repository.insertAllIfAbsent(
				stored.stream().map((orderId) -> PaymentMother.completedInBatch(orderId, "B-L", "100", T0)).toList());

		assertThat(this.repository.findByOrderIds(orderIds)).containsOnlyKeys(stored);
		assertThat(this.repository.findAttempts(orderIds)).containsOnlyKeys(stored);
		assertThat(this.repository.findByOrderIds(orderIds).get(1500L).orderId()).isEqualTo(1500L);
	}

	private static Payment payment(long orderId, Long id, long amount, String method, String transactionId,
			PaymentState state, String failureReason, String batchId, Instant createdAt, Instant updatedAt) {
		return new Payment(id, orderId, "JPY",
				new PaymentAttempt(BigDecimal.valueOf(amount), method, transactionId, failureReason, batchId), state,
				createdAt, updatedAt);
	}

	/**
	 * The order's row as stored, read with SQL of its own: id, order_id, amount,
	 * currency, status, payment_method, transaction_id, failure_reason, batch_id,
	 * created_at, updated_at.
	 */
	private List<Object> rawRow(long orderId) {
		return this.jdbc.sql("""
				SELECT id, order_id, amount, currency, status, payment_method, transaction_id, failure_reason,
				       batch_id, created_at, updated_at
				FROM payments WHERE order_id = :orderId""")
			.param("orderId", orderId)
			.query((rs, row) -> Arrays.<Object>asList(rs.getLong("id"), rs.getLong("order_id"), rs.getLong("amount"),
					rs.getString("currency"), rs.getString("status"), rs.getString("payment_method"),
					rs.getString("transaction_id"), rs.getString("failure_reason"), rs.getString("batch_id"),
					rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant()))
			.single();
	}

	private Payment storedFailure(long orderId) {
		Payment payment = this.repository.insert(PaymentMother.processing(orderId, "5000", T0));
		payment.fail("insufficient funds", T0.plusSeconds(1));
		assertThat(this.repository.update(payment, PaymentState.PROCESSING)).isTrue();
		return payment;
	}

}
