package com.orderplatform.order.order;

import java.math.BigDecimal;
import java.util.List;

/**
 * An order about to be placed: who orders what. Its total is the exact sum of its items'
 * subtotals.
 *
 * @param customerEmail the customer's email address
 * @param customerName the customer's name
 * @param currency always {@code JPY}
 * @param batchId the import batch the order comes from, {@code null} for a single order
 * @param importRowNumber the row of the import file it comes from, {@code null} for a
 * single order
 * @param items the lines, at least one
 */
public record NewOrder(String customerEmail, String customerName, String currency, String batchId,
		Integer importRowNumber, List<OrderItem> items) {

	/** The only currency the platform accepts. */
	public static final String JPY = "JPY";

	/** The largest total the system records (the database stores whole yen in BIGINT). */
	static final BigDecimal LARGEST_TOTAL = BigDecimal.valueOf(Long.MAX_VALUE);

	/**
	 * Checks the order's invariants.
	 * @throws InvalidOrderException when one is broken
	 */
	public NewOrder {
		currency = (currency != null) ? currency : JPY;
		if (!JPY.equals(currency)) {
			throw new InvalidOrderException("currency", "only JPY is supported but was " + currency);
		}
		if (items == null || items.isEmpty()) {
			throw new InvalidOrderException("items", "must contain at least one item");
		}
		items = List.copyOf(items);
		if (totalOf(items).compareTo(LARGEST_TOTAL) > 0) {
			throw new InvalidOrderException("items",
					"the order total " + totalOf(items).toPlainString() + " JPY is larger than the system records");
		}
	}

	/**
	 * A single order placed through the API (no import batch).
	 * @param customerEmail the customer's email address
	 * @param customerName the customer's name
	 * @param currency the currency, {@code null} for JPY
	 * @param items the lines
	 * @return the new order
	 */
	public static NewOrder single(String customerEmail, String customerName, String currency, List<OrderItem> items) {
		return new NewOrder(customerEmail, customerName, currency, null, null, items);
	}

	/**
	 * Σ quantity × unit price over all items, exact.
	 * @return the total in yen
	 */
	public BigDecimal totalAmount() {
		return totalOf(this.items);
	}

	static BigDecimal totalOf(List<OrderItem> items) {
		return items.stream().map(OrderItem::subtotal).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
