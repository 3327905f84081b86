package com.orderplatform.notification.template;

/**
 * A template rendered with one notification's data.
 *
 * @param subject the subject, one line; {@code null} for SMS
 * @param body the body
 */
public record RenderedMessage(String subject, String body) {
}
