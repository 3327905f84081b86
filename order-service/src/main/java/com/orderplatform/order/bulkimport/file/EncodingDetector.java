package com.orderplatform.order.bulkimport.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import com.orderplatform.order.bulkimport.FileErrorCode;
import com.orderplatform.order.bulkimport.ImportFileException;

/**
 * Finds a file's encoding: a UTF-8 byte order mark means UTF-8; otherwise the whole file
 * is decoded strictly as UTF-8 and, if that fails, as Windows-31J (more reliable on short
 * Japanese files than statistical detectors). Streams the file; memory stays constant.
 * Refuses binary files (NUL bytes) and UTF-16 on the way; workbooks never get here
 * ({@link com.orderplatform.order.bulkimport.file.xlsx.WorkbookGuard} takes them first).
 */
final class EncodingDetector {

	/** The file's encoding. */
	record Encoding(Charset charset, boolean bom) {
	}

	private static final int BUFFER = 64 * 1024;

	private static final int READABLE = 0;

	private static final byte[] UTF16_LE = { (byte) 0xFF, (byte) 0xFE };

	private static final byte[] UTF16_BE = { (byte) 0xFE, (byte) 0xFF };

	private EncodingDetector() {
	}

	/**
	 * Detects the encoding, or checks the one asked for.
	 * @param override the encoding to use instead of detecting one, {@code null} to
	 * detect
	 */
	static Encoding detect(Path file, Charset override) throws IOException {
		byte[] head = head(file);
		rejectKnownFormats(head);
		if (startsWith(head, CsvRecords.UTF8_BOM)) {
			requireReadable(file, CsvRecords.UTF8_BOM.length, StandardCharsets.UTF_8,
					"starts with a UTF-8 byte order mark but is not valid UTF-8");
			return new Encoding(StandardCharsets.UTF_8, true);
		}
		if (override != null) {
			requireReadable(file, 0, override, "is not valid " + override.displayName() + " as was asked for");
			return new Encoding(override, false);
		}
		int utf8Line = firstUnreadableLine(file, 0, StandardCharsets.UTF_8);
		if (utf8Line == READABLE) {
			return new Encoding(StandardCharsets.UTF_8, false);
		}
		int windows31jLine = firstUnreadableLine(file, 0, FileProfile.WINDOWS_31J);
		if (windows31jLine == READABLE) {
			return new Encoding(FileProfile.WINDOWS_31J, false);
		}
		// The encoding that reads further is most likely the one meant; name where it
		// fails.
		throw unreadable("is neither UTF-8 nor Windows-31J (Shift_JIS)", Math.max(utf8Line, windows31jLine));
	}

	private static void requireReadable(Path file, int skip, Charset charset, String problem) throws IOException {
		int line = firstUnreadableLine(file, skip, charset);
		if (line != READABLE) {
			throw unreadable(problem, line);
		}
	}

	private static ImportFileException unreadable(String problem, int line) {
		return new ImportFileException(FileErrorCode.UNREADABLE_ENCODING,
				"The file " + problem + ": line " + line
						+ " holds bytes that cannot be read. In Excel choose Save As and the file type"
						+ " \"CSV UTF-8 (comma delimited)\" (or \"CSV (comma delimited)\" on Japanese Windows),"
						+ " then upload that file.");
	}

	/**
	 * Decodes the whole file strictly.
	 * @return {@link #READABLE}, or the line (1-based) holding the first undecodable byte
	 */
	private static int firstUnreadableLine(Path file, int skip, Charset charset) throws IOException {
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
		CharBuffer chars = CharBuffer.allocate(BUFFER);
		int line = 1;
		try (FileChannel channel = FileChannel.open(file)) {
			channel.position(skip);
			boolean end = false;
			while (!end) {
				end = channel.read(bytes) < 0;
				bytes.flip();
				rejectNulBytes(bytes);
				CoderResult result;
				do {
					result = end ? decodeLast(decoder, bytes, chars) : decoder.decode(bytes, chars, false);
					line += countLineFeeds(chars);
				}
				while (result.isOverflow());
				if (result.isError()) {
					return line;
				}
				bytes.compact();
			}
		}
		return READABLE;
	}

	private static CoderResult decodeLast(CharsetDecoder decoder, ByteBuffer bytes, CharBuffer chars) {
		CoderResult result = decoder.decode(bytes, chars, true);
		return result.isUnderflow() ? decoder.flush(chars) : result;
	}

	private static int countLineFeeds(CharBuffer chars) {
		chars.flip();
		int count = 0;
		while (chars.hasRemaining()) {
			if (chars.get() == '\n') {
				count++;
			}
		}
		chars.clear();
		return count;
	}

	private static void rejectNulBytes(ByteBuffer bytes) {
		for (int i = bytes.position(); i < bytes.limit(); i++) {
			if (bytes.get(i) == 0) {
				throw new ImportFileException(FileErrorCode.NOT_TEXT,
						"The file holds binary data (NUL bytes), so it is not a CSV text file."
								+ " Export the orders from your spreadsheet as CSV and upload that file.");
			}
		}
	}

	private static void rejectKnownFormats(byte[] head) {
		if (startsWith(head, UTF16_LE) || startsWith(head, UTF16_BE)) {
			throw new ImportFileException(FileErrorCode.UNREADABLE_ENCODING,
					"The file is UTF-16 (Excel's \"Unicode Text\"), which the import does not read."
							+ " In Excel choose Save As and the file type \"CSV UTF-8 (comma delimited)\","
							+ " then upload that file.");
		}
	}

	private static byte[] head(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(CsvRecords.UTF8_BOM.length);
		}
	}

	private static boolean startsWith(byte[] head, byte[] prefix) {
		return head.length >= prefix.length && Arrays.equals(head, 0, prefix.length, prefix, 0, prefix.length);
	}

}
