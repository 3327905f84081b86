package com.orderplatform.order.api;

import java.util.List;

/**
 * The first rows of a file read with a mapping and validated exactly as the import will.
 *
 * @param rows the rows (at most 20)
 * @param validRows how many of them are valid
 * @param invalidRows how many have errors
 * @param problems what is wrong with the mapping as a whole, empty when it can be used
 */
public record ImportMappingPreview(List<ImportMappedRow> rows, int validRows, int invalidRows, List<String> problems) {
}
