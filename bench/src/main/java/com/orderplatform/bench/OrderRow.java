package com.orderplatform.bench;

/**
 * One data row of a generated import file: one order of one item, as in the spec's file
 * format.
 *
 * @param customerEmail the customer's email address
 * @param customerName the customer's name
 * @param productName the product
 * @param quantity the quantity, at least 1
 * @param unitPrice the unit price in whole yen
 * @param notes the notes, possibly empty
 */
public record OrderRow(String customerEmail, String customerName, String productName, int quantity, long unitPrice,
		String notes) {

	/** The payment service's limits: an order outside them fails validation. */
	static final long MIN_TOTAL = 100;

	static final long MAX_TOTAL = 1_000_000;

	/**
	 * The order's total.
	 * @return quantity × unit price
	 */
	public long total() {
		return this.quantity * this.unitPrice;
	}

	/**
	 * Whether the import accepts this row (its total is within the payment limits).
	 * @return whether the row becomes a paid order
	 */
	public boolean valid() {
		long total = total();
		return total >= MIN_TOTAL && total <= MAX_TOTAL;
	}

}
