-- Batch payments: the caller's id of the batch that made (or last attempted) a payment,
-- NULL for a single payment. A re-sent batch finds its own payments by it, and the list
-- endpoint filters by it (newest first) for reconciliation.

ALTER TABLE payments ADD COLUMN batch_id VARCHAR(64);

CREATE INDEX ix_payments_batch_id_created_at ON payments (batch_id, created_at);
