package com.orderplatform.notification.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.orderplatform.notification.notification.store.NotificationRows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts the send queue for operators: per lane and per waiting batch. Each question is
 * one aggregate over a partial index of the pending rows
 * ({@code idx_notifications_lane_age}, {@code idx_notifications_pending_batch}), so the
 * counts stay cheap with 100,000 queued. The statements are not one snapshot: a count may
 * be a few sends older than the next.
 */
@Repository
public class QueueStatistics {

	private final JdbcClient jdbc;

	QueueStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The queue now.
	 * @param sentSince the start of the "recently sent" window
	 * @return per lane (both, always) and per waiting batch (all, largest first)
	 */
	public Snapshot snapshot(Instant sentSince) {
		Map<Lane, Long> sent = perLane("""
				SELECT lane, COUNT(*) AS n FROM notifications
				WHERE status = 'sent' AND sent_at >= :since GROUP BY lane
				""", sentSince, (rs) -> rs.getLong("n"));
		Map<Lane, LaneCounts> lanes = new EnumMap<>(Lane.class);
		for (Lane lane : Lane.values()) {
			lanes.put(lane, new LaneCounts(0, null, sent.getOrDefault(lane, 0L)));
		}
		perLane("""
				SELECT lane, COUNT(*) AS n, MIN(created_at) AS oldest FROM notifications
				WHERE status = 'pending' GROUP BY lane
				""", null,
				(rs) -> new LaneCounts(rs.getLong("n"), NotificationRows.instant(rs.getTimestamp("oldest")), 0))
			.forEach((lane, waiting) -> lanes.put(lane,
					new LaneCounts(waiting.pending(), waiting.oldestCreatedAt(), lanes.get(lane).sentSince())));
		long failed = this.jdbc.sql("SELECT COUNT(*) FROM notifications WHERE status = 'failed'")
			.query(Long.class)
			.single();
		return new Snapshot(lanes, failed, batches());
	}

	private <T> Map<Lane, T> perLane(String sql, Instant since, ColumnReader<T> reader) {
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql);
		if (since != null) {
			statement = statement.param("since", NotificationRows.timestamp(since));
		}
		Map<Lane, T> values = new EnumMap<>(Lane.class);
		statement.query((rs, row) -> Map.entry(Lane.fromCode(rs.getString("lane")), reader.read(rs)))
			.list()
			.forEach((entry) -> values.put(entry.getKey(), entry.getValue()));
		return values;
	}

	/** Reads a value from the current row. */
	@FunctionalInterface
	private interface ColumnReader<T> {

		T read(ResultSet rs) throws SQLException;

	}

	private List<BatchCounts> batches() {
		return this.jdbc.sql("""
				SELECT batch_id, COUNT(*) AS waiting, MIN(created_at) AS oldest FROM notifications
				WHERE status = 'pending' AND lane = 'bulk'
				GROUP BY batch_id ORDER BY waiting DESC, batch_id
				""")
			.query((rs, row) -> new BatchCounts(rs.getString("batch_id"), rs.getLong("waiting"),
					NotificationRows.instant(rs.getTimestamp("oldest"))))
			.list();
	}

	/**
	 * The queue at one moment.
	 *
	 * @param lanes the counts of each lane
	 * @param failed notifications that failed for good
	 * @param batches the batches with messages waiting in the bulk lane, largest first
	 */
	public record Snapshot(Map<Lane, LaneCounts> lanes, long failed, List<BatchCounts> batches) {
	}

	/**
	 * One lane's counts.
	 *
	 * @param pending notifications waiting, including those being sent or retried
	 * @param oldestCreatedAt when the oldest of them was queued, {@code null} if none
	 * @param sentSince notifications of the lane sent since the moment asked about
	 */
	public record LaneCounts(long pending, Instant oldestCreatedAt, long sentSince) {
	}

	/**
	 * One batch's messages waiting in the bulk lane.
	 *
	 * @param batchId the batch
	 * @param pending how many wait
	 * @param oldestCreatedAt when the oldest of them was queued
	 */
	public record BatchCounts(String batchId, long pending, Instant oldestCreatedAt) {
	}

}
