package com.orderplatform.order.order;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and writes orders a chunk at a time, for the CSV import: a handful of statements
 * per chunk, never several per order. Same tables and rules as {@link OrderRepository}:
 * status changes are conditional on the status they were decided from and kept in the
 * history.
 */
@Repository
public class OrderBatches {

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final OrderDetails details;

	private final OrderStatsRollup stats;

	OrderBatches(JdbcClient jdbc, JdbcTemplate jdbcTemplate, OrderStatsRollup stats) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.details = new OrderDetails(jdbc);
		this.stats = stats;
	}

	/**
	 * Saves new orders from a CSV import in status pending, with their items and first
	 * history entries, reusing one prepared statement per table (the caller's transaction
	 * makes them one commit). Each order's {@code (batch_id, import_row_number)} is
	 * unique.
	 * @param orders the orders, each with its batch and first row
	 * @param csvSource the uploaded file's name
	 * @param at when they were placed
	 * @return the new orders' ids, in the given order
	 */
	@Transactional
	public List<Long> insertAll(List<NewOrder> orders, String csvSource, Instant at) {
		if (orders.isEmpty()) {
			return List.of();
		}
		Timestamp when = Timestamp.from(at);
		List<Long> ids = this.jdbcTemplate.execute((Connection connection) -> {
			List<Long> inserted = new ArrayList<>(orders.size());
			try (PreparedStatement statement = connection.prepareStatement("""
					INSERT INTO orders (customer_email, customer_name, status, total_amount, currency, batch_id,
					    import_row_number, csv_source, created_at, updated_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					RETURNING id""")) {
				for (NewOrder order : orders) {
					statement.setString(1, order.customerEmail());
					statement.setString(2, order.customerName());
					statement.setString(3, OrderState.PENDING.dbValue());
					statement.setLong(4, order.totalAmount().longValueExact());
					statement.setString(5, order.currency());
					statement.setString(6, order.batchId());
					statement.setObject(7, order.importRowNumber(), Types.INTEGER);
					statement.setString(8, csvSource);
					statement.setTimestamp(9, when);
					statement.setTimestamp(10, when);
					try (ResultSet key = statement.executeQuery()) {
						key.next();
						inserted.add(key.getLong(1));
					}
				}
			}
			return inserted;
		});
		List<Object[]> items = new ArrayList<>();
		for (int i = 0; i < orders.size(); i++) {
			for (OrderItem item : orders.get(i).items()) {
				items.add(new Object[] { ids.get(i), item.productName(), item.quantity(),
						item.unitPrice().longValueExact(), item.notes() });
			}
		}
		this.jdbcTemplate.batchUpdate(
				"INSERT INTO order_items (order_id, product_name, quantity, unit_price, notes) VALUES (?, ?, ?, ?, ?)",
				items, new int[] { Types.BIGINT, Types.VARCHAR, Types.INTEGER, Types.BIGINT, Types.VARCHAR });
		insertHistory(ids.stream().map(id -> new StatusChange(id, null, OrderState.PENDING, null, at)).toList());
		orders.forEach(order -> this.stats.placed(at, OrderState.PENDING, order.totalAmount().longValueExact()));
		return ids;
	}

	/**
	 * Applies status changes in one transaction with one batch per table: each only if
	 * its order is still in the status the change starts from, recorded in the history.
	 * @param changes the changes, at most one per order
	 * @return the ids of the orders whose change was applied
	 */
	@Transactional
	public Set<Long> applyAll(List<StatusChange> changes) {
		if (changes.isEmpty()) {
			return Set.of();
		}
		int[][] counts = this.jdbcTemplate.batchUpdate(
				"UPDATE orders SET status = ?, status_reason = ?, updated_at = ? WHERE id = ? AND status = ?", changes,
				changes.size(), (statement, change) -> {
					statement.setString(1, change.to().dbValue());
					statement.setString(2, change.reason());
					statement.setTimestamp(3, Timestamp.from(change.at()));
					statement.setLong(4, change.orderId());
					statement.setString(5, change.from().dbValue());
				});
		List<StatusChange> applied = new ArrayList<>(changes.size());
		int index = 0;
		for (int[] batch : counts) {
			for (int count : batch) {
				StatusChange change = changes.get(index++);
				if (count == 1) {
					applied.add(change);
				}
			}
		}
		insertHistory(applied);
		Set<Long> ids = new LinkedHashSet<>();
		applied.forEach(change -> ids.add(change.orderId()));
		countMoves(applied, ids);
		return ids;
	}

	/**
	 * Finds orders with their items and history, three queries for all of them.
	 * @param ids the orders' ids (unknown ones are left out)
	 * @return the orders, by id
	 */
	public List<Order> findAllById(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		List<OrderDetails.Header> headers = this.jdbc
			.sql("SELECT " + OrderRepository.ORDER_COLUMNS + " FROM orders WHERE id IN (:ids) ORDER BY id")
			.param("ids", ids)
			.query(OrderDetails::header)
			.list();
		return this.details.complete(headers);
	}

	/**
	 * The orders an import saved from the given first rows.
	 * @param batchId the import's batch id
	 * @param importRowNumbers first rows of orders
	 * @return order id by first row, for the rows that became an order
	 */
	public Map<Integer, Long> findIdsByImportRows(String batchId, Collection<Integer> importRowNumbers) {
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

	/** Tells the figures where the applied changes moved their orders. */
	private void countMoves(List<StatusChange> applied, Set<Long> ids) {
		if (ids.isEmpty()) {
			return;
		}
		Map<Long, OrderStatsRollup.Placed> placed = new HashMap<>();
		this.jdbc.sql("SELECT id, created_at, total_amount FROM orders WHERE id IN (:ids)")
			.param("ids", ids)
			.query((ResultSet rs) -> {
				placed.put(rs.getLong("id"), OrderStatsRollup.Placed.of(rs, 0));
			});
		applied.forEach(change -> this.stats.moved(placed.get(change.orderId()), change.from(), change.to()));
	}

	private void insertHistory(List<StatusChange> changes) {
		if (changes.isEmpty()) {
			return;
		}
		this.jdbcTemplate.batchUpdate("INSERT INTO order_status_history (order_id, from_status, to_status, reason, "
				+ "changed_at) VALUES (?, ?, ?, ?, ?)", changes, changes.size(), (statement, change) -> {
					statement.setLong(1, change.orderId());
					statement.setString(2, (change.from() != null) ? change.from().dbValue() : null);
					statement.setString(3, change.to().dbValue());
					statement.setString(4, change.reason());
					statement.setTimestamp(5, Timestamp.from(change.at()));
				});
	}

}
