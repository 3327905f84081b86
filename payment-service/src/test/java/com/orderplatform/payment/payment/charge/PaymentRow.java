package com.orderplatform.payment.payment.charge;

import java.util.List;

import com.orderplatform.payment.api.BatchPaymentResult;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A row of the payments table as stored, for tests that check exactly what was written.
 *
 * @param id the payment's id
 * @param orderId its order
 * @param amount the amount in yen
 * @param status the status column
 * @param transactionId the transaction id
 * @param failureReason the failure reason
 * @param batchId the batch id
 */
record PaymentRow(long id, long orderId, long amount, String status, String transactionId, String failureReason,
		String batchId) {

	/**
	 * The row a batch result says was stored.
	 */
	static PaymentRow of(BatchPaymentResult result, long amount, String status, String failureReason, String batchId) {
		return new PaymentRow(result.paymentId(), result.orderId(), amount, status, result.transactionId(),
				failureReason, batchId);
	}

	/**
	 * The stored payments of some orders, oldest first.
	 */
	static List<PaymentRow> find(JdbcClient jdbc, Long... orderIds) {
		return jdbc.sql("""
				SELECT id, order_id, amount, status, transaction_id, failure_reason, batch_id
				FROM payments WHERE order_id IN (:orderIds) ORDER BY id""")
			.param("orderIds", List.of(orderIds))
			.query(PaymentRow.class)
			.list();
	}

}
