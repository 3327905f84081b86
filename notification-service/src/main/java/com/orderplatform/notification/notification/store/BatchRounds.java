package com.orderplatform.notification.notification.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.orderplatform.notification.notification.Lane;
import com.orderplatform.notification.notification.Notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Hands out the rounds ({@code fair_seq}) of new bulk messages, so that batches take
 * turns without the claim having to count anything: the claim takes the lowest round
 * first.
 * <p>
 * A batch's messages get consecutive rounds, starting at the batch's next round or at the
 * lane's current round ({@code notification_lanes.clock}), whichever is later. A new
 * 100-message import therefore starts at the round being sent and interleaves with a
 * 100,000-message one at once, and a batch that comes back after a pause gets no credit
 * for the rounds it missed. Fairness is decided here, at write time (as Hatchet does it),
 * because a claim-time {@code ROW_NUMBER() OVER (PARTITION BY batch_id)} would read every
 * queued row on every claim and cannot be combined with {@code FOR UPDATE}.
 * <p>
 * The reservation is one upsert, atomic on both engines: on PostgreSQL it holds the
 * batch's row until the transaction ends, so concurrent requests for one batch get
 * disjoint rounds; on SQLite one write transaction runs at a time anyway.
 */
@Repository
class BatchRounds {

	private static final String RESERVE = """
			INSERT INTO notification_batches (batch_id, next_seq)
			VALUES (:batchId, (SELECT clock FROM notification_lanes WHERE lane = 'bulk') + :count)
			ON CONFLICT (batch_id) DO UPDATE SET next_seq = CASE
			    WHEN notification_batches.next_seq + :count > excluded.next_seq THEN notification_batches.next_seq + :count
			    ELSE excluded.next_seq END
			RETURNING next_seq - :count AS first_seq
			""";

	private final JdbcClient jdbc;

	BatchRounds(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The round of each new notification: consecutive rounds per batch, in list order,
	 * for bulk ones; 0 for transactional ones. Call it in the transaction that inserts
	 * them, so that a rollback gives the rounds back.
	 * @param notifications new notifications, none of them stored yet
	 * @return their rounds, in the same order
	 */
	long[] assign(List<Notification> notifications) {
		Map<String, Integer> perBatch = new LinkedHashMap<>();
		for (Notification notification : notifications) {
			if (notification.lane() == Lane.BULK) {
				perBatch.merge(notification.batchId(), 1, Integer::sum);
			}
		}
		Map<String, Long> next = new LinkedHashMap<>();
		perBatch.forEach((batchId, count) -> next.put(batchId, reserve(batchId, count)));
		long[] rounds = new long[notifications.size()];
		for (int i = 0; i < rounds.length; i++) {
			Notification notification = notifications.get(i);
			if (notification.lane() == Lane.BULK) {
				rounds[i] = next.merge(notification.batchId(), 1L, Long::sum) - 1;
			}
		}
		return rounds;
	}

	private long reserve(String batchId, int count) {
		return this.jdbc.sql(RESERVE).param("batchId", batchId).param("count", count).query(Long.class).single();
	}

}
