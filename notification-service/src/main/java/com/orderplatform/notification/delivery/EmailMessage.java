package com.orderplatform.notification.delivery;

/**
 * A plain-text email.
 *
 * @param to the recipient's address
 * @param subject the subject, one line
 * @param body the body
 */
public record EmailMessage(String to, String subject, String body) {
}
