/**
 * The staged rows of a job ({@code import_rows}, {@code import_errors}): written chunk by
 * chunk while a job validates, read back in group-key order ({@link StagedOrders}) while
 * it processes, and deleted with the job. {@link ImportStagingRepository} is what the
 * runner writes and reads through, {@link ImportStagingReads} what the API and the
 * downloads read back (errors, the order each row became); plain SQL on JdbcClient; it
 * uses {@code file.validation}'s row and error types and nothing else of the import.
 */
package com.orderplatform.order.bulkimport.staging;
