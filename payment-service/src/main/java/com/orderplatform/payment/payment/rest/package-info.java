/**
 * The payment endpoints ({@code POST /api/v1/payments}, reads and the list) and their
 * JSON views. They call {@link com.orderplatform.payment.payment.PaymentService} only,
 * and may use the {@code api} contract; errors are mapped by the {@code web} feature.
 */
package com.orderplatform.payment.payment.rest;
