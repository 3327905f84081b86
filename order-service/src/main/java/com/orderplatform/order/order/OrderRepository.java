package com.orderplatform.order.order;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

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

	static final String ORDER_COLUMNS = "id, customer_email, customer_name, status, status_reason, "
			+ "total_amount, currency, batch_id, created_at, updated_at";

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final OrderDetails details;

	private final OrderStatsRollup stats;

	OrderRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate, OrderStatsRollup stats) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.details = new OrderDetails(jdbc);
		this.stats = stats;
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
				"INSERT INTO order_items (order_id, product_name, quantity, unit_price, notes) VALUES (?, ?, ?, ?, ?)",
				order.items(), order.items().size(), (statement, item) -> {
					statement.setLong(1, id);
					statement.setString(2, item.productName());
					statement.setInt(3, item.quantity());
					statement.setLong(4, item.unitPrice().longValueExact());
					statement.setString(5, item.notes());
				});
		insertHistory(new StatusChange(id, null, OrderState.PENDING, null, at));
		this.stats.placed(at, OrderState.PENDING, order.totalAmount().longValueExact());
		return id;
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
		Optional<OrderStatsRollup.Placed> moved = this.jdbc.sql("""
				UPDATE orders SET status = :to, status_reason = :reason, updated_at = :at
				WHERE id = :id AND status = :from
				RETURNING created_at, total_amount""")
			.param("to", change.to().dbValue())
			.param("reason", new SqlParameterValue(Types.VARCHAR, change.reason()))
			.param("at", Timestamp.from(change.at()))
			.param("id", change.orderId())
			.param("from", change.from().dbValue())
			.query(OrderStatsRollup.Placed::of)
			.optional();
		if (moved.isEmpty()) {
			return false;
		}
		this.stats.moved(moved.get(), change.from(), change.to());
		insertHistory(change);
		return true;
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
		return findPage(filter, OrderSort.NEWEST_FIRST, skip, limit);
	}

	/**
	 * One page of the orders matching a filter in the given order (ties by id, in the
	 * same direction), with their items and history loaded in one query each for the
	 * whole page.
	 * @param filter which orders
	 * @param sort in which order
	 * @param skip how many matching orders to pass over
	 * @param limit how many to return at most
	 * @return the orders
	 */
	public List<Order> findPage(OrderFilter filter, OrderSort sort, int skip, int limit) {
		List<OrderDetails.Header> headers = this.jdbc
			.sql("SELECT " + ORDER_COLUMNS + " FROM orders" + filter.whereClause() + sort.orderByClause()
					+ " LIMIT :limit OFFSET :skip")
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
