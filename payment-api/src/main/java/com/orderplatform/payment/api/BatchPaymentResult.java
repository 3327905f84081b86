package com.orderplatform.payment.api;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * The answer for one order of a batch payment. The payment's fields are those of the
 * stored payment: this batch's for {@code completed} and for a declined {@code failed},
 * the earlier one for {@code already_paid}; all {@code null} for an invalid item, which
 * stores nothing.
 *
 * @param orderId the order
 * @param outcome completed, failed or already_paid
 * @param paymentId the payment's id
 * @param status the payment's status
 * @param transactionId the payment's gateway transaction id
 * @param amount the payment's amount in yen; for an invalid item the amount asked for
 * @param batchId the batch that made the payment, {@code null} for a single payment
 * @param reason why the order was not paid (the validation error or the gateway's
 * decline), otherwise {@code null}
 */
public record BatchPaymentResult(long orderId, BatchOutcome outcome, @Nullable Long paymentId,
		@Nullable PaymentStatus status, @Nullable String transactionId, @Nullable BigDecimal amount,
		@Nullable String batchId, @Nullable String reason) {
}
