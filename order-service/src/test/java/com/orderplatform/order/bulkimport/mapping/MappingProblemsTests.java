package com.orderplatform.order.bulkimport.mapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.orderplatform.order.api.ImportFieldSource;
import com.orderplatform.order.api.ImportMappingSpec;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What makes a mapping unusable, each named in a sentence. */
class MappingProblemsTests {

	private static final List<String> HEADER = List.of("E-mail", "氏名", "品名", "数量", "単価", "メモ", "メモ");

	@Test
	void aCompleteMappingHasNoProblems() {
		assertThat(MappingProblems.of(spec(Map.of()), HEADER)).isEmpty();
	}

	@Test
	void namesEveryProblem() {
		Map<String, ImportFieldSource> fields = new LinkedHashMap<>();
		fields.put("customer_email", new ImportFieldSource(List.of("Mail"), null, null));
		fields.put("customer_name", new ImportFieldSource(List.of("氏名"), null, "x"));
		fields.put("product_name", new ImportFieldSource(List.of("品名"), null, null));
		fields.put("quantity", new ImportFieldSource(List.of("品名"), null, null));
		fields.put("notes", new ImportFieldSource(List.of("メモ"), null, null));
		fields.put("colour", new ImportFieldSource(null, null, "red"));

		assertThat(MappingProblems.of(new ImportMappingSpec(fields, List.of("単価", "備考")), HEADER)).containsExactly(
				"customer_email reads the column \"Mail\" but the file's header has no such column; choose one of its"
						+ " columns.",
				"customer_name must have either headers (the columns it is read from) or a fixed value, not both.",
				"The column \"品名\" is mapped to both product_name and quantity; a column can fill one field only.",
				"notes reads the column \"メモ\" but the header has 2 columns of that name; rename them in the file so"
						+ " they differ.",
				"\"colour\" is not a field; the fields are customer_email, customer_name, product_name, quantity,"
						+ " unit_price, currency, notes, order_ref.",
				"The ignored column \"備考\" is not in the file's header.",
				"unit_price (単価) is required: map a column to it or give it a fixed value.");
	}

	@Test
	void aMissingMappingNamesTheRequiredFields() {
		assertThat(MappingProblems.of(null, HEADER)).containsExactly(
				"The mapping has no fields: map a column to each required field (customer_email, customer_name,"
						+ " product_name, quantity, unit_price).");
	}

	private static ImportMappingSpec spec(Map<String, ImportFieldSource> extra) {
		Map<String, ImportFieldSource> fields = new LinkedHashMap<>();
		fields.put("customer_email", new ImportFieldSource(List.of("E-mail"), null, null));
		fields.put("customer_name", new ImportFieldSource(List.of("氏名"), null, null));
		fields.put("product_name", new ImportFieldSource(List.of("品名"), null, null));
		fields.put("quantity", new ImportFieldSource(List.of("数量"), null, null));
		fields.put("unit_price", new ImportFieldSource(List.of("単価"), null, null));
		fields.put("currency", new ImportFieldSource(null, null, "JPY"));
		fields.putAll(extra);
		return new ImportMappingSpec(fields, List.of());
	}

}
