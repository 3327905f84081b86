package com.orderplatform.order.bulkimport.file.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Enumeration;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Workbooks written by Apache POI for the tests, and ZIP surgery on them (a part replaced
 * or added, streamed).
 */
public final class XlsxFixtures {

	/** The header of the orders sheet, in Japanese. */
	public static final String[] HEADER = { "メールアドレス", "顧客名", "商品名", "数量", "単価", "通貨", "備考", "", "注文番号" };

	private XlsxFixtures() {
	}

	/** Writes a workbook built by the given code. */
	public static Path write(Path file, Consumer<XSSFWorkbook> content) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			content.accept(workbook);
			workbook.write(out);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The orders workbook: a hidden sheet {@code リスト} first, then {@code 注文} with a title
	 * (merged A1:C1) in row 1, a blank row 2, the header in row 3 with 備考 merged over
	 * G3:H3, and rows 4, 5, 7 (row 6 blank), 8 and 9: numbers, a date, formulas, Japanese
	 * text, text that looks like a number, a quantity {@code 二} (row 8) and an
	 * {@code #N/A} unit price (row 9).
	 */
	public static void orders(XSSFWorkbook workbook) {
		workbook.createSheet("リスト").createRow(0).createCell(0).setCellValue("JPY");
		Sheet sheet = workbook.createSheet("注文");
		workbook.setActiveSheet(1);
		workbook.setFirstVisibleTab(1);
		workbook.setSheetHidden(0, true);
		sheet.createRow(0).createCell(0).setCellValue("注文書");
		sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
		row(sheet, 2, (Object[]) HEADER);
		sheet.addMergedRegion(new CellRangeAddress(2, 2, 6, 7));
		row(sheet, 3, "tanaka@example.co.jp", "田中太郎", "ノート", 2, 1500, "JPY", LocalDate.of(2025, 4, 2), "", "A-001");
		sheet.getRow(3).getCell(6).setCellStyle(format(workbook, (short) 14));
		row(sheet, 4, "tanaka@example.co.jp", "田中太郎", "ボールペン", "=D4+1", "=1000*1.1", "JPY", "", "", "A-001");
		row(sheet, 6, "sato@example.co.jp", "　佐藤花子　", "消しゴム", 1, "300", "", LocalDate.of(2025, 4, 3), "", "0123");
		sheet.getRow(6)
			.getCell(6)
			.setCellStyle(format(workbook, workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\"")));
		row(sheet, 7, "suzuki@example.co.jp", "鈴木一郎", "ペン", "二", 500, "JPY", "", "", "");
		row(sheet, 8, "yamada@example.co.jp", "山田次郎", "本", 1, "", "JPY", "", "", "");
		sheet.getRow(8).getCell(4).setCellErrorValue(FormulaError.NA.getCode());
		workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
	}

	/**
	 * Writes a row of cells: strings, numbers, dates, {@code =formulas}; "" is no cell.
	 */
	public static Row row(Sheet sheet, int index, Object... values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.length; i++) {
			Object value = values[i];
			if ("".equals(value)) {
				row.createCell(i);
				continue;
			}
			Cell cell = row.createCell(i);
			if (value instanceof String text && text.startsWith("=")) {
				cell.setCellFormula(text.substring(1));
			}
			else if (value instanceof String text) {
				cell.setCellValue(text);
			}
			else if (value instanceof Number number) {
				cell.setCellValue(number.doubleValue());
			}
			else if (value instanceof LocalDate date) {
				cell.setCellValue(date);
			}
			else if (value instanceof Boolean bool) {
				cell.setCellValue(bool);
			}
		}
		return row;
	}

	/** A cell style with a number format. */
	public static CellStyle format(Workbook workbook, short format) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(format);
		return style;
	}

	/**
	 * Copies a ZIP archive, replacing or adding entries (written by the given code,
	 * streamed), stored deflated.
	 */
	public static Path rewrite(Path source, Path target, Map<String, Consumer<OutputStream>> parts) {
		try (ZipFile zip = new ZipFile(source.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
			for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
				ZipEntry entry = entries.nextElement();
				if (!parts.containsKey(entry.getName())) {
					out.putNextEntry(new ZipEntry(entry.getName()));
					try (InputStream in = zip.getInputStream(entry)) {
						in.transferTo(out);
					}
					out.closeEntry();
				}
			}
			for (Map.Entry<String, Consumer<OutputStream>> part : parts.entrySet()) {
				out.putNextEntry(new ZipEntry(part.getKey()));
				part.getValue().accept(out);
				out.closeEntry();
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A part of a ZIP archive as UTF-8 text. */
	public static String part(Path zip, String name) {
		try (ZipFile file = new ZipFile(zip.toFile()); InputStream in = file.getInputStream(file.getEntry(name))) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes text to a part, as UTF-8. */
	public static Consumer<OutputStream> text(String text) {
		return out -> {
			try {
				out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		};
	}

}
