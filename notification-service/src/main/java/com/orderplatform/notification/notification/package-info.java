/**
 * Notifications: one rendered message to one recipient about one order, and its delivery
 * status ({@code pending → sent | failed}, spec FR-023). The feature owns the
 * {@code notifications}, {@code notification_batches} and {@code notification_lanes}
 * tables. This top package is what the other features see: the
 * {@link com.orderplatform.notification.notification.Notification} aggregate and its
 * records, its {@link com.orderplatform.notification.notification.Lane}, the
 * {@link com.orderplatform.notification.notification.NotificationsQueued} event, the
 * pending notifications as a claimable work queue for the dispatcher
 * ({@link com.orderplatform.notification.notification.NotificationQueue}, leases from
 * {@code common.lease}), the queue's counts
 * ({@link com.orderplatform.notification.notification.QueueStatistics}) and the
 * exceptions the service's error handler maps. Its parts: {@code intake} (the REST API
 * and the one queueing path) and {@code store} (rows, inserts, rounds). It may use
 * {@code template} (rendering), {@code delivery} (the sender's mail domain, for
 * Message-IDs) and {@code common}; it never calls {@code dispatch}, which it wakes with
 * the event.
 */
package com.orderplatform.notification.notification;
