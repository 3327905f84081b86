package com.orderplatform.payment.payment;

/**
 * The gateway did not charge the customer. The payment is stored as failed with the
 * reason, and the order may pay again.
 */
public class PaymentDeclinedException extends RuntimeException {

	private final long paymentId;

	private final long orderId;

	private final String reason;

	public PaymentDeclinedException(long paymentId, long orderId, String reason) {
		super("Payment " + paymentId + " of order " + orderId + " was declined: " + reason);
		this.paymentId = paymentId;
		this.orderId = orderId;
		this.reason = reason;
	}

	public long paymentId() {
		return this.paymentId;
	}

	public long orderId() {
		return this.orderId;
	}

	public String reason() {
		return this.reason;
	}

}
