/**
 * Writing CSV that spreadsheets open safely, shared by the CSV import's reports
 * (errors.csv, results.csv, the template) and the orders export:
 * {@link com.orderplatform.order.csv.DialectCsvWriter} streams records in a given
 * encoding, byte order mark, delimiter and
 * {@link com.orderplatform.order.csv.LineEnding}, and
 * {@link com.orderplatform.order.csv.CsvCells} neutralises formula cells (CSV injection,
 * OWASP) for any delimiter a spreadsheet may open the file with. Depends on no other
 * feature.
 */
package com.orderplatform.order.csv;
