/**
 * Notifications: one rendered message to one recipient about one order, and its delivery
 * status ({@code pending → sent | failed}, spec FR-023). Holds the REST API under
 * {@code /api/v1/notifications}:
 * {@link com.orderplatform.notification.notification.NotificationService} renders and
 * queues single notifications,
 * {@link com.orderplatform.notification.notification.BulkNotificationService} many at
 * once, all or none, idempotent by key; and
 * {@link com.orderplatform.notification.notification.NotificationQueue} is the pending
 * notifications as a claimable work queue for the dispatcher.
 */
package com.orderplatform.notification.notification;
