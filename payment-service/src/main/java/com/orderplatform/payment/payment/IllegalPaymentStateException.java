package com.orderplatform.payment.payment;

/**
 * A transition the payment's current state does not allow, e.g. refunding a failed
 * payment.
 */
public class IllegalPaymentStateException extends RuntimeException {

	public IllegalPaymentStateException(long paymentId, PaymentState state, String target) {
		this("Payment " + paymentId + " cannot be " + target + " in state " + state);
	}

	public IllegalPaymentStateException(String message) {
		super(message);
	}

	public static IllegalPaymentStateException changedConcurrently(long paymentId, PaymentState expected) {
		return new IllegalPaymentStateException("Payment " + paymentId
				+ " was changed by another request while in state " + expected + "; read it again and retry");
	}

}
