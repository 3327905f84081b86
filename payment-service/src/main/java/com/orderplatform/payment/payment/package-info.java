/**
 * Payments: one payment per order, charged through the payment gateway. The
 * {@link com.orderplatform.payment.payment.Payment} aggregate guards its status
 * transitions; {@link com.orderplatform.payment.payment.PaymentService} runs the payment
 * flow (validate, record as processing, charge, record the outcome) and applies the
 * gateway's callbacks. Every status change is published as a
 * {@link com.orderplatform.payment.payment.PaymentStatusChanged} event after it is
 * stored.
 */
package com.orderplatform.payment.payment;
