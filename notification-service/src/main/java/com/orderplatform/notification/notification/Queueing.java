package com.orderplatform.notification.notification;

/**
 * How a notification was queued.
 *
 * @param batchId the batch it belongs to, or {@code null}
 * @param idempotencyKey the caller's name for it, or {@code null}
 */
public record Queueing(String batchId, String idempotencyKey) {

	/** Neither batch nor key. */
	public static final Queueing NONE = new Queueing(null, null);

}
