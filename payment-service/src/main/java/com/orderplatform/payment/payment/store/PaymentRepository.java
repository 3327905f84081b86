package com.orderplatform.payment.payment.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.orderplatform.payment.api.PaymentStatus;
import com.orderplatform.payment.payment.Payment;
import com.orderplatform.payment.payment.PaymentState;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores payments in the {@code payments} table. Amounts are whole yen; updates are
 * conditional on the state they were read in, so two requests racing on one payment
 * cannot both win. A batch payment's rows are written with JDBC batch updates.
 */
@Repository
public class PaymentRepository {

	/**
	 * Orders per look-up by order id: a batch of 1,000 is two queries of one text, well
	 * under either database's limit of bound parameters.
	 */
	static final int IDS_PER_QUERY = 500;

	private final JdbcClient jdbc;

	private final JdbcTemplate statements;

	PaymentRepository(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = JdbcClient.create(jdbc);
		this.statements = jdbc.getJdbcTemplate();
	}

	/**
	 * Inserts a new payment.
	 * @param payment the payment, not stored yet
	 * @return the payment with its id
	 * @throws org.springframework.dao.DataIntegrityViolationException when the order
	 * already has a payment
	 */
	public Payment insert(Payment payment) {
		Calendar calendar = Calendar.getInstance();
		Long id = this.statements.query(PaymentRows.INSERT + " RETURNING id",
				(statement) -> PaymentRows.bindInsert(statement, payment, calendar),
				(rs) -> rs.next() ? rs.getLong(1) : null);
		return payment.withId(Objects.requireNonNull(id, "The insert of a payment returned no id"));
	}

	/**
	 * Inserts new payments in one JDBC batch, skipping every payment whose order has one
	 * already (another request got there first). Which were inserted, and their ids, is
	 * read back with {@link #findAttempts}.
	 * @param payments the payments, not stored yet
	 */
	public void insertAllIfAbsent(List<Payment> payments) {
		if (!payments.isEmpty()) {
			Calendar calendar = Calendar.getInstance();
			this.statements.batchUpdate(PaymentRows.INSERT + " ON CONFLICT (order_id) DO NOTHING",
					new BatchPreparedStatementSetter() {

						@Override
						public void setValues(PreparedStatement statement, int i) throws SQLException {
							PaymentRows.bindInsert(statement, payments.get(i), calendar);
						}

						@Override
						public int getBatchSize() {
							return payments.size();
						}

					});
		}
	}

	/**
	 * Stores a payment's changes, provided it is still in the state it was read in.
	 * @param payment the changed payment
	 * @param readInState the state it had when it was read
	 * @return {@code false} when another request changed it in the meantime
	 */
	public boolean update(Payment payment, PaymentState readInState) {
		Calendar calendar = Calendar.getInstance();
		int rows = this.statements.update(PaymentRows.UPDATE,
				(statement) -> PaymentRows.bindUpdate(statement, payment, readInState, calendar));
		return rows == 1;
	}

	/**
	 * Stores new attempts of failed payments in one JDBC batch, each provided the payment
	 * is still the failed attempt it was read as (same state and transaction). Which were
	 * stored is read back with {@link #findAttempts}.
	 * @param reattempts the changed payments and the transactions they were read with
	 */
	public void updateAllIfUnchanged(List<Reattempt> reattempts) {
		if (!reattempts.isEmpty()) {
			Calendar calendar = Calendar.getInstance();
			this.statements.batchUpdate(PaymentRows.UPDATE + " AND transaction_id = ?",
					new BatchPreparedStatementSetter() {

						@Override
						public void setValues(PreparedStatement statement, int i) throws SQLException {
							Reattempt reattempt = reattempts.get(i);
							int next = PaymentRows.bindUpdate(statement, reattempt.payment(), PaymentState.FAILED,
									calendar);
							PaymentRows.setString(statement, next, reattempt.readTransactionId());
						}

						@Override
						public int getBatchSize() {
							return reattempts.size();
						}

					});
		}
	}

	public Optional<Payment> findById(long id) {
		return findOne("id", id);
	}

	public Optional<Payment> findByOrderId(long orderId) {
		return findOne("order_id", orderId);
	}

	public Optional<Payment> findByTransactionId(String transactionId) {
		return findOne("transaction_id", transactionId);
	}

	/**
	 * The payments of several orders, in one query per {@value #IDS_PER_QUERY} orders.
	 * @param orderIds the orders
	 * @return each order's payment by order id; orders without one are left out
	 */
	public Map<Long, Payment> findByOrderIds(Collection<Long> orderIds) {
		Map<Long, Payment> byOrder = HashMap.newHashMap(orderIds.size());
		OrderIdQueries.forEachRow(this.statements, "SELECT " + PaymentRows.COLUMNS + " FROM payments", orderIds,
				(rs) -> {
					Payment payment = PaymentRows.map(rs, 0);
					byOrder.put(payment.orderId(), payment);
				});
		return byOrder;
	}

	/**
	 * The current attempt of several orders' payments: their ids and transactions, no
	 * more. The charge pipeline reads back what it wrote with it: a row that holds the
	 * transaction it wrote is the payment it wrote.
	 * @param orderIds the orders
	 * @return each order's payment id and transaction by order id; orders without a
	 * payment are left out
	 */
	public Map<Long, StoredAttempt> findAttempts(Collection<Long> orderIds) {
		Map<Long, StoredAttempt> byOrder = HashMap.newHashMap(orderIds.size());
		OrderIdQueries.forEachRow(this.statements, "SELECT order_id, id, transaction_id FROM payments", orderIds,
				(rs) -> byOrder.put(rs.getLong(1), new StoredAttempt(rs.getLong(2), rs.getString(3))));
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
	public List<Payment> findPage(PaymentStatus status, String batchId, int skip, int limit) {
		return this.jdbc
			.sql("SELECT " + PaymentRows.COLUMNS + " FROM payments" + where(status, batchId)
					+ " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :skip")
			.param("status", columnValue(status))
			.param("batchId", batchId)
			.param("limit", limit)
			.param("skip", skip)
			.query(PaymentRows::map)
			.list();
	}

	public long count(PaymentStatus status, String batchId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM payments" + where(status, batchId))
			.param("status", columnValue(status))
			.param("batchId", batchId)
			.query(Long.class)
			.single();
	}

	private Optional<Payment> findOne(String column, Object value) {
		return this.jdbc.sql("SELECT " + PaymentRows.COLUMNS + " FROM payments WHERE " + column + " = :value")
			.param("value", value)
			.query(PaymentRows::map)
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

	/**
	 * A failed payment attempted again, to be stored only if nobody changed it since it
	 * was read.
	 *
	 * @param payment the payment with its new attempt
	 * @param readTransactionId the transaction of the failed attempt it was read with
	 */
	public record Reattempt(Payment payment, String readTransactionId) {
	}

	/**
	 * A stored payment's id and the transaction of its current attempt.
	 *
	 * @param id the payment
	 * @param transactionId its current attempt's transaction
	 */
	public record StoredAttempt(long id, String transactionId) {
	}

}
