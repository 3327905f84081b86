/**
 * Notifications: one rendered message to one recipient about one order, and its delivery
 * status ({@code pending → sent | failed}, spec FR-023). Holds the REST API under
 * {@code /api/v1/notifications};
 * {@link com.orderplatform.notification.notification.NotificationService} renders,
 * rate-limits, records and delivers each notification.
 */
package com.orderplatform.notification.notification;
