/**
 * The order service's client of the notification service: ask for a templated email about
 * an order. Timeouts and retries as for every downstream call; a failure surfaces as
 * {@link NotificationServiceException}, which callers log and never let block an order.
 * Calls carry the order service's own token ({@code roles = [service]}), never a user's.
 */
package com.orderplatform.order.notification;
