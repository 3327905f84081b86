-- Operations data (issue #17).
--
-- Each order item keeps its notes: the CSV import's notes / 備考 column, or notes in
-- POST /api/v1/orders; at most 500 characters, as the import validates them. NULL when
-- there are none.

ALTER TABLE order_items ADD COLUMN notes VARCHAR(500);
