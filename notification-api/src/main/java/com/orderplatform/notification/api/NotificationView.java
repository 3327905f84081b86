package com.orderplatform.notification.api;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A notification.
 *
 * @param id the notification's id
 * @param orderId the order it is about
 * @param channel email or SMS
 * @param templateName the template used
 * @param recipient email address or phone number
 * @param subject the rendered subject ({@code null} for SMS)
 * @param body the rendered body
 * @param status pending, sent or failed
 * @param failureReason why delivery failed, otherwise {@code null}
 * @param sentAt when it was sent (UTC), {@code null} until then
 * @param createdAt when it was created (UTC)
 * @param batchId the batch it was queued with, {@code null} if none
 * @param attempts delivery attempts made so far
 * @param messageId the {@code Message-ID} header its email carries on every attempt, so a
 * receiver can recognise a repeated delivery; {@code null} for SMS
 */
public record NotificationView(long id, long orderId, NotificationChannel channel, String templateName,
		String recipient, @Nullable String subject, String body, NotificationStatus status,
		@Nullable String failureReason, @Nullable Instant sentAt, Instant createdAt, @Nullable String batchId,
		int attempts, @Nullable String messageId) {
}
