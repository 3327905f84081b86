package com.orderplatform.payment.api;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A refund.
 *
 * @param id the refund's id
 * @param paymentId the refunded payment
 * @param orderId the order of the refunded payment
 * @param amount the refunded amount (always the payment's full amount)
 * @param reason why
 * @param status {@code completed}
 * @param createdAt when (UTC)
 */
public record RefundView(long id, long paymentId, long orderId, BigDecimal amount, String reason, String status,
		Instant createdAt) {
}
