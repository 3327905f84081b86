-- Orders, their line items and their status history. Money is whole yen in BIGINT (JPY has
-- no fractional part; the spec's FLOAT columns are not copied). Times are set by the
-- application's clock, never by database defaults. ${id_pk} is filled in per database.

CREATE TABLE orders (
    id ${id_pk},
    customer_email VARCHAR(254) NOT NULL,
    customer_name VARCHAR(200) NOT NULL,
    status VARCHAR(32) NOT NULL,
    status_reason VARCHAR(1000),
    total_amount BIGINT NOT NULL,
    currency VARCHAR(3) NOT NULL DEFAULT 'JPY',
    batch_id VARCHAR(64),
    import_row_number INTEGER,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_orders_status CHECK (status IN ('pending', 'payment_processing', 'paid', 'shipped', 'delivered', 'cancelled')),
    CONSTRAINT ck_orders_total_amount CHECK (total_amount >= 0)
);

-- One index per list filter; created_at carries id too because lists sort by both.
CREATE INDEX ix_orders_status ON orders (status);
CREATE INDEX ix_orders_customer_email ON orders (customer_email);
CREATE INDEX ix_orders_batch_id ON orders (batch_id);
CREATE INDEX ix_orders_created_at ON orders (created_at, id);

CREATE TABLE order_items (
    id ${id_pk},
    order_id BIGINT NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    product_name VARCHAR(200) NOT NULL,
    quantity INTEGER NOT NULL,
    unit_price BIGINT NOT NULL,
    CONSTRAINT ck_order_items_quantity CHECK (quantity > 0),
    CONSTRAINT ck_order_items_unit_price CHECK (unit_price > 0)
);

CREATE INDEX ix_order_items_order_id ON order_items (order_id);

CREATE TABLE order_status_history (
    id ${id_pk},
    order_id BIGINT NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    from_status VARCHAR(32),
    to_status VARCHAR(32) NOT NULL,
    reason VARCHAR(1000),
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_order_status_history_order_id ON order_status_history (order_id);
