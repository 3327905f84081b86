package com.orderplatform.payment.refund;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A refund of a payment, always of its full amount.
 *
 * @param id the refund's id, {@code null} before it is stored
 * @param paymentId the refunded payment
 * @param orderId the order of that payment
 * @param amount the refunded amount in whole yen
 * @param reason why
 * @param status {@code completed}: refunds complete as they are recorded
 * @param createdAt when
 */
public record Refund(Long id, long paymentId, long orderId, BigDecimal amount, String reason, String status,
		Instant createdAt) {

	/** The status of every recorded refund. */
	public static final String COMPLETED = "completed";

	Refund withId(long newId) {
		return new Refund(newId, this.paymentId, this.orderId, this.amount, this.reason, this.status, this.createdAt);
	}

}
