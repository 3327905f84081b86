package com.orderplatform.notification.delivery;

/**
 * A text message.
 *
 * @param to the recipient's phone number
 * @param body the text
 */
public record SmsMessage(String to, String body) {
}
