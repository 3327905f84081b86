/**
 * The notification service. Features: {@code template} (the seeded templates and their
 * rendering), {@code notification} (the notifications, their API with the one queueing
 * path, their storage and the queue the dispatcher claims from), {@code dispatch} (the
 * dispatcher that sends queued notifications at the global rate limit, with retries, and
 * the queue's monitor), {@code delivery} (email and SMS transports) and {@code security}
 * (who may call what). This package holds the application and the one
 * {@code @RestControllerAdvice}, which may use every feature's exceptions.
 * {@code ModuleStructureTests} checks that features use one another only through their
 * top packages, without cycles.
 */
package com.orderplatform.notification;
