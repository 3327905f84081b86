package com.orderplatform.payment.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/v1/payments}: charge one order. The amount limits (100 to 1,000,000
 * JPY) are business rules checked by the service, answered with 400 and the limit in the
 * detail.
 *
 * @param orderId the order to charge (one payment per order)
 * @param amount the amount in whole yen
 * @param currency only {@code JPY}; the default when omitted
 * @param paymentMethod how the customer pays; {@code credit_card} when omitted
 */
public record ProcessPaymentRequest(@NotNull @Positive Long orderId,
		@NotNull @Digits(integer = 12, fraction = 0, message = "must be a whole number of yen") BigDecimal amount,
		@Pattern(regexp = "JPY", message = "only JPY is supported") @Nullable String currency,
		@Size(max = 40) @Nullable String paymentMethod) {
}
