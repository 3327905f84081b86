package com.orderplatform.order.notification;

/**
 * A call to the notification service failed for good (after any retries); the message
 * says why in one sentence.
 */
public class NotificationServiceException extends RuntimeException {

	NotificationServiceException(String message, Throwable cause) {
		super(message, cause);
	}

}
