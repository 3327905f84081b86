package com.orderplatform.order.bulkimport;

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
 * Streams; closing it closes the output stream.
 */
final class DialectCsvWriter implements Closeable {

	private final CsvWriter csv;

	private DialectCsvWriter(CsvWriter csv) {
		this.csv = csv;
	}

	static DialectCsvWriter open(OutputStream out, Charset charset, boolean bom, char delimiter, LineEnding ending) {
		try {
			if (bom) {
				out.write(CsvRecords.UTF8_BOM);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// A character the upload's encoding cannot hold can only come from our own text.
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

	static DialectCsvWriter open(OutputStream out, FileProfile profile) {
		return open(out, profile.charset(), profile.bom(), profile.delimiter(), profile.lineEnding());
	}

	/**
	 * Writes the given leading cells (the platform's own text), then the row's own cells
	 * (as read from an upload: {@link CsvCells#neutralizeUploaded}).
	 */
	void write(List<String> leading, List<String> cells) {
		List<String> record = new ArrayList<>(leading.size() + cells.size());
		leading.forEach(cell -> record.add(CsvCells.neutralize(cell)));
		cells.forEach(cell -> record.add(CsvCells.neutralizeUploaded(cell)));
		this.csv.writeRecord(record);
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
