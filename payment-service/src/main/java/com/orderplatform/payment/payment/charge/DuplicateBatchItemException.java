package com.orderplatform.payment.payment.charge;

import com.orderplatform.payment.payment.InvalidPaymentRequestException;

/**
 * A batch payment naming one order twice; nothing of it is charged, since which of the
 * two items to pay is the caller's decision.
 */
public class DuplicateBatchItemException extends InvalidPaymentRequestException {

	DuplicateBatchItemException(long orderId, int index, int firstIndex) {
		super("items[" + index + "].order_id", "items[" + index + "].order_id: order " + orderId
				+ " appears twice in the batch, first at items[" + firstIndex + "]; each order may appear once");
	}

}
