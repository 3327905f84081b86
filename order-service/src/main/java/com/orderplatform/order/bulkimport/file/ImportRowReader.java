package com.orderplatform.order.bulkimport.file;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import com.orderplatform.order.bulkimport.FileErrorCode;
import com.orderplatform.order.bulkimport.ImportFileException;
import com.orderplatform.order.bulkimport.file.xlsx.SheetRows;
import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * Streams the data rows of an inspected file, one {@link ImportRow} at a time, with the
 * row numbers a spreadsheet shows; blank rows are skipped (but counted). A CSV file is
 * read with FastCSV, a workbook's sheet with {@link SheetRows}. Only the current row is
 * in memory. Iterate once; close it (try-with-resources). Iteration throws
 * {@link ImportFileException}: {@link FileErrorCode#TOO_MANY_ROWS} on the first data row
 * beyond {@link ImportLimits#maxDataRows()}, and {@link FileErrorCode#MALFORMED_CSV}
 * where quoting breaks (a broken workbook: {@link FileErrorCode#UNREADABLE_WORKBOOK}).
 * Rows already returned stay valid; the caller decides whether anything is kept (the
 * import keeps nothing of such a file).
 */
public final class ImportRowReader implements Iterable<ImportRow>, Closeable {

	/**
	 * The data rows below the header, blank ones left out; {@code null} after the last.
	 */
	private interface Source extends Closeable {

		ImportRow next();

	}

	private final Source source;

	private final ImportLimits limits;

	private boolean iterated;

	private ImportRowReader(Source source, ImportLimits limits) {
		this.source = source;
		this.limits = limits;
	}

	/**
	 * Opens an inspected file.
	 * @param file the file
	 * @param profile what {@link ImportFileInspector#inspect} found
	 * @param limits the row limit to enforce
	 * @return the reader, positioned before the first data row
	 * @throws IOException when the file cannot be opened
	 */
	public static ImportRowReader open(Path file, FileProfile profile, ImportLimits limits) throws IOException {
		if (profile.isWorkbook()) {
			return new ImportRowReader(new SheetSource(SheetRows.open(file, profile.sheet()), profile), limits);
		}
		return new ImportRowReader(
				new CsvSource(CsvRecords.open(file, profile.charset(), profile.bom(), profile.delimiter()), profile),
				limits);
	}

	/** The data rows, in file order; may be called once. */
	@Override
	public Iterator<ImportRow> iterator() {
		if (this.iterated) {
			throw new IllegalStateException("The rows of an import file can be iterated only once");
		}
		this.iterated = true;
		return new Rows();
	}

	/**
	 * The data rows as a sequential stream; may be called once, instead of
	 * {@link #iterator()}.
	 */
	public Stream<ImportRow> stream() {
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
	}

	@Override
	public void close() throws IOException {
		this.source.close();
	}

	private final class Rows implements Iterator<ImportRow> {

		private int dataRows;

		private ImportRow next;

		@Override
		public boolean hasNext() {
			if (this.next == null) {
				this.next = advance();
			}
			return this.next != null;
		}

		@Override
		public ImportRow next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			ImportRow row = this.next;
			this.next = null;
			return row;
		}

		private ImportRow advance() {
			ImportRow row = ImportRowReader.this.source.next();
			if (row != null && ++this.dataRows > ImportRowReader.this.limits.maxDataRows()) {
				throw ImportRowReader.this.limits.tooManyRows(row.rowNumber(), this.dataRows);
			}
			return row;
		}

	}

	/** A CSV file's records, counted as rows. */
	private static final class CsvSource implements Source {

		private final CsvReader<CsvRecord> reader;

		private final FileProfile profile;

		private CloseableIterator<CsvRecord> records;

		private int rowNumber;

		CsvSource(CsvReader<CsvRecord> reader, FileProfile profile) {
			this.reader = reader;
			this.profile = profile;
		}

		@Override
		public ImportRow next() {
			if (this.records == null) {
				this.records = this.reader.iterator();
			}
			CsvRecord record;
			while ((record = nextRecord()) != null) {
				this.rowNumber++;
				if (this.rowNumber > this.profile.headerRowNumber() && !CsvRecords.isBlank(record.getFields())) {
					return new ImportRow(this.rowNumber, record.getFields(), this.profile.columns());
				}
			}
			return null;
		}

		private CsvRecord nextRecord() {
			try {
				return this.records.hasNext() ? this.records.next() : null;
			}
			catch (CsvParseException ex) {
				throw CsvRecords.malformed(this.rowNumber + 1, ex);
			}
			catch (UncheckedIOException ex) {
				throw CsvRecords.readFailure(this.rowNumber + 1, ex, this.profile.encodingLabel());
			}
		}

		@Override
		public void close() throws IOException {
			this.reader.close();
		}

	}

	/** A workbook sheet's rows. */
	private record SheetSource(SheetRows rows, FileProfile profile) implements Source {

		@Override
		public ImportRow next() {
			SheetRows.SheetRow row;
			while ((row = this.rows.next()) != null) {
				if (row.rowNumber() > this.profile.headerRowNumber() && !row.isBlank()) {
					return new ImportRow(row.rowNumber(), row.cells(), this.profile.columns(), row.cellErrors());
				}
			}
			return null;
		}

		@Override
		public void close() throws IOException {
			this.rows.close();
		}
	}

}
