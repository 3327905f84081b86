package com.orderplatform.payment.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Payments in the states tests need, not stored.
 */
public final class PaymentMother {

	public static final Instant CREATED = Instant.parse("2026-04-01T09:00:00.123Z");

	private PaymentMother() {
	}

	public static Payment processing(long orderId) {
		return processing(orderId, "5000", CREATED);
	}

	public static Payment processing(long orderId, String amount, Instant createdAt) {
		return Payment.start(orderId, new BigDecimal(amount), "JPY", null, UUID.randomUUID().toString(), createdAt);
	}

	/**
	 * A payment of a batch, not stored, that the gateway approved.
	 */
	public static Payment completedInBatch(long orderId, String batchId, String amount, Instant at) {
		Payment payment = Payment.startInBatch(orderId, new BigDecimal(amount), null, UUID.randomUUID().toString(),
				batchId, at);
		payment.complete(at);
		return payment;
	}

	/**
	 * A payment of a batch, not stored, that the gateway declined.
	 */
	public static Payment failedInBatch(long orderId, String batchId, String amount, String reason, Instant at) {
		Payment payment = Payment.startInBatch(orderId, new BigDecimal(amount), "JPY", UUID.randomUUID().toString(),
				batchId, at);
		payment.fail(reason, at);
		return payment;
	}

	/**
	 * A stored payment (with an id) in the given state.
	 */
	public static Payment stored(long id, PaymentState state) {
		Payment payment = processing(42).withId(id);
		Instant later = CREATED.plusSeconds(1);
		switch (state) {
			case PROCESSING -> {
			}
			case COMPLETED -> payment.complete(later);
			case FAILED -> payment.fail("insufficient funds", later);
			case REFUNDED -> {
				payment.complete(later);
				payment.refund(later.plusSeconds(1));
			}
		}
		return payment;
	}

}
