/**
 * CSV files back to the user: {@link ErrorsCsvWriter} (the failed rows with their
 * errors), {@link ResultsCsvWriter} (every row with the order it became) and
 * {@link TemplateCsv}, all in the upload's dialect with formula cells neutralised. It
 * uses {@code file} (the dialect) and {@code file.validation} (the errors), nothing of
 * jobs or processing.
 */
package com.orderplatform.order.bulkimport.file.csv;
