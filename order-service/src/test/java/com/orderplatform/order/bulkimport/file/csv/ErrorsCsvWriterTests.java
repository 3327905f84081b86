package com.orderplatform.order.bulkimport.file.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import com.orderplatform.order.bulkimport.file.CsvFixtures;
import com.orderplatform.order.bulkimport.file.CsvRecords;
import com.orderplatform.order.bulkimport.file.FileProfile;
import com.orderplatform.order.bulkimport.file.validation.ImportedItem;
import com.orderplatform.order.bulkimport.file.validation.ImportedOrder;
import com.orderplatform.order.bulkimport.file.validation.OrderGroupResult;
import com.orderplatform.order.bulkimport.file.validation.RowError;
import com.orderplatform.order.bulkimport.file.validation.RowErrorCode;
import com.orderplatform.order.csv.LineEnding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.orderplatform.order.bulkimport.file.CsvFixtures.CP932;
import static com.orderplatform.order.bulkimport.file.CsvFixtures.CRLF;
import static com.orderplatform.order.bulkimport.file.CsvFixtures.HEADER;
import static com.orderplatform.order.bulkimport.file.CsvFixtures.LF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * errors.csv holds the failed rows as uploaded, in the upload's encoding and dialect, and
 * comes back through the reader once fixed.
 */
class ErrorsCsvWriterTests {

	@TempDir
	Path dir;

	@Test
	void writesFailedRowsBackInWindows31jWithCrlfKeepingTheUploadsBytes() {
		// given an upload as Excel on Japanese Windows writes it
		String[] lines = { HEADER, "takahashi@example.co.jp,髙橋一郎,①番ラック,2,12000,JPY,㈱髙橋商事 宛",
				"yamazaki@example.co.jp,山﨑花子,用紙～A4～,0,580,JPY,\"至急, 午前着\"",
				"sato@example.co.jp,佐藤健一,キーボード,1,12500,USD,=cmd|' /C calc'!A0" };
		byte[] upload = CsvFixtures.bytes(CP932, false, CRLF, lines);

		// when
		byte[] errors = CsvFixtures.read(ImportReports.errorsCsv(CsvFixtures.file(this.dir, "upload.csv", upload)));

		// then
		assertThat(new String(errors, CP932)).isEqualTo("row_number,error_code,error_message," + HEADER + CRLF
				+ "3,QUANTITY_BELOW_ONE,\"quantity (数量) must be at least 1 but is \"\"0\"\"; remove the row if nothing is ordered.\","
				+ lines[2] + CRLF
				+ "4,CURRENCY_NOT_SUPPORTED,\"currency (通貨) must be JPY or empty but is \"\"USD\"\"; only Japanese yen can be imported.\","
				+ "sato@example.co.jp,佐藤健一,キーボード,1,12500,USD,'=cmd|' /C calc'!A0" + CRLF);
		assertThat(CsvFixtures.indexOf(errors, concat(",", line(upload, 2), CRLF))).isPositive();
		byte[] unchangedCells = Arrays.copyOf(line(upload, 3), line(upload, 3).length - "=cmd|' /C calc'!A0".length());
		assertThat(CsvFixtures.indexOf(errors, concat(",", unchangedCells, "'=cmd"))).isPositive();
	}

	@Test
	void readsTheFixedWindows31jErrorsCsvBackAsValidOrders() {
		Path upload = CsvFixtures.file(this.dir, "upload.csv",
				CsvFixtures.bytes(CP932, false, CRLF, HEADER,
						"yamazaki@example.co.jp,山﨑花子,用紙～A4～,0,580,JPY,\"至急, 午前着\"",
						"sato@example.co.jp,佐藤健一,キーボード,1,12500,USD,=cmd|' /C calc'!A0"));
		String errors = new String(CsvFixtures.read(ImportReports.errorsCsv(upload)), CP932);

		// when the user fixes the two cells in Excel and uploads the file again
		String fixed = errors.replace(",0,580,", ",1,580,").replace(",USD,", ",JPY,");
		Path reupload = CsvFixtures.file(this.dir, "fixed.csv", fixed.getBytes(CP932));
		FileProfile profile = CsvFixtures.inspect(reupload);
		List<OrderGroupResult> orders = CsvFixtures.orders(reupload);

		// then
		assertThat(profile.charset()).isEqualTo(CP932);
		assertThat(profile.lineEnding()).isEqualTo(LineEnding.CRLF);
		assertThat(profile.warnings()).isEmpty();
		assertThat(orders).hasSize(2).allSatisfy(order -> assertThat(order).isInstanceOf(ImportedOrder.class));
		ImportedOrder yamazaki = (ImportedOrder) orders.get(0);
		ImportedOrder sato = (ImportedOrder) orders.get(1);
		assertThat(yamazaki.customerName()).isEqualTo("山﨑花子");
		assertThat(yamazaki.items())
			.containsExactly(new ImportedItem(2, "用紙～A4～", 1, new BigDecimal("580"), "至急, 午前着"));
		assertThat(sato.items().get(0).notes()).isEqualTo("=cmd|' /C calc'!A0");
		assertThat(sato.total()).isEqualByComparingTo("12500");
	}

	@Test
	void writesFailedRowsBackInUtf8WithBomSemicolonsAndLfAndReadsThemBackOnceFixed() {
		// given
		String[] lines = { "メールアドレス;顧客名;商品名;数量;単価;通貨;備考;注文番号", "tanaka@example.co.jp;田中太郎;ノートPC;2;89800;JPY;;PO-1",
				"suzuki@example.co.jp;鈴木花子;モニター;1;45000;JPY;\"3階受付\n不在時は総務部\";PO-2",
				"suzuki@example.co.jp;鈴木花子;Webカメラ;1;¥0;JPY;;PO-2" };
		Path upload = CsvFixtures.file(this.dir, "upload.csv",
				CsvFixtures.bytes(StandardCharsets.UTF_8, true, LF, lines));

		// when
		byte[] errors = CsvFixtures.read(ImportReports.errorsCsv(upload));

		// then
		assertThat(Arrays.copyOf(errors, 3)).isEqualTo(CsvRecords.UTF8_BOM);
		String text = new String(errors, 3, errors.length - 3, StandardCharsets.UTF_8);
		assertThat(text).isEqualTo("row_number;error_code;error_message;" + lines[0] + LF
				+ "3;ORDER_HAS_INVALID_ROW;\"Not imported because row 4 of the same order (order_ref \"\"PO-2\"\") has errors"
				+ " and an order is imported whole or not at all; fix those rows and upload all rows of the order again.\";"
				+ lines[2] + LF
				+ "4;UNIT_PRICE_NOT_POSITIVE;\"unit_price (単価) must be greater than 0 but is \"\"¥0\"\";"
				+ " enter the price of one unit in yen.\";" + lines[3] + LF);

		// when the price is fixed and the file uploaded again
		Path reupload = CsvFixtures.file(this.dir, "fixed.csv", replace(errors, "¥0", "¥6,980"));
		FileProfile profile = CsvFixtures.inspect(reupload);
		List<OrderGroupResult> orders = CsvFixtures.orders(reupload);

		// then
		assertThat(profile.bom()).isTrue();
		assertThat(profile.delimiter()).isEqualTo(';');
		assertThat(profile.lineEnding()).isEqualTo(LineEnding.LF);
		assertThat(orders).singleElement().isInstanceOfSatisfying(ImportedOrder.class, order -> {
			assertThat(order.orderRef()).isEqualTo("PO-2");
			assertThat(order.rowNumbers()).containsExactly(2, 3);
			assertThat(order.items().get(0).notes()).isEqualTo("3階受付\n不在時は総務部");
			assertThat(order.total()).isEqualByComparingTo("51980");
		});
	}

	@Test
	void neutralisesFormulaCellsNumbersIncluded() {
		String errors = new String(
				CsvFixtures.read(ImportReports.errorsCsv(CsvFixtures.copy(this.dir, "formula-cells.csv"))),
				StandardCharsets.UTF_8);

		assertThat(errors.split(LF)).containsExactly("row_number,error_code,error_message," + HEADER,
				"3,QUANTITY_BELOW_ONE,\"quantity (数量) must be at least 1 but is \"\"0\"\"; remove the row if nothing is ordered.\","
						+ "x@example.co.jp,'@SUM(1+1),'-2+3,0,3500,JPY,'-5");
	}

	@Test
	void joinsSeveralErrorsOfARow() {
		FileProfile profile = CsvFixtures.inspect(CsvFixtures.resource("spec-sample.utf8.csv"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		try (ErrorsCsvWriter writer = ErrorsCsvWriter.open(out, profile)) {
			writer.write(7, List.of("", "田中太郎", "ノートPC", "0", "89800", "JPY", ""),
					List.of(new RowError(7, "customer_email", RowErrorCode.CUSTOMER_EMAIL_REQUIRED, "email is empty"),
							new RowError(7, "quantity", RowErrorCode.QUANTITY_BELOW_ONE, "quantity is 0")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}

		assertThat(out.toString(StandardCharsets.UTF_8).split(LF)[1]).isEqualTo(
				"7,CUSTOMER_EMAIL_REQUIRED | QUANTITY_BELOW_ONE,email is empty | quantity is 0,,田中太郎,ノートPC,0,89800,JPY,");
	}

	@Test
	void refusesARowWithoutErrors() {
		FileProfile profile = CsvFixtures.inspect(CsvFixtures.resource("spec-sample.utf8.csv"));

		ErrorsCsvWriter writer = ErrorsCsvWriter.open(new ByteArrayOutputStream(), profile);

		assertThatIllegalArgumentException().isThrownBy(() -> writer.write(2, List.of("a"), List.of()))
			.withMessage("Row 2 has no error to write");
	}

	/** Line {@code index} (0 = header) of a CRLF file without quoted line breaks. */
	private static byte[] line(byte[] file, int index) {
		int start = 0;
		for (int i = 0; i < index; i++) {
			start = CsvFixtures.indexOf(Arrays.copyOfRange(file, start, file.length), CRLF.getBytes()) + start + 2;
		}
		int end = CsvFixtures.indexOf(Arrays.copyOfRange(file, start, file.length), CRLF.getBytes()) + start;
		return Arrays.copyOfRange(file, start, end);
	}

	private static byte[] concat(String before, byte[] bytes, String after) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(before.getBytes(StandardCharsets.US_ASCII));
		out.writeBytes(bytes);
		out.writeBytes(after.getBytes(StandardCharsets.US_ASCII));
		return out.toByteArray();
	}

	private static byte[] replace(byte[] utf8, String target, String replacement) {
		return new String(utf8, StandardCharsets.UTF_8).replace(target, replacement).getBytes(StandardCharsets.UTF_8);
	}

}
