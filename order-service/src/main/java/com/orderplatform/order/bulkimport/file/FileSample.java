package com.orderplatform.order.bulkimport.file;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * A file's header and first data rows as written, for a person to map its columns
 * ({@link ImportFileInspector#sample}).
 *
 * @param headerRowNumber the header's row as a spreadsheet shows it
 * @param headerCells the header's cells exactly as written
 * @param rows the first data rows (blank rows skipped)
 */
public record FileSample(int headerRowNumber, List<String> headerCells, List<Row> rows) {

	/** Copies the lists. */
	public FileSample {
		headerCells = List.copyOf(headerCells);
		rows = List.copyOf(rows);
	}

	/** Reads the first data rows below a CSV file's header. */
	static FileSample read(Path file, EncodingDetector.Encoding encoding, char delimiter, int headerRowNumber,
			List<String> headerCells, int maxRows) throws IOException {
		List<Row> rows = new ArrayList<>();
		try (CsvReader<CsvRecord> records = CsvRecords.open(file, encoding.charset(), encoding.bom(), delimiter)) {
			int rowNumber = 0;
			for (CsvRecord record : records) {
				rowNumber++;
				if (rows.size() == maxRows) {
					break;
				}
				if (rowNumber > headerRowNumber && !CsvRecords.isBlank(record.getFields())) {
					rows.add(new Row(rowNumber, record.getFields()));
				}
			}
		}
		catch (CsvParseException ex) {
			throw CsvRecords.malformed(headerRowNumber + rows.size() + 1, ex);
		}
		return new FileSample(headerRowNumber, headerCells, rows);
	}

	/**
	 * One data row.
	 *
	 * @param rowNumber the row as a spreadsheet shows it
	 * @param cells its cells exactly as written
	 */
	public record Row(int rowNumber, List<String> cells) {

		/** Copies the cells. */
		public Row {
			cells = List.copyOf(cells);
		}

	}

}
