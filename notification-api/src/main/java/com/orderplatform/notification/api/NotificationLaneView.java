package com.orderplatform.notification.api;

/**
 * One lane of the send queue. {@code transactional}: single orders' messages, sent first;
 * {@code bulk}: the messages of batches (imports), which share what is left round-robin
 * and always get at least every Nth send.
 *
 * @param lane {@code transactional} or {@code bulk}
 * @param depth notifications waiting in the lane (including those being sent and those
 * waiting for a retry)
 * @param oldestPendingAgeSeconds how long its oldest waiting notification has waited,
 * whole seconds; 0 when none waits
 * @param etaSeconds when the lane will be empty if nothing more is queued, at the rate
 * limit and the lanes' shares, whole seconds rounded up (retries not counted)
 * @param sentLastMinute the lane's notifications sent in the last 60 seconds
 */
public record NotificationLaneView(String lane, long depth, long oldestPendingAgeSeconds, long etaSeconds,
		long sentLastMinute) {
}
