/**
 * Payments: one payment per order, charged through the payment gateway. The
 * {@link com.orderplatform.payment.payment.Payment} aggregate guards its status
 * transitions; {@link com.orderplatform.payment.payment.PaymentService} runs the payment
 * flow (validate, record as processing, charge, record the outcome) and applies the
 * gateway's callbacks. {@link com.orderplatform.payment.payment.BatchPaymentService} pays
 * many orders in one request with one look-up, one gateway call and one write
 * transaction. Every status change of a single payment, callback or refund is published
 * as a {@link com.orderplatform.payment.payment.PaymentStatusChanged} event after it is
 * stored; batch payments publish none, their answer carries the outcomes.
 */
package com.orderplatform.payment.payment;
