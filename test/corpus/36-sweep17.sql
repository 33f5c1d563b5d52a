-- The seventeenth session's sweep (issue 10), written as an outside tester writes statements and not
-- run before it was written, in the areas earlier sweeps touched least: upserts in every form
-- (ON CONSTRAINT, a WHERE on the conflict target, DO UPDATE … WHERE, EXCLUDED in expressions,
-- multi-row with RETURNING), UPDATE … FROM and DELETE … USING with joins and aggregates, window
-- frames with offsets, EXCLUDE and named windows, the ranking and distribution functions, GROUPING
-- SETS with GROUPING(), LATERAL over set-returning functions, string functions on edge inputs,
-- format(), integer overflow, division by zero in every numeric type, text-to-number and boolean
-- input forms, date/time edges, generate_series of every type, type resolution, IN/ANY/ALL with
-- NULLs, correlated EXISTS, NULL ordering, LIMIT/OFFSET expressions and WITH TIES, and the SQLSTATEs
-- of the errors applications meet. Tables are prefixed s17_.

-- schema and data
CREATE TABLE s17_wh (id int PRIMARY KEY, code text NOT NULL, region text, CONSTRAINT s17_wh_code_key UNIQUE (code));
CREATE TABLE s17_item (sku text PRIMARY KEY, name text NOT NULL, price numeric(10,2) NOT NULL CHECK (price >= 0), qty int NOT NULL DEFAULT 0, updated int NOT NULL DEFAULT 0, discontinued boolean NOT NULL DEFAULT false);
CREATE TABLE s17_stock (wh_id int NOT NULL REFERENCES s17_wh (id), sku text NOT NULL REFERENCES s17_item (sku) ON DELETE CASCADE, qty int NOT NULL CHECK (qty >= 0), note text, CONSTRAINT s17_stock_pk PRIMARY KEY (wh_id, sku));
CREATE TABLE s17_user (id serial PRIMARY KEY, email text NOT NULL, deleted_at date, login_count int NOT NULL DEFAULT 0, score numeric);
CREATE UNIQUE INDEX s17_user_live_email ON s17_user (lower(email)) WHERE deleted_at IS NULL;
CREATE TABLE s17_counter (k text PRIMARY KEY, n bigint NOT NULL DEFAULT 0, first_seen date, last_seen date);
CREATE TABLE s17_sale (id int PRIMARY KEY, region text, rep text, product text, sold_on date NOT NULL, amount numeric(10,2), units int);
INSERT INTO s17_wh VALUES (1, 'NYC', 'east'), (2, 'BOS', 'east'), (3, 'SFO', 'west'), (4, 'LAX', 'west'), (5, 'DEN', NULL);
INSERT INTO s17_item (sku, name, price, qty) VALUES ('A1', 'anvil', 99.50, 10), ('B2', 'bolt', 0.25, 1000), ('C3', 'crate', 12.00, 40), ('D4', 'drill', 149.99, 5), ('E5', 'epoxy', 7.75, 0);
INSERT INTO s17_stock VALUES (1, 'A1', 4, NULL), (2, 'A1', 6, 'dock'), (1, 'B2', 500, NULL), (3, 'B2', 500, 'bin 7'), (3, 'C3', 40, NULL), (4, 'D4', 5, ''), (5, 'D4', 0, NULL);
INSERT INTO s17_sale VALUES
  (1, 'east', 'ann', 'anvil', '2024-01-05', 199.00, 2),
  (2, 'east', 'ann', 'bolt', '2024-01-05', 5.00, 20),
  (3, 'east', 'bob', 'anvil', '2024-01-20', 99.50, 1),
  (4, 'west', 'cy', 'crate', '2024-02-01', 36.00, 3),
  (5, 'west', 'cy', 'drill', '2024-02-14', 299.98, 2),
  (6, 'west', 'dee', 'crate', '2024-02-29', 12.00, 1),
  (7, 'east', 'bob', 'drill', '2024-03-01', 149.99, 1),
  (8, NULL, 'eve', 'bolt', '2024-03-15', NULL, 40),
  (9, 'west', 'dee', 'anvil', '2024-03-31', 99.50, 1),
  (10, 'east', 'ann', 'crate', '2024-03-31', 24.00, 2),
  (11, 'north', NULL, 'epoxy', '2024-04-01', 7.75, 1),
  (12, 'west', 'cy', 'anvil', '2024-04-02', 199.00, 2);

-- upserts: ON CONSTRAINT, conflict-target WHERE, DO UPDATE … WHERE, EXCLUDED in expressions, RETURNING
INSERT INTO s17_wh VALUES (6, 'NYC', 'east') ON CONFLICT ON CONSTRAINT s17_wh_code_key DO NOTHING;
INSERT INTO s17_wh VALUES (6, 'NYC', 'east') ON CONFLICT ON CONSTRAINT s17_wh_code_key DO NOTHING RETURNING *;
INSERT INTO s17_wh VALUES (1, 'NYC2', 'mid') ON CONFLICT ON CONSTRAINT s17_wh_pkey DO UPDATE SET region = EXCLUDED.region RETURNING id, code, region;
INSERT INTO s17_wh VALUES (7, 'NYC', 'x') ON CONFLICT ON CONSTRAINT s17_wh_code_key DO UPDATE SET region = s17_wh.region || '+' || EXCLUDED.region RETURNING *;
INSERT INTO s17_wh VALUES (8, 'ZZZ', NULL) ON CONFLICT ON CONSTRAINT no_such_constraint DO NOTHING;
INSERT INTO s17_wh VALUES (1, 'QQQ', NULL) ON CONFLICT (code) DO NOTHING;
INSERT INTO s17_wh VALUES (9, 'QQQ', NULL) ON CONFLICT (region) DO NOTHING;
INSERT INTO s17_item (sku, name, price, qty) VALUES ('A1', 'anvil', 89.00, 3), ('F6', 'file', 3.10, 30), ('B2', 'bolt', 0.30, 250)
  ON CONFLICT (sku) DO UPDATE SET qty = s17_item.qty + EXCLUDED.qty, price = LEAST(s17_item.price, EXCLUDED.price), updated = s17_item.updated + 1
  RETURNING sku, qty, price, updated;
INSERT INTO s17_item (sku, name, price, qty) VALUES ('C3', 'crate', 15.00, 1) ON CONFLICT (sku) DO UPDATE SET price = EXCLUDED.price WHERE EXCLUDED.price < s17_item.price RETURNING sku, price;
INSERT INTO s17_item (sku, name, price, qty) VALUES ('C3', 'crate', 11.00, 1) ON CONFLICT (sku) DO UPDATE SET price = EXCLUDED.price WHERE EXCLUDED.price < s17_item.price RETURNING sku, price;
INSERT INTO s17_item (sku, name, price) VALUES ('D4', 'drill', 149.99) ON CONFLICT (sku) DO UPDATE SET discontinued = NOT s17_item.discontinued WHERE s17_item.qty > 0 RETURNING sku, discontinued;
INSERT INTO s17_item (sku, name, price) VALUES ('E5', 'epoxy', 7.75) ON CONFLICT (sku) DO UPDATE SET discontinued = true WHERE s17_item.qty > 0 RETURNING sku, discontinued;
SELECT sku, name, price, qty, updated, discontinued FROM s17_item ORDER BY sku;
INSERT INTO s17_item AS i (sku, name, price) VALUES ('A1', 'ANVIL', 1) ON CONFLICT (sku) DO UPDATE SET name = i.name || '/' || lower(excluded.name) RETURNING i.sku, i.name;
INSERT INTO s17_item AS i (sku, name, price) VALUES ('A1', 'ANVIL', 1) ON CONFLICT (sku) DO UPDATE SET name = s17_item.name;
INSERT INTO s17_item (sku, name, price) VALUES ('A1', 'a', 1), ('A1', 'b', 2) ON CONFLICT (sku) DO UPDATE SET name = EXCLUDED.name;
INSERT INTO s17_item (sku, name, price) VALUES ('G7', 'a', 1), ('G7', 'b', 2) ON CONFLICT (sku) DO NOTHING RETURNING sku, name;
INSERT INTO s17_item (sku, name, price) VALUES ('H8', 'hinge', -1) ON CONFLICT (sku) DO NOTHING;
INSERT INTO s17_item (sku, name, price) VALUES ('B2', 'bolt', 1) ON CONFLICT (sku) DO UPDATE SET price = -5;
INSERT INTO s17_item (sku, name, price) VALUES ('B2', 'bolt', 1) ON CONFLICT (sku) DO UPDATE SET sku = 'C3';
INSERT INTO s17_item (sku, name, price) VALUES ('B2', 'bolt', 1) ON CONFLICT (sku) DO UPDATE SET name = NULL;
INSERT INTO s17_item (sku, name, price) VALUES ('B2', 'bolt', 1) ON CONFLICT DO UPDATE SET name = 'x';
INSERT INTO s17_item (sku, name, price) VALUES ('B2', 'bolt', 1) ON CONFLICT DO NOTHING RETURNING sku;
INSERT INTO s17_stock VALUES (1, 'A1', 1, 'upsert') ON CONFLICT (wh_id, sku) DO UPDATE SET qty = s17_stock.qty + EXCLUDED.qty, note = COALESCE(EXCLUDED.note, s17_stock.note) RETURNING *;
INSERT INTO s17_stock VALUES (1, 'A1', 1, NULL) ON CONFLICT (sku, wh_id) DO UPDATE SET qty = s17_stock.qty * 2 RETURNING wh_id, sku, qty, note;
INSERT INTO s17_stock VALUES (1, 'A1', 1, NULL) ON CONFLICT ON CONSTRAINT s17_stock_pk DO UPDATE SET qty = EXCLUDED.qty - 100;
INSERT INTO s17_stock VALUES (9, 'A1', 1, NULL) ON CONFLICT ON CONSTRAINT s17_stock_pk DO NOTHING;
INSERT INTO s17_stock (wh_id, sku, qty) SELECT id, 'C3', id * 10 FROM s17_wh WHERE region = 'east' ON CONFLICT (wh_id, sku) DO UPDATE SET qty = EXCLUDED.qty RETURNING wh_id, sku, qty;
INSERT INTO s17_stock (wh_id, sku, qty) SELECT id, 'C3', id FROM s17_wh WHERE region = 'east' ON CONFLICT (wh_id, sku) DO UPDATE SET qty = s17_stock.qty + EXCLUDED.qty RETURNING wh_id, sku, qty;
SELECT wh_id, sku, qty, note FROM s17_stock ORDER BY wh_id, sku;
INSERT INTO s17_user (email) VALUES ('Ann@x.io'), ('bob@x.io'), ('cy@x.io');
INSERT INTO s17_user (email) VALUES ('ann@X.IO');
INSERT INTO s17_user (email) VALUES ('ann@X.IO') ON CONFLICT (lower(email)) WHERE deleted_at IS NULL DO UPDATE SET login_count = s17_user.login_count + 1 RETURNING id, email, login_count;
INSERT INTO s17_user (email) VALUES ('ANN@x.io') ON CONFLICT (lower(email)) WHERE deleted_at IS NULL DO UPDATE SET login_count = s17_user.login_count + 1 RETURNING id, email, login_count;
INSERT INTO s17_user (email) VALUES ('ann@x.io') ON CONFLICT (lower(email)) DO NOTHING;
INSERT INTO s17_user (email) VALUES ('ann@x.io') ON CONFLICT (email) DO NOTHING;
INSERT INTO s17_user (email) VALUES ('bob@x.io') ON CONFLICT (lower(email)) WHERE deleted_at IS NULL DO NOTHING RETURNING id;
UPDATE s17_user SET deleted_at = '2024-05-01' WHERE email = 'bob@x.io';
INSERT INTO s17_user (email) VALUES ('BOB@x.io') ON CONFLICT (lower(email)) WHERE deleted_at IS NULL DO NOTHING RETURNING id, email, deleted_at;
SELECT id, email, deleted_at, login_count FROM s17_user ORDER BY id;
INSERT INTO s17_counter AS c (k, n, first_seen, last_seen) VALUES ('home', 1, '2024-01-01', '2024-01-01'), ('about', 1, '2024-01-01', '2024-01-01')
  ON CONFLICT (k) DO UPDATE SET n = c.n + excluded.n, last_seen = GREATEST(c.last_seen, excluded.last_seen) RETURNING k, n, first_seen, last_seen;
INSERT INTO s17_counter AS c (k, n, first_seen, last_seen) VALUES ('home', 5, '2023-12-31', '2023-12-31'), ('blog', 2, '2024-02-02', '2024-02-02')
  ON CONFLICT (k) DO UPDATE SET n = c.n + excluded.n, first_seen = LEAST(c.first_seen, excluded.first_seen), last_seen = GREATEST(c.last_seen, excluded.last_seen) RETURNING k, n, first_seen, last_seen;
INSERT INTO s17_counter (k) VALUES ('home') ON CONFLICT (k) DO UPDATE SET n = s17_counter.n + 1 WHERE s17_counter.n < 0 RETURNING k, n;
INSERT INTO s17_counter (k, n) VALUES ('big', 9223372036854775807) ON CONFLICT (k) DO UPDATE SET n = s17_counter.n + 1;
INSERT INTO s17_counter (k, n) VALUES ('big', 1) ON CONFLICT (k) DO UPDATE SET n = s17_counter.n + EXCLUDED.n;
INSERT INTO s17_counter (k, n) VALUES ('big', 1) ON CONFLICT (k) DO UPDATE SET n = s17_counter.n - EXCLUDED.n RETURNING n;
INSERT INTO s17_counter (k, n) VALUES ('x', 1) ON CONFLICT (k) DO UPDATE SET n = EXCLUDED.nope;
INSERT INTO s17_counter (k, n) VALUES ('x', 1) ON CONFLICT (k) DO UPDATE SET n = excluded.n WHERE excluded.k = 'x' AND EXCLUDED.n IS NOT NULL RETURNING *;
INSERT INTO s17_counter (k, n) VALUES ('x', 2) ON CONFLICT (k) DO UPDATE SET (n, last_seen) = (EXCLUDED.n * 10, DATE '2024-06-30') RETURNING k, n, last_seen;
INSERT INTO s17_counter (k, n) VALUES ('x', 3) ON CONFLICT (k) DO UPDATE SET (n, last_seen) = (SELECT max(n), max(last_seen) FROM s17_counter) RETURNING k, n, last_seen;
SELECT k, n, first_seen, last_seen FROM s17_counter ORDER BY k;
INSERT INTO s17_counter (k) VALUES ('zz') ON CONFLICT (k) DO UPDATE SET n = 0 RETURNING k, (xmax = 0) AS inserted;
DELETE FROM s17_counter WHERE k = 'zz';

-- UPDATE … FROM and DELETE … USING with joins and aggregates
UPDATE s17_item i SET qty = s.total FROM (SELECT sku, sum(qty) AS total FROM s17_stock GROUP BY sku) s WHERE s.sku = i.sku RETURNING i.sku, i.qty;
UPDATE s17_item SET qty = 0 FROM s17_stock WHERE false RETURNING *;
UPDATE s17_stock s SET note = w.code || ':' || w.region FROM s17_wh w WHERE w.id = s.wh_id AND w.region IS NOT NULL AND s.note IS NULL RETURNING s.wh_id, s.sku, s.note;
UPDATE s17_stock s SET qty = s.qty + 1 FROM s17_wh w JOIN s17_item i ON i.price > 50 WHERE w.id = s.wh_id AND i.sku = s.sku AND w.region = 'east' RETURNING s.wh_id, s.sku, s.qty, i.price;
UPDATE s17_stock SET qty = qty - 1 FROM s17_wh WHERE s17_wh.id = s17_stock.wh_id AND s17_wh.code = 'DEN';
UPDATE s17_stock SET qty = 1 FROM s17_wh WHERE s17_wh.id = wh_id AND region = 'nowhere';
UPDATE s17_stock SET qty = 1 FROM s17_wh WHERE id = wh_id AND code = 'DEN' AND region IS NULL RETURNING wh_id, qty;
UPDATE s17_stock SET qty = 1 FROM s17_wh w1, s17_wh w2 WHERE w1.id = wh_id AND w2.id = wh_id + 1 AND w1.region = w2.region RETURNING wh_id, sku, w1.code, w2.code;
UPDATE s17_item SET price = price * 1.1 FROM s17_stock WHERE s17_stock.sku = s17_item.sku AND s17_stock.qty > 100 RETURNING s17_item.sku, s17_item.price;
UPDATE s17_item SET price = s17_item.price FROM s17_item WHERE true;
UPDATE s17_item x SET name = upper(x.name) FROM s17_item y WHERE y.sku = x.sku AND y.price < 1 RETURNING x.sku, x.name;
UPDATE s17_sale s SET amount = s.units * i.price FROM s17_item i WHERE lower(i.name) = s.product AND s.amount IS NULL RETURNING s.id, s.amount;
UPDATE s17_sale SET units = units + 0 FROM (VALUES ('east'), ('west')) AS r(name) WHERE s17_sale.region = r.name AND s17_sale.id < 3 RETURNING id, r.name;
DELETE FROM s17_stock s USING s17_wh w WHERE w.id = s.wh_id AND w.code = 'LAX' RETURNING s.*, w.code;
DELETE FROM s17_stock USING (SELECT sku FROM s17_stock GROUP BY sku HAVING count(*) = 1) lone WHERE lone.sku = s17_stock.sku AND s17_stock.qty = 0 RETURNING s17_stock.sku;
DELETE FROM s17_counter c USING s17_counter d WHERE c.k < d.k AND c.n = d.n RETURNING c.k;
DELETE FROM s17_counter USING s17_wh WHERE s17_wh.id = 999;
DELETE FROM s17_counter WHERE k IN (SELECT k FROM s17_counter ORDER BY n DESC LIMIT 1) RETURNING k, n;
DELETE FROM s17_stock AS s WHERE NOT EXISTS (SELECT 1 FROM s17_item i WHERE i.sku = s.sku AND i.qty > 0) RETURNING wh_id, sku;
SELECT wh_id, sku, qty, note FROM s17_stock ORDER BY 1, 2;
WITH moved AS (DELETE FROM s17_stock WHERE wh_id = 2 RETURNING sku, qty) UPDATE s17_item i SET qty = i.qty + m.qty FROM moved m WHERE i.sku = m.sku RETURNING i.sku, i.qty;
UPDATE s17_item SET qty = sub.c FROM (SELECT count(*) AS c FROM s17_stock) sub WHERE sku = 'F6' RETURNING sku, qty;
UPDATE s17_item SET qty = (SELECT count(*) FROM s17_stock WHERE s17_stock.sku = s17_item.sku) RETURNING sku, qty;
UPDATE s17_item SET qty = (SELECT qty FROM s17_stock WHERE s17_stock.sku = s17_item.sku) WHERE sku = 'B2';
UPDATE s17_item SET qty = (SELECT qty FROM s17_stock WHERE s17_stock.sku = s17_item.sku LIMIT 1) WHERE sku = 'E5' RETURNING qty;
UPDATE s17_item SET qty = NULL WHERE sku = 'E5';
UPDATE s17_item SET nope = 1;
UPDATE s17_item SET s17_item.qty = 1 WHERE sku = 'E5';
UPDATE s17_item i SET i.qty = 1 WHERE sku = 'E5';
DELETE FROM s17_wh WHERE id = 1;
DELETE FROM s17_wh WHERE id = 5 RETURNING *;
DELETE FROM s17_item WHERE sku = 'C3' RETURNING sku;
SELECT count(*) FROM s17_stock WHERE sku = 'C3';

-- window frames with offsets, EXCLUDE, named windows, ranking and distribution functions
SELECT id, amount, sum(amount) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS s3 FROM s17_sale ORDER BY id;
SELECT id, amount, sum(amount) OVER (ORDER BY id ROWS BETWEEN 2 PRECEDING AND CURRENT ROW EXCLUDE CURRENT ROW) AS prev2 FROM s17_sale ORDER BY id;
SELECT id, units, sum(units) OVER (ORDER BY units ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING EXCLUDE TIES) AS t, id FROM s17_sale ORDER BY units, id;
SELECT id, units, sum(units) OVER (ORDER BY units RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW EXCLUDE GROUP) AS g FROM s17_sale ORDER BY units, id;
SELECT id, units, count(*) OVER (ORDER BY units RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS near FROM s17_sale ORDER BY units, id;
SELECT id, units, count(*) OVER (ORDER BY units GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS grp FROM s17_sale ORDER BY units, id;
SELECT id, units, sum(id) OVER (ORDER BY units GROUPS BETWEEN CURRENT ROW AND 1 FOLLOWING EXCLUDE CURRENT ROW) AS ids FROM s17_sale ORDER BY units, id;
SELECT id, sold_on, count(*) OVER (ORDER BY sold_on RANGE BETWEEN INTERVAL '7 days' PRECEDING AND CURRENT ROW) AS last_week FROM s17_sale ORDER BY sold_on, id;
SELECT id, sold_on, sum(units) OVER (ORDER BY sold_on RANGE BETWEEN CURRENT ROW AND '1 month' FOLLOWING) AS next_month FROM s17_sale ORDER BY sold_on, id;
SELECT id, amount, avg(amount) OVER (ORDER BY amount RANGE BETWEEN 50 PRECEDING AND 50 FOLLOWING) AS band FROM s17_sale ORDER BY amount NULLS FIRST, id;
SELECT id, amount, count(amount) OVER (ORDER BY amount DESC RANGE BETWEEN 10 PRECEDING AND CURRENT ROW) AS c FROM s17_sale ORDER BY amount DESC NULLS LAST, id;
SELECT id, first_value(id) OVER w, last_value(id) OVER w, nth_value(id, 2) OVER w FROM s17_sale WINDOW w AS (PARTITION BY region ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) ORDER BY id;
SELECT id, nth_value(amount, 3) OVER (ORDER BY id) AS third_so_far FROM s17_sale ORDER BY id;
SELECT id, nth_value(amount, 0) OVER (ORDER BY id) FROM s17_sale;
SELECT id, ntile(0) OVER (ORDER BY id) FROM s17_sale;
SELECT id, ntile(NULL) OVER (ORDER BY id) FROM s17_sale ORDER BY id;
SELECT id, ntile(5) OVER (ORDER BY id) AS n5, ntile(20) OVER (ORDER BY id) AS n20 FROM s17_sale ORDER BY id;
SELECT id, units, rank() OVER w, dense_rank() OVER w, percent_rank() OVER w, cume_dist() OVER w, row_number() OVER (ORDER BY units, id) FROM s17_sale WINDOW w AS (ORDER BY units) ORDER BY units, id;
SELECT region, percent_rank() OVER (PARTITION BY region ORDER BY amount), cume_dist() OVER (PARTITION BY region ORDER BY amount) , id FROM s17_sale ORDER BY region NULLS FIRST, amount NULLS FIRST, id;
SELECT percent_rank() OVER () , cume_dist() OVER (), rank() OVER () FROM s17_sale LIMIT 2;
SELECT id, lag(amount, 2, 0) OVER (ORDER BY id), lead(amount, -1) OVER (ORDER BY id), lead(amount, 1, -1.5) OVER (ORDER BY id) FROM s17_sale ORDER BY id;
SELECT id, lag(rep, 1, 'none') OVER (PARTITION BY region ORDER BY id) FROM s17_sale ORDER BY id;
SELECT id, lag(units, 1, 'x') OVER (ORDER BY id) FROM s17_sale;
SELECT id, lag(id, NULL) OVER (ORDER BY id) FROM s17_sale ORDER BY id LIMIT 3;
SELECT rep, sum(amount) OVER w1, max(amount) OVER w2 FROM s17_sale WINDOW w1 AS (PARTITION BY rep), w2 AS (w1 ORDER BY id) ORDER BY id;
SELECT rep, sum(amount) OVER (w ROWS 1 PRECEDING) FROM s17_sale WINDOW w AS (PARTITION BY rep ORDER BY id) ORDER BY id;
SELECT rep, sum(amount) OVER (w ORDER BY id) FROM s17_sale WINDOW w AS (PARTITION BY rep ORDER BY id);
SELECT rep, sum(amount) OVER w FROM s17_sale WINDOW w AS (PARTITION BY rep ROWS UNBOUNDED PRECEDING), w2 AS (w ORDER BY id);
SELECT sum(amount) OVER nope FROM s17_sale;
SELECT id, sum(units) OVER (ORDER BY id ROWS BETWEEN -1 PRECEDING AND CURRENT ROW) FROM s17_sale;
SELECT id, sum(units) OVER (ORDER BY id ROWS BETWEEN 1 FOLLOWING AND 1 PRECEDING) FROM s17_sale ORDER BY id;
SELECT id, sum(units) OVER (ORDER BY id ROWS BETWEEN CURRENT ROW AND UNBOUNDED PRECEDING) FROM s17_sale;
SELECT id, sum(units) OVER (ROWS BETWEEN UNBOUNDED FOLLOWING AND CURRENT ROW) FROM s17_sale;
SELECT id, sum(units) OVER (ORDER BY region, id RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM s17_sale;
SELECT id, sum(units) OVER (RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM s17_sale;
SELECT id, sum(units) OVER (GROUPS 1 PRECEDING) FROM s17_sale;
SELECT id, sum(units) OVER (ORDER BY rep RANGE BETWEEN 'a' PRECEDING AND CURRENT ROW) FROM s17_sale;
SELECT id, sum(units) OVER (ORDER BY id ROWS BETWEEN NULL PRECEDING AND CURRENT ROW) FROM s17_sale;
SELECT id, sum(units) OVER (ORDER BY id ROWS 100 PRECEDING) AS run FROM s17_sale ORDER BY id DESC LIMIT 3;
SELECT id, sum(units) OVER (ORDER BY id ROWS BETWEEN 0 PRECEDING AND 0 FOLLOWING) FROM s17_sale ORDER BY id LIMIT 3;
SELECT id, string_agg(rep, ',') OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE CURRENT ROW) FROM s17_sale ORDER BY id;
SELECT id, count(*) FILTER (WHERE units > 1) OVER (ORDER BY id) AS multi FROM s17_sale ORDER BY id;
SELECT region, rep, sum(amount), rank() OVER (PARTITION BY region ORDER BY sum(amount) DESC NULLS LAST) FROM s17_sale GROUP BY region, rep ORDER BY region NULLS LAST, 4, rep NULLS LAST;
SELECT * FROM (SELECT id, region, row_number() OVER (PARTITION BY region ORDER BY amount DESC NULLS LAST, id) AS rn FROM s17_sale) t WHERE rn <= 2 ORDER BY region NULLS FIRST, rn;
SELECT id, sum(units) OVER (ORDER BY id) - lag(units) OVER (ORDER BY id) FROM s17_sale ORDER BY id LIMIT 4;
SELECT id FROM s17_sale WHERE row_number() OVER (ORDER BY id) < 3;
SELECT sum(row_number() OVER (ORDER BY id)) FROM s17_sale;
SELECT id, avg(units) OVER (PARTITION BY region) :: numeric(6,2) FROM s17_sale ORDER BY id;
SELECT DISTINCT region, count(*) OVER (PARTITION BY region) FROM s17_sale ORDER BY 1 NULLS FIRST;
SELECT id, first_value(amount) OVER (ORDER BY amount NULLS FIRST) FROM s17_sale ORDER BY id;
SELECT id, sum(amount) OVER (ORDER BY units RANGE BETWEEN CURRENT ROW AND CURRENT ROW) FROM s17_sale ORDER BY units, id;
SELECT rep, units, max(units) OVER (PARTITION BY rep ORDER BY units GROUPS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev_group_max FROM s17_sale ORDER BY rep NULLS FIRST, units, id;

-- GROUPING SETS, ROLLUP, CUBE with GROUPING()
SELECT region, rep, sum(units), GROUPING(region, rep) FROM s17_sale GROUP BY ROLLUP (region, rep) ORDER BY region NULLS LAST, rep NULLS LAST, 4;
SELECT region, product, count(*), GROUPING(region) AS gr, GROUPING(product) AS gp FROM s17_sale GROUP BY CUBE (region, product) HAVING count(*) > 1 ORDER BY gr, gp, region NULLS FIRST, product NULLS FIRST;
SELECT CASE WHEN GROUPING(region) = 1 THEN 'all regions' ELSE COALESCE(region, '(none)') END AS r, sum(amount) FROM s17_sale GROUP BY ROLLUP (region) ORDER BY 1;
SELECT region, rep, count(*) FROM s17_sale GROUP BY GROUPING SETS ((region, rep), (region), ()) ORDER BY GROUPING(region, rep), region NULLS FIRST, rep NULLS FIRST;
SELECT region, rep, count(*) FROM s17_sale GROUP BY GROUPING SETS (region, rep) ORDER BY 1 NULLS LAST, 2 NULLS LAST;
SELECT region, count(*) FROM s17_sale GROUP BY GROUPING SETS (region, region, ()) ORDER BY 1 NULLS LAST, 2;
SELECT region, product, sum(units) FROM s17_sale GROUP BY region, ROLLUP (product) ORDER BY 1 NULLS FIRST, 2 NULLS LAST;
SELECT region, rep, product, count(*) FROM s17_sale GROUP BY ROLLUP (region, (rep, product)) ORDER BY 1 NULLS LAST, 2 NULLS LAST, 3 NULLS LAST;
SELECT GROUPING(region, rep, product) AS g, count(*) FROM s17_sale GROUP BY CUBE (region, rep, product) GROUP BY 1;
SELECT GROUPING(region, rep, product) AS g, count(*) FROM s17_sale GROUP BY CUBE (region, rep, product) ORDER BY 1, 2;
SELECT extract(month FROM sold_on) AS m, region, sum(amount) FROM s17_sale GROUP BY ROLLUP (1, 2) ORDER BY 1 NULLS LAST, 2 NULLS LAST, 3;
SELECT date_trunc('month', sold_on)::date AS m, sum(units) FROM s17_sale GROUP BY GROUPING SETS (date_trunc('month', sold_on), ()) ORDER BY 1 NULLS LAST;
SELECT region, GROUPING(rep) FROM s17_sale GROUP BY region;
SELECT region, sum(units) FROM s17_sale GROUP BY ROLLUP (region) HAVING GROUPING(region) = 0 AND region IS NOT NULL ORDER BY 1;
SELECT count(*), sum(units) FROM s17_sale GROUP BY ();
SELECT count(*) FROM s17_sale WHERE false GROUP BY ();
SELECT count(*) FROM s17_sale WHERE false GROUP BY ROLLUP (region);
SELECT region, count(*) FROM s17_sale WHERE false GROUP BY CUBE (region);
SELECT region, rep, count(*) FROM s17_sale GROUP BY CUBE (region, rep) HAVING GROUPING(region) + GROUPING(rep) = 1 ORDER BY 1 NULLS FIRST, 2 NULLS FIRST;
SELECT region, array_agg(DISTINCT rep ORDER BY rep) FILTER (WHERE rep IS NOT NULL) FROM s17_sale GROUP BY ROLLUP (region) ORDER BY 1 NULLS LAST;
SELECT region, sum(amount), rank() OVER (ORDER BY sum(amount) DESC NULLS LAST) FROM s17_sale GROUP BY ROLLUP (region) ORDER BY 3, 1;
SELECT DISTINCT region FROM s17_sale GROUP BY GROUPING SETS (region, ()) ORDER BY 1 NULLS FIRST;
SELECT region, rep FROM s17_sale GROUP BY GROUPING SETS ((region), (rep)) HAVING rep = 'ann';

-- LATERAL with set-returning functions
SELECT w.code, g FROM s17_wh w, LATERAL generate_series(1, w.id) g WHERE w.id <= 3 ORDER BY w.code, g;
SELECT w.code, g.n, g.ord FROM s17_wh w CROSS JOIN LATERAL generate_series(w.id, 1, -1) WITH ORDINALITY AS g(n, ord) ORDER BY w.code, g.ord;
SELECT w.code, x FROM s17_wh w LEFT JOIN LATERAL generate_series(1, w.id - 3) x ON true ORDER BY w.code, x;
SELECT w.code, p FROM s17_wh w, LATERAL unnest(string_to_array(w.code, NULL)) AS p ORDER BY w.code, p;
SELECT s.id, t.word FROM s17_sale s, LATERAL regexp_split_to_table(s.product, 'l') AS t(word) WHERE s.id < 4 ORDER BY s.id, t.word;
SELECT s.id, m FROM s17_sale s, LATERAL regexp_matches(s.product, '[aeiou]', 'g') AS m WHERE s.id IN (1, 4) ORDER BY s.id, m;
SELECT s.id, u.* FROM s17_sale s, LATERAL unnest(ARRAY[s.units, s.units * 2], ARRAY['a', 'b', 'c']) AS u(n, tag) WHERE s.id = 2 ORDER BY u.tag;
SELECT r.region, top.id, top.amount FROM (SELECT DISTINCT region FROM s17_sale WHERE region IS NOT NULL) r, LATERAL (SELECT id, amount FROM s17_sale s WHERE s.region = r.region ORDER BY amount DESC NULLS LAST LIMIT 2) top ORDER BY r.region, top.amount DESC;
SELECT r.region, top.id FROM (SELECT DISTINCT region FROM s17_sale) r LEFT JOIN LATERAL (SELECT id FROM s17_sale s WHERE s.region = r.region AND s.units > 10) top ON true ORDER BY 1 NULLS LAST, 2;
SELECT d::date, count(s.id) FROM generate_series(DATE '2024-03-29', DATE '2024-04-02', INTERVAL '1 day') d LEFT JOIN s17_sale s ON s.sold_on = d GROUP BY d ORDER BY d;
SELECT a, b FROM generate_series(1, 3) a, LATERAL generate_series(a, 3) b ORDER BY a, b;
SELECT a, b FROM generate_series(1, 3) a, generate_series(a, 3) b ORDER BY a, b;
SELECT x.* FROM s17_wh w, LATERAL (SELECT w.code, length(w.code) AS len, w.id * 2 AS dbl) x ORDER BY x.code;
SELECT * FROM LATERAL generate_series(1, 2) g;
SELECT * FROM s17_wh w, (SELECT w.id) x;
SELECT i.sku, e.key, e.value FROM s17_item i, LATERAL jsonb_each_text(jsonb_build_object('p', i.price, 'q', i.qty)) e WHERE i.sku IN ('A1', 'B2') ORDER BY i.sku, e.key;
SELECT n, sq FROM generate_series(1, 4) n, LATERAL (SELECT n * n AS sq WHERE n % 2 = 0) s ORDER BY n;
SELECT t.ord, t.elem FROM unnest(ARRAY['x', NULL, 'z']) WITH ORDINALITY t(elem, ord) ORDER BY t.ord DESC;
SELECT generate_series(1, 3) AS a, generate_series(1, 2) AS b;
SELECT id, unnest(ARRAY[1, 2]) * id FROM s17_wh WHERE id < 3 ORDER BY 1, 2;
SELECT count(*) FROM s17_sale s, LATERAL (SELECT 1 FROM s17_sale t WHERE t.rep = s.rep AND t.id > s.id LIMIT 1) later;

-- string functions on edge inputs: NULLs, empty strings, negative lengths, multibyte text
SELECT left('héllo', 2), left('héllo', -2), left('héllo', 0), left('', 3), left(NULL, 1), left('abc', NULL);
SELECT right('héllo', 2), right('héllo', -2), right('héllo', 10), right('héllo', -10), right('', -1);
SELECT lpad('ab', 5), lpad('ab', 5, 'xy'), lpad('abcdef', 3), lpad('ab', 5, ''), lpad('ab', -1, 'x'), lpad('ñ', 3, 'ü');
SELECT rpad('ab', 5, '.'), rpad('abcdef', 3, '.'), rpad('', 2, '-'), rpad('ab', 0), rpad(NULL, 3, 'x'), rpad('x', 3, NULL);
SELECT overlay('abcdef' PLACING 'XY' FROM 3), overlay('abcdef' PLACING 'XY' FROM 3 FOR 0), overlay('abcdef' PLACING '' FROM 2 FOR 3), overlay('héllo' PLACING 'E' FROM 2 FOR 1);
SELECT overlay('abc' PLACING 'Z' FROM 10), overlay('abc' PLACING 'Z' FROM 1 FOR 10);
SELECT overlay('abc' PLACING 'Z' FROM 0);
SELECT overlay('abc' PLACING 'Z' FROM 2 FOR -1);
SELECT position('l' IN 'héllo'), position('' IN 'abc'), position('z' IN 'abc'), position(NULL IN 'abc'), strpos('ababab', 'bab'), strpos('', '');
SELECT split_part('a,b,,d', ',', 3), split_part('a,b,,d', ',', -1), split_part('a,b,,d', ',', -4), split_part('a,b,,d', ',', -5), split_part('a,b,,d', ',', 9);
SELECT split_part('a,b', ',', 0);
SELECT split_part('abc', '', 1), split_part('abc', '', 2), split_part('', ',', 1), split_part('a~~b~~c', '~~', -2);
SELECT substr('héllo', 2, 3), substr('héllo', 0, 2), substr('héllo', -1, 3), substr('héllo', 4), substr('abc', 5);
SELECT substr('abc', 1, -1);
SELECT substring('abcdef' FROM 2 FOR 3), substring('abcdef' FROM -2 FOR 5), substring('abcdef' FOR 2), substring('abc123def' FROM '[0-9]+'), substring('abc' FROM 'x');
SELECT substring('foobar' SIMILAR 'f#"oo#"%' ESCAPE '#'), substring('abc' FROM '(b)(c)');
SELECT length('héllo'), octet_length('héllo'), bit_length('héllo'), char_length(''), length(NULL::text), character_length('日本語');
SELECT upper('straße'), lower('ÀÉÎ'), initcap('hello wORLD-foo bar_baz 3rd'), initcap(''), initcap('ñandú ÉCOLE');
SELECT reverse('héllo'), reverse(''), repeat('ab', 3), repeat('ab', 0), repeat('ab', -2), repeat('', 5);
SELECT btrim('  x  '), btrim('xxaxx', 'x'), ltrim('  x  '), rtrim('x..', '.'), trim(BOTH 'ab' FROM 'abcba'), trim(LEADING FROM '  y'), trim(TRAILING 'z' FROM 'yzz');
SELECT btrim('', 'x'), btrim('abc', ''), ltrim(NULL), trim('  '), length(trim('  '));
SELECT translate('hello', 'el', 'ip'), translate('hello', 'l', ''), translate('héllo', 'é', 'e'), translate('abc', '', 'x');
SELECT replace('aaa', 'a', 'bb'), replace('abc', '', 'x'), replace('abc', 'b', NULL), replace('', 'a', 'b');
SELECT concat('a', NULL, 1, true, 2.50), concat_ws('-', 'a', NULL, 'b', ''), concat_ws(NULL, 'a', 'b'), concat(), concat_ws(',');
SELECT 'a' || NULL, 'a' || 1, 1 || 'a', 'x' || 2.0 || true, NULL || NULL;
SELECT 1 || 2;
SELECT ascii('é'), ascii(''), chr(233), chr(0);
SELECT chr(-1);
SELECT md5(''), md5('héllo'), starts_with('abc', 'ab'), starts_with('abc', ''), starts_with('', 'a');
SELECT quote_ident('a b'), quote_ident('Abc'), quote_ident('abc'), quote_ident('select'), quote_literal('it''s'), quote_literal(NULL), quote_nullable(NULL), quote_literal(42);
SELECT 'ab' < 'abc', 'B' < 'a', 'é' > 'f', '' < ' ', 'a ' = 'a', 'a '::char(3) = 'a'::char(1);
SELECT string_agg(x, '|' ORDER BY x DESC) FROM (VALUES ('b'), (''), (NULL), ('a')) v(x);
SELECT string_agg(x, NULL) FROM (VALUES ('b'), ('a')) v(x);
SELECT array_to_string(ARRAY['a', NULL, 'c'], ','), array_to_string(ARRAY['a', NULL, 'c'], ',', '*'), string_to_array('a,,b', ','), string_to_array('a,,b', ',', ''), string_to_array('', ','), string_to_array('abc', '');
SELECT to_hex(255), to_hex(-1), to_hex(0::bigint), to_hex(9223372036854775807);

-- regular expressions: replace flags, matches with g, split
SELECT regexp_replace('Hello World', 'o', '0'), regexp_replace('Hello World', 'o', '0', 'g'), regexp_replace('Hello World', 'O', '0', 'gi'), regexp_replace('abc', '(b)', '[\1]');
SELECT regexp_replace('a.b.c', '.', '-', 'g'), regexp_replace('a.b.c', '\.', '-', 'g'), regexp_replace('aaa', 'a*', 'X', 'g'), regexp_replace('abc', '', '-', 'g');
SELECT regexp_replace('one two three', '(\w+) (\w+)', '\2 \1'), regexp_replace('abc', 'b', '\&\&'), regexp_replace('abc', 'b', '\\');
SELECT regexp_replace('ABC abc', 'b', 'x', 'i'), regexp_replace('line1
line2', '^l', 'L', 'gn'), regexp_replace('aXbXc', 'x', '_', 'ig');
SELECT regexp_replace('abc', 'b', 'x', 'z');
SELECT regexp_replace('abcabc', 'b', 'X', 2), regexp_replace('abcabc', 'b', 'X', 1, 2), regexp_replace('abcabc', 'b', 'X', 1, 0);
SELECT regexp_matches('a1b22c333', '\d+', 'g');
SELECT regexp_matches('a1b22c333', '\d+');
SELECT regexp_matches('key=val; k2=v2', '(\w+)=(\w+)', 'g');
SELECT regexp_matches('abc', 'x', 'g');
SELECT regexp_matches('abc', '(x)?b');
SELECT array_length(regexp_matches('aaa', 'a', 'g'), 1) FROM (VALUES (1)) v;
SELECT regexp_split_to_table('a1b2c', '\d');
SELECT regexp_split_to_table('a, b ,c', '\s*,\s*');
SELECT regexp_split_to_table('abc', '');
SELECT regexp_split_to_table('', ',');
SELECT regexp_split_to_array('1-2--3', '-'), regexp_split_to_array('AxbXc', 'x', 'i'), regexp_split_to_array(NULL, ',');
SELECT 'abc' ~ 'B', 'abc' ~* 'B', 'abc' !~ 'b', 'abc' !~* 'B', 'a+b' ~ 'a\+b', '' ~ '^$';
SELECT 'abc' ~ '(';
SELECT regexp_replace('x', '[', '');
SELECT regexp_count('banana', 'an'), regexp_instr('banana', 'an', 1, 2), regexp_substr('banana', 'an.', 1, 2), regexp_like('Banana', '^b', 'i');
SELECT 'foo' SIMILAR TO 'f%', 'foo' SIMILAR TO '(f|g)oo', 'foo' NOT SIMILAR TO 'f_', 'a%' LIKE 'a\%', 'a_b' LIKE 'a!_b' ESCAPE '!', 'AbC' ILIKE 'a_c';
SELECT 'abc' LIKE 'a%' ESCAPE '';
SELECT 'abc' LIKE 'a\';

-- format() with %I %L %s, positions, widths and flags
SELECT format('%s|%s', 'a', NULL), format('%I', 'My Table'), format('%I', 'plain'), format('%L', 'O''Brien'), format('%L', NULL), format('%I.%I', 'public', 'order');
SELECT format('%2$s %1$s %2$s', 'world', 'hello'), format('%1$s %s', 'a', 'b'), format('%s %1$s %s', 'a', 'b');
SELECT format('[%10s][%-10s][%3s]', 'abc', 'abc', 'abcdef'), format('[%*s]', 6, 'x'), format('[%-*s]', 6, 'x'), format('[%*s]', -6, 'x');
SELECT format('%%'), format('100%% of %s', 'it'), format('%s'), format(NULL), format('%s', VARIADIC ARRAY['x', 'y']);
SELECT format('%s %s', 'only');
SELECT format('%d', 1);
SELECT format('%I', NULL);
SELECT format('%0$s', 'a');
SELECT format('%s, %L, %I', 12.50, 12.50, 12.50), format('%L', true), format('%s', ARRAY[1, 2]), format('%L', ARRAY['a', 'b']), format('%s', DATE '2024-02-29');
SELECT format('INSERT INTO %I (%s) VALUES (%L)', 's17 t', 'a', E'x\ny');
SELECT format('%3$s', 'a', 'b');

-- integer overflow paths
SELECT 32767::int2 + 1::int2;
SELECT (-32768)::int2 - 1::int2;
SELECT 200::int2 * 200::int2;
SELECT (-32768)::int2 / (-1)::int2;
SELECT -((-32768)::int2);
SELECT abs((-32768)::int2);
SELECT 32767::int2 + 1;
SELECT 2147483647 + 1;
SELECT -2147483648 - 1;
SELECT 2147483647 * 2;
SELECT 65536 * 32768;
SELECT (-2147483648) / (-1);
SELECT (-2147483648) % (-1), (-2147483648)::int4 % 1, (-9223372036854775808)::int8 % (-1);
SELECT -(-2147483648);
SELECT abs(-2147483648);
SELECT abs(-2147483648::int4);
SELECT abs((-2147483648)::int4);
SELECT abs(-9223372036854775808);
SELECT abs((-9223372036854775807 - 1)::int8);
SELECT 9223372036854775807 + 1;
SELECT 9223372036854775807::int8 + 1::int2;
SELECT (-9223372036854775808)::int8 / (-1);
SELECT (-9223372036854775808)::int8 * (-1);
SELECT 3037000500::int8 * 3037000500::int8;
SELECT 3037000499::int8 * 3037000499::int8;
SELECT 2147483647::int4 + 1::int8, 32767::int2 + 1::int4, pg_typeof(1::int2 + 1::int2), pg_typeof(1::int2 + 1), pg_typeof(1 + 1::int8);
SELECT 9223372036854775808, pg_typeof(9223372036854775808), pg_typeof(2147483648), pg_typeof(2147483647);
SELECT 2147483648::int4;
SELECT 32768::int2;
SELECT (-32769)::int2;
SELECT 9223372036854775808::int8;
SELECT 1e10::int4;
SELECT 2147483647.5::int4;
SELECT 2147483646.5::int4, (-2147483648.4)::int4, 2.5::int4, 3.5::int4, (-2.5)::int4, 2.5::float8::int4, 3.5::float8::int4, (-0.5)::float8::int2;
SELECT 1e300::float8::int8;
SELECT 'NaN'::float8::int4;
SELECT 'NaN'::numeric::int4;
SELECT 'Infinity'::float8::int8;
SELECT 2147483647::int4 << 1, 1::int4 << 31, 1::int4 << 32, 1::int8 << 63, (-8) >> 1, 5 & 3, 5 | 3, 5 # 3, ~5;
SELECT 100 ^ 100;
SELECT 2 ^ 62, pg_typeof(2 ^ 62), 2::int8 ^ 63;
SELECT factorial(20);
SELECT factorial(21), pg_typeof(factorial(21));
SELECT factorial(-1);
SELECT gcd(-2147483648, 2), lcm(6, 4), gcd(0, 0), lcm(0, 5);
SELECT gcd(-2147483648, 0);
SELECT lcm(2147483647, 2147483646);
SELECT sum(x), pg_typeof(sum(x)) FROM (VALUES (2147483647), (2147483647)) v(x);
SELECT sum(x), pg_typeof(sum(x)) FROM (VALUES (9223372036854775807::int8), (1::int8)) v(x);
SELECT sum(x::int2), pg_typeof(sum(x::int2)), avg(x::int2), pg_typeof(avg(x::int2)) FROM (VALUES (32767), (32767)) v(x);
SELECT avg(x), pg_typeof(avg(x)), avg(x::int8), avg(x::float4), pg_typeof(avg(x::float4)), avg(x::numeric(5,2)) FROM (VALUES (1), (2), (2)) v(x);
SELECT sum(x::float4), pg_typeof(sum(x::float4)), sum(x::numeric), pg_typeof(sum(x::real)), pg_typeof(sum(1::int2)), pg_typeof(sum(1.5)) FROM (VALUES (1), (2)) v(x);
SELECT sum(x) FROM (VALUES (NULL::int), (NULL)) v(x);
SELECT max(x), min(x), pg_typeof(max(x)) FROM (VALUES (1::int2), (-3::int2)) v(x);
SELECT count(*)::int2 FROM generate_series(1, 40000);
SELECT (SELECT sum(units) FROM s17_sale) * 100000000;
SELECT sum(units * 1000000000) FROM s17_sale;
SELECT sum(units::int8 * 1000000000) FROM s17_sale;
SELECT units * 1000000000 FROM s17_sale WHERE units = 3;
SELECT bit_and(x), bit_or(x), bit_xor(x) FROM (VALUES (12), (10), (NULL)) v(x);

-- division by zero in every numeric type
SELECT 1 / 0;
SELECT 1::int2 / 0::int2;
SELECT 1::int8 / 0;
SELECT 1 % 0;
SELECT 1::int8 % 0::int8;
SELECT 1.0 / 0;
SELECT 1.5 % 0;
SELECT 0::numeric / 0;
SELECT 1::float8 / 0;
SELECT 1::float4 / 0::float4;
SELECT 0::float8 / 0;
SELECT 'NaN'::float8 / 0;
SELECT 'Infinity'::float8 / 0;
SELECT 1 / 0.0::float8;
SELECT div(1, 0);
SELECT mod(1, 0);
SELECT mod(1.5, 0);
SELECT 1 / NULLIF(0, 0), 1.0 / NULLIF(0, 0), mod(7, -3), mod(-7, 3), -7 % 3, 7.5 % -2, div(-7, 2), div(7.9, 2);
SELECT CAST(1 AS money) / 0;
SELECT 5 / 2, 5.0 / 2, 5 / 2.0, -5 / 2, 5::float8 / 2, 1::numeric / 3, 2::numeric / 3 * 3, 10 / 4::int8, pg_typeof(5 / 2.0);
SELECT 'NaN'::numeric / 0;
SELECT 'NaN'::numeric / 'NaN'::numeric, 'Infinity'::numeric / 'Infinity'::numeric;
SELECT 1::numeric / 'Infinity', 'Infinity'::numeric / 2, -1 / 'Infinity'::numeric;
SELECT 'Infinity'::numeric % 2;
SELECT 5 % 'Infinity'::numeric, 'NaN'::numeric % 0;
SELECT sum(units) / count(*) FILTER (WHERE units > 1000) FROM s17_sale;
SELECT avg(units) / 0 FROM s17_sale;
SELECT CASE WHEN false THEN 1 / 0 ELSE 1 END;
SELECT CASE WHEN units > 0 THEN 100 / units ELSE 0 END FROM s17_sale ORDER BY id LIMIT 3;
SELECT id FROM s17_sale WHERE units = 0 AND 1 / units > 0;
SELECT power(0, -1);
SELECT power(0.0, -1);
SELECT log(0);
SELECT ln(0);
SELECT ln(-1::float8);
SELECT sqrt(-1);
SELECT sqrt(-1::numeric);
SELECT log(1, 10);

-- text to number: spaces, signs, underscores, radix prefixes, exponents
SELECT ' 42 '::int, '+7'::int, '-0'::int, '  -12'::int8, '007'::int2, E'\t5\n'::int;
SELECT '1_000'::int;
SELECT '1 000'::int;
SELECT '0x1F'::int;
SELECT '12abc'::int;
SELECT ''::int;
SELECT ' '::int;
SELECT '+'::int;
SELECT '--1'::int;
SELECT '1.0'::int;
SELECT '1e3'::int;
SELECT '2147483648'::int;
SELECT '-2147483648'::int, '-32768'::int2, '-9223372036854775808'::int8;
SELECT '99999999999999999999'::int8;
SELECT ' 1.50 '::numeric, '+.5'::numeric, '-5.'::numeric, '1e-3'::numeric, '1E+2'::numeric, ' NaN '::numeric, 'nan'::numeric, '-inf'::numeric, '+Infinity'::numeric;
SELECT '.'::numeric;
SELECT '1_000.5'::numeric;
SELECT '1e'::numeric;
SELECT ' 1.5e2 '::float8, '-0'::float8, 'inf'::float8, '-Infinity'::float4, 'NaN'::float4, '1e-400'::float8;
SELECT '1e400'::float8;
SELECT '1e39'::float4;
SELECT 'abc'::float8;
SELECT int4(' 12 '), int8('-5'), to_number('1,234.5', '9,999.9'), to_number(' -12', '999'), to_number('$1,000', 'L9,999');
SELECT CAST('12' AS smallint) + CAST(' 3' AS bigint), '5'::text::int * 2, '3.7'::numeric::int, '3.7'::float8::int;
SELECT '3.7'::text::int;
SELECT cast(NULL AS int), NULL::int + 1, CAST('' AS text) IS NULL;

-- boolean input forms
SELECT 't'::bool, 'TRUE'::bool, ' yes '::bool, 'y'::bool, 'on'::bool, '1'::bool, 'f'::bool, 'False'::bool, 'no'::bool, 'N'::bool, 'off'::bool, '0'::bool;
SELECT 'o'::bool;
SELECT 'of'::bool, 'of'::bool IS NULL;
SELECT 'tr'::bool, 'ye'::bool, 'fa'::bool;
SELECT '2'::bool;
SELECT ''::bool;
SELECT 'yess'::bool;
SELECT 1::bool, 0::bool, 5::bool, (-1)::bool;
SELECT 1::int8::bool;
SELECT true::int, false::int, true::text, false::varchar, true::int8;
SELECT bool 'true' AND NULL, NULL OR true, NOT NULL::bool, true IS UNKNOWN, NULL::bool IS NOT TRUE, NULL::bool IS FALSE;
SELECT bool_and(x), bool_or(x), every(x) FROM (VALUES (true), (NULL), (false)) v(x);
SELECT bool_and(x) FROM (VALUES (NULL::bool)) v(x);
SELECT 'true' = true, 'yes' = true, true > false, true < NULL;
SELECT 1 = true;
SELECT CASE WHEN 'on' THEN 1 END;
SELECT * FROM s17_wh WHERE 1;
SELECT * FROM s17_wh WHERE 'yes' ORDER BY id LIMIT 1;

-- date/time arithmetic edges: month ends, leap days, justify, age
SELECT DATE '2024-01-31' + INTERVAL '1 month', DATE '2024-03-31' - INTERVAL '1 month', DATE '2023-01-31' + INTERVAL '1 month', DATE '2024-02-29' + INTERVAL '1 year', DATE '2024-02-29' - INTERVAL '4 years';
SELECT TIMESTAMP '2024-01-31 10:00' + INTERVAL '1 month 1 day', TIMESTAMP '2024-01-31 10:00' + INTERVAL '1 day' + INTERVAL '1 month', TIMESTAMP '2024-05-31' + INTERVAL '-1 month';
SELECT DATE '2024-03-01' - DATE '2024-02-01', DATE '2023-03-01' - DATE '2023-02-01', DATE '2024-12-31' - DATE '2024-01-01', pg_typeof(DATE '2024-03-01' - DATE '2024-02-01');
SELECT DATE '2024-02-28' + 1, DATE '2024-02-28' + 2, 7 + DATE '2024-12-28', DATE '2024-03-01' - 1, pg_typeof(DATE '2024-02-28' + 1);
SELECT DATE '2024-02-28' + 1.5;
SELECT DATE '2023-02-29';
SELECT DATE '2024-02-30';
SELECT DATE '2024-13-01';
SELECT '2024-04-31'::timestamp;
SELECT '24:00:00'::time, '2024-01-01 24:00:00'::timestamp, '23:59:60'::time;
SELECT '24:00:01'::time;
SELECT TIMESTAMP '2024-02-29 12:00' - TIMESTAMP '2023-02-28 12:00', TIMESTAMP '2024-03-01' - TIMESTAMP '2024-02-28 23:00';
SELECT justify_days(INTERVAL '65 days'), justify_hours(INTERVAL '50 hours'), justify_interval(INTERVAL '1 month -1 hour'), justify_interval(INTERVAL '-1 month 40 days'), justify_days(INTERVAL '-35 days');
SELECT justify_hours(INTERVAL '-25 hours 30 minutes'), justify_interval(INTERVAL '29 days 24 hours'), justify_days(INTERVAL '1 year 400 days');
SELECT age(TIMESTAMP '2024-03-31', TIMESTAMP '2024-02-29'), age(TIMESTAMP '2024-02-29', TIMESTAMP '2024-03-31'), age(DATE '2024-01-31', DATE '2023-12-31'), age(TIMESTAMP '2025-02-28', TIMESTAMP '2024-02-29');
SELECT age(TIMESTAMP '2024-01-01 00:00', TIMESTAMP '2023-12-31 23:59:59'), age(DATE '2000-02-29', DATE '2024-02-29'), age(TIMESTAMP '2024-03-01', TIMESTAMP '2024-01-31');
SELECT extract(day FROM DATE '2024-02-29' + INTERVAL '1 month'), extract(dow FROM DATE '2024-02-29'), extract(doy FROM DATE '2024-12-31'), extract(week FROM DATE '2024-12-30'), extract(isoyear FROM DATE '2024-12-30'), extract(quarter FROM DATE '2024-07-01');
SELECT date_trunc('month', DATE '2024-02-29') + INTERVAL '1 month' - INTERVAL '1 day' AS month_end, (date_trunc('month', TIMESTAMP '2024-12-15') + INTERVAL '1 month')::date;
SELECT date_trunc('week', TIMESTAMP '2024-01-01 10:00'), date_trunc('quarter', DATE '2024-05-20'), date_trunc('year', TIMESTAMP '2024-02-29 23:59:59'), date_trunc('decade', DATE '2024-01-01');
SELECT date_trunc('fortnight', DATE '2024-01-01');
SELECT INTERVAL '1 month' * 1.5, INTERVAL '1 day' / 3, INTERVAL '1 hour' * -2.25, INTERVAL '31 days' = INTERVAL '1 month', INTERVAL '30 days' = INTERVAL '1 month', INTERVAL '24 hours' = INTERVAL '1 day';
SELECT INTERVAL '1 day' / 0;
SELECT INTERVAL '2147483647 days' + INTERVAL '1 day';
SELECT make_date(2024, 2, 29), make_date(-44, 3, 15), make_interval(months => 1, days => -1), make_time(23, 59, 59.5);
SELECT make_date(2023, 2, 29);
SELECT make_date(0, 1, 1);
SELECT DATE '2024-01-01' + TIME '25:00';
SELECT TIME '23:30' + INTERVAL '1 hour', TIME '00:30' - INTERVAL '1 hour', TIME '10:00' - TIME '11:30', DATE '2024-02-29' + TIME '12:34:56';
SELECT TIMESTAMP 'infinity' - INTERVAL '1 day', DATE 'infinity' > DATE '9999-12-31', DATE '-infinity' + 1, isfinite(DATE 'infinity'), TIMESTAMP 'epoch';
SELECT DATE 'infinity' - DATE '2024-01-01';
SELECT to_char(DATE '2024-02-29', 'YYYY-MM-DD Dy Mon DDD IW'), to_char(TIMESTAMP '2024-12-31 13:05:09', 'HH12:MI:SS AM, FMDay FMMonth'), to_char(INTERVAL '1 day 3 hours', 'DD HH24');
SELECT to_date('2024-02-30', 'YYYY-MM-DD');
SELECT to_date('31/12/2024', 'DD/MM/YYYY'), to_timestamp('2024-02-29 23:59', 'YYYY-MM-DD HH24:MI')::timestamp, to_date('20240229', 'YYYYMMDD');
SELECT DATE '2024-01-15' BETWEEN DATE '2024-01-01' AND DATE '2024-01-31', (DATE '2024-01-01', DATE '2024-02-01') OVERLAPS (DATE '2024-01-31', DATE '2024-03-01'), (DATE '2024-01-01', DATE '2024-02-01') OVERLAPS (DATE '2024-02-01', DATE '2024-03-01');
SELECT sold_on, sold_on + INTERVAL '1 month' AS due, (sold_on + INTERVAL '1 month')::date - sold_on AS days FROM s17_sale WHERE extract(day FROM sold_on) >= 29 ORDER BY id;
SELECT max(sold_on) - min(sold_on), max(sold_on) - INTERVAL '3 months', avg(sold_on - DATE '2024-01-01') FROM s17_sale;

-- generate_series with steps of every type
SELECT generate_series(1, 10, 3);
SELECT generate_series(10, 1, -4);
SELECT generate_series(1, 3, 0);
SELECT generate_series(5, 1);
SELECT generate_series(1::int8, 3::int8), pg_typeof(generate_series(1::int8, 2::int8));
SELECT generate_series(2147483646, 2147483647);
SELECT generate_series(9223372036854775806::int8, 9223372036854775807::int8);
SELECT generate_series(0.5, 2.0, 0.5);
SELECT generate_series(1.0, 2, 0.3), pg_typeof(generate_series(1, 2, 0.5));
SELECT generate_series(1, 2, 0.0);
SELECT generate_series(1::numeric, 'Infinity'::numeric);
SELECT generate_series(1, 3, NULL);
SELECT generate_series(1::float8, 2::float8, 0.5::float8);
SELECT generate_series(TIMESTAMP '2024-01-31', TIMESTAMP '2024-05-31', INTERVAL '1 month');
SELECT generate_series(DATE '2024-02-27', DATE '2024-03-02', INTERVAL '1 day');
SELECT generate_series(TIMESTAMP '2024-01-01', TIMESTAMP '2024-01-01 02:00', '45 minutes');
SELECT generate_series(TIMESTAMP '2024-01-02', TIMESTAMP '2024-01-01', INTERVAL '-12 hours');
SELECT generate_series(TIMESTAMP '2024-01-01', TIMESTAMP '2024-01-02', INTERVAL '0');
SELECT generate_series(DATE '2024-01-01', DATE '2024-01-03', 1);
SELECT count(*), min(g), max(g) FROM generate_series(-5, 5) g;
SELECT g FROM generate_series(1, 20) g ORDER BY g DESC LIMIT 3 OFFSET 2;
SELECT generate_subscripts(ARRAY[10, 20, 30], 1), generate_subscripts('[0:2]={a,b,c}'::text[], 1);

-- COALESCE, NULLIF, GREATEST, LEAST, CASE: type resolution and its errors
SELECT COALESCE(NULL, 1, 2.5), pg_typeof(COALESCE(NULL, 1, 2.5)), COALESCE(NULL::int2, 3::int8), pg_typeof(COALESCE(1::int2, 3::int8)), COALESCE('a', NULL), pg_typeof(COALESCE(NULL, NULL));
SELECT COALESCE(1, 'x');
SELECT COALESCE('1', 2), pg_typeof(COALESCE('1', 2));
SELECT COALESCE(NULL::text, 1);
SELECT COALESCE(DATE '2024-01-01', TIMESTAMP '2024-01-01 10:00'), pg_typeof(COALESCE(DATE '2024-01-01', TIMESTAMP '2024-01-01 10:00'));
SELECT COALESCE(1.5::float4, 2::numeric), pg_typeof(COALESCE(1.5::float4, 2::numeric)), pg_typeof(COALESCE(1::numeric, 2::float8));
SELECT COALESCE(true, 0);
SELECT COALESCE(NULL, NULL, 3) + 1, COALESCE(region, rep, '?') FROM s17_sale ORDER BY id LIMIT 3;
SELECT NULLIF(1, 1), NULLIF(1, 2), NULLIF('a', 'A'), NULLIF(NULL, 1), NULLIF(1, NULL), pg_typeof(NULLIF(1::int2, 2)), NULLIF(1.0, 1), NULLIF('', '') IS NULL;
SELECT NULLIF(1, 'x');
SELECT NULLIF(1, '1.5');
SELECT NULLIF(1::int8, 2.5), pg_typeof(NULLIF(1::int8, 2.5));
SELECT GREATEST(1, 2.5, NULL), LEAST(1, 2.5, NULL), GREATEST(NULL, NULL), pg_typeof(GREATEST(1, 2::int8)), GREATEST('a', 'B', 'b'), LEAST(DATE '2024-01-01', '2023-06-01'), GREATEST(1::float8, 'NaN');
SELECT GREATEST(1, 'a');
SELECT GREATEST(true, false), LEAST(true, NULL), GREATEST(INTERVAL '1 day', INTERVAL '23 hours'), GREATEST(ARRAY[1, 2], ARRAY[1, 3]);
SELECT GREATEST(1, true);
SELECT GREATEST(NULL::int, NULL::text);
SELECT CASE WHEN true THEN 1 ELSE 2.5 END, pg_typeof(CASE WHEN true THEN 1 ELSE 2.5 END), CASE WHEN false THEN 'a' END, pg_typeof(CASE WHEN false THEN 'a' END);
SELECT CASE WHEN true THEN 1 ELSE 'a' END;
SELECT CASE WHEN true THEN 1 ELSE '2' END, pg_typeof(CASE WHEN true THEN 1 ELSE '2' END);
SELECT CASE WHEN true THEN 1 ELSE true END;
SELECT CASE WHEN true THEN DATE '2024-01-01' ELSE 1 END;
SELECT CASE 1 WHEN 'a' THEN 1 END;
SELECT CASE 1 WHEN 1.0 THEN 'one' WHEN 2 THEN 'two' END, CASE 'x' WHEN 'X' THEN 1 ELSE 0 END, CASE NULL WHEN NULL THEN 'n' ELSE 'e' END;
SELECT CASE WHEN 1 THEN 'a' END;
SELECT CASE WHEN NULL THEN 'a' ELSE 'b' END, CASE WHEN units > 10 THEN 'bulk' WHEN units > 1 THEN 'few' ELSE 'one' END FROM s17_sale ORDER BY id LIMIT 4;
SELECT CASE WHEN true THEN 1::int2 ELSE 2::int8 END, pg_typeof(CASE WHEN true THEN 1::int2 ELSE 2::int8 END), pg_typeof(CASE WHEN true THEN 1::float4 ELSE 1::int8 END);
SELECT CASE WHEN true THEN ARRAY[1] ELSE ARRAY['a'] END;
SELECT CASE WHEN false THEN NULL ELSE NULL END, pg_typeof(CASE WHEN false THEN NULL ELSE NULL END);
SELECT x FROM (VALUES (1), (2.5), (NULL)) v(x) ORDER BY x;
SELECT x FROM (VALUES (1), ('a')) v(x);
SELECT pg_typeof(x) FROM (VALUES ('1'), (2)) v(x) LIMIT 1;
SELECT 1 UNION SELECT 2.5 ORDER BY 1;
SELECT 1 UNION SELECT 'a';
SELECT 'a' UNION SELECT 'b' UNION SELECT NULL ORDER BY 1;
SELECT NULL UNION SELECT 1;
SELECT DATE '2024-01-01' UNION ALL SELECT TIMESTAMP '2024-01-01 05:00' ORDER BY 1;

-- IN lists with NULLs, ANY/ALL with arrays and subqueries
SELECT 1 IN (1, NULL), 2 IN (1, NULL), 2 NOT IN (1, NULL), NULL IN (1, 2), NULL NOT IN (), 1 NOT IN (2, 3);
SELECT 1 IN ();
SELECT 1 IN (1, 'a');
SELECT 1 IN (1.0, 2), 'a' IN ('A', 'a'), 1 IN ('1', '2'), (1, 2) IN ((1, 2), (3, 4)), (1, NULL) IN ((1, 2)), (1, NULL) NOT IN ((2, 2));
SELECT id FROM s17_sale WHERE region NOT IN ('east', NULL);
SELECT id FROM s17_sale WHERE region NOT IN (SELECT region FROM s17_wh);
SELECT id FROM s17_sale WHERE region NOT IN (SELECT region FROM s17_wh WHERE region IS NOT NULL) ORDER BY id;
SELECT id FROM s17_sale WHERE region IN (SELECT region FROM s17_wh) ORDER BY id;
SELECT id FROM s17_sale WHERE rep IN (SELECT rep FROM s17_sale WHERE units > 10) ORDER BY id;
SELECT 1 = ANY (ARRAY[1, NULL]), 2 = ANY (ARRAY[1, NULL]), 2 <> ALL (ARRAY[1, NULL]), 2 <> ALL (ARRAY[1, 3]), 1 = ANY ('{}'::int[]), 1 = ALL ('{}'::int[]), NULL = ANY ('{}'::int[]);
SELECT 5 > ANY (ARRAY[1, 9]), 5 > ALL (ARRAY[1, 9]), 'b' LIKE ANY (ARRAY['a%', 'b%']), 'b' NOT LIKE ALL (ARRAY['a%', 'c%']), 'B' ILIKE ANY ('{b}');
SELECT 1 = ANY (NULL::int[]), 1 = ALL (NULL::int[]), 1 = ANY (ARRAY[[1, 2], [3, 4]]), 3 < ALL ('{4,5}');
SELECT 1 = ANY (1);
SELECT 1 = ANY ('{1,a}'::int[]);
SELECT 'x' = ANY (ARRAY[1, 2]);
SELECT id FROM s17_sale WHERE units = ANY (ARRAY[2, 3]) ORDER BY id;
SELECT id FROM s17_sale WHERE amount > ALL (SELECT amount FROM s17_sale WHERE region = 'east') ORDER BY id;
SELECT id FROM s17_sale WHERE amount > ALL (SELECT amount FROM s17_sale WHERE region = 'nowhere') ORDER BY id LIMIT 3;
SELECT id FROM s17_sale WHERE amount >= ALL (SELECT amount FROM s17_sale);
SELECT id FROM s17_sale WHERE amount >= ALL (SELECT amount FROM s17_sale WHERE amount IS NOT NULL);
SELECT id FROM s17_sale WHERE units < ANY (SELECT units FROM s17_sale WHERE rep = 'cy') ORDER BY id;
SELECT id FROM s17_sale WHERE (region, rep) = ANY (SELECT region, rep FROM s17_sale WHERE units > 2) ORDER BY id;
SELECT id FROM s17_sale WHERE units = ANY (SELECT units, id FROM s17_sale);
SELECT id FROM s17_sale WHERE units = ANY (SELECT array_agg(units) FROM s17_sale);
SELECT 3 = ANY (SELECT unnest(ARRAY[1, 2, 3])), 4 = SOME (SELECT unnest(ARRAY[1, NULL]));

-- EXISTS with correlated subqueries
SELECT w.code FROM s17_wh w WHERE EXISTS (SELECT 1 FROM s17_stock s WHERE s.wh_id = w.id) ORDER BY 1;
SELECT w.code FROM s17_wh w WHERE NOT EXISTS (SELECT FROM s17_stock s WHERE s.wh_id = w.id) ORDER BY 1;
SELECT i.sku, EXISTS (SELECT 1 FROM s17_stock s WHERE s.sku = i.sku AND s.qty > 10) AS plenty FROM s17_item i ORDER BY i.sku;
SELECT s.id FROM s17_sale s WHERE EXISTS (SELECT 1 FROM s17_sale t WHERE t.rep = s.rep AND t.sold_on > s.sold_on AND t.product = s.product) ORDER BY s.id;
SELECT s.id FROM s17_sale s WHERE NOT EXISTS (SELECT 1 FROM s17_sale t WHERE t.region = s.region AND t.amount > s.amount) ORDER BY s.id;
SELECT EXISTS (SELECT NULL), EXISTS (SELECT 1 WHERE false), NOT EXISTS (SELECT * FROM s17_wh WHERE id < 0);
SELECT count(*) FILTER (WHERE EXISTS (SELECT 1 FROM s17_item i WHERE lower(i.name) = s.product)) FROM s17_sale s;
SELECT rep, (SELECT max(t.amount) FROM s17_sale t WHERE t.rep = s.rep) - min(amount) FROM s17_sale s GROUP BY rep ORDER BY rep NULLS LAST;
SELECT id, (SELECT count(*) FROM s17_sale t WHERE t.sold_on <= s.sold_on) AS running FROM s17_sale s ORDER BY id;
SELECT id, (SELECT t.id FROM s17_sale t WHERE t.rep = s.rep AND t.id <> s.id) FROM s17_sale s ORDER BY id;
SELECT (SELECT 1, 2);
SELECT id FROM s17_sale WHERE units = (SELECT units FROM s17_sale WHERE rep = 'ann');
SELECT id FROM s17_sale WHERE units = (SELECT units FROM s17_sale WHERE rep = 'zed');
SELECT (SELECT units FROM s17_sale WHERE rep = 'zed') IS NULL;

-- ORDER BY NULLS FIRST/LAST with DESC, LIMIT/OFFSET expressions, FETCH FIRST … WITH TIES
SELECT id, amount FROM s17_sale ORDER BY amount DESC, id;
SELECT id, amount FROM s17_sale ORDER BY amount DESC NULLS LAST, id LIMIT 3;
SELECT id, amount FROM s17_sale ORDER BY amount NULLS FIRST, id LIMIT 3;
SELECT id, region FROM s17_sale ORDER BY region ASC NULLS FIRST, id DESC;
SELECT id, region, rep FROM s17_sale ORDER BY region DESC NULLS FIRST, rep NULLS LAST, id;
SELECT DISTINCT region FROM s17_sale ORDER BY region DESC;
SELECT region, count(*) FROM s17_sale GROUP BY region ORDER BY count(*) DESC, region NULLS FIRST;
SELECT id FROM s17_sale ORDER BY units DESC, id LIMIT 2 + 1;
SELECT id FROM s17_sale ORDER BY id LIMIT (SELECT count(*) FROM s17_wh) OFFSET 1 * 2;
SELECT id FROM s17_sale ORDER BY id LIMIT -1;
SELECT id FROM s17_sale ORDER BY id OFFSET -1;
SELECT id FROM s17_sale ORDER BY id LIMIT NULL OFFSET NULL;
SELECT id FROM s17_sale ORDER BY id LIMIT 2.6;
SELECT id FROM s17_sale ORDER BY id LIMIT '2';
SELECT id FROM s17_sale ORDER BY id LIMIT 'x';
SELECT id FROM s17_sale ORDER BY id OFFSET 10 ROWS FETCH NEXT 5 ROWS ONLY;
SELECT id, units FROM s17_sale ORDER BY units DESC FETCH FIRST 2 ROWS WITH TIES;
SELECT * FROM (SELECT id, units FROM s17_sale ORDER BY units FETCH FIRST 1 ROW WITH TIES) t ORDER BY id;
SELECT count(*), max(units) FROM (SELECT id, units FROM s17_sale ORDER BY units OFFSET 1 ROWS FETCH FIRST 2 ROWS WITH TIES) t;
SELECT id, units FROM s17_sale FETCH FIRST 2 ROWS WITH TIES;
SELECT id FROM s17_sale ORDER BY id FETCH FIRST ROW ONLY;
SELECT id FROM s17_sale ORDER BY id FETCH FIRST 0 ROWS ONLY;
SELECT id FROM s17_sale ORDER BY id FETCH FIRST (1 + 1) ROWS ONLY;
SELECT region, amount FROM s17_sale ORDER BY region NULLS LAST, amount DESC NULLS LAST FETCH FIRST 3 ROWS WITH TIES;
SELECT id FROM s17_sale ORDER BY 5;
SELECT id FROM s17_sale ORDER BY 0;
SELECT id AS x FROM s17_sale ORDER BY x + 1 LIMIT 1;
SELECT id, units AS u FROM s17_sale ORDER BY u DESC, -id LIMIT 3;
SELECT DISTINCT units FROM s17_sale ORDER BY id;
SELECT rep FROM s17_sale UNION SELECT region FROM s17_sale ORDER BY 1 NULLS FIRST LIMIT 4;
SELECT rep FROM s17_sale UNION SELECT region FROM s17_sale ORDER BY rep DESC NULLS LAST LIMIT 2;
SELECT rep FROM s17_sale UNION SELECT region FROM s17_sale ORDER BY upper(rep);

-- the SQLSTATEs of the errors applications meet
INSERT INTO s17_wh VALUES (2, 'DUP', NULL);
INSERT INTO s17_wh VALUES (20, 'BOS', NULL);
INSERT INTO s17_wh (id, code) VALUES (21, 'NEW'), (21, 'NEW2');
UPDATE s17_wh SET code = 'SFO' WHERE code = 'BOS';
UPDATE s17_wh SET id = id + 1 WHERE id IN (2, 3);
INSERT INTO s17_stock VALUES (99, 'A1', 1, NULL);
INSERT INTO s17_stock VALUES (1, 'ZZ', 1, NULL);
UPDATE s17_stock SET wh_id = 42 WHERE sku = 'A1';
DELETE FROM s17_wh WHERE id = 3;
INSERT INTO s17_wh (id) VALUES (30);
INSERT INTO s17_wh (id, code) VALUES (NULL, 'NUL');
UPDATE s17_item SET name = NULL WHERE sku = 'A1';
INSERT INTO s17_item (sku, name, price) VALUES ('N1', 'neg', -0.01);
UPDATE s17_item SET price = price - 1000 WHERE sku = 'B2';
UPDATE s17_stock SET qty = -1 WHERE sku = 'B2';
INSERT INTO s17_item (sku, name, price) VALUES ('P1', 'big', 100000000);
INSERT INTO s17_item (sku, name, price) VALUES ('P2', 'x', 'abc');
INSERT INTO s17_item (sku, name, price, qty) VALUES ('P3', 'x', 1, '1.5');
INSERT INTO s17_item (sku, name, price, qty) VALUES ('P4', 'x', 1, 1.5) RETURNING qty;
INSERT INTO s17_item (sku, name, price, qty) VALUES ('P5', 'x', 1, 3000000000);
INSERT INTO s17_item (sku, name, price, discontinued) VALUES ('P6', 'x', 1, 'maybe');
INSERT INTO s17_item (sku, name, price, discontinued) VALUES ('P7', 'x', 1, 1);
INSERT INTO s17_item (sku, name, price, qty) VALUES ('P8', 'x', 1, true);
INSERT INTO s17_item (sku, name, price) VALUES ('P9', 'x');
INSERT INTO s17_item (sku, name) VALUES ('P9', 'x', 1);
INSERT INTO s17_item (sku, name, nope) VALUES ('P9', 'x', 1);
INSERT INTO s17_item (sku, sku, name, price) VALUES ('P9', 'P9', 'x', 1);
SELECT * FROM s17_missing;
SELECT nope FROM s17_wh;
SELECT w.nope FROM s17_wh w;
SELECT s17_wh.id FROM s17_wh w;
SELECT x.id FROM s17_wh w;
SELECT id FROM s17_wh, s17_stock;
SELECT length(42);
SELECT lower(1);
SELECT 'a' + 1;
SELECT 1 + 'a';
SELECT DATE '2024-01-01' + DATE '2024-01-02';
SELECT now() - 1;
SELECT sum('a');
SELECT avg(true);
SELECT nosuchfn(1);
SELECT round(1.5, 'a');
SELECT substr(1234, 2);
SELECT id FROM s17_wh WHERE code = 1;
SELECT id FROM s17_wh WHERE id = 'x';
SELECT id FROM s17_wh WHERE id = '1.0';
SELECT id FROM s17_wh WHERE id = 1.0 ORDER BY id;
SELECT id FROM s17_wh WHERE code;
SELECT id FROM s17_wh WHERE id LIKE '1%';
SELECT id FROM s17_wh WHERE id::text LIKE '1%';
SELECT id FROM s17_wh GROUP BY code;
SELECT code, count(*) FROM s17_wh;
SELECT count(*) FROM s17_wh HAVING code = 'NYC';
SELECT sum(count(*)) FROM s17_wh;
SELECT id FROM s17_wh WHERE sum(id) > 1;
SELECT 1 FROM s17_wh GROUP BY 2;
SELECT ARRAY[1, 'a'];
SELECT ARRAY[1, 2] || 'x';
SELECT '{1,2'::int[];
SELECT (ARRAY[1, 2])[1:2][1];
SELECT 'abc'::varchar(2);
SELECT CAST('abc' AS char(2)), 'abc'::varchar(2)::text;
INSERT INTO s17_user (email) VALUES (repeat('x', 10)) RETURNING email::varchar(3);
CREATE TABLE s17_v (c varchar(3));
INSERT INTO s17_v VALUES ('abcd');
INSERT INTO s17_v VALUES ('abc '), ('ab   ');
INSERT INTO s17_v VALUES (12345);
SELECT c, length(c) FROM s17_v ORDER BY c;
CREATE TABLE s17_v (c int);
CREATE TABLE s17_bad (a int, a text);
CREATE TABLE s17_bad (a nosuchtype);
ALTER TABLE s17_missing ADD COLUMN x int;
ALTER TABLE s17_v ADD COLUMN c int;
ALTER TABLE s17_v DROP COLUMN nope;
ALTER TABLE s17_v ALTER COLUMN c TYPE int;
DROP TABLE s17_missing;
DROP TABLE IF EXISTS s17_missing;
DROP TABLE s17_wh;
SELECT 1 FROM s17_wh FOR UPDATE OF s17_missing;
SELECT DISTINCT ON (region) id FROM s17_sale ORDER BY id;
SELECT id FROM s17_wh UNION SELECT id, code FROM s17_wh;
SELECT id FROM s17_wh INTERSECT SELECT code FROM s17_wh;
WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 3) SELECT sum(n) FROM r;
WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT 'x' FROM r WHERE n < 3) SELECT * FROM r;
WITH RECURSIVE r(n) AS (SELECT 1::int UNION ALL SELECT n + 1 FROM r) SELECT * FROM r LIMIT 4;
WITH RECURSIVE r(n) AS (SELECT 2147483646 UNION ALL SELECT n + 1 FROM r WHERE n > 0) SELECT count(*) FROM r;
WITH t AS (SELECT 1 AS a) SELECT b FROM t;
WITH t(a, b) AS (SELECT 1) SELECT * FROM t;
SELECT * FROM (SELECT 1 AS a, 2 AS a) t;
SELECT a FROM (SELECT 1 AS a, 2 AS a) t;
SELECT * FROM (VALUES (1, 2), (3)) v;
SELECT * FROM s17_wh w JOIN s17_stock s USING (nope);
SELECT * FROM s17_wh w JOIN s17_stock s ON w.id = s.wh_id JOIN s17_item i USING (sku) ORDER BY 1, 2 LIMIT 1;
SELECT sku FROM s17_stock s JOIN s17_item i USING (sku) WHERE sku = 'B2' ORDER BY 1;
SELECT qty FROM s17_stock s JOIN s17_item i USING (sku);
BEGIN;
INSERT INTO s17_wh VALUES (40, 'T40', NULL);
INSERT INTO s17_wh VALUES (40, 'T41', NULL);
SELECT count(*) FROM s17_wh;
ROLLBACK;
SELECT count(*) FROM s17_wh WHERE id = 40;
BEGIN;
INSERT INTO s17_wh VALUES (41, 'T41', NULL);
SAVEPOINT a;
INSERT INTO s17_wh VALUES (41, 'T42', NULL);
ROLLBACK TO SAVEPOINT a;
INSERT INTO s17_wh VALUES (42, 'T42', 'sp');
COMMIT;
SELECT id, code, region FROM s17_wh WHERE id >= 40 ORDER BY id;
SET CONSTRAINTS ALL DEFERRED;
BEGIN;
SET TRANSACTION READ ONLY;
INSERT INTO s17_wh VALUES (43, 'RO', NULL);
ROLLBACK;
SELECT 1::int2 / NULLIF((SELECT count(*) FROM s17_wh WHERE id < 0), 0)::int2;

-- through the extended protocol, as drivers send them
-- params: ["A1", "anvil", "95.00", 2]
INSERT INTO s17_item (sku, name, price, qty) VALUES ($1, $2, $3, $4) ON CONFLICT (sku) DO UPDATE SET qty = s17_item.qty + EXCLUDED.qty, price = EXCLUDED.price RETURNING sku, qty, price;
-- params: ["Q1", "quill", "1.25", 5]
INSERT INTO s17_item (sku, name, price, qty) VALUES ($1, $2, $3, $4) ON CONFLICT (sku) DO NOTHING RETURNING sku, qty;
-- params: ["Q1", "quill", "1.25", 5]
INSERT INTO s17_item (sku, name, price, qty) VALUES ($1, $2, $3, $4) ON CONFLICT (sku) DO NOTHING RETURNING sku, qty;
-- params: ["12abc"]
SELECT $1::int;
-- params: [" 12 "]
SELECT $1::int + 1;
-- params: ["2147483647"]
SELECT $1::int + 1;
-- params: [0]
SELECT 10 / $1::int;
-- params: [0]
SELECT 10.0 / $1;
-- params: ["yes"]
SELECT $1::bool;
-- params: ["maybe"]
SELECT $1::boolean;
-- params: [null, 5]
SELECT COALESCE($1::int, $2::int), NULLIF($2::int, 5);
-- params: ["{1,NULL,3}"]
SELECT 2 = ANY ($1::int[]), NULL::int = ANY ($1::int[]), 3 = ANY ($1::int[]);
-- params: ["east", null]
SELECT id FROM s17_sale WHERE region IN ($1, $2) ORDER BY id;
-- params: [2, 1]
SELECT id FROM s17_sale ORDER BY id LIMIT $1 OFFSET $2;
-- params: [2]
SELECT id, units FROM s17_sale ORDER BY units DESC FETCH FIRST $1 ROWS WITH TIES;
-- params: ["%an%"]
SELECT DISTINCT rep FROM s17_sale WHERE rep LIKE $1 ORDER BY rep;
-- params: ["2024-02-29", "1 month"]
SELECT $1::date + $2::interval;
-- params: ["2024-02-30"]
SELECT $1::date;
-- params: ["a,b,,d", -1]
SELECT split_part($1, ',', $2);
-- params: ["x'y", "My Col"]
SELECT format('%L %I', $1, $2);
-- params: [5, "left"]
SELECT lpad($2, $1, '*'), rpad($2, $1 - 10, '*');
-- params: ["east"]
UPDATE s17_sale s SET units = s.units FROM s17_wh w WHERE w.region = $1 AND s.region = w.region RETURNING s.id;
-- params: ["NYC"]
DELETE FROM s17_stock s USING s17_wh w WHERE w.id = s.wh_id AND w.code = $1 AND s.qty < 0 RETURNING s.sku;

-- reports over the whole: a rollup with shares, gaps and islands, a running balance
SELECT region, sum(amount) AS total, round(100 * sum(amount) / sum(sum(amount)) OVER (), 1) AS pct FROM s17_sale WHERE region IS NOT NULL GROUP BY ROLLUP (region) ORDER BY region NULLS LAST;
SELECT rep, min(sold_on), max(sold_on), count(*) FROM (SELECT rep, sold_on, sold_on - (row_number() OVER (PARTITION BY rep ORDER BY sold_on))::int AS grp FROM s17_sale WHERE rep IS NOT NULL) t GROUP BY rep, grp ORDER BY rep, 2;
SELECT id, amount, sum(COALESCE(amount, 0)) OVER (ORDER BY sold_on, id) AS balance, amount - lag(amount) OVER (ORDER BY sold_on, id) AS delta FROM s17_sale ORDER BY sold_on, id;
SELECT to_char(sold_on, 'YYYY-MM') AS month, count(*) AS n, sum(units) AS units, string_agg(DISTINCT product, ', ' ORDER BY product) AS products FROM s17_sale GROUP BY 1 ORDER BY 1;
SELECT product, percentile_cont(0.5) WITHIN GROUP (ORDER BY amount), percentile_disc(0.5) WITHIN GROUP (ORDER BY amount), mode() WITHIN GROUP (ORDER BY units) FROM s17_sale GROUP BY product ORDER BY product;
SELECT rep, count(*) FILTER (WHERE amount > 100) AS big, count(*) FILTER (WHERE amount <= 100) AS small, count(*) FILTER (WHERE amount IS NULL) AS unknown FROM s17_sale GROUP BY rep ORDER BY rep NULLS FIRST;

-- cleanup
DROP TABLE s17_stock, s17_item, s17_wh, s17_user, s17_counter, s17_sale, s17_v;
