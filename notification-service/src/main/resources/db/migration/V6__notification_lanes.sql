-- Notification lanes (issue #17): a single order's messages go before the confirmations of
-- an import, and the imports share what is left fairly, all under the one global pace.
--
-- lane: 'bulk' for the messages of a batch (an import's confirmations: the bulk API with a
-- batch_id), 'transactional' for everything else, including an import's one summary to its
-- uploader. fair_seq: a bulk message's round in the round-robin between batches, assigned
-- when it is queued (0 for transactional ones). The claim takes the lowest round first, so
-- batches take turns: a 100-message import queued behind a 100,000-message one starts at
-- the current round and interleaves with it at once.
ALTER TABLE notifications ADD COLUMN lane VARCHAR(15) NOT NULL DEFAULT 'transactional'
    CONSTRAINT ck_notifications_lane CHECK (lane IN ('transactional', 'bulk'));
ALTER TABLE notifications ADD COLUMN fair_seq BIGINT NOT NULL DEFAULT 0;

UPDATE notifications SET lane = 'bulk' WHERE batch_id IS NOT NULL AND template_name <> 'IMPORT_SUMMARY';

-- Messages queued before the lanes: each batch's pending ones take their rounds in the
-- order they were queued (0, 1, 2 …), so the batches already waiting share fairly at once.
UPDATE notifications SET fair_seq = ranked.seq
FROM (SELECT id, ROW_NUMBER() OVER (PARTITION BY batch_id ORDER BY id) - 1 AS seq
      FROM notifications WHERE status = 'pending' AND lane = 'bulk') AS ranked
WHERE notifications.id = ranked.id;

-- Per batch, the round its next message gets (unless the lane has moved past it).
CREATE TABLE notification_batches (
    batch_id VARCHAR(100) NOT NULL PRIMARY KEY,
    next_seq BIGINT NOT NULL
);

INSERT INTO notification_batches (batch_id, next_seq)
SELECT batch_id, MAX(fair_seq) + 1 FROM notifications WHERE status = 'pending' AND lane = 'bulk' GROUP BY batch_id;

-- Per lane, the round being sent: the highest fair_seq claimed so far. A batch queued now
-- starts there, so it neither jumps ahead of the batches waiting nor queues behind them.
CREATE TABLE notification_lanes (
    lane VARCHAR(15) NOT NULL PRIMARY KEY,
    clock BIGINT NOT NULL
);

INSERT INTO notification_lanes (lane, clock) VALUES ('bulk', 0);

-- Every send permit is numbered; every Nth is offered to the bulk lane first, so imports
-- keep a floor of the rate however many single-order messages arrive.
ALTER TABLE notification_send_pace ADD COLUMN permits BIGINT NOT NULL DEFAULT 0;

-- The claim walks this index in order within one lane; the others answer the queue's
-- per-lane and per-batch figures without reading the rows.
CREATE INDEX idx_notifications_claim ON notifications (lane, fair_seq, next_attempt_at, id) WHERE status = 'pending';
CREATE INDEX idx_notifications_lane_age ON notifications (lane, created_at) WHERE status = 'pending';
CREATE INDEX idx_notifications_pending_batch ON notifications (batch_id, created_at)
    WHERE status = 'pending' AND lane = 'bulk';
