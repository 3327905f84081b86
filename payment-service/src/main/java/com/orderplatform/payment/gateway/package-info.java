/**
 * The payment gateway: the {@link com.orderplatform.payment.gateway.PaymentGateway} port
 * the payment flow charges through, and the simulator that stands in for a real card
 * processor, configurable to be slow or to decline ({@code oms.gateway.*}) so that faults
 * can be tested. The simulator keeps its idempotency keys and every approved charge in
 * the charge ledger, the {@code gateway_charges} table of the payment database, so that
 * every instance of the service, and a restarted one, sees the same approvals.
 */
package com.orderplatform.payment.gateway;
