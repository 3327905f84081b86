package com.orderplatform.payment.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/v1/payments/webhook}: the payment gateway reports the outcome of a
 * transaction.
 *
 * @param transactionId the gateway transaction id
 * @param status {@code completed} or {@code failed}
 * @param reason why, for a failure
 */
public record GatewayCallbackRequest(@NotBlank @Size(max = 100) String transactionId, @NotNull PaymentStatus status,
		@Size(max = 500) @Nullable String reason) {
}
