package com.orderplatform.e2e;

import java.nio.charset.StandardCharsets;

/**
 * A generated import file whose outcome is known in advance: every tenth and eleventh row
 * of ten form one order of two items ({@code order_ref}), the others are orders of one
 * row; with errors, every 500th row (from the 8th) has a bad email (failing its order of
 * one) and every 1000th row a quantity of 0 (failing its order of two, the partner row
 * too).
 *
 * @param bytes the file, UTF-8, CRLF
 * @param rows data rows
 * @param validRows rows that become order items
 * @param failedRows rows that fail (their own error or their order's)
 * @param orders orders in the file
 * @param failedOrders orders that fail
 * @param importedAmount the sum of the imported orders' totals in yen
 */
record OrderCsvFile(byte[] bytes, int rows, int validRows, int failedRows, int orders, int failedOrders,
		long importedAmount) {

	int importedOrders() {
		return this.orders - this.failedOrders;
	}

	/**
	 * A file of the given size.
	 * @param tag makes the file (its emails) unique to one test, so uploads never collide
	 * @param rows data rows
	 * @param withErrors whether some rows are invalid
	 * @return the file and its expected outcome
	 */
	static OrderCsvFile generate(String tag, int rows, boolean withErrors) {
		StringBuilder csv = new StringBuilder(
				"customer_email,customer_name,product_name,quantity,unit_price,currency,order_ref\r\n");
		int valid = 0;
		int orders = 0;
		int failedOrders = 0;
		long amount = 0;
		for (int i = 0; i < rows; i++) {
			boolean paired = i % 10 < 2 && (i / 10) * 10 + 1 < rows;
			String customer = paired ? "p" + (i / 10) : "s" + i;
			boolean badEmail = withErrors && !paired && i % 500 == 7;
			boolean badQuantity = withErrors && paired && i % 1000 == 0;
			int quantity = badQuantity ? 0 : 1 + i % 5;
			int unitPrice = 1000 + i % 9000;
			csv.append(badEmail ? "not-an-email" : tag + "-" + customer + "@example.co.jp")
				.append(",顧客")
				.append(customer)
				.append(",商品")
				.append(i % 50)
				.append(',')
				.append(quantity)
				.append(',')
				.append(unitPrice)
				.append(",JPY,")
				.append(paired ? "R" + (i / 10) : "")
				.append("\r\n");
			boolean orderStarts = !paired || i % 10 == 0;
			if (orderStarts) {
				orders++;
			}
			boolean orderFails = badEmail || (paired && withErrors && (i / 10) % 100 == 0);
			if (orderFails) {
				if (orderStarts) {
					failedOrders++;
				}
			}
			else {
				valid++;
				amount += (long) quantity * unitPrice;
			}
		}
		return new OrderCsvFile(csv.toString().getBytes(StandardCharsets.UTF_8), rows, valid, rows - valid, orders,
				failedOrders, amount);
	}

}
