-- The payment gateway simulator's charge ledger: one row per approved charge, keyed by
-- the idempotency key the payment service sent with it. A charge repeated with a key that
-- is here is answered with this approval and takes no money again, whichever instance of
-- the payment service sends it and however often it restarted. A declined charge took no
-- money and leaves no row. Tests count the rows per order to prove an order was never
-- charged twice (test-support's GatewayLedger). It lives in the payment database because
-- the simulator runs inside the payment service; a real gateway keeps its own.

CREATE TABLE gateway_charges (
    idempotency_key VARCHAR(200) NOT NULL PRIMARY KEY,
    order_id BIGINT NOT NULL,
    amount BIGINT NOT NULL,
    currency VARCHAR(3) NOT NULL,
    transaction_id VARCHAR(100) NOT NULL,
    approved_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_gateway_charges_amount CHECK (amount > 0)
);

CREATE INDEX ix_gateway_charges_order_id ON gateway_charges (order_id);
