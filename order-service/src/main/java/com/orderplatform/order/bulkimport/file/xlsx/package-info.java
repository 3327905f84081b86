/**
 * Excel workbooks (.xlsx): refused early when they are old (.xls), encrypted, with
 * macros, a zip bomb or beyond the limits ({@link WorkbookGuard}), then streamed a sheet
 * at a time with the cells as a person typed them ({@link SheetRows}); and errors.xlsx
 * ({@link ErrorsXlsxWriter}).
 */
package com.orderplatform.order.bulkimport.file.xlsx;
