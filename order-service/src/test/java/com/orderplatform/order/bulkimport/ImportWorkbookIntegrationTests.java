package com.orderplatform.order.bulkimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.orderplatform.order.api.ImportErrorView;
import com.orderplatform.order.api.ImportJobStatus;
import com.orderplatform.order.api.ImportJobView;
import com.orderplatform.order.bulkimport.file.CsvFixtures;
import com.orderplatform.order.bulkimport.file.xlsx.XlsxFixtures;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * An Excel workbook written by Apache POI imported through the API on the real service:
 * numbers, dates, Japanese text, formulas, a merged header below a title and two bad rows
 * give exact counts, row numbers and errors; errors.csv (UTF-8 with BOM), results.csv and
 * errors.xlsx hold the sheet's rows; a sheet asked for by name, an unknown sheet, and
 * errors.xlsx of a CSV upload.
 */
class ImportWorkbookIntegrationTests extends ImportIntegrationTestSupport {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@RegisterExtension
	final DownstreamStubs downstream = new DownstreamStubs();

	@TempDir
	Path dir;

	@Test
	void importsAWorkbookWithExactCountsRowNumbersErrorsAndFiles() throws IOException {
		byte[] workbook = CsvFixtures.read(XlsxFixtures.write(this.dir.resolve("orders.xlsx"), XlsxFixtures::orders));

		ImportJobView queued = upload("注文.xlsx", workbook, "force", "true").expectStatus()
			.isAccepted()
			.expectBody(ImportJobView.class)
			.returnResult()
			.getResponseBody();
		ImportJobView job = awaitStatus(queued.id(), ImportJobStatus.COMPLETED_WITH_ERRORS);

		assertThat(queued.format()).isEqualTo("xlsx");
		assertThat(queued.sheet()).as("the first visible sheet, read").isEqualTo("注文");
		assertThat(job.totalRows()).isEqualTo(5);
		assertThat(job.successRows()).isEqualTo(3);
		assertThat(job.failedRows()).isEqualTo(2);
		assertThat(job.orderCount()).isEqualTo(4);
		assertThat(job.failedOrderCount()).isEqualTo(2);
		assertThat(job.encoding()).isEqualTo("Excel workbook");
		List<ImportErrorView> errors = errors(job.id(), 0, 10).items();
		assertThat(errors).extracting(ImportErrorView::rowNumber, ImportErrorView::column, ImportErrorView::code)
			.containsExactly(tuple(8, "quantity", "QUANTITY_NOT_WHOLE_NUMBER"), tuple(9, "unit_price", "CELL_ERROR"));
		assertThat(errors.get(1).message()).isEqualTo("Cell E9 (unit_price (単価)) shows the error #N/A instead of a"
				+ " value; correct the cell (or its formula) in the workbook.");

		// errors.csv: UTF-8 with BOM, CRLF, the sheet's header and rows as typed
		EntityExchangeResult<byte[]> csv = this.http.get()
			.uri("/api/v1/imports/{id}/errors.csv", job.id())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult();
		assertThat(csv.getResponseBody()).isEqualTo(CsvFixtures.bytes(StandardCharsets.UTF_8, true, CsvFixtures.CRLF,
				"row_number,error_code,error_message," + String.join(",", XlsxFixtures.HEADER),
				"8,QUANTITY_NOT_WHOLE_NUMBER," + quoted(errors.get(0).message())
						+ ",suzuki@example.co.jp,鈴木一郎,ペン,二,500,JPY",
				"9,CELL_ERROR," + quoted(errors.get(1).message()) + ",yamada@example.co.jp,山田次郎,本,1,#N/A,JPY"));
		assertThat(csv.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("-errors.csv");

		// results.csv: every data row with its result
		Path results = CsvFixtures.file(this.dir, "results.csv", download(job.id(), "results.csv"));
		assertThat(CsvFixtures.rows(results)).extracting(row -> row.cells().get(0), row -> row.cells().get(1))
			.containsExactly(tuple("4", "imported"), tuple("5", "imported"), tuple("7", "imported"),
					tuple("8", "failed"), tuple("9", "failed"));

		// errors.xlsx: a real workbook with the reason columns and the cells as typed
		EntityExchangeResult<byte[]> xlsx = this.http.get()
			.uri("/api/v1/imports/{id}/errors.xlsx", job.id())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult();
		assertThat(xlsx.getResponseHeaders().getContentType().toString()).isEqualTo(XLSX);
		assertThat(xlsx.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("-errors.xlsx");
		List<String> header = new ArrayList<>(List.of("row_number", "error_code", "error_message"));
		header.addAll(List.of(XlsxFixtures.HEADER));
		assertThat(sheetRows(xlsx.getResponseBody())).containsExactly(header,
				List.of("8", "QUANTITY_NOT_WHOLE_NUMBER", errors.get(0).message(), "suzuki@example.co.jp", "鈴木一郎", "ペン",
						"二", "500", "JPY"),
				List.of("9", "CELL_ERROR", errors.get(1).message(), "yamada@example.co.jp", "山田次郎", "本", "1", "#N/A",
						"JPY"));

		// errors.xlsx fixed in place (the quantity, the price) uploads again as it is
		ImportJobView fixed = awaitStatus(dryRun("注文-fixed.xlsx", fix(xlsx.getResponseBody())).id(),
				ImportJobStatus.VALIDATED);
		assertThat(fixed.totalRows()).isEqualTo(2);
		assertThat(fixed.failedRows()).isZero();
		assertThat(fixed.warnings()).isEmpty();
	}

	/**
	 * Types 2 over the quantity of errors.xlsx's first row and 800 over the price of its
	 * second.
	 */
	private static byte[] fix(byte[] errorsXlsx) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(errorsXlsx));
				java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
			Sheet sheet = book.getSheetAt(0);
			sheet.getRow(1).getCell(6).setCellValue(2);
			sheet.getRow(2).getCell(7).setCellValue(800);
			book.write(out);
			return out.toByteArray();
		}
	}

	@Test
	void readsTheSheetAskedForAndRefusesAnUnknownOne() {
		byte[] workbook = CsvFixtures.read(XlsxFixtures.write(this.dir.resolve("orders.xlsx"), XlsxFixtures::orders));

		ImportJobView job = awaitStatus(dryRun("orders.xlsx", workbook, "sheet", "注文").id(), ImportJobStatus.VALIDATED);

		assertThat(job.format()).isEqualTo("xlsx");
		assertThat(job.sheet()).isEqualTo("注文");
		assertThat(job.totalRows()).isEqualTo(5);
		assertThat(job.failedRows()).isEqualTo(2);
		upload("orders.xlsx", workbook, "dry_run", "true", "force", "true", "sheet", "Sheet1").expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("SHEET_NOT_FOUND")
			.jsonPath("$.detail")
			.isEqualTo("The workbook has no sheet named \"Sheet1\"; its sheets are \"リスト\", \"注文\". Upload again"
					+ " with one of these names as the sheet, or leave it empty for the first visible sheet.");
	}

	@Test
	void refusesAnOldXlsWorkbookWithoutCreatingAJob() throws IOException {
		long jobs = jobCount();
		java.io.ByteArrayOutputStream xls = new java.io.ByteArrayOutputStream();
		try (org.apache.poi.hssf.usermodel.HSSFWorkbook workbook = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
			workbook.createSheet("注文").createRow(0).createCell(0).setCellValue("customer_email");
			workbook.write(xls);
		}

		upload("orders.xls", xls.toByteArray(), "dry_run", "true").expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("XLS_WORKBOOK");
		assertThat(jobCount()).isEqualTo(jobs);
	}

	@Test
	void offersErrorsXlsxForACsvUploadOnceValidated() throws IOException {
		byte[] file = CsvFixtures.bytes(StandardCharsets.UTF_8, false, CsvFixtures.LF, CsvFixtures.HEADER,
				"a@example.com,A,Pen,0,500,JPY,0123");
		ImportJobView blocked = dryRun("blocked-orders.csv", file);
		this.http.get().uri("/api/v1/imports/{id}/errors.xlsx", blocked.id()).exchange().expectStatus().isEqualTo(409);
		this.gate.open();

		ImportJobView job = awaitStatus(blocked.id(), ImportJobStatus.VALIDATED);

		List<List<String>> rows = sheetRows(download(job.id(), "errors.xlsx"));
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)).containsExactly("row_number", "error_code", "error_message", "customer_email",
				"customer_name", "product_name", "quantity", "unit_price", "currency", "notes");
		assertThat(rows.get(1)).containsExactly("2", "QUANTITY_BELOW_ONE",
				errors(job.id(), 0, 1).items().get(0).message(), "a@example.com", "A", "Pen", "0", "500", "JPY",
				"0123");
	}

	/** The cells of the first sheet as Excel shows them, row by row. */
	private static List<List<String>> sheetRows(byte[] workbook) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		DataFormatter formatter = new DataFormatter();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("errors");
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < row.getLastCellNum(); i++) {
					Cell cell = row.getCell(i);
					cells.add((cell != null) ? formatter.formatCellValue(cell) : "");
				}
				rows.add(cells);
			}
		}
		return rows;
	}

	private static String quoted(String cell) {
		if (cell.contains(",") || cell.contains("\"")) {
			return "\"" + cell.replace("\"", "\"\"") + "\"";
		}
		return cell;
	}

}
