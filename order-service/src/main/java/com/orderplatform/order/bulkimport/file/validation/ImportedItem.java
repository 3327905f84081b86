package com.orderplatform.order.bulkimport.file.validation;

import java.math.BigDecimal;

/**
 * A valid row: one line of an order.
 *
 * @param rowNumber the row it comes from
 * @param productName the product, trimmed
 * @param quantity how many, 1 to 1,000,000
 * @param unitPrice the price of one unit in whole yen (scale 0), 1 to 1,000,000
 * @param notes the notes, trimmed, {@code ""} when none
 */
public record ImportedItem(int rowNumber, String productName, int quantity, BigDecimal unitPrice, String notes) {

	/**
	 * Quantity × unit price, exact.
	 * @return the line's amount in yen
	 */
	public BigDecimal subtotal() {
		return this.unitPrice.multiply(BigDecimal.valueOf(this.quantity));
	}

}
