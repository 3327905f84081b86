package com.orderplatform.payment.api;

/**
 * What became of one order of a batch payment ({@code "already_paid"} …).
 */
public enum BatchOutcome {

	/**
	 * The order is paid by this batch: charged now, or charged by an earlier sending of
	 * the same batch.
	 */
	COMPLETED,

	/**
	 * The order is not paid: the item was invalid (nothing stored) or the gateway
	 * declined (stored as a failed payment, which a later batch or single payment
	 * attempts again).
	 */
	FAILED,

	/**
	 * The order already has a payment that is processing, completed or refunded, made by
	 * another batch or a single payment; nothing was charged.
	 */
	ALREADY_PAID

}
