package com.orderplatform.order.order.flow;

import org.springframework.modulith.NamedInterface;

/** A payment webhook reported a payment status the order service does not know. */
@NamedInterface("errors")
public class UnknownPaymentStatusException extends RuntimeException {

	/**
	 * Creates the exception.
	 * @param value the reported status
	 */
	public UnknownPaymentStatusException(String value) {
		super("Unknown payment_status '" + value + "': expected completed, failed or refunded");
	}

}
