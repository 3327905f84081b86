package com.orderplatform.payment.payment.charge;

import java.math.BigDecimal;
import java.util.List;

import com.orderplatform.payment.api.BatchOutcome;
import com.orderplatform.payment.api.BatchPaymentResponse;
import com.orderplatform.payment.api.BatchPaymentResult;
import com.orderplatform.payment.payment.Payment;

/**
 * How the charge pipeline answers each order, in the batch contract's terms: completed,
 * failed (with the reason) or already paid, with the payment it comes from.
 */
final class ChargeAnswers {

	private ChargeAnswers() {
	}

	static BatchPaymentResult completed(Payment payment) {
		return answer(payment, BatchOutcome.COMPLETED, null);
	}

	static BatchPaymentResult failed(Payment payment) {
		return answer(payment, BatchOutcome.FAILED, payment.failureReason());
	}

	static BatchPaymentResult alreadyPaid(Payment payment) {
		return answer(payment, BatchOutcome.ALREADY_PAID, null);
	}

	/**
	 * The answer for an order for which nothing was stored.
	 * @param orderId the order
	 * @param amount the amount as it was sent
	 * @param reason why it was not paid
	 * @return the answer
	 */
	static BatchPaymentResult invalid(long orderId, BigDecimal amount, String reason) {
		return new BatchPaymentResult(orderId, BatchOutcome.FAILED, null, null, null, amount, null, reason);
	}

	static BatchPaymentResponse response(String batchId, List<BatchPaymentResult> results) {
		int[] counts = new int[BatchOutcome.values().length];
		results.forEach(result -> counts[result.outcome().ordinal()]++);
		return new BatchPaymentResponse(batchId, results, counts[BatchOutcome.COMPLETED.ordinal()],
				counts[BatchOutcome.FAILED.ordinal()], counts[BatchOutcome.ALREADY_PAID.ordinal()]);
	}

	private static BatchPaymentResult answer(Payment payment, BatchOutcome outcome, String reason) {
		return new BatchPaymentResult(payment.orderId(), outcome, payment.id(), payment.state().toStatus(),
				payment.transactionId(), payment.amount(), payment.batchId(), reason);
	}

}
