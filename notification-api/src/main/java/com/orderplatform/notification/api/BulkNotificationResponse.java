package com.orderplatform.notification.api;

import java.util.List;

/**
 * The answer to a bulk request (202 Accepted).
 *
 * @param queued one entry per item, in the order of the request
 */
public record BulkNotificationResponse(List<QueuedNotification> queued) {
}
