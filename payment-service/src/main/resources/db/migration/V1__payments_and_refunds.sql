-- Payments and their refunds. Money is whole yen (BIGINT); timestamps are always set by
-- the application's clock, never by a database default.

CREATE TABLE payments (
    id ${id_pk},
    order_id BIGINT NOT NULL,
    amount BIGINT NOT NULL,
    currency VARCHAR(3) NOT NULL,
    status VARCHAR(20) NOT NULL,
    payment_method VARCHAR(40) NOT NULL DEFAULT 'credit_card',
    transaction_id VARCHAR(100) NOT NULL,
    failure_reason VARCHAR(500),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    -- One payment per order (spec FR-014): a failed payment is re-attempted in place.
    CONSTRAINT uq_payments_order_id UNIQUE (order_id),
    CONSTRAINT uq_payments_transaction_id UNIQUE (transaction_id),
    CONSTRAINT ck_payments_amount CHECK (amount > 0),
    CONSTRAINT ck_payments_status CHECK (status IN ('pending', 'processing', 'completed', 'failed', 'refunded'))
);

-- The list endpoint filters by status and sorts newest first.
CREATE INDEX ix_payments_status_created_at ON payments (status, created_at);
CREATE INDEX ix_payments_created_at ON payments (created_at);

CREATE TABLE refunds (
    id ${id_pk},
    payment_id BIGINT NOT NULL REFERENCES payments (id),
    amount BIGINT NOT NULL,
    reason VARCHAR(500) NOT NULL,
    status VARCHAR(20) NOT NULL DEFAULT 'completed',
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    -- Refunds are always in full, so a payment has at most one: this holds even when two
    -- refund requests race.
    CONSTRAINT uq_refunds_payment_id UNIQUE (payment_id),
    CONSTRAINT ck_refunds_amount CHECK (amount > 0)
);
