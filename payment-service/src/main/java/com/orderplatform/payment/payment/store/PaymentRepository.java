package com.orderplatform.payment.payment.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.orderplatform.payment.api.PaymentStatus;
import com.orderplatform.payment.payment.Payment;
import com.orderplatform.payment.payment.PaymentState;

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
public class PaymentRepository {

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
	public Payment insert(Payment payment) {
		long id = this.jdbc.sql(PaymentRows.INSERT + " RETURNING id")
			.paramSource(PaymentRows.columns(payment))
			.query(Long.class)
			.single();
		return payment.withId(id);
	}

	/**
	 * Inserts new payments in one JDBC batch, skipping every payment whose order has one
	 * already (another request got there first). Which were inserted is read back with
	 * {@link #findByOrderIds}.
	 * @param payments the payments, not stored yet
	 */
	public void insertAllIfAbsent(List<Payment> payments) {
		if (!payments.isEmpty()) {
			this.batches.batchUpdate(PaymentRows.INSERT + " ON CONFLICT (order_id) DO NOTHING",
					payments.stream().map(PaymentRows::columns).toArray(SqlParameterSource[]::new));
		}
	}

	/**
	 * Stores a payment's changes, provided it is still in the state it was read in.
	 * @param payment the changed payment
	 * @param readInState the state it had when it was read
	 * @return {@code false} when another request changed it in the meantime
	 */
	public boolean update(Payment payment, PaymentState readInState) {
		int rows = this.jdbc.sql(PaymentRows.UPDATE)
			.paramSource(PaymentRows.columns(payment)
				.addValue("id", payment.id())
				.addValue("readInState", readInState.columnValue()))
			.update();
		return rows == 1;
	}

	/**
	 * Stores new attempts of failed payments in one JDBC batch, each provided the payment
	 * is still the failed attempt it was read as (same state and transaction). Which were
	 * stored is read back with {@link #findByOrderIds}.
	 * @param reattempts the changed payments and the transactions they were read with
	 */
	public void updateAllIfUnchanged(List<Reattempt> reattempts) {
		if (!reattempts.isEmpty()) {
			this.batches.batchUpdate(PaymentRows.UPDATE + " AND transaction_id = :readTransactionId",
					reattempts.stream()
						.map(reattempt -> PaymentRows.columns(reattempt.payment())
							.addValue("id", reattempt.payment().id())
							.addValue("readInState", PaymentState.FAILED.columnValue())
							.addValue("readTransactionId", reattempt.readTransactionId()))
						.toArray(SqlParameterSource[]::new));
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
	 * The payments of several orders, in one query.
	 * @param orderIds the orders
	 * @return each order's payment by order id; orders without one are left out
	 */
	public Map<Long, Payment> findByOrderIds(Collection<Long> orderIds) {
		Map<Long, Payment> byOrder = new LinkedHashMap<>();
		if (!orderIds.isEmpty()) {
			this.jdbc.sql("SELECT " + PaymentRows.COLUMNS + " FROM payments WHERE order_id IN (:orderIds)")
				.param("orderIds", new ArrayList<>(orderIds))
				.query(PaymentRows::map)
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

}
