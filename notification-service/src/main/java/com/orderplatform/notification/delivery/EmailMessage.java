package com.orderplatform.notification.delivery;

/**
 * A plain-text email.
 *
 * @param notificationId the notification it delivers
 * @param template the template it was rendered from, e.g.
 * {@code ORDER_CONFIRMATION (email, ja)}: what a log line may say about its content
 * @param messageId its {@code Message-ID} header, the same on every attempt
 * ({@code <…@…>})
 * @param to the recipient's address
 * @param subject the subject, one line
 * @param body the body
 */
public record EmailMessage(long notificationId, String template, String messageId, String to, String subject,
		String body) {
}
