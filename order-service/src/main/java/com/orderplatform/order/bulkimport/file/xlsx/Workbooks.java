package com.orderplatform.order.bulkimport.file.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.orderplatform.order.bulkimport.FileErrorCode;
import com.orderplatform.order.bulkimport.ImportFileException;
import com.orderplatform.order.bulkimport.file.ColumnMapping;
import com.orderplatform.order.bulkimport.file.FileProfile;
import com.orderplatform.order.bulkimport.file.FileReading;
import com.orderplatform.order.bulkimport.file.FileSample;
import com.orderplatform.order.bulkimport.file.ImportColumn;

/**
 * A workbook upload as the inspector sees it: checked by {@link WorkbookGuard}, then its
 * sheet's header is the first of its first {@value #HEADER_SEARCH} non-blank rows that
 * names an import column, else its first non-blank row; the rows above it (a title block
 * such as 注文書, a date) are left out. Cells as typed; a merged header cell's text is in
 * its first column, the others read blank.
 */
public final class Workbooks {

	/** How many non-blank rows may come before the header. */
	static final int HEADER_SEARCH = 10;

	private Workbooks() {
	}

	/**
	 * Inspects a workbook.
	 * @param file a ZIP upload
	 * @param reading how the job reads it (the sheet, the mapping)
	 * @return the profile of its sheet
	 * @throws ImportFileException when it is refused as a whole
	 */
	public static FileProfile inspect(Path file, FileReading reading) throws IOException {
		WorkbookGuard.check(file);
		try (SheetRows rows = SheetRows.open(file, reading.sheet())) {
			SheetRows.SheetRow header = header(rows, new ArrayList<>());
			return FileProfile.workbook(rows.sheetName(), header.rowNumber(), header.cells(),
					ColumnMapping.forReading(header.cells(), reading));
		}
	}

	/**
	 * The header and first data rows of a workbook's sheet.
	 * @param file a ZIP upload
	 * @param sheet the sheet, {@code null} for the first visible one
	 * @param maxRows the most data rows
	 * @return the sample
	 * @throws ImportFileException when it is refused as a whole
	 */
	public static FileSample sample(Path file, String sheet, int maxRows) throws IOException {
		WorkbookGuard.check(file);
		try (SheetRows rows = SheetRows.open(file, sheet)) {
			List<SheetRows.SheetRow> after = new ArrayList<>();
			SheetRows.SheetRow header = header(rows, after);
			List<FileSample.Row> sample = new ArrayList<>();
			SheetRows.SheetRow row;
			while (sample.size() < maxRows && (row = after.isEmpty() ? rows.next() : after.remove(0)) != null) {
				if (!row.isBlank()) {
					sample.add(new FileSample.Row(row.rowNumber(), row.cells()));
				}
			}
			return new FileSample(header.rowNumber(), header.cells(), sample);
		}
	}

	/** The header row; the rows read past it (at most a few) are in {@code after}. */
	private static SheetRows.SheetRow header(SheetRows rows, List<SheetRows.SheetRow> after) {
		List<SheetRows.SheetRow> read = new ArrayList<>();
		SheetRows.SheetRow row;
		while (read.size() < HEADER_SEARCH && (row = rows.next()) != null) {
			if (row.isBlank()) {
				continue;
			}
			if (row.cells().stream().anyMatch(cell -> ImportColumn.named(cell).isPresent())) {
				return row;
			}
			read.add(row);
		}
		if (read.isEmpty()) {
			throw new ImportFileException(FileErrorCode.EMPTY_FILE, "The sheet \"" + rows.sheetName()
					+ "\" is empty. Put the header row and one row per order line on it, or choose the sheet that"
					+ " holds the orders.");
		}
		after.addAll(read.subList(1, read.size()));
		return read.get(0);
	}

}
