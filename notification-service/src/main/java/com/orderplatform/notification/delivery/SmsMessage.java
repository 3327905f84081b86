package com.orderplatform.notification.delivery;

/**
 * A text message.
 *
 * @param notificationId the notification it delivers
 * @param template the template it was rendered from, e.g.
 * {@code ORDER_SHIPPED (sms, ja)}: what a log line may say about its content
 * @param to the recipient's phone number
 * @param body the text
 */
public record SmsMessage(long notificationId, String template, String to, String body) {
}
