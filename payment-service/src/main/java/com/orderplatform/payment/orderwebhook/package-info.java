/**
 * Payment webhooks to the order service (spec FR-018, 3.5.3): after a payment's status
 * change commits, the order service hears of it on {@code POST
 * /api/v1/orders/{order_id}/webhook}. Sent in the background, because the order service
 * may itself be waiting for our answer to the call that caused the change; transient
 * failures are retried, and a webhook that still fails is logged and never changes the
 * payment.
 */
package com.orderplatform.payment.orderwebhook;
