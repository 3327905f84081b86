package com.orderplatform.notification.api;

import java.util.List;

/**
 * {@code GET /api/v1/notifications/queue}: where the send queue stands, in all and per
 * lane, and which imports' messages wait.
 *
 * @param pending notifications waiting to be sent (including those being sent and those
 * waiting for a retry), both lanes together
 * @param sentLastMinute notifications sent in the last 60 seconds
 * @param failed notifications that failed for good
 * @param oldestPendingAgeSeconds how long the oldest pending notification has waited,
 * whole seconds; 0 when none is pending
 * @param estimatedDrainSeconds how long sending every pending notification takes at the
 * rate limit, whole seconds rounded up (retries not counted)
 * @param lanes the {@code transactional} lane, then the {@code bulk} lane, always both
 * @param activeBatches how many batches have messages waiting in the bulk lane
 * @param batches the batches with the most messages waiting, largest first (at most 10)
 */
public record NotificationQueueView(long pending, long sentLastMinute, long failed, long oldestPendingAgeSeconds,
		long estimatedDrainSeconds, List<NotificationLaneView> lanes, long activeBatches,
		List<NotificationBatchView> batches) {
}
