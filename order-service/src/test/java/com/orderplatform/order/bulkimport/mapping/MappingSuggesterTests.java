package com.orderplatform.order.bulkimport.mapping;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.orderplatform.order.api.ImportColumnMatch;
import com.orderplatform.order.api.ImportFieldSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Suggestions on header rows as real exports write them: NextEngine, Rakuten, a B2B order
 * sheet, and the traps of the research (単位 vs 単価, 顧客名カナ vs 顧客名, 商品コード next to 商品名).
 */
class MappingSuggesterTests {

	@Test
	void readsANextEngineExportByAliasesAndLeavesCodesReadingsAndTotalsAlone() {
		List<String> headers = List.of("受注番号", "受注日", "購入者名", "購入者カナ", "購入者メールアドレス", "商品コード", "商品名", "受注数", "商品単価",
				"小計", "備考");
		List<List<String>> rows = List.of(row("NE-1", "2026/12/01", "山田 太郎", "ヤマダ タロウ", "taro@example.jp", "A-001",
				"緑茶", "2", "1,200", "2,400", ""));

		MappingSuggester.Suggestion suggestion = MappingSuggester.suggest(headers, rows);

		assertThat(suggestion.mapping().fields()).containsExactly(entry("customer_email", "購入者メールアドレス"),
				entry("customer_name", "購入者名"), entry("product_name", "商品名"), entry("quantity", "受注数"),
				entry("unit_price", "商品単価"), entry("notes", "備考"), entry("order_ref", "受注番号"));
		assertThat(suggestion.mapping().ignored()).containsExactly("受注日", "購入者カナ", "商品コード", "小計");
		assertThat(suggestion.matches()).containsExactly(new ImportColumnMatch("受注番号", "order_ref", "alias", 0.95),
				new ImportColumnMatch("受注日", null, "none", 0.0),
				new ImportColumnMatch("購入者名", "customer_name", "alias", 0.95),
				new ImportColumnMatch("購入者カナ", null, "none", 0.0),
				new ImportColumnMatch("購入者メールアドレス", "customer_email", "alias", 0.95),
				new ImportColumnMatch("商品コード", null, "none", 0.0),
				new ImportColumnMatch("商品名", "product_name", "exact", 1.0),
				new ImportColumnMatch("受注数", "quantity", "alias", 0.95),
				new ImportColumnMatch("商品単価", "unit_price", "alias", 0.95),
				new ImportColumnMatch("小計", null, "none", 0.0), new ImportColumnMatch("備考", "notes", "exact", 1.0));
	}

	@Test
	void joinsRakutensFamilyAndGivenNameWithAFullWidthSpaceAndSkipsTheirReadings() {
		List<String> headers = List.of("注文番号", "注文者名字", "注文者名前", "注文者名字フリガナ", "注文者名前フリガナ", "メールアドレス", "商品名", "個数",
				"単価(税込)");

		MappingSuggester.Suggestion suggestion = MappingSuggester.suggest(headers, List.of());

		assertThat(suggestion.mapping().fields()).containsEntry("customer_name",
				new ImportFieldSource(List.of("注文者名字", "注文者名前"), "\u3000", null));
		assertThat(suggestion.mapping().fields()).containsEntry("quantity", source("個数"))
			.containsEntry("unit_price", source("単価(税込)"))
			.containsEntry("order_ref", source("注文番号"))
			.containsEntry("customer_email", source("メールアドレス"))
			.hasSize(6);
		assertThat(suggestion.mapping().ignored()).containsExactly("注文者名字フリガナ", "注文者名前フリガナ");
		assertThat(suggestion.matches().get(1))
			.isEqualTo(new ImportColumnMatch("注文者名字", "customer_name", "alias", 0.9));
		assertThat(suggestion.matches().get(8)).isEqualTo(new ImportColumnMatch("単価(税込)", "unit_price", "alias", 0.95));
	}

	@Test
	void joinsAnEnglishFirstAndLastNameGivenNameFirst() {
		MappingSuggester.Suggestion suggestion = MappingSuggester
			.suggest(List.of("Email", "Last Name", "First Name", "Product", "Qty", "Price"), List.of());

		assertThat(suggestion.mapping().fields()).containsExactly(entry("customer_email", "Email"),
				Map.entry("customer_name", new ImportFieldSource(List.of("First Name", "Last Name"), " ", null)),
				entry("product_name", "Product"), entry("quantity", "Qty"), entry("unit_price", "Price"));
	}

	@Test
	void picksTheProductNameNotTheProductCodeInAB2BOrderSheet() {
		List<String> headers = List.of("発注番号", "会社名", "担当者名", "E-mail", "商品コード", "商品名", "数量(個)", "単価(税抜)", "金額");
		List<List<String>> rows = List
			.of(row("PO-77", "株式会社サンプル", "佐藤", "sato@sample.co.jp", "X-9", "コピー用紙", "10", "450", "4500"));

		MappingSuggester.Suggestion suggestion = MappingSuggester.suggest(headers, rows);

		assertThat(suggestion.mapping().fields()).containsExactly(entry("customer_email", "E-mail"),
				entry("customer_name", "担当者名"), entry("product_name", "商品名"), entry("quantity", "数量(個)"),
				entry("unit_price", "単価(税抜)"), entry("order_ref", "発注番号"));
		assertThat(suggestion.matches().get(4)).isEqualTo(new ImportColumnMatch("商品コード", null, "none", 0.0));
		assertThat(suggestion.matches().get(7)).isEqualTo(new ImportColumnMatch("単価(税抜)", "unit_price", "alias", 0.9));
		assertThat(suggestion.matches().get(8)).isEqualTo(new ImportColumnMatch("金額", null, "none", 0.0));
	}

	@Test
	void neverTakesTheUnitForTheUnitPrice() {
		MappingSuggester.Suggestion both = MappingSuggester.suggest(List.of("メール", "氏名", "品名", "数量", "単位", "単価"),
				List.of());
		MappingSuggester.Suggestion unitOnly = MappingSuggester.suggest(List.of("メール", "氏名", "品名", "数量", "単位"),
				List.of());

		assertThat(both.mapping().fields()).containsEntry("unit_price", source("単価")).hasSize(5);
		assertThat(both.matches().get(4)).isEqualTo(new ImportColumnMatch("単位", null, "none", 0.0));
		assertThat(unitOnly.mapping().fields()).doesNotContainKey("unit_price").hasSize(4);
	}

	@Test
	void neverTakesTheNamesReadingForTheName() {
		MappingSuggester.Suggestion both = MappingSuggester.suggest(List.of("顧客名カナ", "顧客名"), List.of());
		MappingSuggester.Suggestion readingOnly = MappingSuggester.suggest(List.of("顧客名カナ", "顧客名(フリガナ)"), List.of());

		assertThat(both.mapping().fields()).containsExactly(entry("customer_name", "顧客名"));
		assertThat(both.matches()).containsExactly(new ImportColumnMatch("顧客名カナ", null, "none", 0.0),
				new ImportColumnMatch("顧客名", "customer_name", "exact", 1.0));
		assertThat(readingOnly.mapping().fields()).isEmpty();
	}

	@Test
	void matchesCloseSpellingsFuzzilyAndHalfWidthKatakanaExactly() {
		MappingSuggester.Suggestion suggestion = MappingSuggester.suggest(
				List.of("Customer E-mails", "ｼｮｳﾋﾝﾒｲ", "ﾒｰﾙｱﾄﾞﾚｽ"),
				List.of(row("a@example.com", "x", "b@example.com")));

		assertThat(suggestion.matches()).containsExactly(new ImportColumnMatch("Customer E-mails", null, "none", 0.0),
				new ImportColumnMatch("ｼｮｳﾋﾝﾒｲ", null, "none", 0.0),
				new ImportColumnMatch("ﾒｰﾙｱﾄﾞﾚｽ", "customer_email", "exact", 1.0));
		MappingSuggester.Suggestion fuzzy = MappingSuggester.suggest(List.of("Customer E-mails", "お客様名前"), List.of());
		assertThat(fuzzy.matches()).containsExactly(
				new ImportColumnMatch("Customer E-mails", "customer_email", "fuzzy", 0.96),
				new ImportColumnMatch("お客様名前", "customer_name", "fuzzy", 0.89));
	}

	@Test
	void theFirstValuesDropImpossibleCandidatesAndBreakTies() {
		List<String> headers = List.of("メール", "Eメール", "数量", "個数");
		List<List<String>> rows = List.of(row("希望する", "a@example.com", "多数", "3"),
				row("希望しない", "b@example.com", "", "1"));

		MappingSuggester.Suggestion suggestion = MappingSuggester.suggest(headers, rows);

		assertThat(suggestion.mapping().fields()).containsExactly(entry("customer_email", "Eメール"),
				entry("quantity", "個数"));
	}

	@Test
	void suggestsTheImportsOwnHeadersExactly() {
		MappingSuggester.Suggestion suggestion = MappingSuggester.suggest(
				List.of("Customer Email", "customer_name", "商品名", "QUANTITY", "単価", "通貨", "備考", "order-ref"),
				List.of());

		assertThat(suggestion.matches()).extracting(ImportColumnMatch::match).containsOnly("exact");
		assertThat(suggestion.mapping().fields()).hasSize(8);
		assertThat(suggestion.mapping().ignored()).isEmpty();
	}

	private static List<String> row(String... cells) {
		return Arrays.asList(cells);
	}

	private static ImportFieldSource source(String header) {
		return new ImportFieldSource(List.of(header), null, null);
	}

	private static Map.Entry<String, ImportFieldSource> entry(String field, String header) {
		return Map.entry(field, source(header));
	}

}
