package com.orderplatform.payment.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.jspecify.annotations.Nullable;

/**
 * One order of a batch payment. Only the order id is checked for the whole request (it
 * names the item's answer); the amount and currency are checked per item, so an invalid
 * one fails its own order only.
 *
 * @param orderId the order to charge (one payment per order)
 * @param amount the amount in whole yen, 100 to 1,000,000
 * @param currency only {@code JPY}; the default when omitted
 */
public record BatchPaymentItem(@NotNull @Positive Long orderId, @Nullable BigDecimal amount,
		@Nullable String currency) {
}
