package com.orderplatform.order.bulkimport.file;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import com.orderplatform.order.bulkimport.file.validation.ValidatedRow;
import com.orderplatform.order.csv.LineEnding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static com.orderplatform.order.bulkimport.file.CsvFixtures.CP932;
import static com.orderplatform.order.bulkimport.file.CsvFixtures.CRLF;
import static com.orderplatform.order.bulkimport.file.CsvFixtures.HEADER;
import static com.orderplatform.order.bulkimport.file.CsvFixtures.LF;
import static org.assertj.core.api.Assertions.assertThat;

/** What inspecting a readable file finds: encoding, dialect, header and warnings. */
class ImportFileInspectorTests {

	@TempDir
	Path dir;

	@Test
	void detectsUtf8WithoutBomAndLfInTheSpecSample() {
		FileProfile profile = CsvFixtures.inspect(CsvFixtures.resource("spec-sample.utf8.csv"));

		assertThat(profile.charset()).isEqualTo(StandardCharsets.UTF_8);
		assertThat(profile.bom()).isFalse();
		assertThat(profile.encodingLabel()).isEqualTo("UTF-8");
		assertThat(profile.delimiter()).isEqualTo(',');
		assertThat(profile.lineEnding()).isEqualTo(LineEnding.LF);
		assertThat(profile.headerRowNumber()).isEqualTo(1);
		assertThat(profile.headerCells()).containsExactly("customer_email", "customer_name", "product_name", "quantity",
				"unit_price", "currency", "notes");
		assertThat(profile.warnings()).isEmpty();
	}

	@Test
	void detectsUtf8WithBomAndCrlfInTheSpecSample() {
		FileProfile profile = CsvFixtures.inspect(CsvFixtures.resource("spec-sample.utf8-bom.csv"));

		assertThat(profile.charset()).isEqualTo(StandardCharsets.UTF_8);
		assertThat(profile.bom()).isTrue();
		assertThat(profile.encodingLabel()).isEqualTo("UTF-8 (BOM)");
		assertThat(profile.lineEnding()).isEqualTo(LineEnding.CRLF);
		assertThat(profile.headerCells().get(0)).isEqualTo("customer_email");
	}

	@Test
	void detectsWindows31jAndCrlfInTheCp932SpecSample() {
		FileProfile profile = CsvFixtures.inspect(CsvFixtures.resource("spec-sample.cp932.csv"));

		assertThat(profile.charset()).isEqualTo(CP932);
		assertThat(profile.charset().name()).isEqualTo("windows-31j");
		assertThat(profile.bom()).isFalse();
		assertThat(profile.encodingLabel()).isEqualTo("Windows-31J (Shift_JIS)");
		assertThat(profile.lineEnding()).isEqualTo(LineEnding.CRLF);
	}

	@Test
	void detectsWindows31jForCharactersPlainShiftJisLacks() {
		Path file = CsvFixtures.file(this.dir, "excel.csv", CsvFixtures.bytes(CP932, false, CRLF, HEADER,
				"takahashi@example.co.jp,髙橋一郎,①番ラック,2,12000,JPY,㈱髙橋商事 宛 ～至急～"));

		FileProfile profile = CsvFixtures.inspect(file);

		assertThat(profile.charset()).isEqualTo(CP932);
		assertThat(profile.lineEnding()).isEqualTo(LineEnding.CRLF);
	}

	@ParameterizedTest(name = "delimiter [{0}]")
	@ValueSource(chars = { '\t', ';', ',' })
	void detectsTheDelimiterFromTheHeader(char delimiter) {
		String header = HEADER.replace(',', delimiter);
		Path file = CsvFixtures.utf8(this.dir, header,
				String.join(String.valueOf(delimiter), "a@example.co.jp", "田中太郎", "ノートPC", "1", "89800", "JPY", ""));

		FileProfile profile = CsvFixtures.inspect(file);

		assertThat(profile.delimiter()).isEqualTo(delimiter);
		assertThat(profile.headerCells()).hasSize(7);
	}

	@Test
	void prefersTheDelimiterThatNamesColumnsOverCommasInsideValues() {
		Path file = CsvFixtures.utf8(this.dir, "customer_email;customer_name;product_name;quantity;unit_price;notes",
				"a@example.co.jp;田中太郎;ノートPC, 14インチ;1;89,800;法人割引, 請求書払い");

		FileProfile profile = CsvFixtures.inspect(file);

		assertThat(profile.delimiter()).isEqualTo(';');
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "CRLF", "LF", "CR" })
	void detectsTheLineEnding(LineEnding ending) {
		Path file = CsvFixtures.file(this.dir, "upload.csv", CsvFixtures.bytes(StandardCharsets.UTF_8, false,
				ending.separator(), HEADER, "a@example.co.jp,田中太郎,ノートPC,1,89800,JPY,"));

		assertThat(CsvFixtures.inspect(file).lineEnding()).isEqualTo(ending);
	}

	@Test
	void ignoresALineBreakInsideAQuotedHeaderCellWhenDetectingTheLineEnding() {
		Path file = CsvFixtures.file(this.dir, "upload.csv", CsvFixtures.bytes(StandardCharsets.UTF_8, false, CRLF,
				HEADER + ",\"memo\nline 2\"", "a@example.co.jp,田中太郎,ノートPC,1,89800,JPY,,x"));

		assertThat(CsvFixtures.inspect(file).lineEnding()).isEqualTo(LineEnding.CRLF);
	}

	@Test
	void mapsEnglishHeadersInAnyOrderCaseAndSpacing() {
		Path file = CsvFixtures.utf8(this.dir, " Unit Price ,QUANTITY,Customer_Email,customer-name,Product_Name",
				"89800,2,a@example.co.jp,田中太郎,ノートPC");

		ImportRow row = CsvFixtures.rows(file).get(0);

		assertThat(row.value(ImportColumn.CUSTOMER_EMAIL)).isEqualTo("a@example.co.jp");
		assertThat(row.value(ImportColumn.CUSTOMER_NAME)).isEqualTo("田中太郎");
		assertThat(row.value(ImportColumn.PRODUCT_NAME)).isEqualTo("ノートPC");
		assertThat(row.value(ImportColumn.QUANTITY)).isEqualTo("2");
		assertThat(row.value(ImportColumn.UNIT_PRICE)).isEqualTo("89800");
		assertThat(row.value(ImportColumn.CURRENCY)).isEmpty();
		assertThat(row.value(ImportColumn.NOTES)).isEmpty();
	}

	@Test
	void mapsJapaneseHeadersInAnyOrderInAUtf8FileWithBom() {
		Path file = CsvFixtures.file(this.dir, "ja.csv", CsvFixtures.bytes(StandardCharsets.UTF_8, true, CRLF,
				"注文番号,数量,商品名,単価,顧客名,メールアドレス,備考,通貨", "PO-7,3,モニター27インチ,45000,鈴木花子,suzuki@example.co.jp,午前着,JPY"));

		FileProfile profile = CsvFixtures.inspect(file);
		ImportRow row = CsvFixtures.rows(file).get(0);

		assertThat(profile.bom()).isTrue();
		assertThat(profile.headerCells().get(0)).isEqualTo("注文番号");
		assertThat(row.value(ImportColumn.ORDER_REF)).isEqualTo("PO-7");
		assertThat(row.value(ImportColumn.QUANTITY)).isEqualTo("3");
		assertThat(row.value(ImportColumn.PRODUCT_NAME)).isEqualTo("モニター27インチ");
		assertThat(row.value(ImportColumn.UNIT_PRICE)).isEqualTo("45000");
		assertThat(row.value(ImportColumn.CUSTOMER_NAME)).isEqualTo("鈴木花子");
		assertThat(row.value(ImportColumn.CUSTOMER_EMAIL)).isEqualTo("suzuki@example.co.jp");
		assertThat(row.value(ImportColumn.NOTES)).isEqualTo("午前着");
		assertThat(row.value(ImportColumn.CURRENCY)).isEqualTo("JPY");
	}

	@Test
	void mapsHalfWidthKatakanaAndFullWidthLatinHeaders() {
		Path file = CsvFixtures.utf8(this.dir, "ﾒｰﾙｱﾄﾞﾚｽ,顧客名,商品名,ｑｕａｎｔｉｔｙ,単価", "a@example.co.jp,田中太郎,ノートPC,1,89800");

		ImportRow row = CsvFixtures.rows(file).get(0);

		assertThat(row.value(ImportColumn.CUSTOMER_EMAIL)).isEqualTo("a@example.co.jp");
		assertThat(row.value(ImportColumn.QUANTITY)).isEqualTo("1");
	}

	@Test
	void ignoresUnknownColumnsAndListsThemAsAWarning() {
		Path file = CsvFixtures.utf8(this.dir, HEADER + ",部署, Cost Center ,",
				"a@example.co.jp,田中太郎,ノートPC,1,89800,JPY,,総務部,CC-1,");

		FileProfile profile = CsvFixtures.inspect(file);

		assertThat(profile.ignoredColumns()).containsExactly("部署", "Cost Center");
		assertThat(profile.warnings()).containsExactly("Ignored unknown columns \"部署\", \"Cost Center\";"
				+ " their values are not imported. The columns read are customer_email (メールアドレス),"
				+ " customer_name (顧客名), product_name (商品名), quantity (数量), unit_price (単価), currency (通貨),"
				+ " notes (備考), order_ref (注文番号).");
	}

	@Test
	void skipsTheColumnsErrorsCsvAddsWithoutAWarning() {
		Path file = CsvFixtures.utf8(this.dir, "row_number,error_code,error_message," + HEADER,
				"2,QUANTITY_BELOW_ONE,quantity must be at least 1,a@example.co.jp,田中太郎,ノートPC,1,89800,JPY,");

		FileProfile profile = CsvFixtures.inspect(file);

		assertThat(profile.ignoredColumns()).isEmpty();
		assertThat(profile.warnings()).isEmpty();
		assertThat(CsvFixtures.rows(file).get(0).value(ImportColumn.CUSTOMER_EMAIL)).isEqualTo("a@example.co.jp");
	}

	@Test
	void skipsTheColumnsResultsCsvAddsWithoutAWarning() {
		Path file = CsvFixtures.utf8(this.dir,
				"row_number,result,order_id,error_code,error_message,item_notes," + HEADER,
				"2,imported,101,,,法人割引適用,a@example.co.jp,田中太郎,ノートPC,1,89800,JPY,法人割引適用");

		FileProfile profile = CsvFixtures.inspect(file);

		assertThat(profile.ignoredColumns()).isEmpty();
		assertThat(profile.warnings()).isEmpty();
		assertThat(CsvFixtures.rows(file).get(0).value(ImportColumn.NOTES)).isEqualTo("法人割引適用");
	}

	@Test
	void findsTheHeaderAfterLeadingBlankRows() {
		Path file = CsvFixtures.utf8(this.dir, "", ",,,", HEADER, "a@example.co.jp,田中太郎,ノートPC,1,89800,JPY,");

		FileProfile profile = CsvFixtures.inspect(file);

		assertThat(profile.headerRowNumber()).isEqualTo(3);
		assertThat(CsvFixtures.rows(file)).extracting(ImportRow::rowNumber).containsExactly(4);
	}

	@Test
	void readsTheEncodingAskedForInsteadOfDetectingIt() throws Exception {
		Path file = CsvFixtures.utf8(this.dir, HEADER, "a@example.co.jp,Tanaka Taro,Laptop,1,89800,JPY,");

		FileProfile profile = new ImportFileInspector(ImportLimits.DEFAULTS).inspect(file,
				ImportFileInspector.encodingNamed("Shift_JIS"));

		assertThat(profile.charset()).isEqualTo(CP932);
	}

	@Test
	void findsTheSameProfileWhenTheFileIsInspectedAgain() {
		Path file = CsvFixtures.copy(this.dir, "order-refs.csv");

		assertThat(CsvFixtures.inspect(file)).isEqualTo(CsvFixtures.inspect(file));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "UTF-8, UTF-8", "utf8, UTF-8", "utf-8-sig, UTF-8", "Shift_JIS, windows-31j", "SJIS, windows-31j",
			"cp932, windows-31j", "MS932, windows-31j", "Windows-31J, windows-31j" })
	void namesTheTwoSupportedEncodingsManyWays(String name, String charset) {
		assertThat(ImportFileInspector.encodingNamed(name).name()).isEqualTo(charset);
	}

	@Test
	void readsAFileWithoutTheOptionalColumns() {
		Path file = CsvFixtures.utf8(this.dir, "customer_email,customer_name,product_name,quantity,unit_price",
				"a@example.co.jp,田中太郎,ノートPC,1,89800");

		List<ValidatedRow> rows = CsvFixtures.validated(file);

		assertThat(rows).singleElement().satisfies(row -> assertThat(row.valid()).isTrue());
	}

}
