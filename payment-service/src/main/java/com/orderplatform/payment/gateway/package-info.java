/**
 * The payment gateway: the {@link com.orderplatform.payment.gateway.PaymentGateway} port
 * the payment flow charges through, and the simulator that stands in for a real card
 * processor, configurable to be slow or to decline ({@code oms.gateway.*}) so that faults
 * can be tested.
 */
package com.orderplatform.payment.gateway;
