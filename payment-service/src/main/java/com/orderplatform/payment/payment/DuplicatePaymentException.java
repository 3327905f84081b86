package com.orderplatform.payment.payment;

/**
 * A payment asked for an order that already has one (spec FR-014, FR-015). Only a failed
 * payment may be attempted again.
 */
public class DuplicatePaymentException extends RuntimeException {

	DuplicatePaymentException(long orderId, long paymentId, PaymentState state) {
		super("Order " + orderId + " already has payment " + paymentId + " in state " + state
				+ "; only a failed payment can be attempted again");
	}

}
