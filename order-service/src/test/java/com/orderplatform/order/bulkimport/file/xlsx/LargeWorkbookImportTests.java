package com.orderplatform.order.bulkimport.file.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.orderplatform.order.bulkimport.file.FileProfile;
import com.orderplatform.order.bulkimport.file.FileReading;
import com.orderplatform.order.bulkimport.file.ImportFileInspector;
import com.orderplatform.order.bulkimport.file.ImportLimits;
import com.orderplatform.order.bulkimport.file.ImportRow;
import com.orderplatform.order.bulkimport.file.ImportRowReader;
import com.orderplatform.order.bulkimport.file.validation.ImportRowValidator;
import com.orderplatform.order.bulkimport.file.validation.RowErrorCode;
import com.orderplatform.order.bulkimport.file.validation.ValidatedRow;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workbook at the row limit, written by POI's streaming SXSSF to a temporary file
 * (inline strings, so that nothing but the rows could grow), streams through the guard,
 * the reader and validation one row at a time (FastExcel opened from the file, never the
 * whole file in memory); the counts and row numbers are exact, and a JVM with a 32 MiB
 * heap reads it as well (it reads in 20 MiB; keeping the rows runs out of 32 MiB).
 */
class LargeWorkbookImportTests {

	private static final int ROWS = 100_000;

	@TempDir
	Path dir;

	@Test
	void readsAndValidatesOneHundredThousandRowsOfAWorkbook() throws IOException {
		Path file = this.dir.resolve("orders.xlsx");
		write(file);
		FileProfile profile = new ImportFileInspector(ImportLimits.DEFAULTS).inspect(file, null,
				new FileReading("xlsx", null, null, null));
		int rows = 0;
		int invalid = 0;
		int lastRowNumber = 0;
		long quantities = 0;

		try (ImportRowReader reader = ImportRowReader.open(file, profile, ImportLimits.DEFAULTS)) {
			for (ImportRow row : reader) {
				ValidatedRow validated = ImportRowValidator.validate(row);
				rows++;
				lastRowNumber = row.rowNumber();
				if (!validated.errors().isEmpty()) {
					invalid++;
					assertThat(validated.errors()).extracting(error -> error.code())
						.containsExactly(RowErrorCode.QUANTITY_NOT_WHOLE_NUMBER);
				}
				else {
					quantities += validated.item().quantity();
				}
			}
		}

		assertThat(profile.headerRowNumber()).isEqualTo(1);
		assertThat(rows).isEqualTo(ROWS);
		assertThat(lastRowNumber).isEqualTo(ROWS + 1);
		assertThat(invalid).isEqualTo(100);
		// quantities 1..4 repeat; the 100 invalid rows are those with quantity 1 (i %
		// 1000 == 0)
		assertThat(quantities).isEqualTo(ROWS / 4 * 10L - 100);
		// and a JVM with a 32 MiB heap reads it too: memory does not grow with the rows
		assertThat(readInAJvmOfItsOwn(file, "-Xmx32m")).isEqualTo("100000 rows, 100 invalid");
	}

	private static String readInAJvmOfItsOwn(Path file, String heap) throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		Process process = new ProcessBuilder(java, heap, "-cp", System.getProperty("java.class.path"),
				WorkbookReadingProcess.class.getName(), file.toString())
			.redirectErrorStream(true)
			.start();
		try {
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
			assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
			assertThat(process.exitValue()).as(output).isZero();
			return output;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		finally {
			process.destroyForcibly();
		}
	}

	/**
	 * Row i (from 0) is line (i % 4) of order i / 4; every 1,000th row's quantity is
	 * text.
	 */
	private static void write(Path file) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, true, false);
				OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("注文");
			String[] header = { "customer_email", "customer_name", "product_name", "quantity", "unit_price", "currency",
					"notes", "order_ref" };
			Row first = sheet.createRow(0);
			for (int c = 0; c < header.length; c++) {
				first.createCell(c).setCellValue(header[c]);
			}
			for (int i = 0; i < ROWS; i++) {
				Row row = sheet.createRow(i + 1);
				int order = i / 4;
				row.createCell(0).setCellValue("customer" + (order % 5000) + "@example.co.jp");
				row.createCell(1).setCellValue("顧客" + (order % 5000));
				row.createCell(2).setCellValue("商品" + (i % 50));
				if (i % 1000 == 0) {
					row.createCell(3).setCellValue("一");
				}
				else {
					row.createCell(3).setCellValue(i % 4 + 1);
				}
				row.createCell(4).setCellValue(100 + (i % 7) * 10);
				row.createCell(5).setCellValue("JPY");
				row.createCell(6).setCellValue("備考 " + i);
				row.createCell(7).setCellValue("PO-" + order);
			}
			workbook.write(out);
			workbook.close();
		}
	}

}
