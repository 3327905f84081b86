package com.orderplatform.payment.payment.rest;

import com.orderplatform.payment.api.PaymentView;
import com.orderplatform.payment.payment.Payment;

/**
 * Maps payments to the view of the API contract.
 */
public final class PaymentViews {

	private PaymentViews() {
	}

	/**
	 * A payment as the API shows it.
	 * @param payment the payment
	 * @return its view
	 */
	public static PaymentView of(Payment payment) {
		return new PaymentView(payment.id(), payment.orderId(), payment.amount(), payment.currency(),
				payment.state().toStatus(), payment.paymentMethod(), payment.transactionId(), payment.failureReason(),
				payment.batchId(), payment.createdAt(), payment.updatedAt());
	}

}
