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
 * <p>
 * On top of that file core, the job pipeline:
 * {@link com.orderplatform.order.bulkimport.ImportService} receives uploads
 * ({@code /api/v1/imports}) and queues them as durable jobs ({@code import_jobs}); the
 * {@code ImportRunner} claims queued jobs with a lease and runs at most
 * {@code oms.import.max-concurrent-jobs} at once; {@code ImportValidation} stages every
 * row and error ({@code import_rows}, {@code import_errors}) chunk by chunk and decides
 * the orders; {@code ImportProcessing} creates the valid orders chunk by chunk
 * ({@code ImportOrderWriter}), charges each chunk with one batch payment and confirms it
 * with one bulk notification ({@code ImportCharger});
 * {@link com.orderplatform.order.bulkimport.ImportRetry} charges an import's unpaid
 * orders again; {@link com.orderplatform.order.bulkimport.ImportDownloads} streams
 * errors.csv and results.csv back.
 */
package com.orderplatform.order.bulkimport;
