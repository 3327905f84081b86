package com.orderplatform.order.bulkimport.file.validation;

/**
 * Why a row is not imported. The names are stable identifiers (the dashboard translates
 * them, errors.csv writes them); {@link RowError#message()} says the same in English.
 */
public enum RowErrorCode {

	/** {@code customer_email} is empty. */
	CUSTOMER_EMAIL_REQUIRED,

	/** {@code customer_email} is not an email address (or longer than 254 characters). */
	CUSTOMER_EMAIL_INVALID,

	/** {@code customer_name} is empty. */
	CUSTOMER_NAME_REQUIRED,

	/** {@code customer_name} is longer than 100 characters. */
	CUSTOMER_NAME_TOO_LONG,

	/** {@code product_name} is empty. */
	PRODUCT_NAME_REQUIRED,

	/** {@code product_name} is longer than 200 characters. */
	PRODUCT_NAME_TOO_LONG,

	/** {@code quantity} is empty. */
	QUANTITY_REQUIRED,

	/** {@code quantity} is not a whole number. */
	QUANTITY_NOT_WHOLE_NUMBER,

	/** {@code quantity} is 0 or negative. */
	QUANTITY_BELOW_ONE,

	/**
	 * {@code quantity} is above 1,000,000 (no order may total more than 1,000,000 JPY).
	 */
	QUANTITY_TOO_LARGE,

	/** {@code unit_price} is empty. */
	UNIT_PRICE_REQUIRED,

	/** {@code unit_price} is not a whole number of yen. */
	UNIT_PRICE_NOT_WHOLE_YEN,

	/** {@code unit_price} is 0 or negative. */
	UNIT_PRICE_NOT_POSITIVE,

	/** {@code unit_price} is above 1,000,000 JPY (no order may total more). */
	UNIT_PRICE_TOO_LARGE,

	/** {@code currency} is neither empty nor JPY. */
	CURRENCY_NOT_SUPPORTED,

	/** {@code notes} is longer than 500 characters. */
	NOTES_TOO_LONG,

	/** {@code order_ref} is longer than 100 characters. */
	ORDER_REF_TOO_LONG,

	/**
	 * A workbook cell an import column reads shows an Excel error ({@code #N/A}) or holds
	 * a formula without a calculated value; the message names the cell, e.g. {@code E12}.
	 * The column's other checks are left out.
	 */
	CELL_ERROR,

	/** The row has non-empty cells beyond the header's columns. */
	EXTRA_CELLS,

	/** Rows of one order give different customer names. */
	CUSTOMER_NAME_MISMATCH,

	/** An order has more than 1,000 rows (items). */
	ORDER_TOO_MANY_ITEMS,

	/** The order's total is outside 100 to 1,000,000 JPY; on every row of the order. */
	ORDER_TOTAL_OUT_OF_RANGE,

	/** The row is valid but another row of its order is not, so the whole order fails. */
	ORDER_HAS_INVALID_ROW

}
