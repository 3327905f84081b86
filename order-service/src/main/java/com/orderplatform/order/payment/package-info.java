/**
 * The order service's client of the payment service: charge an order, look up its
 * payment, refund it. Every call has the configured timeouts and retries transient
 * failures only; whatever still fails surfaces as one {@link PaymentServiceException}
 * that says what happened and whether trying again later may help. Calls carry the order
 * service's own token ({@code roles = [service]}), never a user's.
 */
package com.orderplatform.order.payment;
