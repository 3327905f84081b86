/**
 * Payments in the database, in plain SQL through {@code JdbcClient}, alike on SQLite and
 * PostgreSQL: {@link com.orderplatform.payment.payment.store.PaymentRepository} reads and
 * writes payments (batched inserts and conditional updates for the charge pipeline),
 * {@link com.orderplatform.payment.payment.store.PaymentChanges} stores one payment's
 * status change and publishes its event. It may use the feature's aggregate and the
 * {@code api} contract's status, and nothing else of the service.
 */
package com.orderplatform.payment.payment.store;
