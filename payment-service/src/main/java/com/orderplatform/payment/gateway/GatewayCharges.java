package com.orderplatform.payment.gateway;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The simulator's charge ledger, the {@code gateway_charges} table: one row per approved
 * charge under its idempotency key, shared by every instance of the payment service. The
 * database decides which of two concurrent approvals under one key is the charge: both
 * insert with {@code ON CONFLICT DO NOTHING} (on SQLite and PostgreSQL alike) and read
 * the key back, and the row that is there is the one charge.
 */
@Repository
class GatewayCharges {

	/** Keys per look-up, well under either database's limit of bound parameters. */
	private static final int KEYS_PER_QUERY = 500;

	private static final String COLUMNS = "idempotency_key, order_id, amount, currency, transaction_id, approved_at";

	private final NamedParameterJdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	GatewayCharges(NamedParameterJdbcTemplate jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/**
	 * The approvals recorded under some keys.
	 * @param keys the idempotency keys
	 * @return the approval of each key that has one
	 */
	Map<String, Approval> find(Collection<String> keys) {
		Map<String, Approval> found = new HashMap<>();
		List<String> all = new ArrayList<>(keys);
		for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
			List<String> some = all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY));
			this.jdbc.query("SELECT " + COLUMNS + " FROM gateway_charges WHERE idempotency_key IN (:keys)",
					Map.of("keys", some), (rs) -> {
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
	 * (another instance approved it first); which were recorded is read back with
	 * {@link #find}.
	 * @param approvals the approvals
	 */
	void recordAll(Collection<Approval> approvals) {
		SqlParameterSource[] rows = approvals.stream()
			.map((approval) -> new MapSqlParameterSource().addValue("key", approval.idempotencyKey())
				.addValue("orderId", approval.orderId())
				.addValue("amount", approval.amount().longValueExact())
				.addValue("currency", approval.currency())
				.addValue("transactionId", approval.transactionId())
				.addValue("approvedAt", Timestamp.from(approval.approvedAt())))
			.toArray(SqlParameterSource[]::new);
		this.transactions.executeWithoutResult((status) -> this.jdbc.batchUpdate("INSERT INTO gateway_charges ("
				+ COLUMNS + ") VALUES (:key, :orderId, :amount, :currency, :transactionId, :approvedAt)"
				+ " ON CONFLICT (idempotency_key) DO NOTHING", rows));
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
