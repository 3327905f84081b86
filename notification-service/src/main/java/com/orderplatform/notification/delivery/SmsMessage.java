package com.orderplatform.notification.delivery;

/**
 * A text message.
 *
 * @param notificationId the notification it delivers
 * @param to the recipient's phone number
 * @param body the text
 */
public record SmsMessage(long notificationId, String to, String body) {
}
