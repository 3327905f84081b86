package com.orderplatform.order.order;

import java.math.BigDecimal;

/**
 * One line of an order: a product, how many, and the price of one in whole yen.
 *
 * @param id the item's id, {@code null} until it is saved
 * @param productName the product's name
 * @param quantity how many, greater than zero
 * @param unitPrice the price of one unit in whole yen, greater than zero
 */
public record OrderItem(Long id, String productName, int quantity, BigDecimal unitPrice) {

	private static final BigDecimal LARGEST_PRICE = BigDecimal.valueOf(Long.MAX_VALUE);

	/**
	 * Checks the item's invariants and normalises the price to whole yen (scale 0).
	 * @throws InvalidOrderException when a value breaks them
	 */
	public OrderItem {
		if (productName == null || productName.isBlank()) {
			throw new InvalidOrderException("product_name", "must not be blank");
		}
		if (quantity <= 0) {
			throw new InvalidOrderException("quantity", "must be greater than 0 but was " + quantity);
		}
		unitPrice = wholeYen(unitPrice);
	}

	/**
	 * A new, unsaved item.
	 * @param productName the product's name
	 * @param quantity how many
	 * @param unitPrice the price of one unit in whole yen
	 * @return the item
	 */
	public static OrderItem of(String productName, int quantity, BigDecimal unitPrice) {
		return new OrderItem(null, productName, quantity, unitPrice);
	}

	/**
	 * Quantity × unit price, exact.
	 * @return the line's amount in yen
	 */
	public BigDecimal subtotal() {
		return this.unitPrice.multiply(BigDecimal.valueOf(this.quantity));
	}

	private static BigDecimal wholeYen(BigDecimal price) {
		if (price == null || price.signum() <= 0) {
			throw new InvalidOrderException("unit_price", "must be greater than 0 but was " + price);
		}
		if (price.stripTrailingZeros().scale() > 0) {
			throw new InvalidOrderException("unit_price", "must be a whole number of yen but was " + price);
		}
		if (price.compareTo(LARGEST_PRICE) > 0) {
			throw new InvalidOrderException("unit_price", "is too large: " + price);
		}
		return price.setScale(0);
	}

}
