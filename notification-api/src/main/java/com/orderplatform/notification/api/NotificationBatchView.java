package com.orderplatform.notification.api;

/**
 * A batch (an import) with messages waiting in the bulk lane.
 *
 * @param batchId the batch id the messages were queued with (an import's job id)
 * @param pending its messages waiting
 * @param oldestPendingAgeSeconds how long its oldest waiting message has waited, whole
 * seconds
 * @param etaSeconds when its last message will have gone if nothing more is queued: the
 * batches take turns, so a small batch finishes long before a large one; whole seconds,
 * rounded up
 */
public record NotificationBatchView(String batchId, long pending, long oldestPendingAgeSeconds, long etaSeconds) {
}
