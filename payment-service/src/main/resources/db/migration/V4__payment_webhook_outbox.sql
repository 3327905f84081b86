-- The transactional outbox of the webhooks to the order service. A row is inserted in the
-- transaction that changes a payment's status, so the webhook is owed exactly when the
-- change committed, and it survives a crash of the instance. Any instance drains it: it
-- claims due rows with a lease (claimed_by, claimed_until; common.lease), POSTs them with
-- no transaction open, and marks them delivered, or due again later with back-off, or
-- failed when the order service refused them or every attempt was used. The id is the
-- event's stable id, sent with every attempt (X-OMS-Event-Id). The payload is the exact
-- JSON sent, kept as text so that the signature covers the bytes that were stored.

CREATE TABLE payment_webhook_outbox (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    payment_id BIGINT NOT NULL,
    order_id BIGINT NOT NULL,
    event_type VARCHAR(40) NOT NULL,
    payload TEXT NOT NULL,
    request_id VARCHAR(200),
    status VARCHAR(20) NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at TIMESTAMP WITH TIME ZONE,
    last_error VARCHAR(500),
    claimed_by VARCHAR(200),
    claimed_until TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ck_payment_webhook_outbox_status CHECK (status IN ('pending', 'delivered', 'failed'))
);

-- The drainer's claim: pending rows that are due, oldest first.
CREATE INDEX ix_payment_webhook_outbox_due ON payment_webhook_outbox (status, next_attempt_at);
