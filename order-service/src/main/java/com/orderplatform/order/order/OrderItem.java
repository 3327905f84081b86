package com.orderplatform.order.order;

import java.math.BigDecimal;

/**
 * One line of an order: a product, how many, and the price of one in whole yen.
 *
 * @param id the item's id, {@code null} until it is saved
 * @param productName the product's name
 * @param quantity how many, greater than zero
 * @param unitPrice the price of one unit in whole yen, greater than zero
 * @param notes free text kept with the line (the CSV import's {@code notes}), trimmed, at
 * most {@value #MAX_NOTES} characters; {@code null} when there are none
 */
public record OrderItem(Long id, String productName, int quantity, BigDecimal unitPrice, String notes) {

	/** The most characters an item's notes may have (the CSV import's limit too). */
	public static final int MAX_NOTES = 500;

	private static final BigDecimal LARGEST_PRICE = BigDecimal.valueOf(Long.MAX_VALUE);

	/**
	 * Checks the item's invariants, normalises the price to whole yen (scale 0) and the
	 * notes to trimmed text or {@code null}.
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
		notes = notes(notes);
	}

	/**
	 * A new, unsaved item without notes.
	 * @param productName the product's name
	 * @param quantity how many
	 * @param unitPrice the price of one unit in whole yen
	 * @return the item
	 */
	public static OrderItem of(String productName, int quantity, BigDecimal unitPrice) {
		return of(productName, quantity, unitPrice, null);
	}

	/**
	 * A new, unsaved item.
	 * @param productName the product's name
	 * @param quantity how many
	 * @param unitPrice the price of one unit in whole yen
	 * @param notes the line's notes, {@code null} or blank for none
	 * @return the item
	 */
	public static OrderItem of(String productName, int quantity, BigDecimal unitPrice, String notes) {
		return new OrderItem(null, productName, quantity, unitPrice, notes);
	}

	/**
	 * Quantity × unit price, exact.
	 * @return the line's amount in yen
	 */
	public BigDecimal subtotal() {
		return this.unitPrice.multiply(BigDecimal.valueOf(this.quantity));
	}

	private static String notes(String notes) {
		if (notes == null || notes.isBlank()) {
			return null;
		}
		String trimmed = notes.strip();
		if (trimmed.codePointCount(0, trimmed.length()) > MAX_NOTES) {
			throw new InvalidOrderException("notes", "may have at most " + MAX_NOTES + " characters");
		}
		return trimmed;
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
