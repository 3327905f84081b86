package com.orderplatform.order.api;

import java.math.BigDecimal;

/**
 * One line of an order.
 *
 * @param id the item's id
 * @param productName the product's name
 * @param quantity how many
 * @param unitPrice the price of one unit
 * @param subtotal quantity × unit price
 */
public record OrderItemView(long id, String productName, int quantity, BigDecimal unitPrice, BigDecimal subtotal) {
}
