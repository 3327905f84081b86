/**
 * Background work that gives way to requests: {@link BackgroundPriority} lowers a
 * thread's operating-system priority (its nice value), {@link BackgroundWorkers} is a
 * small pool of such threads for the bulk endpoints (payment batches, notification
 * bulks). Used by the order service's import workers, the payment service's batch
 * payments and the notification service's bulk intake and dispatcher.
 */
package com.orderplatform.common.concurrent;
