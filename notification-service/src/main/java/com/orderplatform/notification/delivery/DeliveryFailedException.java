package com.orderplatform.notification.delivery;

/**
 * A transport could not deliver a message; the message says why, for the notification
 * history.
 */
public class DeliveryFailedException extends RuntimeException {

	/**
	 * Creates the exception.
	 * @param reason why delivery failed
	 * @param cause the underlying failure
	 */
	public DeliveryFailedException(String reason, Throwable cause) {
		super(reason, cause);
	}

}
