package com.orderplatform.order.order;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The queries behind {@link OrderRepository}'s reads. A set of orders is read as its
 * rows, then one query for all their items and one for all their history, never one per
 * order; a single order is a set of one.
 */
final class OrderReads {

	private static final String SELECT_ROWS = "SELECT id, customer_email, customer_name, status, status_reason, "
			+ "total_amount, currency, batch_id, created_at, updated_at FROM orders";

	private final JdbcClient jdbc;

	OrderReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Order> findAllById(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return complete(this.jdbc.sql(SELECT_ROWS + " WHERE id IN (:ids) ORDER BY id")
			.param("ids", ids)
			.query(OrderReads::row)
			.list());
	}

	List<Order> findPage(OrderFilter filter, OrderSort sort, int skip, int limit) {
		return complete(
				this.jdbc.sql(SELECT_ROWS + filter.whereClause() + sort.orderByClause() + " LIMIT :limit OFFSET :skip")
					.params(filter.parameters())
					.param("limit", limit)
					.param("skip", skip)
					.query(OrderReads::row)
					.list());
	}

	/**
	 * A page read from the nearer end: the forward page when at most as many matches lie
	 * before it as after it, else the mirror page in the reverse order (its offset
	 * counted from the end), turned round. A page at or past the end is empty without a
	 * query.
	 */
	List<Order> findPage(OrderFilter filter, OrderSort sort, int skip, int limit, long total) {
		long end = Math.min((long) skip + limit, total);
		if (skip >= end) {
			return List.of();
		}
		long afterPage = total - end;
		if (afterPage >= skip) {
			return findPage(filter, sort, skip, limit);
		}
		return findPage(filter, sort.reversed(), Math.toIntExact(afterPage), Math.toIntExact(end - skip)).reversed();
	}

	long count(OrderFilter filter) {
		return this.jdbc.sql("SELECT COUNT(*) FROM orders" + filter.whereClause())
			.params(filter.parameters())
			.query(Long.class)
			.single();
	}

	List<OrderRow> findRowsAfter(OrderFilter filter, OrderRow after, int limit) {
		String where = filter.whereClause();
		if (after != null) {
			where += (where.isEmpty() ? " WHERE " : " AND ") + "(created_at, id) > (:afterAt, :afterId)";
		}
		JdbcClient.StatementSpec query = this.jdbc.sql(SELECT_ROWS + where + " ORDER BY created_at, id LIMIT :limit")
			.params(filter.parameters())
			.param("limit", limit);
		if (after != null) {
			query = query.param("afterAt", Timestamp.from(after.createdAt())).param("afterId", after.id());
		}
		return query.query(OrderReads::row).list();
	}

	Map<Long, List<OrderItem>> findItems(Collection<Long> orderIds) {
		Map<Long, List<OrderItem>> items = new HashMap<>();
		if (orderIds.isEmpty()) {
			return items;
		}
		this.jdbc
			.sql("SELECT id, order_id, product_name, quantity, unit_price, notes FROM order_items "
					+ "WHERE order_id IN (:ids) ORDER BY order_id, id")
			.param("ids", orderIds)
			.query((ResultSet rs) -> {
				items.computeIfAbsent(rs.getLong("order_id"), id -> new ArrayList<>()).add(item(rs));
			});
		return items;
	}

	boolean anyInBatch(String batchId) {
		return this.jdbc.sql("SELECT 1 FROM orders WHERE batch_id = :batch LIMIT 1")
			.param("batch", batchId)
			.query(Integer.class)
			.optional()
			.isPresent();
	}

	Map<Integer, Long> findIdsByImportRows(String batchId, Collection<Integer> importRowNumbers) {
		Map<Integer, Long> ids = new HashMap<>();
		if (importRowNumbers.isEmpty()) {
			return ids;
		}
		this.jdbc
			.sql("SELECT import_row_number, id FROM orders WHERE batch_id = :batch AND import_row_number IN (:rows)")
			.param("batch", batchId)
			.param("rows", importRowNumbers)
			.query((ResultSet rs) -> {
				ids.put(rs.getInt(1), rs.getLong(2));
			});
		return ids;
	}

	private List<Order> complete(List<OrderRow> rows) {
		List<Long> ids = rows.stream().map(OrderRow::id).toList();
		Map<Long, List<OrderItem>> items = findItems(ids);
		Map<Long, List<StatusChange>> history = new HashMap<>();
		if (!ids.isEmpty()) {
			this.jdbc
				.sql("SELECT order_id, from_status, to_status, reason, changed_at FROM order_status_history "
						+ "WHERE order_id IN (:ids) ORDER BY order_id, id")
				.param("ids", ids)
				.query((ResultSet rs) -> {
					history.computeIfAbsent(rs.getLong("order_id"), id -> new ArrayList<>()).add(change(rs));
				});
		}
		return rows.stream()
			.map(row -> row.toOrder(items.getOrDefault(row.id(), List.of()), history.getOrDefault(row.id(), List.of())))
			.toList();
	}

	private static OrderRow row(ResultSet rs, int rowNum) throws SQLException {
		return new OrderRow(rs.getLong("id"), rs.getString("customer_email"), rs.getString("customer_name"),
				OrderState.fromDbValue(rs.getString("status")), rs.getString("status_reason"),
				BigDecimal.valueOf(rs.getLong("total_amount")), rs.getString("currency"), rs.getString("batch_id"),
				instant(rs, "created_at"), instant(rs, "updated_at"));
	}

	private static OrderItem item(ResultSet rs) throws SQLException {
		return new OrderItem(rs.getLong("id"), rs.getString("product_name"), Math.toIntExact(rs.getLong("quantity")),
				BigDecimal.valueOf(rs.getLong("unit_price")), rs.getString("notes"));
	}

	private static StatusChange change(ResultSet rs) throws SQLException {
		String from = rs.getString("from_status");
		return new StatusChange(rs.getLong("order_id"), (from != null) ? OrderState.fromDbValue(from) : null,
				OrderState.fromDbValue(rs.getString("to_status")), rs.getString("reason"), instant(rs, "changed_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

}
