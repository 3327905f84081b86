-- CSV bulk import: the durable job queue (import_jobs), the validated rows of each job
-- (import_rows, a staging table the processing phase reads back in group-key order) and
-- every row's errors (import_errors). Portable SQLite/PostgreSQL; times come from the
-- application's clock. Orders created by an import carry the job id in batch_id and the
-- order's first row in import_row_number, unique together, so a re-run chunk never
-- creates an order twice (API orders have both NULL, and NULLs never collide).

CREATE TABLE import_jobs (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    filename VARCHAR(255) NOT NULL,
    sha256 VARCHAR(64) NOT NULL,
    file_size BIGINT NOT NULL,
    idempotency_key VARCHAR(255),
    status VARCHAR(32) NOT NULL,
    phase VARCHAR(32),
    dry_run BOOLEAN NOT NULL,
    notify VARCHAR(16) NOT NULL,
    error_policy VARCHAR(16) NOT NULL,
    max_errors VARCHAR(16),
    requested_encoding VARCHAR(32),
    encoding VARCHAR(64),
    delimiter VARCHAR(8),
    total_rows INTEGER,
    processed_rows INTEGER NOT NULL DEFAULT 0,
    success_rows INTEGER NOT NULL DEFAULT 0,
    failed_rows INTEGER NOT NULL DEFAULT 0,
    order_count INTEGER NOT NULL DEFAULT 0,
    failed_order_count INTEGER NOT NULL DEFAULT 0,
    warnings TEXT,
    error_code VARCHAR(64),
    error TEXT,
    cancel_requested BOOLEAN NOT NULL DEFAULT FALSE,
    created_by VARCHAR(255) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at TIMESTAMP WITH TIME ZONE,
    finished_at TIMESTAMP WITH TIME ZONE,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_by VARCHAR(255),
    claimed_until TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_import_jobs_idempotency_key UNIQUE (idempotency_key),
    CONSTRAINT ck_import_jobs_status CHECK (status IN ('queued', 'validating', 'validated', 'processing',
        'completed', 'completed_with_errors', 'failed', 'cancelled'))
);

CREATE INDEX ix_import_jobs_status ON import_jobs (status, created_at);
CREATE INDEX ix_import_jobs_sha256 ON import_jobs (sha256);
CREATE INDEX ix_import_jobs_created_at ON import_jobs (created_at, id);

CREATE TABLE import_rows (
    job_id VARCHAR(64) NOT NULL REFERENCES import_jobs (id) ON DELETE CASCADE,
    row_number INTEGER NOT NULL,
    group_key TEXT NOT NULL,
    valid BOOLEAN NOT NULL,
    error_count INTEGER NOT NULL,
    order_ref TEXT,
    customer_email TEXT,
    customer_name TEXT,
    product_name TEXT,
    quantity INTEGER,
    unit_price BIGINT,
    notes TEXT,
    order_id BIGINT,
    PRIMARY KEY (job_id, row_number)
);

CREATE INDEX ix_import_rows_group ON import_rows (job_id, group_key, row_number);

CREATE TABLE import_errors (
    id ${id_pk},
    job_id VARCHAR(64) NOT NULL REFERENCES import_jobs (id) ON DELETE CASCADE,
    row_number INTEGER NOT NULL,
    column_name VARCHAR(64),
    code VARCHAR(64) NOT NULL,
    message TEXT NOT NULL
);

CREATE INDEX ix_import_errors_job_row ON import_errors (job_id, row_number);

ALTER TABLE orders ADD COLUMN csv_source VARCHAR(255);

CREATE UNIQUE INDEX uq_orders_batch_row ON orders (batch_id, import_row_number);
