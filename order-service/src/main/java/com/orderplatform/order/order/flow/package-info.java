/**
 * An order's life: {@link com.orderplatform.order.order.flow.OrderService} places an
 * order and charges it through the payment service ({@code OrderPaymentFlow}),
 * {@link com.orderplatform.order.order.flow.OrderStatusService} ships, delivers and
 * cancels it (refunding a charged order first, {@code OrderCancellation}), and
 * {@link com.orderplatform.order.order.flow.PaymentWebhookService} takes the payment
 * service's reports once the payment service confirms them ({@code PaymentConfirmation}).
 * The aggregate decides every change; {@code OrderTransitions} applies it only while the
 * order is in the status the decision saw and decides again on a fresh read when another
 * writer won, so the creation flow, the webhook and operators can race without losing a
 * change. The customer is emailed at confirmation, shipping and cancellation
 * ({@code OrderNotifier}); a failed email is logged and never blocks an order.
 * <p>
 * Uses the aggregate and its repository (the parent package) and the payment and
 * notification clients. Its services are called by {@code http} only; its exceptions are
 * the named interface {@code errors}, which the problem-details advice maps to status
 * codes.
 */
package com.orderplatform.order.order.flow;
