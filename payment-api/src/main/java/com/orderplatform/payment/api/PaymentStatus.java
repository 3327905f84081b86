package com.orderplatform.payment.api;

/** A payment's status as the API shows it ({@code "completed"} …). */
public enum PaymentStatus {

	PENDING, PROCESSING, COMPLETED, FAILED, REFUNDED

}
