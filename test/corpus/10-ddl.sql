-- Schema changes on tables with data: columns, constraints (rebuilds in SQLite), views, TRUNCATE.

-- @must
ALTER TABLE customers ADD COLUMN phone varchar(20);
ALTER TABLE customers ADD COLUMN loyalty_points int NOT NULL DEFAULT 0;
ALTER TABLE customers ADD COLUMN tier char(1) DEFAULT 'b';
ALTER TABLE customers ADD COLUMN IF NOT EXISTS phone varchar(20);
ALTER TABLE customers ADD COLUMN phone text;
SELECT id, phone, loyalty_points, tier FROM customers ORDER BY id;
UPDATE customers SET phone = '+1-555-0100', loyalty_points = 10 WHERE id = 1 RETURNING phone, loyalty_points, tier;
-- @must
ALTER TABLE customers DROP COLUMN tier;
ALTER TABLE customers DROP COLUMN IF EXISTS tier;
ALTER TABLE customers DROP COLUMN tier;
SELECT * FROM customers WHERE id = 1;
ALTER TABLE products ADD COLUMN discontinued date;
-- @must
ALTER TABLE products ADD CONSTRAINT products_stock_nonneg CHECK (stock >= 0);
UPDATE products SET stock = -1 WHERE id = 1;
ALTER TABLE products ADD CONSTRAINT products_rating_max CHECK (rating <= 4);
SELECT id, sku, stock FROM products ORDER BY id;
-- @must
ALTER TABLE kv ADD CONSTRAINT kv_v_unique UNIQUE (v);
INSERT INTO kv (k, v) VALUES ('dup', 'ALPHA2');
INSERT INTO kv (k, v) VALUES ('dup', 'new-value') RETURNING k, v;
ALTER TABLE orders ADD CONSTRAINT orders_code_key UNIQUE (code);
ALTER TABLE audit_log ADD COLUMN customer_id int;
UPDATE audit_log SET customer_id = 1 WHERE entity_id = 1;
-- @must
ALTER TABLE audit_log ADD CONSTRAINT audit_log_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);
INSERT INTO audit_log (entity, action, customer_id) VALUES ('fk', 'bad', 999);
INSERT INTO audit_log (entity, action, customer_id) VALUES ('fk', 'good', 2) RETURNING entity, customer_id;
SELECT id, entity, customer_id FROM audit_log ORDER BY id;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_customer_fk2 FOREIGN KEY (entity_id) REFERENCES customers (id);
ALTER TABLE tags ADD CONSTRAINT tags_name_len CHECK (length(name) > 1);
INSERT INTO tags (name) VALUES ('x');
ALTER TABLE tags RENAME COLUMN name TO label;
SELECT id, label FROM tags ORDER BY id;
ALTER TABLE tags RENAME TO labels;
SELECT count(*) FROM labels;
SELECT count(*) FROM tags;
ALTER TABLE labels RENAME TO tags;
ALTER TABLE tags ALTER COLUMN label SET DEFAULT 'unnamed';
INSERT INTO tags DEFAULT VALUES RETURNING label;
ALTER TABLE tags ALTER COLUMN label DROP DEFAULT;
ALTER TABLE kv ALTER COLUMN v SET NOT NULL;
ALTER TABLE kv ALTER COLUMN n TYPE bigint;
CREATE TABLE IF NOT EXISTS notes (id serial PRIMARY KEY, body text NOT NULL);
ALTER TABLE notes ADD PRIMARY KEY (id);
CREATE TABLE keyless (a int, b text);
INSERT INTO keyless VALUES (1, 'x'), (2, 'y'), (2, 'z');
ALTER TABLE keyless ADD PRIMARY KEY (a);
DELETE FROM keyless WHERE b = 'z';
ALTER TABLE keyless ADD PRIMARY KEY (a);
INSERT INTO keyless VALUES (1, 'again');
-- @must
CREATE VIEW customer_totals AS SELECT c.id, c.name, count(o.id) AS orders, coalesce(sum(o.total), 0) AS spent FROM customers c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.id, c.name;
SELECT * FROM customer_totals ORDER BY id;
SELECT name FROM customer_totals WHERE spent > 100 ORDER BY name;
CREATE OR REPLACE VIEW customer_totals AS SELECT c.id, c.name, count(o.id) AS orders, coalesce(sum(o.total), 0) AS spent, max(o.ordered_at) AS last_order FROM customers c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.id, c.name;
SELECT id, last_order FROM customer_totals ORDER BY id;
CREATE VIEW paid_orders (order_id, amount) AS SELECT id, total FROM orders WHERE status = 'paid';
SELECT * FROM paid_orders ORDER BY order_id;
CREATE VIEW customer_totals AS SELECT 1;
-- @must
DROP VIEW paid_orders;
DROP VIEW IF EXISTS paid_orders;
DROP VIEW paid_orders;
DROP VIEW customer_totals;
CREATE INDEX kv_n_idx ON kv (n) WHERE n IS NOT NULL;
CREATE INDEX customers_lower_email_idx ON customers (lower(email));
CREATE UNIQUE INDEX kv_v_n_idx ON kv (v, n);
DROP INDEX kv_n_idx;
DROP INDEX IF EXISTS kv_n_idx;
DROP INDEX kv_n_idx;
COMMENT ON TABLE customers IS 'people who buy';
COMMENT ON COLUMN customers.email IS 'login';
VACUUM;
VACUUM ANALYZE customers;
ANALYZE orders;
-- @must
TRUNCATE notes;
INSERT INTO notes (body) VALUES ('one'), ('two') RETURNING id;
TRUNCATE notes;
INSERT INTO notes (body) VALUES ('three') RETURNING id;
TRUNCATE TABLE notes RESTART IDENTITY;
INSERT INTO notes (body) VALUES ('four') RETURNING id;
TRUNCATE notes, keyless;
SELECT (SELECT count(*) FROM notes) AS notes, (SELECT count(*) FROM keyless) AS keyless;
TRUNCATE customers;
DROP TABLE notes;
DROP TABLE IF EXISTS notes, keyless;
DROP TABLE customers;
CREATE SCHEMA IF NOT EXISTS public;
CREATE SEQUENCE order_no_seq;
CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TEMP TABLE scratch (id int, v text);
INSERT INTO scratch VALUES (1, 'a');
SELECT * FROM scratch;
DROP TABLE scratch;
