package com.orderplatform.order.bulkimport.file;

import java.util.List;

import com.orderplatform.order.bulkimport.FileErrorCode;
import com.orderplatform.order.bulkimport.ImportFileException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A confirmed mapping applied to rows: columns read, joined, fixed values, ignored ones.
 */
class MappedColumnsTests {

	private static final List<String> HEADER = List.of("受注番号", " E-mail ", "姓", "名", "品名", "数量(個)", "単価(税込)", "社内メモ",
			"担当");

	private static final String MAPPING = """
			{"fields": {
			  "customer_email": {"headers": ["E-mail"]},
			  "customer_name": {"headers": ["姓", "名"], "separator": "\u3000"},
			  "product_name": {"headers": ["品名"]},
			  "quantity": {"headers": ["数量(個)"]},
			  "unit_price": {"headers": ["単価(税込)"]},
			  "currency": {"value": "JPY"},
			  "order_ref": {"headers": ["受注番号"]}
			 },
			 "ignored": ["社内メモ"]}""";

	@Test
	void readsJoinsAndFixesValuesAndWarnsOnlyOfColumnsNobodyChose() {
		ColumnMapping columns = ColumnMapping.forReading(HEADER, new FileReading("csv", null, "acme", MAPPING));
		ImportRow row = new ImportRow(2, List.of("A-1", "taro@example.jp", "山田", "太郎", "緑茶", "2", "1,200", "急ぎ", "佐藤"),
				columns);

		assertThat(row.value(ImportColumn.CUSTOMER_EMAIL)).isEqualTo("taro@example.jp");
		assertThat(row.value(ImportColumn.CUSTOMER_NAME)).isEqualTo("山田\u3000太郎");
		assertThat(row.value(ImportColumn.QUANTITY)).isEqualTo("2");
		assertThat(row.value(ImportColumn.UNIT_PRICE)).isEqualTo("1,200");
		assertThat(row.value(ImportColumn.CURRENCY)).isEqualTo("JPY");
		assertThat(row.value(ImportColumn.ORDER_REF)).isEqualTo("A-1");
		assertThat(row.value(ImportColumn.NOTES)).isEmpty();
		assertThat(columns.contains(ImportColumn.CURRENCY)).isTrue();
		assertThat(columns.contains(ImportColumn.NOTES)).isFalse();
		assertThat(columns.ignoredColumns()).containsExactly("担当");
		assertThat(columns.width()).isEqualTo(9);
	}

	@Test
	void joinsOnlyTheNonBlankPartsAndReadsShortRowsAsEmpty() {
		ColumnMapping columns = ColumnMapping.forReading(HEADER, new FileReading("csv", null, null, MAPPING));

		assertThat(
				new ImportRow(3, List.of("A-2", "x@example.jp", "山田", " "), columns).value(ImportColumn.CUSTOMER_NAME))
			.isEqualTo("山田");
		assertThat(new ImportRow(3, List.of("A-2"), columns).value(ImportColumn.PRODUCT_NAME)).isEmpty();
	}

	@Test
	void refusesAMappingThatReadsAHeaderTheFileLacks() {
		assertThatExceptionOfType(ImportFileException.class)
			.isThrownBy(
					() -> ColumnMapping.forReading(List.of("E-mail", "名"), new FileReading("csv", null, null, MAPPING)))
			.satisfies(ex -> assertThat(ex.getCode()).isEqualTo(FileErrorCode.MISSING_COLUMNS))
			.withMessage("The column mapping reads the column \"姓\" but the file's header has no such cell."
					+ " Map the file's columns again.");
	}

	@Test
	void withoutAMappingReadsTheFilesOwnHeaderAsBefore() {
		List<String> own = List.of("customer_email", "customer_name", "product_name", "quantity", "unit_price");

		assertThat(ColumnMapping.forReading(own, FileReading.CSV)).isEqualTo(ColumnMapping.fromHeader(own));
	}

}
