package com.orderplatform.notification.notification;

import java.sql.DatabaseMetaData;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pending notifications as a work queue that several service instances can share.
 * <p>
 * A dispatcher <em>claims</em> a due notification by writing its name and a lease expiry
 * into the row in one conditional UPDATE; the row stays {@code pending}. Only the
 * claimant can record the outcome, which also clears the claim. A claim whose lease has
 * run out (its instance died mid-send) can be taken over, so that message is sent again:
 * at least once, never lost. On PostgreSQL the row is picked with
 * {@code FOR UPDATE SKIP LOCKED}, so concurrent dispatchers pass each other's candidates
 * by instead of queueing behind them; SQLite runs one write at a time anyway.
 * <p>
 * Within a lane the claim takes the lowest round ({@code fair_seq}, see
 * {@link BatchRounds}) first, then the notification due longest: the transactional lane
 * (all round 0) is oldest due first, the bulk lane round-robin between batches. Claiming
 * a bulk notification moves the lane's clock to its round, in the same transaction.
 */
@Repository
public class NotificationQueue {

	private static final String CLAIMABLE = """
			status = 'pending' AND next_attempt_at <= :now AND (claimed_until IS NULL OR claimed_until <= :now)""";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final String claimSql;

	NotificationQueue(JdbcClient jdbc, TransactionTemplate transactions, DataSource dataSource) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		String lock = isPostgres(dataSource) ? " FOR UPDATE SKIP LOCKED" : "";
		this.claimSql = """
				UPDATE notifications SET claimed_by = :claimant, claimed_until = :leaseUntil
				WHERE id = (SELECT id FROM notifications WHERE lane = :lane AND %s
				            ORDER BY fair_seq, next_attempt_at, id LIMIT 1%s)
				  AND %s
				RETURNING fair_seq, %s
				""".formatted(CLAIMABLE, lock, CLAIMABLE, NotificationRows.COLUMNS);
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
		return this.transactions.execute((status) -> {
			for (Lane lane : lanes) {
				Optional<Notification> claimed = claimIn(lane, claimant, now, leaseUntil);
				if (claimed.isPresent()) {
					return claimed;
				}
			}
			return Optional.<Notification>empty();
		});
	}

	private Optional<Notification> claimIn(Lane lane, String claimant, Instant now, Instant leaseUntil) {
		Optional<Claimed> claimed = this.jdbc.sql(this.claimSql)
			.param("claimant", claimant)
			.param("lane", lane.code())
			.param("now", NotificationRows.timestamp(now))
			.param("leaseUntil", NotificationRows.timestamp(leaseUntil))
			.query((rs, row) -> new Claimed(NotificationRows.map(rs, row), rs.getLong("fair_seq")))
			.optional();
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
		return !this.jdbc.sql("SELECT id FROM notifications WHERE " + CLAIMABLE + " LIMIT 1")
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
		int updated = this.jdbc.sql("""
				UPDATE notifications
				SET status = :status, failure_reason = :failureReason, sent_at = :sentAt, attempts = :attempts,
				    next_attempt_at = :nextAttemptAt, claimed_by = NULL, claimed_until = NULL
				WHERE id = :id AND status = 'pending' AND claimed_by = :claimant
				""")
			.param("status", notification.status().code())
			.param("failureReason", notification.failureReason())
			.param("sentAt", NotificationRows.timestamp(notification.sentAt()))
			.param("attempts", notification.attempts())
			.param("nextAttemptAt", NotificationRows.timestamp(notification.nextAttemptAt()))
			.param("id", notification.id())
			.param("claimant", claimant)
			.update();
		if (updated != 1) {
			throw IllegalNotificationStateException.notClaimed(notification.id(), claimant);
		}
	}

	/**
	 * Gives a claimed notification back without an attempt, due as before.
	 * @param id the notification
	 * @param claimant the instance id that claimed it
	 */
	public void release(long id, String claimant) {
		this.jdbc.sql("""
				UPDATE notifications SET claimed_by = NULL, claimed_until = NULL
				WHERE id = :id AND status = 'pending' AND claimed_by = :claimant
				""").param("id", id).param("claimant", claimant).update();
	}

	/**
	 * Gives back every claim an instance holds: at its start, the claims of its previous
	 * run, which stopped without recording their outcome.
	 * @param claimant the instance id
	 * @return how many notifications were released
	 */
	public int releaseAll(String claimant) {
		return this.jdbc.sql("""
				UPDATE notifications SET claimed_by = NULL, claimed_until = NULL
				WHERE status = 'pending' AND claimed_by = :claimant
				""").param("claimant", claimant).update();
	}

	private static boolean isPostgres(DataSource dataSource) {
		try {
			return "PostgreSQL"
				.equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
		}
		catch (MetaDataAccessException ex) {
			throw new IllegalStateException("Cannot tell which database holds the notifications: " + ex.getMessage(),
					ex);
		}
	}

	/** A claimed notification and its round. */
	private record Claimed(Notification notification, long fairSeq) {
	}

}
