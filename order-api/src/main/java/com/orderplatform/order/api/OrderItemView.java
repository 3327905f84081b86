package com.orderplatform.order.api;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One line of an order.
 *
 * @param id the item's id
 * @param productName the product's name
 * @param quantity how many
 * @param unitPrice the price of one unit
 * @param subtotal quantity × unit price
 * @param notes the line's notes (the CSV import's {@code notes} / {@code 備考}, or the
 * order request's), trimmed; {@code null} when there are none
 */
public record OrderItemView(long id, String productName, int quantity, BigDecimal unitPrice, BigDecimal subtotal,
		@Nullable String notes) {
}
