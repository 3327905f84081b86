/**
 * The file side of the CSV bulk order import: from an uploaded file to validated orders
 * and per-row errors, and CSV files back.
 * {@link com.orderplatform.order.bulkimport.file.ImportFileInspector} refuses a file as a
 * whole or describes it (encoding UTF-8 or Windows-31J, delimiter, line ending, header);
 * {@link com.orderplatform.order.bulkimport.file.ImportRowReader} streams its rows with
 * the row numbers a spreadsheet shows;
 * {@link com.orderplatform.order.bulkimport.file.validation.ImportRowValidator} checks
 * each row's values and
 * {@link com.orderplatform.order.bulkimport.file.validation.OrderGrouper} turns the rows
 * of one order into the order or fails all of them;
 * {@link com.orderplatform.order.bulkimport.file.csv.ErrorsCsvWriter},
 * {@link com.orderplatform.order.bulkimport.file.csv.ResultsCsvWriter} and
 * {@link com.orderplatform.order.bulkimport.file.csv.TemplateCsv} write CSV in the
 * upload's dialect with formula cells neutralised. Plain Java on FastCSV, streaming
 * throughout: memory does not grow with the file.
 * <p>
 * On top of that file core, the job pipeline:
 * {@link com.orderplatform.order.bulkimport.ImportService} receives uploads
 * ({@code /api/v1/imports}) and queues them as durable jobs ({@code import_jobs}), their
 * files kept in a {@link com.orderplatform.order.bulkimport.storage.ImportStore} (a local
 * folder, or S3-compatible object storage shared by every instance); the
 * {@code ImportRunner} claims queued jobs with a lease ({@code ImportJobClaims}, on
 * {@code common.lease}) and runs at most {@code oms.import.max-concurrent-jobs} at once
 * on {@code ImportWorker}s; {@code ImportValidation} stages every row and error
 * ({@code import_rows}, {@code import_errors}) chunk by chunk and decides the orders;
 * {@code ImportProcessing} goes on from the job's checkpoint, one chunk at a time
 * ({@code ImportChunks}: saved by {@code ImportOrderWriter}, charged with one batch
 * payment by {@code ImportCharger}, confirmed with one bulk notification by
 * {@code ImportConfirmations}), and {@code ImportCompletion} ends the job. While the
 * payment or notification service cannot be reached a job waits ({@code ImportOutage}):
 * it is parked without a worker and taken up again with backoff until
 * {@code oms.import.outage.patience} has passed.
 * {@link com.orderplatform.order.bulkimport.ImportRetry} queues an ended import to charge
 * its unpaid orders again, or a failed one to go on from its checkpoint;
 * {@link com.orderplatform.order.bulkimport.processing.ImportCancellation} cancels jobs,
 * waiting ones at once; {@link com.orderplatform.order.bulkimport.ImportDownloads}
 * streams errors.csv and results.csv back.
 */
package com.orderplatform.order.bulkimport;
