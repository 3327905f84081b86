package com.orderplatform.notification.notification;

/** No notification has the requested id. */
public class NotificationNotFoundException extends RuntimeException {

	public NotificationNotFoundException(long id) {
		super("Notification " + id + " does not exist");
	}

}
