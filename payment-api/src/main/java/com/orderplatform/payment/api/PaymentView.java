package com.orderplatform.payment.api;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A payment.
 *
 * @param id the payment's id
 * @param orderId the order it charges
 * @param amount the amount in yen
 * @param currency always {@code JPY}
 * @param status the payment's status
 * @param paymentMethod how the customer pays
 * @param transactionId the gateway transaction id (a UUID)
 * @param failureReason why the payment failed, otherwise {@code null}
 * @param batchId the batch payment that made or last attempted it, {@code null} for a
 * single payment
 * @param createdAt when it was created (UTC)
 * @param updatedAt when it last changed (UTC)
 */
public record PaymentView(long id, long orderId, BigDecimal amount, String currency, PaymentStatus status,
		String paymentMethod, String transactionId, @Nullable String failureReason, @Nullable String batchId,
		Instant createdAt, Instant updatedAt) {
}
