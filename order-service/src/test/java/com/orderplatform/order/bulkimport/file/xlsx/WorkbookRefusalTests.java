package com.orderplatform.order.bulkimport.file.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.orderplatform.order.bulkimport.FileErrorCode;
import com.orderplatform.order.bulkimport.ImportFileException;
import com.orderplatform.order.bulkimport.file.FileReading;
import com.orderplatform.order.bulkimport.file.ImportFileInspector;
import com.orderplatform.order.bulkimport.file.ImportLimits;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Workbooks the import does not read are refused as a whole with the reason and what to
 * do, before a workbook library builds anything from them: an old .xls, an encrypted
 * workbook, macros, another ZIP archive, a zip bomb, a string over Excel's cell limit.
 */
class WorkbookRefusalTests {

	@TempDir
	Path dir;

	@Test
	void refusesAnOldXlsWorkbook() throws IOException {
		Path file = this.dir.resolve("orders.xls");
		try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			workbook.createSheet("注文").createRow(0).createCell(0).setCellValue("customer_email");
			workbook.write(out);
		}

		assertRefused(file, FileErrorCode.XLS_WORKBOOK,
				"The file is an old Excel 97-2003 workbook (.xls), which the import does not read."
						+ " In Excel choose Save As and the type \"Excel Workbook (*.xlsx)\" or \"CSV UTF-8\","
						+ " then upload that file.");
	}

	@Test
	void refusesAnEncryptedWorkbook() throws Exception {
		Path plain = XlsxFixtures.write(this.dir.resolve("plain.xlsx"), XlsxFixtures::orders);
		Path file = this.dir.resolve("secret.xlsx");
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
			Encryptor encryptor = info.getEncryptor();
			encryptor.confirmPassword("secret");
			try (OutputStream out = encryptor.getDataStream(fs)) {
				Files.copy(plain, out);
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				fs.writeFilesystem(out);
			}
		}

		assertRefused(file, FileErrorCode.ENCRYPTED_WORKBOOK,
				"The workbook is protected with a password (encrypted), so it cannot be read. Open it in Excel, remove"
						+ " the password (File > Info > Protect Workbook > Encrypt with Password, leave it empty),"
						+ " save it as .xlsx and upload it again.");
	}

	@Test
	void refusesAMacroWorkbookByItsContentTypeOrItsVbaProject() {
		Path xlsm = XlsxFixtures.write(this.dir.resolve("orders.xlsm"), workbook -> {
			workbook.setWorkbookType(XSSFWorkbookType.XLSM);
			XlsxFixtures.orders(workbook);
		});
		Path vba = XlsxFixtures.rewrite(XlsxFixtures.write(this.dir.resolve("plain.xlsx"), XlsxFixtures::orders),
				this.dir.resolve("vba.xlsx"), Map.of("xl/vbaProject.bin", XlsxFixtures.text("not really VBA")));

		for (Path file : new Path[] { xlsm, vba }) {
			assertRefused(file, FileErrorCode.MACRO_WORKBOOK,
					"The workbook contains macros (.xlsm), which are not imported. In Excel choose Save As and the"
							+ " type \"Excel Workbook (*.xlsx)\" (without macros), then upload that file.");
		}
	}

	@Test
	void refusesAZipArchiveThatIsNoWorkbook() throws IOException {
		Path empty = XlsxFixtures.write(this.dir.resolve("seed.xlsx"), XSSFWorkbook::createSheet);
		Path file = this.dir.resolve("orders.zip");
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new java.util.zip.ZipEntry("orders.csv"));
			zip.write("customer_email\n".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}

		assertThat(empty).isRegularFile();
		assertRefused(file, FileErrorCode.NOT_A_WORKBOOK,
				"The file is a ZIP archive but not an Excel workbook (.xlsx). Upload the orders as an .xlsx workbook"
						+ " or a CSV file, not an archive.");
	}

	@Test
	void refusesAZipBombBeforeReadingIt() throws IOException {
		// given a valid workbook whose shared strings inflate to 300 MB of repeated text
		Path seed = XlsxFixtures.write(this.dir.resolve("seed.xlsx"), XlsxFixtures::orders);
		Path bomb = XlsxFixtures.rewrite(seed, this.dir.resolve("bomb.xlsx"),
				Map.of("xl/sharedStrings.xml", out -> repeat(out, 300_000, "<si><t>" + "注".repeat(300) + "</t></si>")));
		assertThat(Files.size(bomb)).isLessThan(2 * 1024 * 1024);

		assertRefused(bomb, FileErrorCode.WORKBOOK_TOO_LARGE, null);
		assertThatExceptionOfType(ImportFileException.class)
			.isThrownBy(() -> WorkbookReadingTests.inspect(bomb, new FileReading("xlsx", null, null, null)))
			.withMessageContaining("its part xl/sharedStrings.xml unpacks to more than 100 times its packed size")
			.withMessageEndingWith("the mark of a zip bomb. Save the orders sheet as CSV UTF-8, or as a new .xlsx"
					+ " with only the orders, and upload that file.");
	}

	@Test
	void refusesASharedStringLongerThanAnExcelCell() {
		Path seed = XlsxFixtures.write(this.dir.resolve("seed.xlsx"), XlsxFixtures::orders);
		String sst = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>"
				+ "x".repeat(40_000) + "</t></si></sst>";
		Path file = XlsxFixtures.rewrite(seed, this.dir.resolve("long.xlsx"),
				Map.of("xl/sharedStrings.xml", XlsxFixtures.text(sst)));

		assertRefused(file, FileErrorCode.WORKBOOK_TOO_LARGE,
				"The workbook is refused before it is read: shared string 1 holds more than 32767 characters, Excel's"
						+ " limit for a cell. Save the orders sheet as CSV UTF-8, or as a new .xlsx with only the"
						+ " orders, and upload that file.");
	}

	@Test
	void refusesACellBeyondExcelsLastColumn() {
		Path seed = XlsxFixtures.write(this.dir.resolve("seed.xlsx"), XlsxFixtures::orders);
		String sheet = XlsxFixtures.part(seed, "xl/worksheets/sheet2.xml");
		Path file = XlsxFixtures.rewrite(seed, this.dir.resolve("wide.xlsx"),
				Map.of("xl/worksheets/sheet2.xml", XlsxFixtures.text(sheet.replace("r=\"I4\"", "r=\"XFE4\""))));

		assertThat(sheet).contains("r=\"I4\"");
		assertRefused(file, FileErrorCode.WORKBOOK_TOO_LARGE,
				"The workbook is refused before it is read: its part xl/worksheets/sheet2.xml has a cell beyond column"
						+ " XFD, Excel's last. Save the orders sheet as CSV UTF-8, or as a new .xlsx with only the"
						+ " orders, and upload that file.");
	}

	@Test
	void neverExpandsEntitiesOrReadsExternalOnesDeclaredInADtd() throws IOException {
		Path secret = Files.writeString(this.dir.resolve("secret.txt"), "TOP-SECRET-VALUE");
		Path seed = XlsxFixtures.write(this.dir.resolve("seed.xlsx"), XlsxFixtures::orders);
		String sst = "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM \"" + secret.toUri()
				+ "\"><!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
				+ "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&xxe;&b;</t></si></sst>";
		Path file = XlsxFixtures.rewrite(seed, this.dir.resolve("dtd.xlsx"),
				Map.of("xl/sharedStrings.xml", XlsxFixtures.text(sst)));

		assertThatExceptionOfType(ImportFileException.class)
			.isThrownBy(() -> new ImportFileInspector(ImportLimits.DEFAULTS).inspect(file, null,
					new FileReading("xlsx", null, null, null)))
			.satisfies(ex -> assertThat(ex.getCode()).isEqualTo(FileErrorCode.UNREADABLE_WORKBOOK))
			.satisfies(ex -> assertThat(ex.getMessage()).doesNotContain("TOP-SECRET-VALUE").doesNotContain("aaaa"));
	}

	@Test
	void refusesATruncatedWorkbook() throws IOException {
		Path seed = XlsxFixtures.write(this.dir.resolve("seed.xlsx"), XlsxFixtures::orders);
		byte[] bytes = Files.readAllBytes(seed);
		Path file = Files.write(this.dir.resolve("cut.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

		assertRefused(file, FileErrorCode.UNREADABLE_WORKBOOK, null);
	}

	private static void repeat(OutputStream out, int times, String element) {
		try {
			out.write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
				.getBytes(StandardCharsets.UTF_8));
			byte[] bytes = element.getBytes(StandardCharsets.UTF_8);
			for (int i = 0; i < times; i++) {
				out.write(bytes);
			}
			out.write("</sst>".getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void assertRefused(Path file, FileErrorCode code, String message) {
		assertThatExceptionOfType(ImportFileException.class)
			.isThrownBy(() -> new ImportFileInspector(ImportLimits.DEFAULTS).inspect(file, null,
					new FileReading("xlsx", null, null, null)))
			.satisfies(ex -> assertThat(ex.getCode()).isEqualTo(code))
			.satisfies(ex -> {
				if (message != null) {
					assertThat(ex.getMessage()).isEqualTo(message);
				}
			});
	}

}
