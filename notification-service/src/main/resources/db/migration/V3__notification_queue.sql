-- The durable send queue. A notification is queued as 'pending' and a dispatcher sends it
-- later; the status values stay pending / sent / failed (a notification being sent is a
-- pending one with a live claim).
--
-- batch_id groups the notifications of one import. idempotency_key is the caller's name
-- for a message: a request that repeats a key gets the existing notification back, and
-- the unique index makes that hold under concurrent requests too (NULLs never collide).
-- attempts counts finished delivery attempts; next_attempt_at is when a pending
-- notification may next be tried (now, or later after a transient failure).
-- claimed_by / claimed_until are a dispatcher's lease on a notification it is sending:
-- another dispatcher may take it over only once the lease has run out, so a crashed
-- instance's message is sent again (at least once) and a live one's never twice.
ALTER TABLE notifications ADD COLUMN batch_id VARCHAR(100);
ALTER TABLE notifications ADD COLUMN idempotency_key VARCHAR(200);
ALTER TABLE notifications ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE notifications ADD COLUMN next_attempt_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE notifications ADD COLUMN claimed_by VARCHAR(200);
ALTER TABLE notifications ADD COLUMN claimed_until TIMESTAMP WITH TIME ZONE;

-- Notifications recorded before the queue: each sent or failed one had one attempt; a
-- pending one was left behind by a process that stopped mid-send and is due now.
UPDATE notifications SET attempts = 1 WHERE status IN ('sent', 'failed');
UPDATE notifications SET next_attempt_at = created_at WHERE status = 'pending';

CREATE UNIQUE INDEX uq_notifications_idempotency_key ON notifications (idempotency_key);
CREATE INDEX idx_notifications_batch_id ON notifications (batch_id, created_at);
CREATE INDEX idx_notifications_due ON notifications (status, next_attempt_at);
CREATE INDEX idx_notifications_sent_at ON notifications (sent_at);

-- The global send pace, shared by every instance of the service: the earliest moment
-- (microseconds since the epoch) at which the next send may start. A dispatcher takes the
-- permit with one conditional UPDATE that succeeds only once that moment has come and
-- moves it to now plus one interval, so no two sends, from whichever instance, start
-- closer together than the rate limit allows.
CREATE TABLE notification_send_pace (
    id INTEGER NOT NULL PRIMARY KEY,
    next_send_micros BIGINT NOT NULL,
    CONSTRAINT ck_notification_send_pace_single_row CHECK (id = 1)
);

INSERT INTO notification_send_pace (id, next_send_micros) VALUES (1, 0);
