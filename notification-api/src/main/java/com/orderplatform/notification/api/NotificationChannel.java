package com.orderplatform.notification.api;

/** How a notification reaches its recipient. */
public enum NotificationChannel {

	EMAIL, SMS

}
