package com.orderplatform.payment.payment;

/**
 * No payment matches the id, order or transaction asked for.
 */
public class PaymentNotFoundException extends RuntimeException {

	private PaymentNotFoundException(String message) {
		super(message);
	}

	public static PaymentNotFoundException byId(long paymentId) {
		return new PaymentNotFoundException("Payment " + paymentId + " not found");
	}

	public static PaymentNotFoundException byOrder(long orderId) {
		return new PaymentNotFoundException("No payment found for order " + orderId);
	}

	public static PaymentNotFoundException byTransaction(String transactionId) {
		return new PaymentNotFoundException("No payment found with transaction id " + transactionId);
	}

}
