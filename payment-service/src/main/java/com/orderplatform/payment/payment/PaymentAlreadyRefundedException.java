package com.orderplatform.payment.payment;

/**
 * A second refund of a payment: refunds are always in full, so there is at most one.
 */
public class PaymentAlreadyRefundedException extends IllegalPaymentStateException {

	/**
	 * Creates the exception.
	 * @param paymentId the refunded payment
	 */
	public PaymentAlreadyRefundedException(long paymentId) {
		super("Payment " + paymentId + " is already refunded");
	}

}
