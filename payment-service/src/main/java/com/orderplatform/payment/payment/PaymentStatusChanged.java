package com.orderplatform.payment.payment;

import com.orderplatform.payment.api.PaymentStatus;

/**
 * A payment's status changed and the change is stored. Published inside the transaction
 * that stored it; listeners that talk to other services act after the commit.
 *
 * @param paymentId the payment
 * @param orderId its order
 * @param status the new status: completed, failed or refunded
 * @param transactionId the gateway transaction id
 * @param reason why: the failure reason or the refund reason, otherwise {@code null}
 */
public record PaymentStatusChanged(long paymentId, long orderId, PaymentStatus status, String transactionId,
		String reason) {

	/**
	 * The event of a payment's new status: completed or failed, with the failure reason.
	 * @param payment the changed payment
	 * @return the event
	 */
	public static PaymentStatusChanged of(Payment payment) {
		return new PaymentStatusChanged(payment.id(), payment.orderId(), payment.state().toStatus(),
				payment.transactionId(), payment.failureReason());
	}

	/**
	 * The event of a refund, which carries the refund's reason.
	 * @param payment the refunded payment
	 * @param reason why it was refunded
	 * @return the event
	 */
	public static PaymentStatusChanged refunded(Payment payment, String reason) {
		return new PaymentStatusChanged(payment.id(), payment.orderId(), payment.state().toStatus(),
				payment.transactionId(), reason);
	}

}
