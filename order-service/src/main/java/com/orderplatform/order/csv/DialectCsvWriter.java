package com.orderplatform.order.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

/**
 * Writes CSV in a given dialect (encoding, byte order mark, delimiter, line ending),
 * every cell neutralised against formulas in any dialect ({@link CsvCells}) and quoted
 * only where RFC 4180 needs it, as Excel does: a cell read from an upload is written back
 * with the same bytes unless it had to be neutralised, and reads back as the same value.
 * Streams: nothing is held but FastCSV's buffer; closing it closes the output stream. The
 * one CSV writer of the service, for the import's reports and the orders export alike.
 */
public final class DialectCsvWriter implements Closeable {

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private final CsvWriter csv;

	private DialectCsvWriter(CsvWriter csv) {
		this.csv = csv;
	}

	/**
	 * Starts a CSV file.
	 * @param out where to write; closed with the writer
	 * @param charset the encoding; a character it cannot hold is written as {@code ?}
	 * @param bom whether to start with a UTF-8 byte order mark
	 * @param delimiter the field separator
	 * @param ending how records end
	 * @return the writer
	 */
	public static DialectCsvWriter open(OutputStream out, Charset charset, boolean bom, char delimiter,
			LineEnding ending) {
		try {
			if (bom) {
				out.write(UTF8_BOM);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// The characters an encoding cannot hold come from our own text (the import's
		// reports) or from data typed into UTF-8 (the export to Windows-31J).
		OutputStreamWriter writer = new OutputStreamWriter(out,
				charset.newEncoder()
					.onMalformedInput(CodingErrorAction.REPLACE)
					.onUnmappableCharacter(CodingErrorAction.REPLACE));
		return new DialectCsvWriter(CsvWriter.builder()
			.fieldSeparator(delimiter)
			.quoteCharacter('"')
			.lineDelimiter(lineDelimiter(ending))
			.build(writer));
	}

	/**
	 * Writes the given leading cells (the platform's own text), then the row's own cells
	 * (as read from an upload: {@link CsvCells#neutralizeUploaded}).
	 * @param leading cells the platform writes
	 * @param cells cells as read from an upload
	 */
	public void write(List<String> leading, List<String> cells) {
		List<String> record = new ArrayList<>(leading.size() + cells.size());
		leading.forEach(cell -> record.add(CsvCells.neutralize(cell)));
		cells.forEach(cell -> record.add(CsvCells.neutralizeUploaded(cell)));
		this.csv.writeRecord(record);
	}

	/**
	 * Writes a record of values (not cells read from an upload), each neutralised.
	 * @param values the record's values
	 */
	public void write(List<String> values) {
		write(values, List.of());
	}

	@Override
	public void close() throws IOException {
		this.csv.close();
	}

	private static LineDelimiter lineDelimiter(LineEnding ending) {
		return switch (ending) {
			case CRLF -> LineDelimiter.CRLF;
			case LF -> LineDelimiter.LF;
			case CR -> LineDelimiter.CR;
		};
	}

}
