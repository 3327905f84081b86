package com.orderplatform.order.api;

import java.util.List;
import java.util.Map;

/**
 * One row as a mapping reads it.
 *
 * @param rowNumber the row as a spreadsheet shows it
 * @param values field → value as the import reads it (mapped fields only)
 * @param errors the row's errors, empty when it is valid
 */
public record ImportMappedRow(int rowNumber, Map<String, String> values, List<ImportErrorView> errors) {
}
