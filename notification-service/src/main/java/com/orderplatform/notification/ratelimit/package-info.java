/**
 * The global send limit: at most {@code oms.notifications.rate-limit-per-second}
 * notifications per second across email and SMS (spec NFR-007, section 5.5), the
 * provider's limit. Excess requests are refused with a retry hint; the durable send queue
 * that will let excess wait instead comes in a later issue. The limit is held per service
 * instance.
 */
package com.orderplatform.notification.ratelimit;
