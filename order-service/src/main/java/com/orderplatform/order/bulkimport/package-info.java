/**
 * The file side of the CSV bulk order import: from an uploaded file to validated orders
 * and per-row errors, and CSV files back.
 * {@link com.orderplatform.order.bulkimport.ImportFileInspector} refuses a file as a
 * whole or describes it (encoding UTF-8 or Windows-31J, delimiter, line ending, header);
 * {@link com.orderplatform.order.bulkimport.ImportRowReader} streams its rows with the
 * row numbers a spreadsheet shows;
 * {@link com.orderplatform.order.bulkimport.ImportRowValidator} checks each row's values
 * and {@link com.orderplatform.order.bulkimport.OrderGrouper} turns the rows of one order
 * into the order or fails all of them;
 * {@link com.orderplatform.order.bulkimport.ErrorsCsvWriter},
 * {@link com.orderplatform.order.bulkimport.ResultsCsvWriter} and
 * {@link com.orderplatform.order.bulkimport.TemplateCsv} write CSV in the upload's
 * dialect with formula cells neutralised. Plain Java on FastCSV, streaming throughout:
 * memory does not grow with the file.
 */
package com.orderplatform.order.bulkimport;
