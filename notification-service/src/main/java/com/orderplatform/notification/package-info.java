/**
 * The notification service. Features: {@code template} (the seeded templates and their
 * rendering), {@code notification} (the notifications, their API and delivery status),
 * {@code delivery} (email and SMS transports) and {@code ratelimit} (the global send
 * limit).
 */
package com.orderplatform.notification;
