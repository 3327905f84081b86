/**
 * Dispatch: the durable send queue's consumer. One
 * {@link com.orderplatform.notification.dispatch.NotificationDispatcher} per service
 * instance claims due notifications (as the instance named by {@code common.lease}'s
 * {@code InstanceId}), paces the sends evenly at
 * {@code oms.notifications.rate-limit-per-second} across all instances (spec NFR-007),
 * offers every Nth permit to the bulk lane first, retries transient failures with
 * exponential back-off and records each notification as sent or failed. It owns the
 * {@code notification_send_pace} row and the {@code oms.notifications.*} settings. Its
 * part {@code monitor} answers {@code GET /api/v1/notifications/queue}. It uses the
 * {@code notification} feature's queue and aggregate and the {@code delivery} transports.
 */
package com.orderplatform.notification.dispatch;
