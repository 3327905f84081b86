package com.orderplatform.payment.payment;

import java.util.List;

import com.orderplatform.payment.api.BatchOutcome;
import com.orderplatform.payment.api.BatchPaymentItem;
import com.orderplatform.payment.api.BatchPaymentResponse;
import com.orderplatform.payment.api.BatchPaymentResult;
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
				payment.batchId(), payment.createdAt(), payment.updatedAt());
	}

	static BatchPaymentResult completedBatchItem(Payment payment) {
		return batchItem(payment, BatchOutcome.COMPLETED, null);
	}

	static BatchPaymentResult failedBatchItem(Payment payment) {
		return batchItem(payment, BatchOutcome.FAILED, payment.failureReason());
	}

	static BatchPaymentResult alreadyPaidBatchItem(Payment payment) {
		return batchItem(payment, BatchOutcome.ALREADY_PAID, null);
	}

	/**
	 * The answer for an item that stored nothing.
	 * @param item the item, whose amount is answered as it was sent
	 * @param reason why it was not paid
	 * @return the answer
	 */
	static BatchPaymentResult invalidBatchItem(BatchPaymentItem item, String reason) {
		return new BatchPaymentResult(item.orderId(), BatchOutcome.FAILED, null, null, null, item.amount(), null,
				reason);
	}

	static BatchPaymentResponse batchResponse(String batchId, List<BatchPaymentResult> results) {
		int[] counts = new int[BatchOutcome.values().length];
		results.forEach(result -> counts[result.outcome().ordinal()]++);
		return new BatchPaymentResponse(batchId, results, counts[BatchOutcome.COMPLETED.ordinal()],
				counts[BatchOutcome.FAILED.ordinal()], counts[BatchOutcome.ALREADY_PAID.ordinal()]);
	}

	private static BatchPaymentResult batchItem(Payment payment, BatchOutcome outcome, String reason) {
		return new BatchPaymentResult(payment.orderId(), outcome, payment.id(), payment.state().toStatus(),
				payment.transactionId(), payment.amount(), payment.batchId(), reason);
	}

}
