package com.orderplatform.order.order;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The order of an order list: a column, ascending or descending, ties broken by id in the
 * same direction so that paging is stable. Written as the column's JSON name, with a
 * leading {@code -} for descending ({@code -total_amount}); the default is newest first.
 *
 * @param column what to sort by
 * @param descending whether the largest (newest) comes first
 */
public record OrderSort(Column column, boolean descending) {

	/** Newest first: the order lists have always used. */
	public static final OrderSort NEWEST_FIRST = new OrderSort(Column.CREATED_AT, true);

	/** The columns an order list can be sorted by, each with an index behind it. */
	public enum Column {

		CREATED_AT("created_at"), TOTAL_AMOUNT("total_amount"), CUSTOMER_EMAIL("customer_email"), STATUS("status"),
		ID("id");

		private final String sqlName;

		Column(String sqlName) {
			this.sqlName = sqlName;
		}

		/**
		 * The column's name in JSON and in SQL.
		 * @return the name
		 */
		public String sqlName() {
			return this.sqlName;
		}

	}

	/**
	 * Reads a sort as a client writes it.
	 * @param value {@code total_amount}, {@code -created_at} …; blank or null for the
	 * default
	 * @return the sort
	 * @throws InvalidOrderException naming {@code sort} for an unknown column
	 */
	public static OrderSort parse(String value) {
		if (value == null || value.isBlank()) {
			return NEWEST_FIRST;
		}
		String trimmed = value.trim();
		boolean descending = trimmed.startsWith("-");
		String name = (descending ? trimmed.substring(1) : trimmed).toLowerCase(Locale.ROOT);
		return Arrays.stream(Column.values())
			.filter((column) -> column.sqlName().equals(name))
			.findFirst()
			.map((column) -> new OrderSort(column, descending))
			.orElseThrow(() -> new InvalidOrderException("sort",
					"cannot sort by \"" + value + "\"; use one of "
							+ Arrays.stream(Column.values()).map(Column::sqlName).collect(Collectors.joining(", "))
							+ ", with a leading - for descending"));
	}

	/**
	 * The same column the other way round: the list read from its end. Every column is
	 * NOT NULL and ties are broken by id, so this is exactly the reverse sequence.
	 * @return the reversed sort
	 */
	OrderSort reversed() {
		return new OrderSort(this.column, !this.descending);
	}

	/**
	 * The SQL {@code ORDER BY} clause; only fixed column names go into it.
	 * @return the clause, starting with a space
	 */
	String orderByClause() {
		String direction = this.descending ? " DESC" : " ASC";
		if (this.column == Column.ID) {
			return " ORDER BY id" + direction;
		}
		return " ORDER BY " + this.column.sqlName() + direction + ", id" + direction;
	}

}
