/**
 * Dispatch: the durable send queue's consumer. One
 * {@link com.orderplatform.notification.dispatch.NotificationDispatcher} per service
 * instance claims due notifications, paces the sends evenly at
 * {@code oms.notifications.rate-limit-per-second} across all instances (spec NFR-007),
 * retries transient failures with exponential back-off and records each notification as
 * sent or failed. Also answers {@code GET /api/v1/notifications/queue}.
 */
package com.orderplatform.notification.dispatch;
