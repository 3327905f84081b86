package com.orderplatform.notification.notification;

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
import com.orderplatform.notification.notification.store.NotificationRows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pending notifications as a work queue that several service instances can share.
 * <p>
 * A dispatcher <em>claims</em> a due notification by writing its name and a lease expiry
 * into the row in one statement ({@link Leases}, shared with the platform's other work
 * queues); the row stays {@code pending}. Only the claimant can record the outcome, which
 * also clears the claim. A claim whose lease has run out (its instance died mid-send) can
 * be taken over, so that message is sent again: at least once, never lost. On PostgreSQL
 * the row is picked with {@code FOR UPDATE SKIP LOCKED}, so concurrent dispatchers pass
 * each other's candidates by instead of queueing behind them; SQLite runs one write at a
 * time anyway.
 * <p>
 * Within a lane the claim takes the lowest round ({@code fair_seq}, see
 * {@code BatchRounds}) first, then the notification due longest: the transactional lane
 * (all round 0) is oldest due first, the bulk lane round-robin between batches. Claiming
 * a bulk notification moves the lane's clock to its round, in the same transaction.
 */
@Repository
public class NotificationQueue {

	private static final String DUE = "status = 'pending' AND next_attempt_at <= :now";

	private static final String CLAIM_ORDER = "fair_seq, next_attempt_at, id";

	/** Serves a lane's due notifications in {@link #CLAIM_ORDER} (migration V6). */
	private static final String CLAIM_INDEX = "idx_notifications_claim";

	/**
	 * The outcome's condition, the row still {@code pending}, written so that no index
	 * answers it: the row is found by its primary key alone. Written {@code status =
	 * 'pending'}, it let PostgreSQL walk one of the partial indexes of the pending rows
	 * instead, which a table filled since its last {@code ANALYZE} (or never analysed)
	 * makes look a row or two long: 44 ms and 6,800 buffers per outcome with 68,000
	 * notifications queued (bench/NOTES.md).
	 */
	static final String STILL_PENDING = "status || '' = 'pending'";

	/** The claimed columns: the round, then the notification's. */
	private static final String CLAIMED = "fair_seq, " + NotificationRows.COLUMNS;

	private static final String OUTCOME = """
			status = :status, failure_reason = :failureReason, sent_at = :sentAt, attempts = :attempts,
			next_attempt_at = :nextAttemptAt""";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Leases leases;

	private final boolean postgres;

	NotificationQueue(JdbcClient jdbc, TransactionTemplate transactions, DataSource dataSource) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		SqlDialect dialect = SqlDialect.of(dataSource);
		this.leases = new Leases(jdbc, dialect, "notifications");
		this.postgres = dialect == SqlDialect.POSTGRESQL;
	}

	/**
	 * Claims the next notification of the first lane, in the order given, that has one
	 * due.
	 * @param claimant the dispatcher's instance id
	 * @param lanes the lanes to look in, in order of preference
	 * @param now the time
	 * @param leaseUntil when others may take the notification over if no outcome has been
	 * recorded
	 * @return the claimed notification, or empty when none is due in any of the lanes
	 */
	public Optional<Notification> claimNext(String claimant, List<Lane> lanes, Instant now, Instant leaseUntil) {
		Lease lease = new Lease(claimant, now, leaseUntil);
		return this.transactions.execute((status) -> {
			planClaimsInIndexOrder();
			for (Lane lane : lanes) {
				Optional<Notification> claimed = claimIn(lane, lease);
				if (claimed.isPresent()) {
					return claimed;
				}
			}
			return Optional.<Notification>empty();
		});
	}

	/**
	 * On PostgreSQL, plans this transaction's claims without an explicit sort, so the
	 * only way to a lane's first due notification is {@link #CLAIM_INDEX}, read in its
	 * order until the first free row (SQLite is told the index by name). With the table
	 * filled since its last {@code ANALYZE}, the planner took another partial index of
	 * the pending rows, which it believed a row long, and sorted every pending row for
	 * each claim: 47 ms and 3,600 buffers per claim with 68,000 queued, growing with each
	 * import while the notification service's database was never analysed
	 * (bench/NOTES.md). Set for this transaction only.
	 */
	private void planClaimsInIndexOrder() {
		if (this.postgres) {
			this.jdbc.sql("SET LOCAL enable_sort = off").update();
		}
	}

	/**
	 * The statement that claims a lane's next due notification, for its plan.
	 * @return the SQL, with the named parameters of {@link Leases#claimStatement}
	 */
	String claimStatement() {
		return this.leases.claimStatement(due(Lane.BULK), CLAIMED);
	}

	private static Candidates due(Lane lane) {
		return Candidates.where("lane = :lane AND " + DUE, Map.of("lane", lane.code()))
			.orderBy(CLAIM_ORDER)
			.usingIndex(CLAIM_INDEX);
	}

	private Optional<Notification> claimIn(Lane lane, Lease lease) {
		Optional<Claimed> claimed = this.leases.claimNext(due(lane), lease, CLAIMED,
				(rs, row) -> new Claimed(NotificationRows.map(rs, row), rs.getLong("fair_seq")));
		claimed.filter((found) -> lane == Lane.BULK).ifPresent((found) -> advanceClock(lane, found.fairSeq()));
		return claimed.map(Claimed::notification);
	}

	private void advanceClock(Lane lane, long round) {
		this.jdbc.sql("UPDATE notification_lanes SET clock = :round WHERE lane = :lane AND clock < :round")
			.param("round", round)
			.param("lane", lane.code())
			.update();
	}

	/**
	 * Whether any notification can be claimed now, in any lane: a dispatcher asks before
	 * it waits for a send permit, so that an idle one takes none.
	 * @param now the time
	 * @return {@code true} if one is due and not claimed
	 */
	public boolean hasClaimable(Instant now) {
		return !this.jdbc.sql("SELECT id FROM notifications WHERE " + DUE + " AND " + this.leases.free() + " LIMIT 1")
			.param("now", NotificationRows.timestamp(now))
			.query(Long.class)
			.list()
			.isEmpty();
	}

	/**
	 * When the next pending notification can be claimed: its next attempt is due and any
	 * lease on it has run out.
	 * @return the earliest such moment (possibly past), or empty when nothing is pending
	 */
	public Optional<Instant> nextClaimableAt() {
		return this.jdbc.sql("""
				SELECT MIN(CASE WHEN claimed_until IS NOT NULL AND claimed_until > next_attempt_at
				                THEN claimed_until ELSE next_attempt_at END) AS claimable_at
				FROM notifications WHERE status = 'pending'
				""")
			.query((rs, row) -> NotificationRows.instant(rs.getTimestamp("claimable_at")))
			.list()
			.stream()
			.filter(Objects::nonNull)
			.findFirst();
	}

	/**
	 * Saves the outcome of a delivery attempt and clears the claim.
	 * @param notification a claimed notification, now sent, failed or due again later
	 * @param claimant the instance id that claimed it
	 * @throws IllegalNotificationStateException if the row is no longer pending or no
	 * longer claimed by this claimant (its lease ran out and another instance took over)
	 */
	public void saveDeliveryOutcome(Notification notification, String claimant) {
		Map<String, Object> outcome = new HashMap<>();
		outcome.put("status", notification.status().code());
		outcome.put("failureReason", notification.failureReason());
		outcome.put("sentAt", NotificationRows.timestamp(notification.sentAt()));
		outcome.put("attempts", notification.attempts());
		outcome.put("nextAttemptAt", NotificationRows.timestamp(notification.nextAttemptAt()));
		if (!this.leases.finish(notification.id(), claimant, OUTCOME, STILL_PENDING, outcome)) {
			throw IllegalNotificationStateException.notClaimed(notification.id(), claimant);
		}
	}

	/**
	 * Gives a claimed notification back without an attempt, due as before.
	 * @param id the notification
	 * @param claimant the instance id that claimed it
	 */
	public void release(long id, String claimant) {
		this.leases.release(id, claimant);
	}

	/**
	 * Gives back every claim an instance holds: at its start, the claims of its previous
	 * run, which stopped without recording their outcome.
	 * @param claimant the instance id
	 * @return how many notifications were released
	 */
	public int releaseAll(String claimant) {
		return this.leases.releaseAll(claimant);
	}

	/** A claimed notification and its round. */
	private record Claimed(Notification notification, long fairSeq) {
	}

}
