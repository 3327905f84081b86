package com.orderplatform.order.bulkimport.file.validation;

import com.orderplatform.order.bulkimport.file.ImportColumn;
import com.orderplatform.order.bulkimport.file.ImportRow;

/**
 * The two amount cells of a row, quantity and unit price: whole numbers from 1 to
 * {@link ImportRowValidator#MAX_AMOUNT}, written as people write them in Japan
 * ({@link CellValues#wholeNumber}), each problem with its own code and a message that
 * says what to enter instead. Both cells follow one rule; only their codes and words
 * differ ({@link Rule}).
 */
final class AmountCells {

	private static final Rule QUANTITY = new Rule(ImportColumn.QUANTITY, RowErrorCode.QUANTITY_REQUIRED,
			"%1$s is empty; enter how many units are ordered, a whole number of at least 1.",
			RowErrorCode.QUANTITY_NOT_WHOLE_NUMBER,
			"%1$s %2$s is not a whole number; enter how many units are ordered, e.g. 3.",
			RowErrorCode.QUANTITY_BELOW_ONE,
			"%1$s must be at least 1 but is %2$s; remove the row if nothing is ordered.",
			RowErrorCode.QUANTITY_TOO_LARGE,
			"%1$s %2$s is too large: an order may total at most 1,000,000 JPY; split it into several orders.");

	private static final Rule UNIT_PRICE = new Rule(ImportColumn.UNIT_PRICE, RowErrorCode.UNIT_PRICE_REQUIRED,
			"%1$s is empty; enter the price of one unit in whole yen, e.g. 89800.",
			RowErrorCode.UNIT_PRICE_NOT_WHOLE_YEN,
			"%1$s %2$s is not a whole number of yen; enter the price of one unit without sen, e.g. 89800 or 89,800.",
			RowErrorCode.UNIT_PRICE_NOT_POSITIVE,
			"%1$s must be greater than 0 but is %2$s; enter the price of one unit in yen.",
			RowErrorCode.UNIT_PRICE_TOO_LARGE, "%1$s %2$s is too large: an order may total at most 1,000,000 JPY.");

	private AmountCells() {
	}

	static long quantity(ImportRow row, RowErrors errors) {
		return QUANTITY.read(row, errors);
	}

	static long unitPrice(ImportRow row, RowErrors errors) {
		return UNIT_PRICE.read(row, errors);
	}

	/**
	 * One amount cell's codes and messages; each message is a format of the column's name
	 * ({@code %1$s}) and the quoted cell ({@code %2$s}).
	 */
	private record Rule(ImportColumn column, RowErrorCode empty, String emptyMessage, RowErrorCode notWhole,
			String notWholeMessage, RowErrorCode belowOne, String belowOneMessage, RowErrorCode tooLarge,
			String tooLargeMessage) {

		long read(ImportRow row, RowErrors errors) {
			String raw = row.value(this.column);
			CellValues.Number number = CellValues.wholeNumber(raw);
			switch (number.kind()) {
				case EMPTY -> report(errors, this.empty, this.emptyMessage, raw);
				case NOT_A_NUMBER, FRACTION -> report(errors, this.notWhole, this.notWholeMessage, raw);
				case WHOLE -> {
					if (number.value() < 1) {
						report(errors, this.belowOne, this.belowOneMessage, raw);
					}
					else if (number.value() > ImportRowValidator.MAX_AMOUNT) {
						report(errors, this.tooLarge, this.tooLargeMessage, raw);
					}
				}
			}
			return number.value();
		}

		private void report(RowErrors errors, RowErrorCode code, String message, String raw) {
			errors.add(this.column, code,
					message.formatted(ImportRowValidator.column(this.column), ImportRowValidator.quoted(raw)));
		}

	}

}
