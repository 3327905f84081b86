package com.orderplatform.order.payment;

/**
 * A call to the payment service failed for good (after any retries). The message is one
 * sentence fit for an order's status reason, e.g. {@code "payment-service rejected the
 * request (400): Amount 50 JPY is below the minimum of 100 JPY"}.
 */
public class PaymentServiceException extends RuntimeException {

	private final boolean transientFailure;

	PaymentServiceException(String message, boolean transientFailure, Throwable cause) {
		super(message, cause);
		this.transientFailure = transientFailure;
	}

	/**
	 * Whether the payment service could not be reached or was unavailable (as opposed to
	 * having rejected the request), so that the same request may succeed later.
	 * @return {@code true} for connection failures, timeouts, 5xx and 429
	 */
	public boolean isTransientFailure() {
		return this.transientFailure;
	}

}
