package com.orderplatform.order.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * One line of a new order.
 *
 * @param productName the product's name
 * @param quantity how many, greater than zero
 * @param unitPrice the price of one unit in whole yen, greater than zero
 * @param notes free text kept with the line (a discount applied, a department), at most
 * 500 characters, as the CSV import's {@code notes}; optional
 */
public record OrderItemRequest(@NotBlank @Size(max = 200) String productName,
		@NotNull @Positive @Max(1_000_000) Integer quantity,
		@NotNull @DecimalMin(value = "1", message = "must be greater than 0") @Digits(integer = 10, fraction = 0,
				message = "must be a whole number of yen") BigDecimal unitPrice,
		@Size(max = 500, message = "may have at most 500 characters") @Nullable String notes) {

	/**
	 * A line without notes.
	 * @param productName the product's name
	 * @param quantity how many
	 * @param unitPrice the price of one unit in whole yen
	 */
	public OrderItemRequest(String productName, Integer quantity, BigDecimal unitPrice) {
		this(productName, quantity, unitPrice, null);
	}

}
