package com.orderplatform.notification.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;

/**
 * {@code POST /api/v1/notifications/bulk}: render and queue many notifications at once
 * (at most {@code oms.notifications.bulk.max-items}, 1,000 by default). Either every item
 * is queued or, if any is invalid, none.
 *
 * @param items the notifications, answered in this order
 */
public record BulkNotificationRequest(@NotEmpty List<@Valid BulkNotificationItem> items) {
}
