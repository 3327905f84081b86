package com.orderplatform.order.bulkimport.mapping;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.orderplatform.order.bulkimport.file.ImportColumn;

/**
 * The built-in Japanese and English header names of each field beside its own two names:
 * what NextEngine, Rakuten, Shopify-like and ERP exports write (the research's table),
 * compared as {@link HeaderKey}s.
 */
final class HeaderAliases {

	/**
	 * Parts of a header that make it another thing than the field it resembles:
	 * {@code 商品コード} is not {@code 商品名}, {@code 金額} is a total, {@code 入数} a case size.
	 */
	static final List<String> VETO_TOKENS = List.of("こーど", "番号", "品番", "id", "かな", "入数", "定価", "金額", "小計", "合計",
			"code");

	private static final Map<ImportColumn, List<String>> ALIASES = new EnumMap<>(ImportColumn.class);

	private static final Map<String, ImportColumn> BY_KEY = new HashMap<>();

	private static final Map<String, ImportColumn> BY_NAME = new HashMap<>();

	static {
		alias(ImportColumn.CUSTOMER_EMAIL, "メール", "Eメール", "E-mail", "email", "mail", "メアド", "注文者メールアドレス", "受注メールアドレス",
				"購入者メールアドレス", "お客様メールアドレス", "顧客メールアドレス", "メールアドレス1", "email address", "customer email",
				"e-mail address");
		alias(ImportColumn.CUSTOMER_NAME, "お客様名", "氏名", "お名前", "名前", "注文者名", "注文者氏名", "購入者名", "購入者氏名", "受注名", "顧客氏名",
				"お客様氏名", "担当者名", "ご担当者名", "customer", "customer name", "name", "full name");
		alias(ImportColumn.PRODUCT_NAME, "品名", "品目", "商品名称", "商品", "品目名", "product", "product name", "item",
				"item name", "title");
		alias(ImportColumn.QUANTITY, "個数", "注文数", "発注数", "受注数", "注文数量", "発注数量", "受注数量", "購入数", "qty", "quantity",
				"amount ordered");
		alias(ImportColumn.UNIT_PRICE, "商品単価", "販売単価", "価格", "税込単価", "税込価格", "販売価格", "売価", "price", "unit price",
				"unit cost");
		alias(ImportColumn.NOTES, "メモ", "摘要", "備考欄", "コメント", "note", "notes", "memo", "comment", "remarks");
		alias(ImportColumn.ORDER_REF, "受注番号", "発注番号", "店舗伝票番号", "伝票番号", "注文ID", "受注ID", "order id", "order no",
				"order number", "order ref", "order reference");
		alias(ImportColumn.CURRENCY, "通貨コード", "currency code");
		for (ImportColumn column : ImportColumn.values()) {
			BY_NAME.put(HeaderKey.fold(column.headerName()), column);
			BY_NAME.put(HeaderKey.fold(column.japaneseName()), column);
		}
	}

	private HeaderAliases() {
	}

	private static void alias(ImportColumn column, String... names) {
		ALIASES.put(column, List.of(names));
		for (String name : names) {
			BY_KEY.put(HeaderKey.fold(name), column);
		}
	}

	/**
	 * The field whose own English or Japanese name a key is.
	 * @param key a header key
	 * @return the field, empty when none
	 */
	static Optional<ImportColumn> named(String key) {
		return Optional.ofNullable(BY_NAME.get(key));
	}

	/**
	 * The field a key is an alias of.
	 * @param key a header key
	 * @return the field, empty when none
	 */
	static Optional<ImportColumn> aliased(String key) {
		return Optional.ofNullable(BY_KEY.get(key));
	}

	/**
	 * Every name of a field as a key: its own two and its aliases.
	 * @param column the field
	 * @return the keys
	 */
	static List<String> keys(ImportColumn column) {
		return java.util.stream.Stream
			.concat(java.util.stream.Stream.of(column.headerName(), column.japaneseName()),
					ALIASES.getOrDefault(column, List.of()).stream())
			.map(HeaderKey::fold)
			.toList();
	}

	/**
	 * Whether a key holds a veto token its candidate name does not.
	 * @param key the header's key
	 * @param name the candidate name's key
	 * @return {@code true} when the header is vetoed for that name
	 */
	static boolean vetoed(String key, String name) {
		return VETO_TOKENS.stream().anyMatch(token -> key.contains(token) && !name.contains(token));
	}

}
