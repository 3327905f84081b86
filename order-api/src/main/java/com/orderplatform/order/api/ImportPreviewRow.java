package com.orderplatform.order.api;

import java.util.List;

/**
 * One data row of a file as written.
 *
 * @param rowNumber the row as a spreadsheet shows it
 * @param cells its cells, untouched
 */
public record ImportPreviewRow(int rowNumber, List<String> cells) {
}
