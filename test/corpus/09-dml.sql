-- UPDATE, DELETE, upserts, RETURNING, identity columns.

-- @must
UPDATE customers SET vip = true WHERE id = 4;
UPDATE customers SET vip = 'false' WHERE id = 4 RETURNING vip;
-- @must
UPDATE customers SET credit = credit + 10.005 WHERE id = 2 RETURNING credit;
UPDATE customers SET credit = '77.1' WHERE id = 3 RETURNING credit;
UPDATE customers SET last_login = '2024-06-01T12:00:00' WHERE id = 3 RETURNING last_login;
UPDATE customers SET created_at = '2024-06-01T12:00:00+02:00' WHERE id = 5 RETURNING created_at;
UPDATE customers SET country = 'de' WHERE id = 5 RETURNING country, length(country);
UPDATE customers SET external_id = 'D0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A14' WHERE id = 4 RETURNING external_id;
UPDATE customers SET birth_date = '1969-12-28' WHERE email = 'linus@example.com' RETURNING birth_date;
UPDATE customers SET credit = -1 WHERE id = 1;
UPDATE customers SET email = 'alan@example.com' WHERE id = 1;
UPDATE customers SET name = NULL WHERE id = 1;
UPDATE customers SET vip = 'sometimes' WHERE id = 1;
UPDATE customers SET nosuch = 1 WHERE id = 1;
UPDATE customers SET credit = credit * 2 WHERE country = 'US' RETURNING id, credit;
UPDATE customers SET credit = credit / 2 WHERE country = 'US';
UPDATE products SET stock = stock - 1 WHERE id = 1 AND stock > 0 RETURNING stock;
UPDATE products SET price = price * 1.1 WHERE sku LIKE 'CB%' RETURNING price;
-- @must
UPDATE products SET warranty = warranty + interval '6 months' WHERE warranty IS NOT NULL AND id < 3 RETURNING warranty;
UPDATE products SET active = NOT active WHERE id IN (5, 6) RETURNING id, active;
UPDATE products SET attrs = '{"color":"white"}', tags = NULL WHERE id = 4 RETURNING attrs, tags;
UPDATE products SET image = '\xcafe' WHERE id = 2 RETURNING image;
UPDATE products SET weight_kg = 0.5, rating = rating - 0.25 WHERE id = 2 RETURNING weight_kg, rating;
UPDATE products SET id = 500 WHERE id = 1;
UPDATE orders SET status = 'shipped', ship_date = '2024-06-02' WHERE id = 3 RETURNING id, status, ship_date;
UPDATE orders SET code = 'Z9' WHERE id = 3 RETURNING code, code = 'Z9';
UPDATE orders SET total = (SELECT sum(quantity * unit_price) FROM order_items WHERE order_id = orders.id) WHERE id IN (8, 9) RETURNING id, total;
UPDATE orders SET note = 'bulk' FROM customers WHERE customers.id = orders.customer_id AND customers.country = 'NL' RETURNING orders.id, orders.note;
UPDATE orders SET ordered_at = ordered_at + interval '1 hour' WHERE id = 1 RETURNING ordered_at;
UPDATE orders SET status = 'archived' WHERE id = 1;
UPDATE order_items SET discount = 0.15 WHERE order_id = 1 RETURNING order_id, line, discount;
UPDATE order_items SET quantity = quantity + 1 WHERE order_id = 999;
UPDATE kv SET v = upper(v), n = n + 1 WHERE k IN ('a', 'b') RETURNING k, v, n;
UPDATE kv SET updated = '2024-07-01 00:00:00Z' WHERE k = 'c' RETURNING updated;
-- params: [3, 1]
UPDATE products SET stock = stock + $1 WHERE id = $2 RETURNING id, stock;
-- params: ["1.99", "CB-004"]
UPDATE products SET price = $1 WHERE sku = $2 RETURNING price;
-- params: ["true", 7]
UPDATE customers SET vip = $1 WHERE id = $2 RETURNING vip;
-- params: ["2024-08-01T08:00:00.5Z", 7]
UPDATE customers SET created_at = $1 WHERE id = $2 RETURNING created_at;
-- params: [null, 8]
UPDATE customers SET birth_date = $1 WHERE id = $2;
-- @must
INSERT INTO kv (k, v, n) VALUES ('a', 'alpha2', 10) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v, n = kv.n + EXCLUDED.n RETURNING k, v, n;
INSERT INTO kv (k, v, n) VALUES ('z', 'zeta', 26) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v RETURNING k, v, n;
INSERT INTO kv (k, v) VALUES ('a', 'ignored') ON CONFLICT DO NOTHING;
INSERT INTO kv (k, v) VALUES ('a', 'ignored') ON CONFLICT (k) DO NOTHING RETURNING k;
INSERT INTO kv (k, v, n) VALUES ('b', 'x', 1), ('y', 'why', 25) ON CONFLICT (k) DO UPDATE SET n = kv.n * 100 WHERE kv.n < 50 RETURNING k, n;
INSERT INTO kv (k, updated) VALUES ('b', '2024-09-09T09:09:09Z') ON CONFLICT (k) DO UPDATE SET updated = EXCLUDED.updated RETURNING updated;
-- @must
INSERT INTO kv AS t (k, n) VALUES ('c', 5) ON CONFLICT (k) DO UPDATE SET n = t.n + EXCLUDED.n RETURNING t.n;
INSERT INTO customers (email, name, created_at) VALUES ('ada@example.com', 'Ada Again', '2024-01-01 00:00:00+00') ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name RETURNING id, name;
-- @must
INSERT INTO customers (email, name, created_at) VALUES ('ada@example.com', 'Ada Lovelace', '2024-01-01 00:00:00+00') ON CONFLICT ON CONSTRAINT customers_email_key DO UPDATE SET name = EXCLUDED.name RETURNING id, name;
INSERT INTO tags (name) VALUES ('sale') ON CONFLICT (name) DO NOTHING;
INSERT INTO tags (name) SELECT 'tag-' || g FROM generate_series(1, 3) g RETURNING id, name;
-- params: ["k1", "v1", 1]
INSERT INTO kv (k, v, n) VALUES ($1, $2, $3) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v, n = kv.n + 1 RETURNING k, v, n;
-- params: ["k1", "v2", 1]
INSERT INTO kv (k, v, n) VALUES ($1, $2, $3) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v, n = kv.n + 1 RETURNING k, v, n;
INSERT INTO products (sku, title, price) OVERRIDING SYSTEM VALUE VALUES ('OV-001', 'Override', 5) RETURNING id;
INSERT INTO products (id, sku, title, price) OVERRIDING SYSTEM VALUE VALUES (1000, 'OV-002', 'Override Id', 5) RETURNING id;
INSERT INTO products (sku, title, price) VALUES ('OV-003', 'After Override', 5) RETURNING id;
INSERT INTO audit_log (entity, action) VALUES ('x', 'a') RETURNING id;
INSERT INTO audit_log (id, entity, action) VALUES (51, 'x', 'b') RETURNING id;
INSERT INTO audit_log (entity, action) VALUES ('x', 'c') RETURNING id;
INSERT INTO audit_log (entity, entity_id, action, at) SELECT 'order', id, 'ship', '2024-06-01 00:00:00' FROM orders WHERE status = 'shipped' ORDER BY id RETURNING entity_id;
-- @must
DELETE FROM kv WHERE k = 'z';
DELETE FROM kv WHERE k LIKE 'copy-%' RETURNING k;
DELETE FROM kv WHERE n > 1000;
DELETE FROM kv WHERE k = 'nosuch';
DELETE FROM audit_log WHERE entity = 'x' RETURNING id, entity;
-- @must
DELETE FROM order_items oi USING orders o WHERE oi.order_id = o.id AND o.status = 'cancelled' RETURNING oi.order_id, oi.line;
DELETE FROM orders WHERE status = 'cancelled' RETURNING id;
DELETE FROM products WHERE id = 2;
DELETE FROM customers WHERE id = 6;
SELECT count(*) FROM orders WHERE customer_id = 6;
-- params: ["y"]
DELETE FROM kv WHERE k = $1 RETURNING k, v, n;
-- params: [10]
DELETE FROM tags WHERE id > $1;
SELECT * FROM kv ORDER BY k;
SELECT id, name, vip, credit, country, created_at, external_id FROM customers ORDER BY id;
SELECT id, sku, price, stock, warranty, active, image FROM products ORDER BY id;
SELECT * FROM orders ORDER BY id;
SELECT * FROM audit_log ORDER BY id;
