package com.orderplatform.order.bulkimport.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.orderplatform.order.bulkimport.file.validation.ImportRowValidator;
import com.orderplatform.order.bulkimport.file.validation.OrderGroupResult;
import com.orderplatform.order.bulkimport.file.validation.OrderGrouper;
import com.orderplatform.order.bulkimport.file.validation.ValidatedRow;

/**
 * Test files: the committed fixtures under {@code src/test/resources/bulkimport}, and
 * files written byte for byte where the bytes matter (encodings, byte order marks, CRLF).
 */
public final class CsvFixtures {

	public static final String HEADER = "customer_email,customer_name,product_name,quantity,unit_price,currency,notes";

	public static final String CRLF = "\r\n";

	public static final String LF = "\n";

	public static final Charset CP932 = FileProfile.WINDOWS_31J;

	private CsvFixtures() {
	}

	/** A committed fixture. */
	public static Path resource(String name) {
		URL url = CsvFixtures.class.getResource("/bulkimport/" + name);
		if (url == null) {
			throw new IllegalArgumentException("No fixture " + name);
		}
		try {
			return Path.of(url.toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A copy of a committed fixture in the directory, so reports can be written beside
	 * it.
	 */
	public static Path copy(Path dir, String name) {
		return file(dir, name, read(resource(name)));
	}

	/**
	 * The lines, each ended with the line ending, encoded, with a BOM in front if asked.
	 */
	public static byte[] bytes(Charset charset, boolean bom, String lineEnding, String... lines) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (bom) {
			out.writeBytes(CsvRecords.UTF8_BOM);
		}
		for (String line : lines) {
			out.writeBytes((line + lineEnding).getBytes(charset));
		}
		return out.toByteArray();
	}

	/** Writes the bytes to a file in the directory. */
	public static Path file(Path dir, String name, byte[] bytes) {
		try {
			return Files.write(dir.resolve(name), bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A UTF-8 file without BOM, LF line endings. */
	public static Path utf8(Path dir, String... lines) {
		return file(dir, "upload.csv", bytes(StandardCharsets.UTF_8, false, LF, lines));
	}

	/** The header then the rows, as a UTF-8 file. */
	public static Path withRows(Path dir, String... rows) {
		String[] lines = new String[rows.length + 1];
		lines[0] = HEADER;
		System.arraycopy(rows, 0, lines, 1, rows.length);
		return utf8(dir, lines);
	}

	public static FileProfile inspect(Path file) {
		try {
			return new ImportFileInspector(ImportLimits.DEFAULTS).inspect(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** All data rows of a small file. */
	public static List<ImportRow> rows(Path file) {
		FileProfile profile = inspect(file);
		try (ImportRowReader reader = ImportRowReader.open(file, profile, ImportLimits.DEFAULTS)) {
			return reader.stream().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** All data rows of a small file, validated. */
	public static List<ValidatedRow> validated(Path file) {
		return rows(file).stream().map(ImportRowValidator::validate).toList();
	}

	/** All orders of a small file. */
	public static List<OrderGroupResult> orders(Path file) {
		return OrderGrouper.groupAll(validated(file));
	}

	/** The one row of a file with the header and that row. */
	public static ValidatedRow validatedRow(Path dir, String row) {
		List<ValidatedRow> rows = validated(withRows(dir, row));
		if (rows.size() != 1) {
			throw new IllegalStateException("Expected one row but read " + rows.size());
		}
		return rows.get(0);
	}

	public static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Where the bytes occur in the data, -1 when they do not. */
	public static int indexOf(byte[] data, byte[] bytes) {
		outer: for (int i = 0; i + bytes.length <= data.length; i++) {
			for (int j = 0; j < bytes.length; j++) {
				if (data[i + j] != bytes[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
