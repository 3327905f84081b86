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
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores orders with their items and status history (tables {@code orders},
 * {@code order_items}, {@code order_status_history}). Status changes are conditional on
 * the status they were decided from, so concurrent changes never overwrite each other.
 */
@Repository
public class OrderRepository {

	private static final String ORDER_COLUMNS = "id, customer_email, customer_name, status, status_reason, "
			+ "total_amount, currency, batch_id, created_at, updated_at";

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final OrderDetails details;

	OrderRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.details = new OrderDetails(jdbc);
	}

	/**
	 * Saves a new order in status pending, with its items and the first history entry.
	 * @param order the order
	 * @param at when it was placed
	 * @return the new order's id
	 */
	@Transactional
	public long insert(NewOrder order, Instant at) {
		return insert(order, null, at);
	}

	/**
	 * Saves a new order from a CSV import in status pending, with its items and the first
	 * history entry. The order's {@code (batch_id, import_row_number)} is unique, so a
	 * re-run import cannot save it twice.
	 * @param order the order, with its batch and first row
	 * @param csvSource the uploaded file's name
	 * @param at when it was placed
	 * @return the new order's id
	 */
	@Transactional
	public long insert(NewOrder order, String csvSource, Instant at) {
		long id = this.jdbc.sql("""
				INSERT INTO orders (customer_email, customer_name, status, total_amount, currency, batch_id,
				    import_row_number, csv_source, created_at, updated_at)
				VALUES (:email, :name, :status, :total, :currency, :batchId, :row, :source, :at, :at)
				RETURNING id""")
			.param("source", new SqlParameterValue(Types.VARCHAR, csvSource))
			.param("email", order.customerEmail())
			.param("name", order.customerName())
			.param("status", OrderState.PENDING.dbValue())
			.param("total", order.totalAmount().longValueExact())
			.param("currency", order.currency())
			.param("batchId", new SqlParameterValue(Types.VARCHAR, order.batchId()))
			.param("row", new SqlParameterValue(Types.INTEGER, order.importRowNumber()))
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
		this.jdbcTemplate.batchUpdate(
				"INSERT INTO order_items (order_id, product_name, quantity, unit_price) VALUES (?, ?, ?, ?)",
				order.items(), order.items().size(), (statement, item) -> {
					statement.setLong(1, id);
					statement.setString(2, item.productName());
					statement.setInt(3, item.quantity());
					statement.setLong(4, item.unitPrice().longValueExact());
				});
		insertHistory(new StatusChange(id, null, OrderState.PENDING, null, at));
		return id;
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
						item.unitPrice().longValueExact() });
			}
		}
		this.jdbcTemplate.batchUpdate(
				"INSERT INTO order_items (order_id, product_name, quantity, unit_price) VALUES (?, ?, ?, ?)", items);
		insertHistory(ids.stream().map(id -> new StatusChange(id, null, OrderState.PENDING, null, at)).toList());
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
			.sql("SELECT " + ORDER_COLUMNS + " FROM orders WHERE id IN (:ids) ORDER BY id")
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

	/**
	 * Applies a status change if the order is still in the status the change starts from,
	 * and records it in the history.
	 * @param change the change
	 * @return {@code true} if applied, {@code false} if the order's status had changed
	 * meanwhile (nothing is written then)
	 */
	@Transactional
	public boolean apply(StatusChange change) {
		int updated = this.jdbc.sql("""
				UPDATE orders SET status = :to, status_reason = :reason, updated_at = :at
				WHERE id = :id AND status = :from""")
			.param("to", change.to().dbValue())
			.param("reason", new SqlParameterValue(Types.VARCHAR, change.reason()))
			.param("at", Timestamp.from(change.at()))
			.param("id", change.orderId())
			.param("from", change.from().dbValue())
			.update();
		if (updated == 0) {
			return false;
		}
		insertHistory(change);
		return true;
	}

	/**
	 * The order an import saved from a row, if it did.
	 * @param batchId the import's batch id
	 * @param importRowNumber the order's first row in the file
	 * @return the order's id, or empty
	 */
	public Optional<Long> findIdByImportRow(String batchId, int importRowNumber) {
		return this.jdbc.sql("SELECT id FROM orders WHERE batch_id = :batch AND import_row_number = :row")
			.param("batch", batchId)
			.param("row", importRowNumber)
			.query(Long.class)
			.optional();
	}

	/**
	 * Finds an order with its items and history.
	 * @param id the order's id
	 * @return the order, or empty
	 */
	public Optional<Order> findById(long id) {
		List<OrderDetails.Header> headers = this.jdbc.sql("SELECT " + ORDER_COLUMNS + " FROM orders WHERE id = :id")
			.param("id", id)
			.query(OrderDetails::header)
			.list();
		return this.details.complete(headers).stream().findFirst();
	}

	/**
	 * One page of the orders matching a filter, newest first (ties by id, newest first),
	 * with their items and history loaded in one query each for the whole page.
	 * @param filter which orders
	 * @param skip how many matching orders to pass over
	 * @param limit how many to return at most
	 * @return the orders
	 */
	public List<Order> findPage(OrderFilter filter, int skip, int limit) {
		List<OrderDetails.Header> headers = this.jdbc
			.sql("SELECT " + ORDER_COLUMNS + " FROM orders" + filter.whereClause()
					+ " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :skip")
			.params(filter.parameters())
			.param("limit", limit)
			.param("skip", skip)
			.query(OrderDetails::header)
			.list();
		return this.details.complete(headers);
	}

	/**
	 * Counts the orders matching a filter.
	 * @param filter which orders
	 * @return how many
	 */
	public long count(OrderFilter filter) {
		return this.jdbc.sql("SELECT COUNT(*) FROM orders" + filter.whereClause())
			.params(filter.parameters())
			.query(Long.class)
			.single();
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

	private void insertHistory(StatusChange change) {
		this.jdbc.sql("""
				INSERT INTO order_status_history (order_id, from_status, to_status, reason, changed_at)
				VALUES (:id, :from, :to, :reason, :at)""")
			.param("id", change.orderId())
			.param("from",
					new SqlParameterValue(Types.VARCHAR, (change.from() != null) ? change.from().dbValue() : null))
			.param("to", change.to().dbValue())
			.param("reason", new SqlParameterValue(Types.VARCHAR, change.reason()))
			.param("at", Timestamp.from(change.at()))
			.update();
	}

}
