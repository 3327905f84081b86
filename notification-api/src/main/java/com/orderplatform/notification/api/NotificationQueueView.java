package com.orderplatform.notification.api;

/**
 * {@code GET /api/v1/notifications/queue}: where the send queue stands.
 *
 * @param pending notifications waiting to be sent (including those being sent and those
 * waiting for a retry)
 * @param sentLastMinute notifications sent in the last 60 seconds
 * @param failed notifications that failed for good
 * @param oldestPendingAgeSeconds how long the oldest pending notification has waited,
 * whole seconds; 0 when none is pending
 * @param estimatedDrainSeconds how long sending every pending notification takes at the
 * rate limit, whole seconds rounded up (retries not counted)
 */
public record NotificationQueueView(long pending, long sentLastMinute, long failed, long oldestPendingAgeSeconds,
		long estimatedDrainSeconds) {
}
