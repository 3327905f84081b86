package com.orderplatform.order.bulkimport.file.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import com.orderplatform.order.bulkimport.FileErrorCode;
import com.orderplatform.order.bulkimport.ImportFileException;

/**
 * Decides whether an upload is a workbook the import reads, before any workbook library
 * sees it. An OLE2 container (the {@code D0CF11E0} header) is refused: as encrypted when
 * it holds the {@code EncryptionInfo} stream of a password-protected workbook (its
 * directory names are UTF-16LE, found by scanning the file for them), else as an old
 * {@code .xls}. A ZIP archive is refused when it is no workbook, has macros, or would
 * unpack to too much: every entry is inflated once through {@link java.util.zip} counting
 * its bytes (sizes in the ZIP headers are not trusted), stopping at the first entry past
 * {@link #MAX_ENTRY_BYTES}, past {@link #MAX_TOTAL_BYTES} in all, or inflating more than
 * 100 times its compressed size (POI's 1% minimum ratio). Then the XML parts are checked
 * by {@link WorkbookXmlCheck}. Memory stays constant.
 */
public final class WorkbookGuard {

	/** The most entries of a workbook ZIP (POI's default). */
	static final int MAX_ENTRIES = 1000;

	/** The most bytes one entry may inflate to. */
	static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;

	/** The most bytes all entries may inflate to. */
	static final long MAX_TOTAL_BYTES = 1024L * 1024 * 1024;

	/** An entry may inflate to at most this many times its compressed size. */
	static final long MAX_RATIO = 100;

	/** Entries smaller than this are not checked for their ratio. */
	private static final long RATIO_THRESHOLD = 1024 * 1024;

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] EMPTY_ZIP = { 'P', 'K', 5, 6 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private static final byte[] ENCRYPTION_INFO = "EncryptionInfo".getBytes(StandardCharsets.UTF_16LE);

	private WorkbookGuard() {
	}

	/**
	 * Whether the file is a ZIP archive (an .xlsx is one).
	 * @param file the upload
	 * @return whether it starts with a ZIP header
	 */
	public static boolean isZip(Path file) throws IOException {
		byte[] head = head(file);
		return startsWith(head, ZIP) || startsWith(head, EMPTY_ZIP);
	}

	/**
	 * Refuses an OLE2 file (.xls or an encrypted workbook); does nothing for others.
	 * @param file the upload
	 * @throws ImportFileException {@code XLS_WORKBOOK} or {@code ENCRYPTED_WORKBOOK}
	 */
	public static void refuseOle2(Path file) throws IOException {
		if (!startsWith(head(file), OLE2)) {
			return;
		}
		if (contains(file, ENCRYPTION_INFO)) {
			throw new ImportFileException(FileErrorCode.ENCRYPTED_WORKBOOK,
					"The workbook is protected with a password (encrypted), so it cannot be read."
							+ " Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with"
							+ " Password, leave it empty), save it as .xlsx and upload it again.");
		}
		throw new ImportFileException(FileErrorCode.XLS_WORKBOOK,
				"The file is an old Excel 97-2003 workbook (.xls), which the import does not read."
						+ " In Excel choose Save As and the type \"Excel Workbook (*.xlsx)\" or \"CSV UTF-8\","
						+ " then upload that file.");
	}

	/**
	 * Checks a ZIP upload before it is read as a workbook.
	 * @param file the upload, a ZIP archive
	 * @throws ImportFileException {@code NOT_A_WORKBOOK}, {@code MACRO_WORKBOOK},
	 * {@code WORKBOOK_TOO_LARGE} or {@code UNREADABLE_WORKBOOK}
	 */
	public static void check(Path file) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			if (zip.size() > MAX_ENTRIES) {
				throw tooLarge("it has " + zip.size() + " parts, more than " + MAX_ENTRIES);
			}
			if (zip.getEntry("xl/workbook.xml") == null) {
				throw new ImportFileException(FileErrorCode.NOT_A_WORKBOOK,
						"The file is a ZIP archive but not an Excel workbook (.xlsx). Upload the orders as an .xlsx"
								+ " workbook or a CSV file, not an archive.");
			}
			if (zip.getEntry("xl/vbaProject.bin") != null || macroContentType(zip)) {
				throw new ImportFileException(FileErrorCode.MACRO_WORKBOOK,
						"The workbook contains macros (.xlsm), which are not imported. In Excel choose Save As and"
								+ " the type \"Excel Workbook (*.xlsx)\" (without macros), then upload that file.");
			}
			long total = 0;
			for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
				ZipEntry entry = entries.nextElement();
				total += inflatedSize(zip, entry, MAX_TOTAL_BYTES - total);
			}
			WorkbookXmlCheck.check(zip);
		}
		catch (ZipException ex) {
			throw WorkbookXmlCheck.unreadable("it is not a complete ZIP archive (" + ex.getMessage() + ")");
		}
	}

	private static boolean macroContentType(ZipFile zip) throws IOException {
		ZipEntry types = zip.getEntry("[Content_Types].xml");
		if (types == null || types.getSize() > 1024 * 1024) {
			return false;
		}
		try (InputStream in = zip.getInputStream(types)) {
			return new String(in.readNBytes(1024 * 1024), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT)
				.contains("macroenabled");
		}
	}

	/** Inflates an entry counting its bytes, refusing it on the first limit it passes. */
	private static long inflatedSize(ZipFile zip, ZipEntry entry, long totalLeft) throws IOException {
		long compressed = Math.max(entry.getCompressedSize(), 1);
		byte[] buffer = new byte[64 * 1024];
		long size = 0;
		try (InputStream in = zip.getInputStream(entry)) {
			int read;
			while ((read = in.read(buffer)) >= 0) {
				size += read;
				if (size > MAX_ENTRY_BYTES || size > totalLeft) {
					throw tooLarge("its part " + entry.getName() + " unpacks to more than "
							+ (Math.min(MAX_ENTRY_BYTES, totalLeft) / (1024 * 1024)) + " MiB");
				}
				if (size > RATIO_THRESHOLD && size > compressed * MAX_RATIO) {
					throw tooLarge("its part " + entry.getName() + " unpacks to more than " + MAX_RATIO
							+ " times its packed size (" + compressed + " bytes), the mark of a zip bomb");
				}
			}
		}
		return size;
	}

	static ImportFileException tooLarge(String reason) {
		return new ImportFileException(FileErrorCode.WORKBOOK_TOO_LARGE,
				"The workbook is refused before it is read: " + reason
						+ ". Save the orders sheet as CSV UTF-8, or as a new .xlsx with only the orders, and upload"
						+ " that file.");
	}

	/** Whether the file holds the bytes anywhere (read in overlapping blocks). */
	private static boolean contains(Path file, byte[] needle) throws IOException {
		byte[] buffer = new byte[64 * 1024 + needle.length];
		int kept = 0;
		try (InputStream in = Files.newInputStream(file)) {
			int read;
			while ((read = in.read(buffer, kept, buffer.length - kept)) > 0) {
				int end = kept + read;
				for (int i = 0; i + needle.length <= end; i++) {
					if (Arrays.equals(buffer, i, i + needle.length, needle, 0, needle.length)) {
						return true;
					}
				}
				kept = Math.min(needle.length - 1, end);
				System.arraycopy(buffer, end - kept, buffer, 0, kept);
			}
		}
		return false;
	}

	private static byte[] head(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(OLE2.length);
		}
	}

	private static boolean startsWith(byte[] head, byte[] prefix) {
		return head.length >= prefix.length && Arrays.equals(head, 0, prefix.length, prefix, 0, prefix.length);
	}

}
