/**
 * The notification service. Features: {@code template} (the seeded templates and their
 * rendering), {@code notification} (the notifications, their API, the bulk API and the
 * queue's storage), {@code dispatch} (the dispatcher that sends queued notifications at
 * the global rate limit, with retries), {@code delivery} (email and SMS transports) and
 * {@code security} (who may call what).
 */
package com.orderplatform.notification;
