package com.orderplatform.order.bulkimport.file;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The columns an import file may have, with their English (spec section 4.7) and Japanese
 * header names. Header cells are matched after NFKC normalisation, trimming and
 * lower-casing, with spaces and hyphens read as underscores, so {@code " Customer Email"}
 * and half-width {@code ﾒｰﾙｱﾄﾞﾚｽ} both name {@link #CUSTOMER_EMAIL}.
 */
public enum ImportColumn {

	/** Who orders; required. */
	CUSTOMER_EMAIL("customer_email", "メールアドレス", true),

	/** The customer's name; required, at most 100 characters. */
	CUSTOMER_NAME("customer_name", "顧客名", true),

	/** The product; required, at most 200 characters. */
	PRODUCT_NAME("product_name", "商品名", true),

	/** How many; required, a whole number of at least 1. */
	QUANTITY("quantity", "数量", true),

	/** Price of one unit in whole yen; required, greater than 0. */
	UNIT_PRICE("unit_price", "単価", true),

	/** Empty or {@code JPY}; optional. */
	CURRENCY("currency", "通貨", false),

	/** Free text, at most 500 characters; optional. */
	NOTES("notes", "備考", false),

	/** Groups rows of one customer into one order with several items; optional. */
	ORDER_REF("order_ref", "注文番号", false);

	/**
	 * Columns the import writes into errors.csv and results.csv. A file sent back with
	 * them is read as if they were not there, without a warning.
	 */
	static final Set<String> REPORT_COLUMNS = Set.of("row_number", "error_code", "error_message", "result", "order_id",
			"item_notes");

	private static final Map<String, ImportColumn> BY_NAME = new HashMap<>();

	static {
		for (ImportColumn column : values()) {
			BY_NAME.put(column.headerName, column);
			BY_NAME.put(column.japaneseName, column);
		}
	}

	private final String headerName;

	private final String japaneseName;

	private final boolean required;

	ImportColumn(String headerName, String japaneseName, boolean required) {
		this.headerName = headerName;
		this.japaneseName = japaneseName;
		this.required = required;
	}

	/**
	 * The English header name, e.g. {@code customer_email}; also the column named in
	 * {@link RowError#column()}.
	 * @return the name
	 */
	public String headerName() {
		return this.headerName;
	}

	/**
	 * The Japanese header name, e.g. {@code メールアドレス}.
	 * @return the name
	 */
	public String japaneseName() {
		return this.japaneseName;
	}

	/**
	 * Whether a file must have this column.
	 * @return {@code true} for the five required columns
	 */
	public boolean required() {
		return this.required;
	}

	/**
	 * The column a header cell names.
	 * @param headerCell the cell as written in the file
	 * @return the column, empty when the cell names none
	 */
	public static Optional<ImportColumn> named(String headerCell) {
		return Optional.ofNullable(BY_NAME.get(normalise(headerCell)));
	}

	/**
	 * A header cell as it is compared: NFKC, trimmed, lower case, spaces and hyphens as
	 * underscores.
	 * @param headerCell the cell
	 * @return the normalised name
	 */
	static String normalise(String headerCell) {
		String name = Normalizer.normalize(headerCell, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
		return name.replace(' ', '_').replace('-', '_');
	}

}
