package com.orderplatform.order.bulkimport.file.xlsx;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.orderplatform.order.bulkimport.FileErrorCode;
import com.orderplatform.order.bulkimport.ImportFileException;
import com.orderplatform.order.bulkimport.file.ImportRow;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellAddress;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * Streams one sheet of a checked workbook ({@link WorkbookGuard#check}) with FastExcel,
 * opened from the file (never copied into memory), a row at a time: the sheet asked for
 * by name, else the first visible one. Rows carry the sheet's own numbers (blank rows are
 * counted even when the file leaves them out) and their cells as a person typed them
 * ({@link ExcelCells}). Iterate once; close it.
 */
public final class SheetRows implements Closeable {

	/**
	 * One row of the sheet.
	 *
	 * @param rowNumber Excel's row number
	 * @param cells the cells' text, up to the last one holding a value
	 * @param cellErrors the cells holding no usable value
	 */
	public record SheetRow(int rowNumber, List<String> cells, List<ImportRow.CellError> cellErrors) {

		/** Whether no cell holds anything but white space. */
		public boolean isBlank() {
			return this.cells.stream().allMatch(String::isBlank);
		}

	}

	private final ReadableWorkbook workbook;

	private final String sheetName;

	private final Stream<Row> stream;

	private final Iterator<Row> rows;

	private int lastRowNumber;

	private SheetRows(ReadableWorkbook workbook, Sheet sheet) throws IOException {
		this.workbook = workbook;
		this.sheetName = sheet.getName();
		this.stream = sheet.openStream();
		this.rows = this.stream.iterator();
	}

	/**
	 * Opens a sheet.
	 * @param file a workbook {@link WorkbookGuard#check} accepted
	 * @param sheet the sheet's name, {@code null} for the first visible sheet
	 * @return the rows, before the first
	 * @throws ImportFileException {@code SHEET_NOT_FOUND} naming the sheets there, or
	 * {@code UNREADABLE_WORKBOOK}
	 */
	public static SheetRows open(Path file, String sheet) throws IOException {
		ReadableWorkbook workbook;
		try {
			workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, true));
		}
		catch (IOException | RuntimeException ex) {
			// e.g. a file written by a tool that leaves out a part Excel always writes
			throw WorkbookXmlCheck
				.unreadable("its parts are not laid out as Excel writes them (" + ex.getMessage() + ")");
		}
		try {
			return new SheetRows(workbook, select(workbook, sheet));
		}
		catch (IOException | RuntimeException ex) {
			workbook.close();
			throw (ex instanceof ImportFileException refused) ? refused
					: WorkbookXmlCheck.unreadable(String.valueOf(ex.getMessage()));
		}
	}

	private static Sheet select(ReadableWorkbook workbook, String name) {
		List<Sheet> sheets = workbook.getSheets().toList();
		if (name == null) {
			return sheets.stream()
				.filter(sheet -> sheet.getVisibility() == SheetVisibility.VISIBLE)
				.findFirst()
				.orElseThrow(() -> WorkbookXmlCheck.unreadable("it has no visible sheet"));
		}
		return sheets.stream()
			.filter(sheet -> sheet.getName().equals(name))
			.findFirst()
			.or(() -> sheets.stream().filter(sheet -> sheet.getName().strip().equalsIgnoreCase(name)).findFirst())
			.orElseThrow(() -> new ImportFileException(FileErrorCode.SHEET_NOT_FOUND,
					"The workbook has no sheet named \"" + name + "\"; its sheets are "
							+ sheets.stream()
								.map(sheet -> "\"" + sheet.getName() + "\"")
								.collect(Collectors.joining(", "))
							+ ". Upload again with one of these names as the sheet, or leave it empty for the first"
							+ " visible sheet."));
	}

	/**
	 * The sheet's name.
	 * @return the name of the sheet read
	 */
	public String sheetName() {
		return this.sheetName;
	}

	/**
	 * The next row the file holds.
	 * @return the row, {@code null} after the last
	 * @throws ImportFileException {@code UNREADABLE_WORKBOOK} when the sheet's XML breaks
	 */
	public SheetRow next() {
		try {
			if (!this.rows.hasNext()) {
				return null;
			}
			return read(this.rows.next());
		}
		catch (ExcelReaderException | UncheckedIOException | IllegalStateException ex) {
			throw WorkbookXmlCheck.unreadable("sheet \"" + this.sheetName + "\" breaks off (" + ex.getMessage() + ")");
		}
	}

	private SheetRow read(Row row) {
		boolean date1904 = this.workbook.isDate1904();
		// Rows without their number ("r") follow the one before.
		int rowNumber = Math.max(row.getRowNum(), this.lastRowNumber + 1);
		this.lastRowNumber = rowNumber;
		List<String> cells = new ArrayList<>(row.getCellCount());
		List<ImportRow.CellError> errors = List.of();
		int width = 0;
		for (int i = 0; i < row.getCellCount(); i++) {
			Cell cell = row.getCell(i);
			ExcelCells.Value value = ExcelCells.read(cell, date1904);
			cells.add(value.text());
			if (!value.text().isEmpty()) {
				width = i + 1;
			}
			if (value instanceof ExcelCells.Unreadable unreadable) {
				errors = new ArrayList<>(errors);
				errors
					.add(new ImportRow.CellError(i, new CellAddress(rowNumber - 1, i).toString(), unreadable.reason()));
				width = i + 1;
			}
		}
		return new SheetRow(rowNumber, cells.subList(0, width), errors);
	}

	@Override
	public void close() throws IOException {
		try {
			this.stream.close();
		}
		finally {
			this.workbook.close();
		}
	}

}
