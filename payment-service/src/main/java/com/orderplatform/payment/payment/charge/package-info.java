/**
 * The one charge pipeline:
 * {@link com.orderplatform.payment.payment.charge.ChargePipeline} pays a
 * {@link com.orderplatform.payment.payment.charge.ChargeCommand} with one look-up, one
 * gateway call and one write transaction, whatever its size. A single payment
 * ({@code PaymentService.process}) is a command of one item without a batch id; the
 * command's kind, not a second pipeline, decides the gateway call and whether the new
 * status is announced (single payments send a webhook, batches do not).
 * {@link com.orderplatform.payment.payment.charge.BatchPaymentService} and its controller
 * are the batch endpoint; one {@link com.orderplatform.payment.payment.charge.ChargeLine}
 * decides, charges and answers each item. It may use the feature's aggregate and
 * exceptions, {@code store}, the {@code gateway} port and the {@code api} contract.
 */
package com.orderplatform.payment.payment.charge;
