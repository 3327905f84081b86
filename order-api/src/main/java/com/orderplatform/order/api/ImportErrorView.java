package com.orderplatform.order.api;

import org.jspecify.annotations.Nullable;

/**
 * One error of an imported row.
 *
 * @param rowNumber the row as a spreadsheet shows it (the header is row 1)
 * @param column the column at fault, {@code null} for an error of the whole order
 * @param code a stable code ({@code QUANTITY_BELOW_ONE}, {@code ORDER_HAS_INVALID_ROW} …)
 * @param message what is wrong and how to fix it, in English
 */
public record ImportErrorView(int rowNumber, @Nullable String column, String code, String message) {
}
