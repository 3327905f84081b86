/**
 * Payments: one payment per order, charged through the payment gateway. This top-level
 * package is the feature's public face: the
 * {@link com.orderplatform.payment.payment.Payment} aggregate, which guards its status
 * transitions, the {@link com.orderplatform.payment.payment.PaymentService} the refund
 * feature and the controllers use, the
 * {@link com.orderplatform.payment.payment.PaymentStatusChanged} event the webhook
 * publisher listens to, and the exceptions the web layer maps. Its sub-packages are its
 * own: {@code charge} (the one charge pipeline, a single payment being a batch of one),
 * {@code store} (SQL), {@code rest} (the payment endpoints) and {@code callback} (the
 * gateway's callbacks). Every status change of a single payment, callback or refund is
 * published after it is stored; batch payments publish none, their answer carries the
 * outcomes. It may use {@code gateway} and the {@code api} contract.
 */
package com.orderplatform.payment.payment;
