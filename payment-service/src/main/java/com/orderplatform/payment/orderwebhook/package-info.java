/**
 * Payment webhooks to the order service (spec FR-018, 3.5.3): after a payment's status
 * change commits, the order service hears of it on {@code POST
 * /api/v1/orders/{order_id}/webhook}. Through a transactional outbox (table
 * {@code payment_webhook_outbox}): the webhook is written in the transaction of the
 * change, so it is owed exactly when the change committed and survives a crash; every
 * instance drains it with leases ({@code common.lease}), sends with no transaction open
 * and retries with back-off, at least once and with a stable event id. A webhook that
 * still fails is given up, logged, and never changes the payment.
 */
package com.orderplatform.payment.orderwebhook;
