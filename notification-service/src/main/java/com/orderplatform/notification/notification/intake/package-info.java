/**
 * Taking notifications in: the REST API under {@code /api/v1/notifications} (queue by
 * email or SMS, one or in bulk; read one, an order's, a page) and the one queueing path.
 * {@link com.orderplatform.notification.notification.intake.BulkNotificationService}
 * renders every item first, then inserts them all or none, idempotent by key, and wakes
 * the dispatcher; a single request
 * ({@link com.orderplatform.notification.notification.intake.NotificationService#queue})
 * is a bulk request of one, and its {@code Intake} decides the little that differs (no
 * made-up key, errors naming the request's own fields). Uses the feature's top package,
 * {@code store} and {@code template}.
 */
package com.orderplatform.notification.notification.intake;
