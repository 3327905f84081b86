package com.orderplatform.payment.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/v1/payments/refund}: refund a completed payment in full.
 *
 * @param paymentId the payment to refund
 * @param reason why (kept with the refund)
 */
public record RefundRequest(@NotNull @Positive Long paymentId, @NotBlank @Size(max = 500) String reason) {
}
