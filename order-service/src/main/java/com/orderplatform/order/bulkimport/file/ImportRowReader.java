package com.orderplatform.order.bulkimport.file;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import com.orderplatform.order.bulkimport.FileErrorCode;
import com.orderplatform.order.bulkimport.ImportFileException;
import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * Streams the data rows of an inspected file, one {@link ImportRow} at a time, with the
 * row numbers a spreadsheet shows; blank rows are skipped (but counted). Only the current
 * row is in memory. Iterate once; close it (try-with-resources).
 *
 * <p>
 * Iteration throws {@link ImportFileException}: {@link FileErrorCode#TOO_MANY_ROWS} on
 * the first data row beyond {@link ImportLimits#maxDataRows()}, and
 * {@link FileErrorCode#MALFORMED_CSV} where quoting breaks. Rows already returned stay
 * valid; the caller decides whether anything is kept (the import keeps nothing of such a
 * file).
 */
public final class ImportRowReader implements Iterable<ImportRow>, Closeable {

	private final CsvReader<CsvRecord> records;

	private final FileProfile profile;

	private final ImportLimits limits;

	private boolean iterated;

	private ImportRowReader(CsvReader<CsvRecord> records, FileProfile profile, ImportLimits limits) {
		this.records = records;
		this.profile = profile;
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
		return new ImportRowReader(CsvRecords.open(file, profile.charset(), profile.bom(), profile.delimiter()),
				profile, limits);
	}

	/**
	 * The data rows, in file order. May be called once.
	 * @return the iterator
	 */
	@Override
	public Iterator<ImportRow> iterator() {
		if (this.iterated) {
			throw new IllegalStateException("The rows of an import file can be iterated only once");
		}
		this.iterated = true;
		return new Rows(this.records.iterator());
	}

	/**
	 * The data rows as a sequential stream. May be called once, instead of
	 * {@link #iterator()}.
	 * @return the stream
	 */
	public Stream<ImportRow> stream() {
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
	}

	@Override
	public void close() throws IOException {
		this.records.close();
	}

	private final class Rows implements Iterator<ImportRow> {

		private final CloseableIterator<CsvRecord> records;

		private int rowNumber;

		private int dataRows;

		private ImportRow next;

		Rows(CloseableIterator<CsvRecord> records) {
			this.records = records;
		}

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
			int headerRow = ImportRowReader.this.profile.headerRowNumber();
			CsvRecord record;
			while ((record = nextRecord()) != null) {
				this.rowNumber++;
				if (this.rowNumber <= headerRow || CsvRecords.isBlank(record.getFields())) {
					continue;
				}
				this.dataRows++;
				if (this.dataRows > ImportRowReader.this.limits.maxDataRows()) {
					throw tooManyRows();
				}
				return new ImportRow(this.rowNumber, record.getFields(), ImportRowReader.this.profile.columns());
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
				throw CsvRecords.readFailure(this.rowNumber + 1, ex, ImportRowReader.this.profile.encodingLabel());
			}
		}

		private ImportFileException tooManyRows() {
			int max = ImportRowReader.this.limits.maxDataRows();
			return new ImportFileException(FileErrorCode.TOO_MANY_ROWS,
					String.format(Locale.ROOT,
							"The file has more than %,d data rows (row %,d is data row %,d)."
									+ " Split it into files of at most %,d data rows each.",
							max, this.rowNumber, this.dataRows, max));
		}

	}

}
