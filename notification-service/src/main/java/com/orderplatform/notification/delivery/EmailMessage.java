package com.orderplatform.notification.delivery;

/**
 * A plain-text email.
 *
 * @param notificationId the notification it delivers
 * @param messageId its {@code Message-ID} header, the same on every attempt
 * ({@code <…@…>})
 * @param to the recipient's address
 * @param subject the subject, one line
 * @param body the body
 */
public record EmailMessage(long notificationId, String messageId, String to, String subject, String body) {
}
