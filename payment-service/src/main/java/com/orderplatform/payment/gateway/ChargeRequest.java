package com.orderplatform.payment.gateway;

import java.math.BigDecimal;

/**
 * One charge sent to the gateway.
 *
 * @param idempotencyKey the key the gateway charges at most once under (see
 * {@link #idempotencyKey(long, String)}): a charge sent again with it, after a crash or
 * by another instance, is answered with the first approval and takes no money twice
 * @param transactionId our id of this transaction (a UUID), which the gateway quotes in
 * its callbacks
 * @param paymentId the payment being charged; {@code null} in a batch, which charges
 * before it stores
 * @param orderId the order being paid
 * @param amount the amount in whole yen
 * @param currency the currency
 * @param paymentMethod how the customer pays
 */
public record ChargeRequest(String idempotencyKey, String transactionId, Long paymentId, long orderId,
		BigDecimal amount, String currency, String paymentMethod) {

	/**
	 * The idempotency key of an attempt to pay an order. It is derived from what is
	 * stored before the charge, never from anything new, so the same attempt sent again
	 * (after a crash between the gateway's answer and our commit, or by another instance
	 * racing for the order) carries the same key: {@code order-42} for an order with no
	 * payment, and {@code order-42-after-<transaction id>} for a new attempt of a payment
	 * whose transaction failed (a declined charge took no money, so the next attempt is a
	 * charge of its own).
	 * @param orderId the order
	 * @param failedTransactionId the transaction of the order's failed payment,
	 * {@code null} when the order has no payment
	 * @return the key
	 */
	public static String idempotencyKey(long orderId, String failedTransactionId) {
		return "order-" + orderId + ((failedTransactionId != null) ? "-after-" + failedTransactionId : "");
	}

}
