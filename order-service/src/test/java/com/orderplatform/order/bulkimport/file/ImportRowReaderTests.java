package com.orderplatform.order.bulkimport.file;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.orderplatform.order.bulkimport.file.CsvFixtures.CP932;
import static com.orderplatform.order.bulkimport.file.CsvFixtures.CRLF;
import static com.orderplatform.order.bulkimport.file.CsvFixtures.HEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Streaming rows with the row numbers a spreadsheet shows and the cells as uploaded. */
class ImportRowReaderTests {

	@TempDir
	Path dir;

	@Test
	void numbersRowsAsASpreadsheetDoesAcrossQuotedLineBreaksAndBlankRows() {
		List<ImportRow> rows = CsvFixtures.rows(CsvFixtures.resource("quoted-line-breaks.csv"));

		assertThat(rows).extracting(ImportRow::rowNumber).containsExactly(2, 3, 5, 6);
		assertThat(rows.get(0).value(ImportColumn.NOTES)).isEqualTo("1回目納品: 4月\n2回目納品: 5月");
		assertThat(rows.get(1).value(ImportColumn.NOTES)).isEqualTo("配送先:\n東京都千代田区丸の内1-1-1\n総務部 宛");
		assertThat(rows.get(2).value(ImportColumn.PRODUCT_NAME)).isEqualTo("USBハブ, 4ポート");
		assertThat(rows.get(2).value(ImportColumn.NOTES)).isEqualTo("型番 \"B-20\", 色は黒");
		assertThat(rows.get(3).value(ImportColumn.CUSTOMER_EMAIL)).isEqualTo("d@example.co.jp");
	}

	@Test
	void readsWindows31jCharactersExactlyAsExcelWritesThem() {
		Path file = CsvFixtures.file(this.dir, "excel.csv",
				CsvFixtures.bytes(CP932, false, CRLF, HEADER,
						"takahashi@example.co.jp,髙橋一郎,①番ラック Ⅲ型,2,12000,JPY,㈱髙橋商事 宛 ～至急～",
						"yamazaki@example.co.jp,山﨑花子,コピー用紙,10,580,JPY,"));

		List<ImportRow> rows = CsvFixtures.rows(file);

		assertThat(rows).extracting(ImportRow::rowNumber).containsExactly(2, 3);
		assertThat(rows.get(0).cells()).containsExactly("takahashi@example.co.jp", "髙橋一郎", "①番ラック Ⅲ型", "2", "12000",
				"JPY", "㈱髙橋商事 宛 ～至急～");
		assertThat(rows.get(1).value(ImportColumn.CUSTOMER_NAME)).isEqualTo("山﨑花子");
	}

	@Test
	void keepsCellsExactlyAsWrittenWithoutTrimming() {
		Path file = CsvFixtures.withRows(this.dir, " a@example.co.jp ,　田中太郎　,ノートPC, 1 ,89800,,");

		ImportRow row = CsvFixtures.rows(file).get(0);

		assertThat(row.cells()).containsExactly(" a@example.co.jp ", "　田中太郎　", "ノートPC", " 1 ", "89800", "", "");
	}

	@Test
	void readsTabDelimitedRowsWithCommasInValues() {
		Path file = CsvFixtures.utf8(this.dir, HEADER.replace(',', '\t'),
				"a@example.co.jp\t田中太郎\tノートPC, 14インチ\t1\t89,800\tJPY\t分納可, 残りは来月");

		ImportRow row = CsvFixtures.rows(file).get(0);

		assertThat(row.value(ImportColumn.PRODUCT_NAME)).isEqualTo("ノートPC, 14インチ");
		assertThat(row.value(ImportColumn.UNIT_PRICE)).isEqualTo("89,800");
		assertThat(row.value(ImportColumn.NOTES)).isEqualTo("分納可, 残りは来月");
	}

	@Test
	void readsSemicolonDelimitedRowsWithQuotedSemicolons() {
		Path file = CsvFixtures.utf8(this.dir, HEADER.replace(',', ';'),
				"a@example.co.jp;田中太郎;\"ノートPC; 14インチ\";1;89800;JPY;");

		ImportRow row = CsvFixtures.rows(file).get(0);

		assertThat(row.value(ImportColumn.PRODUCT_NAME)).isEqualTo("ノートPC; 14インチ");
		assertThat(row.value(ImportColumn.QUANTITY)).isEqualTo("1");
	}

	@Test
	void readsMissingTrailingCellsAsEmptyValues() {
		Path file = CsvFixtures.withRows(this.dir, "a@example.co.jp,田中太郎,ノートPC,1,89800");

		ImportRow row = CsvFixtures.rows(file).get(0);

		assertThat(row.cells()).hasSize(5);
		assertThat(row.value(ImportColumn.CURRENCY)).isEmpty();
		assertThat(row.value(ImportColumn.NOTES)).isEmpty();
	}

	@Test
	void skipsRowsOfEmptyCellsAsExcelWritesThemButCountsThem() {
		Path file = CsvFixtures.withRows(this.dir, "a@example.co.jp,田中太郎,ノートPC,1,89800,JPY,", ",,,,,,", "",
				"b@example.co.jp,鈴木花子,マウス,1,3500,JPY,");

		assertThat(CsvFixtures.rows(file)).extracting(ImportRow::rowNumber).containsExactly(2, 5);
	}

	@Test
	void readsTheRowsOnlyOnce() throws IOException {
		Path file = CsvFixtures.withRows(this.dir, "a@example.co.jp,田中太郎,ノートPC,1,89800,JPY,");
		FileProfile profile = CsvFixtures.inspect(file);

		try (ImportRowReader reader = ImportRowReader.open(file, profile, ImportLimits.DEFAULTS)) {
			assertThat(reader.stream().count()).isOne();
			assertThatIllegalStateException().isThrownBy(reader::iterator)
				.withMessage("The rows of an import file can be iterated only once");
		}
	}

	@Test
	void readsTheSpecSampleIdenticallyInAllThreeEncodings() {
		List<List<String>> utf8 = cells("spec-sample.utf8.csv");

		assertThat(cells("spec-sample.utf8-bom.csv")).isEqualTo(utf8);
		assertThat(cells("spec-sample.cp932.csv")).isEqualTo(utf8);
		assertThat(utf8).hasSize(5);
		assertThat(utf8.get(0)).containsExactly("tanaka@example.co.jp", "田中太郎", "ノートPC", "2", "89800", "JPY", "法人割引適用");
	}

	private static List<List<String>> cells(String fixture) {
		return CsvFixtures.rows(CsvFixtures.resource(fixture)).stream().map(ImportRow::cells).toList();
	}

	@Test
	void readsAUtf8FileWithBomAndCrLf() {
		Path file = CsvFixtures.file(this.dir, "bom.csv", CsvFixtures.bytes(StandardCharsets.UTF_8, true, CRLF, HEADER,
				"a@example.co.jp,田中太郎,ノートPC,1,89800,JPY,"));

		List<ImportRow> rows = CsvFixtures.rows(file);

		assertThat(rows).singleElement()
			.satisfies(row -> assertThat(row.value(ImportColumn.CUSTOMER_EMAIL)).isEqualTo("a@example.co.jp"));
	}

}
