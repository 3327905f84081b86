package com.orderplatform.payment.gateway;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The simulator's charge ledger, the {@code gateway_charges} table: one row per approved
 * charge under its idempotency key, shared by every instance of the payment service. The
 * database decides which of two concurrent approvals under one key is the charge: both
 * insert with {@code ON CONFLICT DO NOTHING} (on SQLite and PostgreSQL alike) and read
 * the key back, and the row that is there is the one charge. An insert the driver counts
 * as one row added is known to be the charge without reading it back.
 */
@Repository
class GatewayCharges {

	/** Keys per look-up, well under either database's limit of bound parameters. */
	private static final int KEYS_PER_QUERY = 500;

	private static final String COLUMNS = "idempotency_key, order_id, amount, currency, transaction_id, approved_at";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	GatewayCharges(NamedParameterJdbcTemplate jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc.getJdbcTemplate();
		this.transactions = transactions;
	}

	/**
	 * The approvals recorded under some keys.
	 * @param keys the idempotency keys
	 * @return the approval of each key that has one
	 */
	Map<String, Approval> find(Collection<String> keys) {
		Map<String, Approval> found = HashMap.newHashMap(keys.size());
		List<String> all = new ArrayList<>(keys);
		for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
			List<String> some = all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY));
			this.jdbc.query("SELECT " + COLUMNS + " FROM gateway_charges WHERE idempotency_key IN ("
					+ "?, ".repeat(some.size() - 1) + "?)", (statement) -> {
						for (int i = 0; i < some.size(); i++) {
							statement.setString(i + 1, some.get(i));
						}
					}, (rs) -> {
						Approval approval = new Approval(rs.getString(1), rs.getLong(2),
								BigDecimal.valueOf(rs.getLong(3)), rs.getString(4), rs.getString(5),
								rs.getTimestamp(6).toInstant());
						found.put(approval.idempotencyKey(), approval);
					});
		}
		return found;
	}

	/**
	 * Records approvals in one transaction, each unless its key holds one already
	 * (another instance approved it first).
	 * @param approvals the approvals
	 * @return the keys whose approval this call recorded, as the driver counts the rows
	 * each insert added; which approval a key holds otherwise (another instance's, or
	 * this one's when the driver does not count each row) is read back with {@link #find}
	 */
	Set<String> recordAll(List<Approval> approvals) {
		Calendar calendar = Calendar.getInstance();
		int[] inserted = this.transactions.execute((status) -> this.jdbc.batchUpdate(
				"INSERT INTO gateway_charges (" + COLUMNS
						+ ") VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING",
				new BatchPreparedStatementSetter() {

					@Override
					public void setValues(PreparedStatement statement, int i) throws SQLException {
						Approval approval = approvals.get(i);
						statement.setString(1, approval.idempotencyKey());
						statement.setLong(2, approval.orderId());
						statement.setLong(3, approval.amount().longValueExact());
						statement.setString(4, approval.currency());
						statement.setString(5, approval.transactionId());
						statement.setTimestamp(6, Timestamp.from(approval.approvedAt()), calendar);
					}

					@Override
					public int getBatchSize() {
						return approvals.size();
					}

				}));
		Set<String> recorded = HashSet.newHashSet(approvals.size());
		for (int i = 0; i < approvals.size(); i++) {
			if (inserted != null && inserted.length == approvals.size() && inserted[i] == 1) {
				recorded.add(approvals.get(i).idempotencyKey());
			}
		}
		return recorded;
	}

	/**
	 * One approved charge.
	 *
	 * @param idempotencyKey the key it was charged under
	 * @param orderId the order
	 * @param amount the amount charged
	 * @param currency its currency
	 * @param transactionId the transaction that was charged
	 * @param approvedAt when
	 */
	record Approval(String idempotencyKey, long orderId, BigDecimal amount, String currency, String transactionId,
			Instant approvedAt) {

		static Approval of(ChargeRequest request, Instant now) {
			return new Approval(request.idempotencyKey(), request.orderId(), request.amount(), request.currency(),
					request.transactionId(), now);
		}

	}

}
