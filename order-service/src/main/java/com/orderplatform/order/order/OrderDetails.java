package com.orderplatform.order.order;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads order rows and completes them with their items and status history: one query for
 * all items and one for all history of a set of orders, never one per order.
 */
final class OrderDetails {

	private final JdbcClient jdbc;

	OrderDetails(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Order> complete(List<Header> headers) {
		if (headers.isEmpty()) {
			return List.of();
		}
		List<Long> ids = headers.stream().map(Header::id).toList();
		Map<Long, List<OrderItem>> items = new HashMap<>();
		this.jdbc
			.sql("SELECT id, order_id, product_name, quantity, unit_price, notes FROM order_items "
					+ "WHERE order_id IN (:ids) ORDER BY order_id, id")
			.param("ids", ids)
			.query((ResultSet rs) -> {
				items.computeIfAbsent(rs.getLong("order_id"), id -> new ArrayList<>()).add(item(rs));
			});
		Map<Long, List<StatusChange>> history = new HashMap<>();
		this.jdbc
			.sql("SELECT order_id, from_status, to_status, reason, changed_at FROM order_status_history "
					+ "WHERE order_id IN (:ids) ORDER BY order_id, id")
			.param("ids", ids)
			.query((ResultSet rs) -> {
				history.computeIfAbsent(rs.getLong("order_id"), id -> new ArrayList<>()).add(change(rs));
			});
		return headers.stream()
			.map(header -> header.toOrder(items.getOrDefault(header.id(), List.of()),
					history.getOrDefault(header.id(), List.of())))
			.toList();
	}

	static Header header(ResultSet rs, int rowNum) throws SQLException {
		return new Header(rs.getLong("id"), rs.getString("customer_email"), rs.getString("customer_name"),
				OrderState.fromDbValue(rs.getString("status")), rs.getString("status_reason"),
				BigDecimal.valueOf(rs.getLong("total_amount")), rs.getString("currency"), rs.getString("batch_id"),
				instant(rs, "created_at"), instant(rs, "updated_at"));
	}

	static OrderItem item(ResultSet rs) throws SQLException {
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

	/** An order row before its items and history are attached. */
	record Header(long id, String customerEmail, String customerName, OrderState status, String statusReason,
			BigDecimal totalAmount, String currency, String batchId, Instant createdAt, Instant updatedAt) {

		Order toOrder(List<OrderItem> items, List<StatusChange> history) {
			return new Order(this.id, this.customerEmail, this.customerName, this.status, this.statusReason,
					this.totalAmount, this.currency, this.batchId, items, history, this.createdAt, this.updatedAt);
		}

	}

}
