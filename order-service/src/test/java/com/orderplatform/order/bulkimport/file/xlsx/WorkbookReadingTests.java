package com.orderplatform.order.bulkimport.file.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.orderplatform.order.bulkimport.FileErrorCode;
import com.orderplatform.order.bulkimport.ImportFileException;
import com.orderplatform.order.bulkimport.file.FileProfile;
import com.orderplatform.order.bulkimport.file.FileReading;
import com.orderplatform.order.bulkimport.file.FileSample;
import com.orderplatform.order.bulkimport.file.ImportFileInspector;
import com.orderplatform.order.bulkimport.file.ImportLimits;
import com.orderplatform.order.bulkimport.file.ImportRow;
import com.orderplatform.order.bulkimport.file.ImportRowReader;
import com.orderplatform.order.bulkimport.file.validation.ImportRowValidator;
import com.orderplatform.order.bulkimport.file.validation.RowError;
import com.orderplatform.order.bulkimport.file.validation.RowErrorCode;
import com.orderplatform.order.csv.LineEnding;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Workbooks written by Apache POI read as a person typed them: the sheet's own row
 * numbers, the header below a title, numbers without {@code .0}, dates, formulas by their
 * result, text that looks like a number, merged header cells, hidden sheets, the 1904
 * date system, and unreadable cells as row errors naming the cell.
 */
class WorkbookReadingTests {

	private static final FileReading FIRST_SHEET = new FileReading("csv", null, null, null);

	@TempDir
	Path dir;

	@Test
	void readsTheFirstVisibleSheetAsAPersonTypedIt() throws IOException {
		Path file = XlsxFixtures.write(this.dir.resolve("orders.xlsx"), XlsxFixtures::orders);

		FileProfile profile = inspect(file, FIRST_SHEET);

		assertThat(profile.format()).isEqualTo("xlsx");
		assertThat(profile.sheet()).isEqualTo("注文");
		assertThat(profile.headerRowNumber()).isEqualTo(3);
		assertThat(profile.headerCells()).containsExactly(XlsxFixtures.HEADER);
		assertThat(profile.charset()).isEqualTo(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(profile.bom()).isTrue();
		assertThat(profile.delimiter()).isEqualTo(',');
		assertThat(profile.lineEnding()).isEqualTo(LineEnding.CRLF);
		assertThat(profile.warnings()).isEmpty();
		assertThat(rows(file, profile)).extracting(ImportRow::rowNumber, ImportRow::cells)
			.containsExactly(
					tuple(4, List.of("tanaka@example.co.jp", "田中太郎", "ノート", "2", "1500", "JPY", "2025-04-02", "",
							"A-001")),
					tuple(5, List.of("tanaka@example.co.jp", "田中太郎", "ボールペン", "3", "1100", "JPY", "", "", "A-001")),
					tuple(7, List.of("sato@example.co.jp", "　佐藤花子　", "消しゴム", "1", "300", "", "2025-04-03", "", "0123")),
					tuple(8, List.of("suzuki@example.co.jp", "鈴木一郎", "ペン", "二", "500", "JPY")),
					tuple(9, List.of("yamada@example.co.jp", "山田次郎", "本", "1", "#N/A", "JPY")));
	}

	@Test
	void validatesTheRowsWithTheCsvRulesAndNamesAnUnreadableCell() throws IOException {
		Path file = XlsxFixtures.write(this.dir.resolve("orders.xlsx"), XlsxFixtures::orders);
		FileProfile profile = inspect(file, FIRST_SHEET);

		List<RowError> errors = new ArrayList<>();
		for (ImportRow row : rows(file, profile)) {
			errors.addAll(ImportRowValidator.validate(row).errors());
		}

		assertThat(errors).extracting(RowError::rowNumber, RowError::column, RowError::code)
			.containsExactly(tuple(8, "quantity", RowErrorCode.QUANTITY_NOT_WHOLE_NUMBER),
					tuple(9, "unit_price", RowErrorCode.CELL_ERROR));
		assertThat(errors.get(1).message()).isEqualTo("Cell E9 (unit_price (単価)) shows the error #N/A instead of a"
				+ " value; correct the cell (or its formula) in the workbook.");
	}

	@Test
	void namesAFormulaWithoutAResultAndLeavesCellsNoColumnReadsAlone() throws IOException {
		Path file = XlsxFixtures.write(this.dir.resolve("formulas.xlsx"), workbook -> {
			Sheet sheet = workbook.createSheet("Orders");
			XlsxFixtures.row(sheet, 0, "customer_email", "customer_name", "product_name", "quantity", "unit_price",
					"memo");
			XlsxFixtures.row(sheet, 1, "a@example.com", "A", "Pen", 1, 100, "");
			sheet.getRow(1).getCell(5).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.REF.getCode());
			XlsxFixtures.row(sheet, 2, "b@example.com", "B", "Pen", "=D2*2", 100, "");
			CTCell formula = ((XSSFCell) sheet.getRow(2).getCell(3)).getCTCell();
			if (formula.isSetV()) {
				formula.unsetV();
			}
		});
		FileProfile profile = inspect(file, FIRST_SHEET);

		List<ImportRow> rows = rows(file, profile);

		assertThat(rows).extracting(ImportRow::rowNumber).containsExactly(2, 3);
		assertThat(ImportRowValidator.validate(rows.get(0)).errors()).isEmpty();
		assertThat(rows.get(0).cells()).containsExactly("a@example.com", "A", "Pen", "1", "100", "#REF!");
		assertThat(ImportRowValidator.validate(rows.get(1)).errors()).singleElement()
			.satisfies(error -> assertThat(error.message())
				.isEqualTo("Cell D3 (quantity (数量)) holds the formula =D2*2 without a calculated value (the file"
						+ " was not saved by Excel); open it in Excel, save it and upload it again, or type the value."));
	}

	@Test
	void readsDatesNumbersAndTheJapaneseDateFormatsOfBothDateSystems() throws IOException {
		for (boolean date1904 : new boolean[] { false, true }) {
			Path file = XlsxFixtures.write(this.dir.resolve("dates-" + date1904 + ".xlsx"), workbook -> {
				if (date1904) {
					CTWorkbook book = workbook.getCTWorkbook();
					(book.isSetWorkbookPr() ? book.getWorkbookPr() : book.addNewWorkbookPr()).setDate1904(true);
					assertThat(workbook.isDate1904()).isTrue();
				}
				Sheet sheet = workbook.createSheet("Orders");
				XlsxFixtures.row(sheet, 0, "customer_email", "customer_name", "product_name", "quantity", "unit_price",
						"notes", "order_ref", "memo");
				XlsxFixtures.row(sheet, 1, "a@example.com", "A", "Pen", 1e7, 98780.000000000015,
						LocalDate.of(2026, 12, 7), "=\"R\"&1", true, "=IF(A2=\"\",\"x\",\"\")");
				sheet.getRow(1).getCell(5).setCellStyle(XlsxFixtures.format(workbook, (short) 57));
				workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			});

			List<ImportRow> rows = rows(file, inspect(file, FIRST_SHEET));

			assertThat(rows).singleElement()
				.extracting(ImportRow::cells)
				.as("date1904=" + date1904)
				.isEqualTo(List.of("a@example.com", "A", "Pen", "10000000", "98780", "2026-12-07", "R1", "TRUE"));
			assertThat(rows.get(0).cellErrors()).as("a formula whose result is empty text").isEmpty();
		}
	}

	@Test
	void neverAppendsFurigana() {
		Path seed = XlsxFixtures.write(this.dir.resolve("seed.xlsx"), workbook -> {
			Sheet sheet = workbook.createSheet("Orders");
			XlsxFixtures.row(sheet, 0, "customer_email", "customer_name", "product_name", "quantity", "unit_price");
			XlsxFixtures.row(sheet, 1, "a@example.com", "売上太郎", "ノート", 1, 100);
		});
		String sst = XlsxFixtures.part(seed, "xl/sharedStrings.xml");
		String withReadings = sst.replace("<t>売上太郎</t>",
				"<t>売上太郎</t><rPh sb=\"0\" eb=\"2\"><t>ウリアゲ</t></rPh><phoneticPr fontId=\"0\"/>");
		assertThat(withReadings).isNotEqualTo(sst);
		Path file = XlsxFixtures.rewrite(seed, this.dir.resolve("furigana.xlsx"),
				Map.of("xl/sharedStrings.xml", XlsxFixtures.text(withReadings)));

		assertThat(rows(file, inspectUnchecked(file))).singleElement()
			.extracting(ImportRow::cells)
			.isEqualTo(List.of("a@example.com", "売上太郎", "ノート", "1", "100"));
	}

	@Test
	void readsASheetByNameAndRefusesAnUnknownOneNamingTheSheets() throws IOException {
		Path file = XlsxFixtures.write(this.dir.resolve("orders.xlsx"), XlsxFixtures::orders);

		assertThat(inspect(file, new FileReading("xlsx", "注文", null, null)).sheet()).isEqualTo("注文");
		assertThatExceptionOfType(ImportFileException.class)
			.isThrownBy(() -> inspect(file, new FileReading("xlsx", "Sheet1", null, null)))
			.satisfies(ex -> assertThat(ex.getCode()).isEqualTo(FileErrorCode.SHEET_NOT_FOUND))
			.withMessage("The workbook has no sheet named \"Sheet1\"; its sheets are \"リスト\", \"注文\"."
					+ " Upload again with one of these names as the sheet, or leave it empty for the first visible"
					+ " sheet.");
	}

	@Test
	void samplesTheHeaderAndFirstRowsOfASheet() throws IOException {
		Path file = XlsxFixtures.write(this.dir.resolve("orders.xlsx"), XlsxFixtures::orders);

		FileSample sample = new ImportFileInspector(ImportLimits.DEFAULTS).sample(file, null, "注文", 2);

		assertThat(sample.headerRowNumber()).isEqualTo(3);
		assertThat(sample.headerCells()).containsExactly(XlsxFixtures.HEADER);
		assertThat(sample.rows()).extracting(FileSample.Row::rowNumber).containsExactly(4, 5);
	}

	@Test
	void refusesASheetWithoutDataRows() {
		Path file = XlsxFixtures.write(this.dir.resolve("header.xlsx"),
				workbook -> XlsxFixtures.row(workbook.createSheet("Orders"), 1, "customer_email", "customer_name",
						"product_name", "quantity", "unit_price"));

		assertThatExceptionOfType(ImportFileException.class).isThrownBy(() -> inspect(file, FIRST_SHEET))
			.satisfies(ex -> assertThat(ex.getCode()).isEqualTo(FileErrorCode.NO_DATA_ROWS));
	}

	static FileProfile inspect(Path file, FileReading reading) throws IOException {
		return new ImportFileInspector(ImportLimits.DEFAULTS).inspect(file, null, reading);
	}

	private static FileProfile inspectUnchecked(Path file) {
		try {
			return inspect(file, FIRST_SHEET);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	static List<ImportRow> rows(Path file, FileProfile profile) {
		try (ImportRowReader reader = ImportRowReader.open(file, profile, ImportLimits.DEFAULTS)) {
			return reader.stream().toList();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
