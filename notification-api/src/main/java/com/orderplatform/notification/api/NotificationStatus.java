package com.orderplatform.notification.api;

/** A notification's delivery status. */
public enum NotificationStatus {

	PENDING, SENT, FAILED

}
