package com.orderplatform.payment.payment;

import java.math.BigDecimal;

/**
 * One attempt to charge a payment: what a new attempt of a failed payment replaces.
 *
 * @param amount the amount in whole yen
 * @param paymentMethod how the customer pays
 * @param transactionId our gateway transaction id of the attempt
 * @param failureReason why it failed, {@code null} unless it did
 * @param batchId the batch that made the attempt, {@code null} for a single payment
 */
public record PaymentAttempt(BigDecimal amount, String paymentMethod, String transactionId, String failureReason,
		String batchId) {

	/**
	 * A new attempt, not failed, paid the named way or by {@link Payment#DEFAULT_METHOD}.
	 * @param amount the amount in whole yen
	 * @param paymentMethod how the customer pays, {@code null} or blank for the default
	 * @param transactionId our gateway transaction id of the attempt
	 * @param batchId the batch making it, {@code null} for a single payment
	 * @return the attempt
	 */
	static PaymentAttempt of(BigDecimal amount, String paymentMethod, String transactionId, String batchId) {
		return new PaymentAttempt(amount, methodOrDefault(paymentMethod), transactionId, null, batchId);
	}

	/**
	 * The payment method a charge names.
	 * @param paymentMethod the method asked for, {@code null} or blank for none
	 * @return that method, or {@link Payment#DEFAULT_METHOD}
	 */
	public static String methodOrDefault(String paymentMethod) {
		return (paymentMethod == null || paymentMethod.isBlank()) ? Payment.DEFAULT_METHOD : paymentMethod;
	}

	PaymentAttempt inBatch(String batch) {
		return new PaymentAttempt(this.amount, this.paymentMethod, this.transactionId, this.failureReason, batch);
	}

	PaymentAttempt failedFor(String reason) {
		return new PaymentAttempt(this.amount, this.paymentMethod, this.transactionId, reason, this.batchId);
	}

}
