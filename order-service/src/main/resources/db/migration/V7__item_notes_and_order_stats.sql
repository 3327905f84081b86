-- Operations data (issue #17).
--
-- Each order item keeps its notes: the CSV import's notes / 備考 column, or notes in
-- POST /api/v1/orders; at most 500 characters, as the import validates them. NULL when
-- there are none.

ALTER TABLE order_items ADD COLUMN notes VARCHAR(500);

-- The figures of GET /api/v1/orders/stats: per quarter hour (UTC) in which orders were
-- placed and per status they are in now, how many there are and their total. The order
-- repositories keep it in step with orders in the same transactions (OrderStatsRollup), so
-- a period of days costs at most 96 rows per day and status, whatever the number of orders;
-- quarter hours because every time zone's offset is a multiple of one, so any zone's days
-- are whole sets of them. quarter_hour counts quarter hours since 1970-01-01T00:00Z.
-- Orders placed before this migration are counted here once.

CREATE TABLE order_stats (
    quarter_hour BIGINT NOT NULL,
    status VARCHAR(32) NOT NULL,
    order_count BIGINT NOT NULL,
    total_amount BIGINT NOT NULL,
    CONSTRAINT pk_order_stats PRIMARY KEY (quarter_hour, status)
);

INSERT INTO order_stats (quarter_hour, status, order_count, total_amount)
SELECT ${created_quarter_hour}, status, COUNT(*), SUM(total_amount)
FROM orders
GROUP BY ${created_quarter_hour}, status;

-- The list's filters (status, customer, import batch) each with created_at and id behind
-- them: the list sorts by (created_at, id) and the orders export pages through a filter by
-- that keyset, so both read one index range in order instead of sorting every match.
-- They replace V1's single-column indexes, which they serve as well.

DROP INDEX ix_orders_status;
DROP INDEX ix_orders_customer_email;
DROP INDEX ix_orders_batch_id;

CREATE INDEX ix_orders_status ON orders (status, created_at, id);
CREATE INDEX ix_orders_customer_email ON orders (customer_email, created_at, id);
CREATE INDEX ix_orders_batch_id ON orders (batch_id, created_at, id);
