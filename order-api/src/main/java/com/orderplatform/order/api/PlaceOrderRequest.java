package com.orderplatform.order.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/v1/orders}: a new order for one customer with at least one item.
 *
 * @param customerEmail the customer's email address
 * @param customerName the customer's name (Japanese names welcome)
 * @param items the line items, at least one
 * @param currency the currency; only {@code JPY} is accepted, and it is the default when
 * omitted
 */
public record PlaceOrderRequest(
		@NotBlank @Size(max = 254) @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$",
				message = "must be a valid email address") String customerEmail,
		@NotBlank @Size(max = 200) String customerName,
		@NotEmpty(message = "must contain at least one item") @Size(max = 1000) List<@Valid OrderItemRequest> items,
		@Pattern(regexp = "JPY", message = "only JPY is supported") @Nullable String currency) {
}
