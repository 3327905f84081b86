package com.orderplatform.order.order;

/** A payment webhook reported a payment status the order service does not know. */
public class UnknownPaymentStatusException extends RuntimeException {

	/**
	 * Creates the exception.
	 * @param value the reported status
	 */
	public UnknownPaymentStatusException(String value) {
		super("Unknown payment_status '" + value + "': expected completed, failed or refunded");
	}

}
