package com.orderplatform.payment.payment;

/**
 * A payment asked for an order that already has one (spec FR-014, FR-015). Only a failed
 * payment may be attempted again.
 */
public class DuplicatePaymentException extends InvalidPaymentRequestException {

	public DuplicatePaymentException(long orderId, long paymentId, PaymentState state) {
		super("order_id", "Order " + orderId + " already has payment " + paymentId + " in state " + state
				+ "; only a failed payment can be attempted again");
	}

}
