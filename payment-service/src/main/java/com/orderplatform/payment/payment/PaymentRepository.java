package com.orderplatform.payment.payment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.orderplatform.payment.api.PaymentStatus;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores payments in the {@code payments} table. Amounts are whole yen; updates are
 * conditional on the state they were read in, so two requests racing on one payment
 * cannot both win. A batch payment's rows are written with JDBC batch updates.
 */
@Repository
class PaymentRepository {

	private static final String COLUMNS = "id, order_id, amount, currency, status, payment_method, transaction_id, "
			+ "failure_reason, batch_id, created_at, updated_at";

	private static final String INSERT = """
			INSERT INTO payments (order_id, amount, currency, status, payment_method, transaction_id,
			                      failure_reason, batch_id, created_at, updated_at)
			VALUES (:orderId, :amount, :currency, :status, :method, :transactionId, :failureReason, :batchId,
			        :createdAt, :updatedAt)""";

	private static final String UPDATE = """
			UPDATE payments
			SET amount = :amount, status = :status, payment_method = :method, transaction_id = :transactionId,
			    failure_reason = :failureReason, batch_id = :batchId, updated_at = :updatedAt
			WHERE id = :id AND status = :readInState""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batches;

	PaymentRepository(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = JdbcClient.create(jdbc);
		this.batches = jdbc;
	}

	/**
	 * Inserts a new payment.
	 * @param payment the payment, not stored yet
	 * @return the payment with its id
	 * @throws org.springframework.dao.DataIntegrityViolationException when the order
	 * already has a payment
	 */
	Payment insert(Payment payment) {
		long id = this.jdbc.sql(INSERT + " RETURNING id").paramSource(columns(payment)).query(Long.class).single();
		return payment.withId(id);
	}

	/**
	 * Inserts new payments in one JDBC batch, skipping every payment whose order has one
	 * already (another request got there first). Which were inserted is read back with
	 * {@link #findByOrderIds}.
	 * @param payments the payments, not stored yet
	 */
	void insertAllIfAbsent(List<Payment> payments) {
		if (!payments.isEmpty()) {
			this.batches.batchUpdate(INSERT + " ON CONFLICT (order_id) DO NOTHING",
					payments.stream().map(PaymentRepository::columns).toArray(SqlParameterSource[]::new));
		}
	}

	/**
	 * Stores a payment's changes, provided it is still in the state it was read in.
	 * @param payment the changed payment
	 * @param readInState the state it had when it was read
	 * @return {@code false} when another request changed it in the meantime
	 */
	boolean update(Payment payment, PaymentState readInState) {
		int rows = this.jdbc.sql(UPDATE)
			.paramSource(
					columns(payment).addValue("id", payment.id()).addValue("readInState", readInState.columnValue()))
			.update();
		return rows == 1;
	}

	/**
	 * Stores new attempts of failed payments in one JDBC batch, each provided the payment
	 * is still the failed attempt it was read as (same state and transaction). Which were
	 * stored is read back with {@link #findByOrderIds}.
	 * @param reattempts the changed payments and the transactions they were read with
	 */
	void updateAllIfUnchanged(List<Reattempt> reattempts) {
		if (!reattempts.isEmpty()) {
			this.batches.batchUpdate(UPDATE + " AND transaction_id = :readTransactionId",
					reattempts.stream()
						.map(reattempt -> columns(reattempt.payment()).addValue("id", reattempt.payment().id())
							.addValue("readInState", PaymentState.FAILED.columnValue())
							.addValue("readTransactionId", reattempt.readTransactionId()))
						.toArray(SqlParameterSource[]::new));
		}
	}

	Optional<Payment> findById(long id) {
		return findOne("id", id);
	}

	Optional<Payment> findByOrderId(long orderId) {
		return findOne("order_id", orderId);
	}

	Optional<Payment> findByTransactionId(String transactionId) {
		return findOne("transaction_id", transactionId);
	}

	/**
	 * The payments of several orders, in one query.
	 * @param orderIds the orders
	 * @return each order's payment by order id; orders without one are left out
	 */
	Map<Long, Payment> findByOrderIds(Collection<Long> orderIds) {
		Map<Long, Payment> byOrder = new LinkedHashMap<>();
		if (!orderIds.isEmpty()) {
			this.jdbc.sql("SELECT " + COLUMNS + " FROM payments WHERE order_id IN (:orderIds)")
				.param("orderIds", new ArrayList<>(orderIds))
				.query(PaymentRepository::map)
				.list()
				.forEach(payment -> byOrder.put(payment.orderId(), payment));
		}
		return byOrder;
	}

	/**
	 * One page of payments, newest first.
	 * @param status only payments in this status, or {@code null} for all
	 * @param batchId only payments of this batch, or {@code null} for all
	 * @param skip how many to skip
	 * @param limit how many at most
	 * @return the page
	 */
	List<Payment> findPage(PaymentStatus status, String batchId, int skip, int limit) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM payments" + where(status, batchId)
					+ " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :skip")
			.param("status", columnValue(status))
			.param("batchId", batchId)
			.param("limit", limit)
			.param("skip", skip)
			.query(PaymentRepository::map)
			.list();
	}

	long count(PaymentStatus status, String batchId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM payments" + where(status, batchId))
			.param("status", columnValue(status))
			.param("batchId", batchId)
			.query(Long.class)
			.single();
	}

	private Optional<Payment> findOne(String column, Object value) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM payments WHERE " + column + " = :value")
			.param("value", value)
			.query(PaymentRepository::map)
			.optional();
	}

	private static String where(PaymentStatus status, String batchId) {
		List<String> conditions = new ArrayList<>();
		if (status != null) {
			conditions.add("status = :status");
		}
		if (batchId != null) {
			conditions.add("batch_id = :batchId");
		}
		return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
	}

	private static String columnValue(PaymentStatus status) {
		return (status != null) ? status.name().toLowerCase(Locale.ROOT) : null;
	}

	private static MapSqlParameterSource columns(Payment payment) {
		return new MapSqlParameterSource().addValue("orderId", payment.orderId())
			.addValue("amount", payment.amount().longValueExact())
			.addValue("currency", payment.currency())
			.addValue("status", payment.state().columnValue())
			.addValue("method", payment.paymentMethod())
			.addValue("transactionId", payment.transactionId())
			.addValue("failureReason", payment.failureReason())
			.addValue("batchId", payment.batchId())
			.addValue("createdAt", Timestamp.from(payment.createdAt()))
			.addValue("updatedAt", Timestamp.from(payment.updatedAt()));
	}

	private static Payment map(ResultSet rs, int row) throws SQLException {
		return new Payment(rs.getLong("id"), rs.getLong("order_id"), BigDecimal.valueOf(rs.getLong("amount")),
				rs.getString("currency"), rs.getString("payment_method"),
				PaymentState.fromColumn(rs.getString("status")), rs.getString("transaction_id"),
				rs.getString("failure_reason"), rs.getString("batch_id"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	}

	/**
	 * A failed payment attempted again, to be stored only if nobody changed it since it
	 * was read.
	 *
	 * @param payment the payment with its new attempt
	 * @param readTransactionId the transaction of the failed attempt it was read with
	 */
	record Reattempt(Payment payment, String readTransactionId) {
	}

}
