package com.orderplatform.order.bulkimport.file.validation;

import com.orderplatform.order.bulkimport.file.ImportColumn;
import com.orderplatform.order.bulkimport.file.ImportRow;

/**
 * The two amount cells of a row, quantity and unit price: whole numbers from 1 to
 * {@link ImportRowValidator#MAX_AMOUNT}, written as people write them in Japan
 * ({@link CellValues#wholeNumber}), each problem with its own code and a message that
 * says what to enter instead.
 */
final class AmountCells {

	private AmountCells() {
	}

	static long quantity(ImportRow row, RowErrors errors) {
		String raw = row.value(ImportColumn.QUANTITY);
		CellValues.Number number = CellValues.wholeNumber(raw);
		String column = ImportRowValidator.column(ImportColumn.QUANTITY);
		switch (number.kind()) {
			case EMPTY -> errors.add(ImportColumn.QUANTITY, RowErrorCode.QUANTITY_REQUIRED,
					column + " is empty; enter how many units are ordered, a whole number of at least 1.");
			case NOT_A_NUMBER,
					FRACTION ->
				errors.add(ImportColumn.QUANTITY, RowErrorCode.QUANTITY_NOT_WHOLE_NUMBER,
						column + " " + ImportRowValidator.quoted(raw)
								+ " is not a whole number; enter how many units are ordered, e.g. 3.");
			case WHOLE -> {
				if (number.value() < 1) {
					errors.add(ImportColumn.QUANTITY, RowErrorCode.QUANTITY_BELOW_ONE,
							column + " must be at least 1 but is " + ImportRowValidator.quoted(raw)
									+ "; remove the row if nothing is ordered.");
				}
				else if (number.value() > ImportRowValidator.MAX_AMOUNT) {
					errors.add(ImportColumn.QUANTITY, RowErrorCode.QUANTITY_TOO_LARGE, column + " "
							+ ImportRowValidator.quoted(raw)
							+ " is too large: an order may total at most 1,000,000 JPY; split it into several orders.");
				}
			}
		}
		return number.value();
	}

	static long unitPrice(ImportRow row, RowErrors errors) {
		String raw = row.value(ImportColumn.UNIT_PRICE);
		CellValues.Number number = CellValues.wholeNumber(raw);
		String column = ImportRowValidator.column(ImportColumn.UNIT_PRICE);
		switch (number.kind()) {
			case EMPTY -> errors.add(ImportColumn.UNIT_PRICE, RowErrorCode.UNIT_PRICE_REQUIRED,
					column + " is empty; enter the price of one unit in whole yen, e.g. 89800.");
			case NOT_A_NUMBER,
					FRACTION ->
				errors.add(ImportColumn.UNIT_PRICE, RowErrorCode.UNIT_PRICE_NOT_WHOLE_YEN,
						column + " " + ImportRowValidator.quoted(raw)
								+ " is not a whole number of yen; enter the price of one unit"
								+ " without sen, e.g. 89800 or 89,800.");
			case WHOLE -> {
				if (number.value() < 1) {
					errors.add(ImportColumn.UNIT_PRICE, RowErrorCode.UNIT_PRICE_NOT_POSITIVE,
							column + " must be greater than 0 but is " + ImportRowValidator.quoted(raw)
									+ "; enter the price of one unit in yen.");
				}
				else if (number.value() > ImportRowValidator.MAX_AMOUNT) {
					errors.add(ImportColumn.UNIT_PRICE, RowErrorCode.UNIT_PRICE_TOO_LARGE,
							column + " " + ImportRowValidator.quoted(raw)
									+ " is too large: an order may total at most 1,000,000 JPY.");
				}
			}
		}
		return number.value();
	}

}
