package com.orderplatform.order.notification;

/**
 * A call to the notification service failed for good (after any retries); the message
 * says why in one sentence.
 */
public class NotificationServiceException extends RuntimeException {

	private final boolean transientFailure;

	NotificationServiceException(String message, boolean transientFailure, Throwable cause) {
		super(message, cause);
		this.transientFailure = transientFailure;
	}

	/**
	 * Whether the notification service could not be reached or was unavailable (as
	 * opposed to having rejected the request), so that the same request may succeed
	 * later.
	 * @return {@code true} for connection failures, timeouts, 5xx and 429
	 */
	public boolean isTransientFailure() {
		return this.transientFailure;
	}

}
