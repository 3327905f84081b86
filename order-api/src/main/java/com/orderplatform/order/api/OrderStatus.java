package com.orderplatform.order.api;

/** An order's status as the API shows it ({@code "pending"}, {@code "paid"} …). */
public enum OrderStatus {

	PENDING, PAYMENT_PROCESSING, PAID, SHIPPED, DELIVERED, CANCELLED

}
