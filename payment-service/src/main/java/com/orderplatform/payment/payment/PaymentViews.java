package com.orderplatform.payment.payment;

import com.orderplatform.payment.api.PaymentView;

/**
 * Maps payments to the records of the API contract.
 */
final class PaymentViews {

	private PaymentViews() {
	}

	static PaymentView of(Payment payment) {
		return new PaymentView(payment.id(), payment.orderId(), payment.amount(), payment.currency(),
				payment.state().toStatus(), payment.paymentMethod(), payment.transactionId(), payment.failureReason(),
				payment.createdAt(), payment.updatedAt());
	}

}
