package com.orderplatform.payment.payment.charge;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.orderplatform.payment.api.BatchPaymentItem;
import com.orderplatform.payment.api.BatchPaymentRequest;

/**
 * Batch payment requests as the order service's import would send them.
 */
final class BatchPayments {

	private static final AtomicInteger BATCHES = new AtomicInteger();

	private BatchPayments() {
	}

	/**
	 * A batch id no other test uses, shaped like an import's chunk.
	 * @return the id
	 */
	static String newBatchId() {
		return "import-" + BATCHES.incrementAndGet() + ":chunk-1";
	}

	static BatchPaymentRequest batch(String batchId, BatchPaymentItem... items) {
		return new BatchPaymentRequest(batchId, List.of(items));
	}

	static BatchPaymentRequest batch(String batchId, List<BatchPaymentItem> items) {
		return new BatchPaymentRequest(batchId, items);
	}

	/**
	 * An item in yen.
	 * @param orderId the order
	 * @param amount the amount as written in JSON, {@code null} to leave it out
	 * @return the item
	 */
	static BatchPaymentItem item(long orderId, String amount) {
		return item(orderId, amount, "JPY");
	}

	static BatchPaymentItem item(long orderId, String amount, String currency) {
		return new BatchPaymentItem(orderId, (amount != null) ? new BigDecimal(amount) : null, currency);
	}

	/**
	 * One item per order, all of the same amount.
	 * @param orderIds the orders
	 * @param amount the amount of each
	 * @return the items in the order of the ids
	 */
	static List<BatchPaymentItem> items(Stream<Long> orderIds, String amount) {
		return orderIds.map(orderId -> item(orderId, amount)).toList();
	}

}
