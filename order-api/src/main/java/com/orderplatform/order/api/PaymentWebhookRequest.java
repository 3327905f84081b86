package com.orderplatform.order.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/v1/orders/{id}/webhook}: the payment service reports a payment's new
 * status.
 *
 * @param paymentStatus the payment's status: {@code completed}, {@code failed} or
 * {@code refunded}
 * @param transactionId the payment's transaction id
 * @param reason why, for a failed payment
 */
public record PaymentWebhookRequest(@NotBlank @Size(max = 32) String paymentStatus,
		@NotBlank @Size(max = 100) String transactionId, @Size(max = 500) @Nullable String reason) {
}
