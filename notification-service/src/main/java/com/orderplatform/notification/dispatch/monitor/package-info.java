/**
 * The send queue's state for operators, {@code GET /api/v1/notifications/queue}: counts
 * per lane and per waiting batch from the {@code notification} feature's
 * {@code QueueStatistics}, and when each will be empty
 * ({@link com.orderplatform.notification.dispatch.monitor.QueueForecast}) from the
 * dispatch settings' send interval and bulk turn. Reads only; uses the
 * {@code notification} feature's top package and {@code dispatch}'s settings.
 */
package com.orderplatform.notification.dispatch.monitor;
