-- Imports that heal themselves (order-service README, "CSV import: API").
-- run_mode: what the next run of a job does: 'import' (validate, then create the orders),
-- 'resume' (go on creating orders from checkpoint_key, once processing has started) or
-- 'recharge' (a retry: charge the job's pending orders again, then end).
-- checkpoint_key: where the current run mode has got to (the group key of the last order
-- of the last finished chunk, or for 'recharge' the last order id), so a resumed run
-- starts after it instead of walking the whole file again.
-- waiting_*: an outage of the payment or notification service the job waits out
-- (waiting_for 'payments' or 'notifications', why, since when, how many attempts so far)
-- and next_attempt_at, the time a parked job is taken up again (NULL while a runner has
-- it).

ALTER TABLE import_jobs ADD COLUMN run_mode VARCHAR(16) NOT NULL DEFAULT 'import'
    CHECK (run_mode IN ('import', 'resume', 'recharge'));
ALTER TABLE import_jobs ADD COLUMN checkpoint_key TEXT;
ALTER TABLE import_jobs ADD COLUMN waiting_for VARCHAR(16)
    CHECK (waiting_for IN ('payments', 'notifications'));
ALTER TABLE import_jobs ADD COLUMN waiting_reason TEXT;
ALTER TABLE import_jobs ADD COLUMN waiting_since TIMESTAMP WITH TIME ZONE;
ALTER TABLE import_jobs ADD COLUMN wait_attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_jobs ADD COLUMN next_attempt_at TIMESTAMP WITH TIME ZONE;

-- Jobs that reached processing before this version resume processing when run again.
UPDATE import_jobs SET run_mode = 'resume' WHERE status IN ('processing', 'completed', 'completed_with_errors');
