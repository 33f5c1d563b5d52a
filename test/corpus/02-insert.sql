-- Data, written the ways applications write it: literals of every type, parameters, multi-row
-- VALUES with DEFAULT, RETURNING.

-- @must
INSERT INTO customers (email, name, country, vip, credit, birth_date, created_at, last_login, prefs, external_id)
VALUES ('ada@example.com', 'Ada Lovelace', 'GB', true, 1500.5, '1815-12-10', '2024-01-02 03:04:05+00', '2024-05-01 10:00:00', '{"theme": "dark", "lang": "en"}', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11');
INSERT INTO customers (email, name, country, vip, credit, birth_date, created_at, last_login, prefs, external_id)
-- @must
VALUES ('alan@example.com', 'Alan Turing', 'gb', 'true', '250', '1912-06-23', '2024-01-03T08:30:00Z', '2024-05-02T11:15:30', '{"lang":"en","theme":"light"}', 'B0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A12');
INSERT INTO customers (email, name, vip, credit, created_at, prefs)
-- @must
VALUES ('grace@example.com', 'Grace Hopper', 't', 99.999, '2024-01-04 12:00:00+02', '{"notify": true, "tags": ["navy", "cobol"]}');
INSERT INTO customers (email, name, country, created_at) VALUES ('linus@example.com', 'Linus Torvalds', 'FI', '2024-02-10 09:00:00.123456+00');
-- @must
INSERT INTO customers (email, name, country, vip, credit, created_at) VALUES ('edsger@example.com', 'Edsger Dijkstra', 'NL', false, 0, '2024-02-11 00:00:00+00') RETURNING id, email, country, vip, credit;
INSERT INTO customers (email, name, country, vip, credit, created_at, birth_date, external_id) VALUES ('barbara@example.com', 'Barbara Liskov', 'US', 'yes', 10, '2024-03-01 15:45:00-05', '1939-11-07', 'c0eebc999c0b4ef8bb6d6bb9bd380a13') RETURNING *;
-- @must
-- params: ["ken@example.com", "Ken Thompson", "US", true, "42.10", "1943-02-04", "2024-03-05T06:07:08.009Z"]
INSERT INTO customers (email, name, country, vip, credit, birth_date, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, created_at, credit;
-- params: ["dennis@example.com", "Dennis Ritchie", "us", "false", 7, "2024-03-06 00:00:00+00"]
INSERT INTO customers (email, name, country, vip, credit, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id, country, vip;
INSERT INTO customers (email, name, credit, created_at) VALUES ('bad@example.com', 'Negative', -5, '2024-01-01 00:00:00+00');
INSERT INTO customers (email, name, created_at) VALUES ('ada@example.com', 'Duplicate', '2024-01-01 00:00:00+00');
INSERT INTO customers (name, created_at) VALUES ('No Email', '2024-01-01 00:00:00+00');
-- @must
INSERT INTO customers (email, name, country, created_at) VALUES ('long@example.com', 'Long Country', 'USA', '2024-01-01 00:00:00+00');
INSERT INTO customers (email, name, vip, created_at) VALUES ('b@example.com', 'Bad Bool', 'maybe', '2024-01-01 00:00:00+00');
INSERT INTO customers (email, name, created_at) VALUES ('d@example.com', 'Bad Date', '2024-13-45 00:00:00');
INSERT INTO customers (email, name, created_at, external_id) VALUES ('u@example.com', 'Bad Uuid', '2024-01-01 00:00:00+00', 'not-a-uuid');
INSERT INTO customers (email, name, created_at, prefs) VALUES ('j@example.com', 'Bad Json', '2024-01-01 00:00:00+00', '{oops}');
SELECT count(*) FROM customers;

-- @must
INSERT INTO products (sku, title, price, weight_kg, rating, stock, tags, attrs, image, warranty)
VALUES ('KB-001', 'Mechanical Keyboard', 89.90, 1.2, 4.5, 25, 'input,usb', '{"color": "black", "keys": 104}', '\xdeadbeef', '2 years');
INSERT INTO products (sku, title, price, weight_kg, rating, stock, tags, attrs, warranty)
VALUES ('MS-002', 'Wireless Mouse', 24.5, 0.09, 4.25, 120, 'input,wireless', '{"dpi": 1600}', '1 year 6 months'),
       ('MN-003', '27in Monitor', 279, 5.4, 4.75, 8, 'display', '{"size": 27, "hdr": true}', '36 months'),
       ('CB-004', 'USB-C Cable', 9.99, 0.05, 3.9, 500, 'cable,usb', null, '90 days');
INSERT INTO products (sku, title, price, stock, warranty, active) VALUES ('HD-005', 'Headphones', 149.00, 0, '1 year', 'false');
INSERT INTO products (sku, title, price, stock, active) VALUES ('DK-006', 'Standing Desk', 499.5, 3, DEFAULT), ('CH-007', 'Office Chair', 320.125, DEFAULT, true);
INSERT INTO products (sku, title, price, weight_kg, rating, stock, image, warranty) VALUES ('LP-008', 'Laptop Stand', '45.00', '2.5', '4.0', '40', '\x00ff10', '18 mons') RETURNING id, price, weight_kg, rating, warranty;
-- params: ["WC-009", "Webcam", "59.95", 15, "2 years 3 days"]
INSERT INTO products (sku, title, price, stock, warranty) VALUES ($1, $2, $3, $4, $5) RETURNING id, price, warranty;
-- params: ["SP-010", "Speakers", 75, "4.6"]
INSERT INTO products (sku, title, price, rating) VALUES ($1, $2, $3, $4) RETURNING *;
INSERT INTO products (id, sku, title, price) VALUES (100, 'XX-100', 'Explicit Id', 1);
INSERT INTO products (sku, title, price) VALUES ('ZZ-000', 'Free Thing', 0);
INSERT INTO products (sku, title, price) VALUES ('KB-001', 'Duplicate Sku', 10);
INSERT INTO products (sku, title, price) VALUES ('KB-999', 'mechanical keyboard', 10);
INSERT INTO products (sku, title, price) VALUES ('TOOLONG-SKU-0123456789-0123456789-0123456789', 'Too Long', 10);
-- @must
INSERT INTO products (sku, title, price) VALUES ('PR-011', 'Precise', 123456789.123);
SELECT id, sku, price FROM products ORDER BY id;

-- @must
INSERT INTO orders (customer_id, status, ordered_at, ship_date, total, note, code) VALUES
  (1, 'paid', '2024-04-01 10:00:00+00', '2024-04-03', 114.40, 'gift wrap', 'A1'),
  (1, 'shipped', '2024-04-15 16:30:00+00', '2024-04-16', 279.00, NULL, 'A2'),
  (2, 'new', '2024-04-20 08:00:00+00', NULL, 9.99, 'call first', 'B1'),
  (3, 'paid', '2024-05-01 12:00:00+00', '2024-05-02', 648.50, NULL, 'C1'),
  (3, 'cancelled', '2024-05-03 09:15:00+00', NULL, 0, 'changed mind', 'C2');
-- @must
INSERT INTO orders (customer_id, ordered_at, total, code) VALUES (4, '2024-05-10T14:00:00+02:00', 49.99, 'D1') RETURNING id, status, ordered_at, code;
INSERT INTO orders (customer_id, status, ordered_at, total) VALUES (5, DEFAULT, '2024-05-11 00:00:00+00', 24.5), (6, 'paid', '2024-05-12 00:00:00+00', DEFAULT) RETURNING id, status, total;
-- params: [7, "shipped", "2024-05-20 18:00:00+00", "2024-05-22", "599.40", "K-7"]
INSERT INTO orders (customer_id, status, ordered_at, ship_date, total, code) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id, ship_date, total, code;
-- params: [8, "2024-06-01 07:00:00+00"]
INSERT INTO orders (customer_id, ordered_at) VALUES ($1, $2) RETURNING id, status;
INSERT INTO orders (customer_id, ordered_at) VALUES (999, '2024-06-01 00:00:00+00');
INSERT INTO orders (customer_id, status, ordered_at) VALUES (1, 'lost', '2024-06-01 00:00:00+00');
INSERT INTO orders (customer_id, status) VALUES (1, 'new');

-- @must
INSERT INTO order_items (order_id, line, product_id, quantity, unit_price, discount) VALUES
  (1, 1, 1, 1, 89.90, 0),
  (1, 2, 2, 1, 24.50, 0),
  (2, 1, 3, 1, 279.00, 0),
  (3, 1, 4, 1, 9.99, 0),
  (4, 1, 6, 1, 499.50, 0.1),
  (4, 2, 5, 1, 149.00, 0),
  (5, 1, 7, 2, 320.13, 0),
  (6, 1, 9, 1, 49.99, 0),
  (7, 1, 2, 1, 24.50, 0);
INSERT INTO order_items (order_id, line, product_id, quantity, unit_price) VALUES (8, 1, 8, 3, 45), (8, 2, 4, 10, 9.99), (9, 1, 3, 2, 279.00), (9, 2, 1, 1, 41.40);
INSERT INTO order_items (order_id, line, product_id, quantity, unit_price, discount) VALUES (10, 1, 4, 4, 9.99, DEFAULT), (10, 2, 2, 2, 24.50, 0.05) RETURNING order_id, line, discount;
INSERT INTO order_items (order_id, line, product_id, quantity, unit_price) VALUES (1, 1, 1, 1, 1);
INSERT INTO order_items (order_id, line, product_id, quantity, unit_price) VALUES (1, 3, 1, 0, 1);
INSERT INTO order_items (order_id, line, product_id, quantity, unit_price) VALUES (1, 3, 77, 1, 1);
INSERT INTO order_items (order_id, line, product_id, quantity, unit_price, discount) VALUES (1, 3, 1, 1, 1, 12.5);
-- params: [3, 2, 9, 2, "59.95"]
INSERT INTO order_items (order_id, line, product_id, quantity, unit_price) VALUES ($1, $2, $3, $4, $5);
SELECT count(*), sum(quantity) FROM order_items;

INSERT INTO audit_log (entity, entity_id, action, at, payload) VALUES ('order', 1, 'create', '2024-04-01 10:00:00', '{"by": "web"}');
INSERT INTO audit_log (id, entity, entity_id, action, at) VALUES (50, 'order', 2, 'create', '2024-04-15 16:30:00');
INSERT INTO audit_log (entity, entity_id, action, at, payload) VALUES ('order', 3, 'create', '2024-04-20 08:00:00', '[1, 2, {"x": null}]') RETURNING id, payload;
INSERT INTO audit_log (entity, action) VALUES ('customer', 'way_too_long_action');
INSERT INTO audit_log DEFAULT VALUES;
INSERT INTO tags (name) VALUES ('sale'), ('new'), ('clearance') RETURNING id, name;
INSERT INTO tags (name) VALUES ('featured') RETURNING *;
INSERT INTO kv (k, v, n, updated) VALUES ('a', 'alpha', 1, '2024-01-01 00:00:00+00'), ('b', 'beta', 2, '2024-01-02 00:00:00+00'), ('c', NULL, 3, NULL);
INSERT INTO kv VALUES ('d', 'delta', 4, '2024-01-04 00:00:00+00');
-- @must
INSERT INTO kv VALUES ('e', 'epsilon');
INSERT INTO kv (k) SELECT 'copy-' || k FROM kv WHERE n <= 2;
INSERT INTO kv (k, v) VALUES ('a', 'again');
INSERT INTO kv (k, n) VALUES ('f', 'six');
INSERT INTO kv (k, n) VALUES ('g', 3000000000);
INSERT INTO kv (k, n) VALUES ('h', 12.7) RETURNING n;
INSERT INTO kv (k, n) VALUES ('i', '12.7');
