package com.orderplatform.payment.orderwebhook;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

import com.orderplatform.common.lease.Candidates;
import com.orderplatform.common.lease.Lease;
import com.orderplatform.common.lease.Leases;
import com.orderplatform.common.storage.SqlDialect;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code payment_webhook_outbox} table: webhooks owed to the order service. A row is
 * added in the transaction that changes the payment, and drained by any instance: a
 * drainer claims due rows with a lease ({@link Leases}: {@code FOR UPDATE SKIP LOCKED} on
 * PostgreSQL, one conditional UPDATE on SQLite), so each row is sent by one instance at a
 * time, and records the outcome fenced on its claim. A claim whose instance died runs out
 * and the row is sent again by another: at least once, with the same event id.
 */
@Repository
class WebhookOutbox {

	static final String TABLE = "payment_webhook_outbox";

	private static final String DUE = "status = 'pending' AND next_attempt_at <= :now";

	private static final String COLUMNS = "id, payment_id, order_id, event_type, payload, request_id, attempts";

	private final JdbcClient jdbc;

	private final Leases leases;

	WebhookOutbox(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.leases = new Leases(jdbc, SqlDialect.of(dataSource), TABLE);
	}

	/**
	 * Adds a webhook, due at once, in the caller's transaction.
	 * @param entry the webhook (its attempts are ignored: none yet)
	 * @param now the current time
	 */
	void add(OutboxEntry entry, Instant now) {
		this.jdbc
			.sql("INSERT INTO " + TABLE + " (" + COLUMNS + ", status, next_attempt_at, created_at)"
					+ " VALUES (:id, :paymentId, :orderId, :eventType, :payload, :requestId, 0, 'pending', :now, :now)")
			.param("id", entry.id())
			.param("paymentId", entry.paymentId())
			.param("orderId", entry.orderId())
			.param("eventType", entry.eventType())
			.param("payload", entry.payload())
			.param("requestId", entry.requestId())
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * Claims up to {@code limit} due webhooks, oldest due first.
	 * @param lease who claims, now and until when
	 * @param limit how many at most
	 * @return the claimed webhooks
	 */
	List<OutboxEntry> claimDue(Lease lease, int limit) {
		Candidates due = Candidates.where(DUE, Map.of()).orderBy("next_attempt_at, created_at, id");
		return this.leases.claim(due, limit, lease, COLUMNS,
				(rs, row) -> new OutboxEntry(rs.getString("id"), rs.getLong("payment_id"), rs.getLong("order_id"),
						rs.getString("event_type"), rs.getString("payload"), rs.getString("request_id"),
						rs.getInt("attempts")));
	}

	/**
	 * Records a delivery and ends the claim.
	 * @return {@code false} when the claim had been lost (another instance took over)
	 */
	boolean delivered(OutboxEntry entry, String owner, Instant now) {
		return finish(entry, owner, "status = 'delivered', delivered_at = :now, last_error = NULL",
				Map.of("now", Timestamp.from(now)));
	}

	/**
	 * Records a failed attempt; the webhook is due again at {@code nextAttemptAt}.
	 * @return {@code false} when the claim had been lost
	 */
	boolean retryLater(OutboxEntry entry, String owner, Instant nextAttemptAt, String error) {
		Map<String, Object> params = new HashMap<>();
		params.put("nextAttemptAt", Timestamp.from(nextAttemptAt));
		params.put("error", truncate(error));
		return finish(entry, owner, "next_attempt_at = :nextAttemptAt, last_error = :error", params);
	}

	/**
	 * Gives a webhook up: the order service refused it, or every attempt was used.
	 * @return {@code false} when the claim had been lost
	 */
	boolean failed(OutboxEntry entry, String owner, String error) {
		Map<String, Object> params = new HashMap<>();
		params.put("error", truncate(error));
		return finish(entry, owner, "status = 'failed', last_error = :error", params);
	}

	private boolean finish(OutboxEntry entry, String owner, String set, Map<String, Object> params) {
		Map<String, Object> all = new HashMap<>(params);
		all.put("attempts", entry.attempts() + 1);
		return this.leases.finish(entry.id(), owner, set + ", attempts = :attempts", "status = 'pending'", all);
	}

	/**
	 * Gives back every claim an instance holds: at its start, those of its previous run.
	 * @return how many were released
	 */
	int releaseAll(String owner) {
		return this.leases.releaseAll(owner);
	}

	/**
	 * When the next pending webhook can be claimed: it is due and any lease on it ended.
	 * @return the earliest such moment (possibly past), or empty when none is pending
	 */
	Optional<Instant> nextClaimableAt() {
		return this.jdbc.sql("""
				SELECT MIN(CASE WHEN claimed_until IS NOT NULL AND claimed_until > next_attempt_at
				                THEN claimed_until ELSE next_attempt_at END) AS claimable_at
				FROM payment_webhook_outbox WHERE status = 'pending'""")
			.query((rs, row) -> rs.getTimestamp("claimable_at"))
			.list()
			.stream()
			.filter(Objects::nonNull)
			.map(Timestamp::toInstant)
			.findFirst();
	}

	/**
	 * Deletes delivered webhooks older than a moment.
	 * @param before delivered before this
	 * @return how many were deleted
	 */
	int deleteDeliveredBefore(Instant before) {
		return this.jdbc.sql("DELETE FROM " + TABLE + " WHERE status = 'delivered' AND delivered_at < :before")
			.param("before", Timestamp.from(before))
			.update();
	}

	private static String truncate(String error) {
		return (error == null || error.length() <= 500) ? error : error.substring(0, 500);
	}

}
