package com.orderplatform.order.bulkimport.file.validation;

import java.math.BigDecimal;
import java.util.List;

/**
 * A valid order: every row of it is valid and its total is 100 to 1,000,000 JPY.
 *
 * @param groupKey the rows' group key
 * @param orderRef the order_ref, {@code null} for a one-row order without one
 * @param customerEmail the customer's email (as written in the order's first row)
 * @param customerName the customer's name
 * @param items the lines, by row number
 */
public record ImportedOrder(String groupKey, String orderRef, String customerEmail, String customerName,
		List<ImportedItem> items) implements OrderGroupResult {

	/** Keeps an unmodifiable copy of the items. */
	public ImportedOrder {
		items = List.copyOf(items);
	}

	/**
	 * Σ quantity × unit price, exact.
	 * @return the total in yen
	 */
	public BigDecimal total() {
		return this.items.stream().map(ImportedItem::subtotal).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/**
	 * The order's first row, the one an order records as where it comes from.
	 * @return the lowest row number
	 */
	public int firstRowNumber() {
		return this.items.get(0).rowNumber();
	}

	@Override
	public List<Integer> rowNumbers() {
		return this.items.stream().map(ImportedItem::rowNumber).toList();
	}

}
