/**
 * The uploaded file as a whole: {@link ImportFileInspector} refuses a file or describes
 * it ({@link FileProfile}: encoding UTF-8 or Windows-31J by {@link EncodingDetector},
 * delimiter, line ending, header mapped by {@link ColumnMapping}), and
 * {@link ImportRowReader} streams its rows with the row numbers a spreadsheet shows.
 * Plain Java on FastCSV, streaming: memory does not grow with the file. It may use only
 * the import's public face ({@code bulkimport}: its settings and the exceptions the API
 * maps); it knows nothing of jobs, staging or processing.
 */
package com.orderplatform.order.bulkimport.file;
