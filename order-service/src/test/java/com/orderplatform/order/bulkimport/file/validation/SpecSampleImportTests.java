package com.orderplatform.order.bulkimport.file.validation;

import java.math.BigDecimal;
import java.util.List;

import com.orderplatform.order.bulkimport.file.CsvFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The spec's five sample orders import the same from each of the three encodings
 * customers send.
 */
class SpecSampleImportTests {

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "spec-sample.utf8.csv", "spec-sample.utf8-bom.csv", "spec-sample.cp932.csv" })
	void importsTheFiveSampleOrdersWithTheirExactTotals(String fixture) {
		List<OrderGroupResult> orders = CsvFixtures.orders(CsvFixtures.resource(fixture));

		assertThat(orders).hasSize(5).allSatisfy(order -> assertThat(order).isInstanceOf(ImportedOrder.class));
		List<ImportedOrder> imported = orders.stream().map(ImportedOrder.class::cast).toList();
		assertThat(imported).extracting(ImportedOrder::total)
			.containsExactly(new BigDecimal("179600"), new BigDecimal("135000"), new BigDecimal("125000"),
					new BigDecimal("175000"), new BigDecimal("280000"));
		assertThat(imported).extracting(ImportedOrder::firstRowNumber).containsExactly(2, 3, 4, 5, 6);
		assertThat(imported).extracting(ImportedOrder::customerName)
			.containsExactly("田中太郎", "鈴木花子", "佐藤健一", "山田美咲", "高橋大輔");
		assertThat(imported.get(0).items())
			.containsExactly(new ImportedItem(2, "ノートPC", 2, new BigDecimal("89800"), "法人割引適用"));
		assertThat(imported.get(1).items().get(0).notes()).isEmpty();
	}

}
