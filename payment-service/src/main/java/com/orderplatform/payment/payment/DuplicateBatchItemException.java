package com.orderplatform.payment.payment;

/**
 * A batch payment naming one order twice; nothing of it is charged, since which of the
 * two items to pay is the caller's decision.
 */
public class DuplicateBatchItemException extends RuntimeException {

	private final String field;

	DuplicateBatchItemException(long orderId, int index, int firstIndex) {
		super("items[" + index + "].order_id: order " + orderId + " appears twice in the batch, first at items["
				+ firstIndex + "]; each order may appear once");
		this.field = "items[" + index + "].order_id";
	}

	/**
	 * The repeated item's order id as a field path.
	 * @return e.g. {@code items[5].order_id}
	 */
	public String field() {
		return this.field;
	}

}
