-- Sweep 20: what an analytics, reporting and BI workload sends: a star schema of sales facts and
-- dimensions, window functions, grouping sets, date bucketing, percentiles, recursive CTEs, report
-- payloads, pivots, set operations and the errors of wrong inputs. Every table carries the r20_ prefix.
RESET ALL;
RESET ROLE;
SET TimeZone = 'UTC';
CREATE TABLE r20_regions (id integer PRIMARY KEY, name text NOT NULL, parent_id integer REFERENCES r20_regions(id));
CREATE TABLE r20_products (
  id integer PRIMARY KEY,
  sku text NOT NULL UNIQUE,
  name text NOT NULL,
  category text NOT NULL,
  subcategory text,
  list_price numeric(12,2) NOT NULL CHECK (list_price > 0),
  launched date
);
CREATE TABLE r20_customers (
  id integer PRIMARY KEY,
  name text NOT NULL,
  segment text,
  region_id integer REFERENCES r20_regions(id),
  signup date NOT NULL,
  tier smallint
);
CREATE TABLE r20_sales (
  id serial PRIMARY KEY,
  sale_date date NOT NULL,
  sold_at timestamptz NOT NULL,
  customer_id integer REFERENCES r20_customers(id),
  product_id integer NOT NULL REFERENCES r20_products(id),
  qty integer NOT NULL CHECK (qty > 0),
  amount numeric(12,2) NOT NULL,
  discount numeric(5,2),
  channel text
);
CREATE INDEX r20_sales_date ON r20_sales (sale_date);
CREATE TABLE r20_employees (id integer PRIMARY KEY, name text NOT NULL, manager_id integer REFERENCES r20_employees(id), dept text, salary numeric(12,2), hired date);
CREATE TABLE r20_edges (src text NOT NULL, dst text NOT NULL, weight integer NOT NULL);
CREATE TABLE r20_targets (region_id integer NOT NULL, quarter date NOT NULL, target numeric(12,2) NOT NULL, PRIMARY KEY (region_id, quarter));
CREATE TABLE r20_events (id integer PRIMARY KEY, at timestamptz NOT NULL, kind text NOT NULL, value numeric(10,2));
INSERT INTO r20_regions VALUES (1, 'World', NULL), (2, 'Americas', 1), (3, 'EMEA', 1), (4, 'APAC', 1), (5, 'US', 2), (6, 'Canada', 2), (7, 'Germany', 3), (8, 'France', 3), (9, 'Japan', 4), (10, 'Bavaria', 7), (11, 'Quebec', 6);
INSERT INTO r20_products VALUES
  (1, 'HW-LAP', 'Laptop', 'Hardware', 'Computers', 999.99, '2023-01-10'),
  (2, 'HW-MON', 'Monitor', 'Hardware', 'Displays', 250.00, '2023-03-01'),
  (3, 'HW-KBD', 'Keyboard', 'Hardware', 'Peripherals', 49.50, '2023-06-15'),
  (4, 'HW-MOU', 'Mouse', 'Hardware', 'Peripherals', 89.99, NULL),
  (5, 'SW-OS', 'OS License', 'Software', 'Platforms', 100.00, '2022-11-01'),
  (6, 'SW-APP', 'Note App', 'Software', NULL, 4.50, '2024-01-01'),
  (7, 'SW-DB', 'Database', 'Software', 'Platforms', 250.00, '2021-05-05'),
  (8, 'SV-INS', 'Install', 'Services', 'Onsite', 499.99, NULL),
  (9, 'SV-SUP', 'Support Plan', 'Services', 'Contracts', 750.00, '2022-02-02'),
  (10, 'SV-TRN', 'Training', 'Services', NULL, 15.00, '2023-09-09');
INSERT INTO r20_customers VALUES
  (1, 'Acme Corp', 'Enterprise', 5, '2022-01-15', 1),
  (2, 'Bolt Ltd', 'SMB', 7, '2023-03-03', 2),
  (3, 'Cirrus', 'Enterprise', 9, '2021-07-07', 1),
  (4, 'Delta', NULL, 8, '2023-11-11', NULL),
  (5, 'Echo', 'SMB', NULL, '2024-01-20', 3),
  (6, 'Foxtrot', 'Consumer', 6, '2022-12-31', 3),
  (7, 'Golf', 'Consumer', 10, '2024-02-29', NULL),
  (8, 'Hotel', 'SMB', 11, '2020-05-05', 2),
  (9, 'India', NULL, NULL, '2024-06-01', NULL);
INSERT INTO r20_sales (sale_date, sold_at, customer_id, product_id, qty, amount, discount, channel) VALUES
  ('2024-01-03', '2024-01-03 09:15:00+00', 1, 1, 2, 199.98, NULL, 'web'),
  ('2024-01-03', '2024-01-03 17:40:00+00', 2, 3, 1, 49.50, 5.00, 'store'),
  ('2024-01-15', '2024-01-15 11:00:00+00', 3, 2, 5, 1250.00, 10.00, 'web'),
  ('2024-01-28', '2024-01-28 23:59:59+00', 1, 4, 1, 89.99, NULL, NULL),
  ('2024-02-01', '2024-02-01 00:00:00+00', 4, 5, 3, 300.00, 0.00, 'phone'),
  ('2024-02-14', '2024-02-14 14:14:14+00', 5, 1, 1, 99.99, NULL, 'web'),
  ('2024-02-14', '2024-02-14 18:30:00+00', 2, 6, 10, 45.00, 2.50, 'store'),
  ('2024-02-29', '2024-02-29 12:00:00+00', 6, 7, 2, 500.00, NULL, 'web'),
  ('2024-03-01', '2024-03-01 08:00:00+00', NULL, 2, 1, 250.00, NULL, 'store'),
  ('2024-03-10', '2024-03-10 10:10:00+00', 3, 8, 4, 1999.96, 15.00, 'web'),
  ('2024-03-10', '2024-03-10 10:20:00+00', 7, 3, 2, 99.00, NULL, 'phone'),
  ('2024-03-31', '2024-03-31 22:00:00+00', 8, 9, 1, 750.00, 0.00, NULL),
  ('2024-04-02', '2024-04-02 09:00:00+00', 1, 10, 6, 90.00, NULL, 'web'),
  ('2024-04-15', '2024-04-15 15:45:00+00', 4, 1, 3, 299.97, 5.00, 'store'),
  ('2024-04-15', '2024-04-15 16:00:00+00', 5, 2, 2, 500.00, NULL, 'web'),
  ('2024-04-30', '2024-04-30 23:00:00+00', 6, 5, 1, 100.00, NULL, 'phone'),
  ('2024-05-05', '2024-05-05 05:05:05+00', 2, 4, 2, 179.98, 2.00, 'web'),
  ('2024-05-20', '2024-05-20 13:00:00+00', 3, 6, 20, 90.00, NULL, 'store'),
  ('2024-05-20', '2024-05-20 13:30:00+00', 7, 7, 1, 250.00, NULL, 'web'),
  ('2024-06-01', '2024-06-01 10:00:00+00', 8, 8, 1, 499.99, 25.00, 'phone'),
  ('2024-06-15', '2024-06-15 12:00:00+00', 1, 9, 2, 1500.00, NULL, 'web'),
  ('2024-06-30', '2024-06-30 20:00:00+00', NULL, 3, 3, 148.50, NULL, NULL),
  ('2024-06-30', '2024-06-30 21:00:00+00', 5, 10, 1, 15.00, NULL, 'store'),
  ('2024-07-01', '2024-07-01 00:30:00+00', 4, 2, 1, 250.00, 10.00, 'web');
INSERT INTO r20_employees VALUES
  (1, 'Ava', NULL, 'Exec', 250000.00, '2015-01-01'),
  (2, 'Ben', 1, 'Sales', 150000.00, '2016-02-01'),
  (3, 'Cy', 1, 'Eng', 160000.00, '2016-03-01'),
  (4, 'Di', 2, 'Sales', 90000.00, '2018-04-01'),
  (5, 'Ed', 2, 'Sales', 90000.00, '2019-05-01'),
  (6, 'Flo', 3, 'Eng', 120000.00, '2017-06-01'),
  (7, 'Gus', 6, 'Eng', 95000.50, '2020-07-01'),
  (8, 'Hal', 6, 'Eng', 95000.50, '2021-08-01'),
  (9, 'Ivy', 4, 'Sales', 60000.00, '2022-09-01'),
  (10, 'Jo', NULL, 'Board', NULL, '2023-01-01');
INSERT INTO r20_edges VALUES ('a', 'b', 1), ('b', 'c', 2), ('c', 'a', 3), ('c', 'd', 1), ('d', 'e', 4), ('e', 'b', 1), ('a', 'e', 10);
INSERT INTO r20_targets VALUES (5, '2024-01-01', 1500.00), (5, '2024-04-01', 1800.00), (7, '2024-01-01', 400.00), (7, '2024-04-01', 300.00), (9, '2024-01-01', 3000.00), (9, '2024-04-01', 500.00), (8, '2024-04-01', 600.00);
INSERT INTO r20_events SELECT g, timestamptz '2024-01-01 00:00:00+00' + g * interval '7 hours 13 minutes', (ARRAY['view', 'click', 'buy'])[1 + g % 3], CASE WHEN g % 5 = 0 THEN NULL ELSE (g * 17 % 100) / 4.0 END FROM generate_series(1, 200) AS g;
SELECT count(*), sum(amount), min(sale_date), max(sold_at) FROM r20_sales;
SELECT count(*), count(value), sum(value), min(at), max(at) FROM r20_events;
CREATE VIEW r20_sales_wide AS SELECT s.id, s.sale_date, s.sold_at, s.qty, s.amount, s.discount, s.channel, p.name AS product, p.category, p.subcategory, c.name AS customer, c.segment, r.name AS region FROM r20_sales s JOIN r20_products p ON p.id = s.product_id LEFT JOIN r20_customers c ON c.id = s.customer_id LEFT JOIN r20_regions r ON r.id = c.region_id;
SELECT count(*), count(customer), count(segment), count(region) FROM r20_sales_wide;
-- Aggregates, grouping, HAVING and money arithmetic.
SELECT category, count(*), sum(amount), avg(amount), min(amount), max(amount) FROM r20_sales_wide GROUP BY category ORDER BY category;
SELECT category, round(avg(amount), 2) AS avg_amount, round(sum(amount) / count(*), 2) AS manual_avg FROM r20_sales_wide GROUP BY category ORDER BY 1;
SELECT channel, count(*), sum(qty) FROM r20_sales GROUP BY channel ORDER BY channel NULLS FIRST;
SELECT channel, count(*) FROM r20_sales GROUP BY channel ORDER BY count(*) DESC, channel;
SELECT segment, sum(amount) FROM r20_sales_wide GROUP BY segment HAVING sum(amount) > 1000 ORDER BY 2 DESC;
SELECT segment, count(DISTINCT customer) FROM r20_sales_wide GROUP BY segment HAVING count(*) >= 3 ORDER BY segment NULLS LAST;
SELECT sum(amount) FILTER (WHERE channel = 'web') AS web, sum(amount) FILTER (WHERE channel = 'store') AS store, sum(amount) FILTER (WHERE channel IS NULL) AS unknown FROM r20_sales;
SELECT count(*) FILTER (WHERE discount IS NULL), count(*) FILTER (WHERE discount > 0), avg(discount), avg(discount) FILTER (WHERE discount > 0) FROM r20_sales;
SELECT sum(amount * (1 - coalesce(discount, 0) / 100)) AS net FROM r20_sales;
SELECT round(sum(amount * (1 - coalesce(discount, 0) / 100)), 2) AS net FROM r20_sales;
SELECT id, amount, discount, amount * discount / 100 AS off, round(amount * discount / 100, 2) AS off2 FROM r20_sales WHERE discount IS NOT NULL ORDER BY id;
SELECT id, amount / qty AS unit, round(amount / qty, 2) AS unit2, trunc(amount / qty, 1) AS unit1 FROM r20_sales ORDER BY id;
SELECT sum(amount) / 3 AS third, round(sum(amount) / 3, 2) AS third2, sum(amount)::numeric(12,2) / 7 AS seventh FROM r20_sales;
SELECT 100.00 / 3, 100.00 / 3 * 3, round(100.00 / 3, 2) * 3, 10.50::numeric(12,2) / 4;
SELECT round(2.345, 2), round(2.355, 2), round(-2.345, 2), round(2.5), round(-2.5), round(0.125, 2);
SELECT round(2.5::float8), round(3.5::float8), round(-0.5::float8), round(1234.5678, -2), trunc(-1234.5678, 1);
SELECT ceil(12.01::numeric), floor(-12.01::numeric), ceiling(99.999), sign(-4.20), abs(-0.00);
SELECT product_id, sum(qty), sum(amount), round(sum(amount) / sum(qty), 4) FROM r20_sales GROUP BY product_id ORDER BY product_id;
SELECT customer_id, count(*), sum(amount) FROM r20_sales GROUP BY customer_id HAVING count(*) > 1 ORDER BY customer_id NULLS FIRST;
SELECT count(*) FROM r20_sales HAVING count(*) > 100;
SELECT count(*), sum(amount) FROM r20_sales HAVING sum(amount) > 0;
SELECT category, subcategory, count(*) FROM r20_products GROUP BY category, subcategory ORDER BY category, subcategory NULLS FIRST;
SELECT avg(qty), avg(qty::numeric), avg(qty::float8), sum(qty) / count(*), stddev(amount)::numeric(12,4), variance(qty) FROM r20_sales;
SELECT stddev_samp(amount), stddev_pop(amount), var_samp(qty), var_pop(qty) FROM r20_sales;
SELECT bool_and(amount > 10), bool_or(discount > 20), every(qty > 0) FROM r20_sales;
SELECT max(channel), min(channel), max(sold_at) - min(sold_at) AS span FROM r20_sales;
SELECT count(*) AS n, sum(amount) AS total, round(100.0 * sum(amount) FILTER (WHERE channel = 'web') / sum(amount), 1) AS web_pct FROM r20_sales;
SELECT category, round(100 * sum(amount) / (SELECT sum(amount) FROM r20_sales), 2) AS share FROM r20_sales_wide GROUP BY category ORDER BY share DESC;
SELECT sum(amount) FROM r20_sales WHERE false;
SELECT avg(amount), count(amount), coalesce(sum(amount), 0) FROM r20_sales WHERE customer_id = 9;
SELECT corr(qty, amount)::numeric(10,6), regr_slope(amount, qty)::numeric(12,4), covar_pop(qty, amount)::numeric(14,4) FROM r20_sales;
-- Ranking window functions.
SELECT id, amount, rank() OVER (ORDER BY amount DESC), dense_rank() OVER (ORDER BY amount DESC), row_number() OVER (ORDER BY amount DESC, id) FROM r20_sales ORDER BY amount DESC, id;
SELECT id, amount, percent_rank() OVER (ORDER BY amount), cume_dist() OVER (ORDER BY amount) FROM r20_sales ORDER BY amount, id;
SELECT id, amount, ntile(4) OVER (ORDER BY amount, id), ntile(5) OVER (ORDER BY id), ntile(30) OVER (ORDER BY id) FROM r20_sales ORDER BY id;
SELECT category, name, list_price, rank() OVER (PARTITION BY category ORDER BY list_price DESC) FROM r20_products ORDER BY category, list_price DESC, name;
SELECT category, name, list_price, dense_rank() OVER w, percent_rank() OVER w, cume_dist() OVER w FROM r20_products WINDOW w AS (PARTITION BY category ORDER BY list_price) ORDER BY category, list_price, name;
SELECT dept, name, salary, rank() OVER (PARTITION BY dept ORDER BY salary DESC NULLS LAST) FROM r20_employees ORDER BY dept, salary DESC NULLS LAST, name;
SELECT name, salary, rank() OVER (ORDER BY salary), rank() OVER (ORDER BY salary NULLS FIRST), dense_rank() OVER (ORDER BY salary DESC) FROM r20_employees ORDER BY id;
SELECT name, salary, percent_rank() OVER (ORDER BY salary) FROM r20_employees WHERE salary IS NOT NULL ORDER BY salary, name;
SELECT name, cume_dist() OVER (ORDER BY hired) FROM r20_employees ORDER BY hired;
SELECT * FROM (SELECT category, name, list_price, row_number() OVER (PARTITION BY category ORDER BY list_price DESC) AS rn FROM r20_products) t WHERE rn <= 2 ORDER BY category, rn;
SELECT * FROM (SELECT customer_id, id, amount, rank() OVER (PARTITION BY customer_id ORDER BY amount DESC) AS r FROM r20_sales) t WHERE r = 1 ORDER BY customer_id NULLS LAST, id;
SELECT id, row_number() OVER (), count(*) OVER () FROM r20_sales WHERE id <= 5 ORDER BY id;
SELECT id, rank() OVER (), dense_rank() OVER (), percent_rank() OVER (), cume_dist() OVER () FROM r20_sales WHERE id <= 3 ORDER BY id;
SELECT channel, id, row_number() OVER (PARTITION BY channel ORDER BY sold_at) FROM r20_sales ORDER BY channel NULLS FIRST, sold_at;
SELECT ntile(3) OVER (ORDER BY id) AS bucket, count(*) FROM r20_sales GROUP BY id ORDER BY id;
SELECT bucket, count(*), min(amount), max(amount) FROM (SELECT amount, ntile(4) OVER (ORDER BY amount, id) AS bucket FROM r20_sales) t GROUP BY bucket ORDER BY bucket;
SELECT id, amount, round(percent_rank() OVER (ORDER BY amount)::numeric, 4) AS pr, round(cume_dist() OVER (ORDER BY amount)::numeric, 4) AS cd FROM r20_sales ORDER BY id;
SELECT category, sum(amount), rank() OVER (ORDER BY sum(amount) DESC) FROM r20_sales_wide GROUP BY category ORDER BY 3;
SELECT segment, count(*), row_number() OVER (ORDER BY count(*) DESC, segment NULLS LAST) FROM r20_customers GROUP BY segment ORDER BY 3;
SELECT date_trunc('month', sale_date)::date AS m, sum(amount), dense_rank() OVER (ORDER BY sum(amount) DESC) FROM r20_sales GROUP BY 1 ORDER BY 1;
SELECT id, rank() OVER (ORDER BY channel), rank() OVER (ORDER BY channel DESC) FROM r20_sales ORDER BY id;
SELECT id, rank() OVER (PARTITION BY sale_date ORDER BY sold_at), count(*) OVER (PARTITION BY sale_date) FROM r20_sales ORDER BY id;
SELECT id, ntile(2) OVER (PARTITION BY channel ORDER BY id) FROM r20_sales ORDER BY id;
SELECT name, row_number() OVER (ORDER BY name COLLATE "C" DESC) FROM r20_customers ORDER BY 2;
SELECT id, amount, rank() OVER (ORDER BY amount DESC) AS r FROM r20_sales ORDER BY r, id LIMIT 5;
SELECT id, amount FROM r20_sales ORDER BY rank() OVER (ORDER BY amount DESC), id LIMIT 3;
SELECT count(*) OVER (), sum(amount) OVER () FROM r20_sales WHERE id = 1;
SELECT id, sum(amount) OVER (PARTITION BY customer_id) AS cust_total, round(amount / sum(amount) OVER (PARTITION BY customer_id) * 100, 2) AS pct FROM r20_sales WHERE customer_id IS NOT NULL ORDER BY id;
SELECT id, amount - avg(amount) OVER () AS diff FROM r20_sales ORDER BY id LIMIT 5;
SELECT id, round(amount - avg(amount) OVER (), 2) AS diff, round((amount - avg(amount) OVER ()) / stddev(amount) OVER (), 3) AS z FROM r20_sales ORDER BY id;
-- Offsets and values: lag, lead, first_value, last_value, nth_value.
SELECT id, amount, lag(amount) OVER (ORDER BY id), lead(amount) OVER (ORDER BY id) FROM r20_sales ORDER BY id;
SELECT id, amount, lag(amount, 2) OVER (ORDER BY id), lead(amount, 3) OVER (ORDER BY id) FROM r20_sales ORDER BY id;
SELECT id, lag(amount, 1, 0) OVER (ORDER BY id), lead(amount, 1, 0.00) OVER (ORDER BY id) FROM r20_sales ORDER BY id;
SELECT id, lag(channel, 1, 'none') OVER (ORDER BY id), lead(channel, 1, '(last)') OVER (ORDER BY id) FROM r20_sales ORDER BY id;
SELECT id, lag(sale_date, 1, '2000-01-01') OVER (ORDER BY id), sale_date - lag(sale_date) OVER (ORDER BY id) AS gap_days FROM r20_sales ORDER BY id;
SELECT id, sold_at - lag(sold_at) OVER (ORDER BY sold_at) AS since_prev FROM r20_sales ORDER BY sold_at;
SELECT customer_id, id, amount, amount - lag(amount) OVER (PARTITION BY customer_id ORDER BY sold_at) AS delta FROM r20_sales WHERE customer_id IS NOT NULL ORDER BY customer_id, sold_at;
SELECT id, lag(amount, 0) OVER (ORDER BY id), lag(amount, -1) OVER (ORDER BY id), lead(amount, -1) OVER (ORDER BY id) FROM r20_sales WHERE id <= 4 ORDER BY id;
SELECT id, lag(qty, 1, -1) OVER (ORDER BY id), lead(qty * 2, 2, qty) OVER (ORDER BY id) FROM r20_sales WHERE id <= 6 ORDER BY id;
SELECT id, lag(discount, 1, 0) OVER (ORDER BY id) FROM r20_sales WHERE id <= 6 ORDER BY id;
SELECT id, lag(amount, 1, NULL) OVER (ORDER BY id) FROM r20_sales WHERE id <= 3 ORDER BY id;
SELECT id, first_value(amount) OVER (ORDER BY id), last_value(amount) OVER (ORDER BY id) FROM r20_sales ORDER BY id;
SELECT id, first_value(amount) OVER w, last_value(amount) OVER w FROM r20_sales WINDOW w AS (ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) ORDER BY id;
SELECT id, nth_value(amount, 2) OVER (ORDER BY id), nth_value(amount, 3) OVER (ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM r20_sales WHERE id <= 6 ORDER BY id;
SELECT category, name, first_value(name) OVER (PARTITION BY category ORDER BY list_price DESC) AS priciest, last_value(name) OVER (PARTITION BY category ORDER BY list_price DESC RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS cheapest FROM r20_products ORDER BY category, name;
SELECT dept, name, nth_value(name, 2) OVER (PARTITION BY dept ORDER BY salary DESC, name ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS second FROM r20_employees ORDER BY dept, name;
SELECT id, first_value(channel) OVER (ORDER BY id ROWS BETWEEN 1 FOLLOWING AND 2 FOLLOWING) FROM r20_sales WHERE id <= 5 ORDER BY id;
SELECT id, last_value(id) OVER (ORDER BY amount, id), max(id) OVER (ORDER BY amount) FROM r20_sales ORDER BY amount, id;
SELECT id, min(id) OVER (ORDER BY sale_date RANGE CURRENT ROW), count(*) OVER (ORDER BY sale_date RANGE CURRENT ROW) FROM r20_sales ORDER BY id;
SELECT customer_id, first_value(sale_date) OVER (PARTITION BY customer_id ORDER BY sale_date) AS first_buy, id FROM r20_sales WHERE customer_id IS NOT NULL ORDER BY customer_id, id;
SELECT DISTINCT customer_id, first_value(product_id) OVER (PARTITION BY customer_id ORDER BY sold_at) AS first_product, last_value(product_id) OVER (PARTITION BY customer_id ORDER BY sold_at ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS last_product FROM r20_sales WHERE customer_id IS NOT NULL ORDER BY customer_id;
SELECT id, lead(sold_at) OVER (ORDER BY sold_at) - sold_at AS to_next FROM r20_sales ORDER BY sold_at;
SELECT m, total, lag(total) OVER (ORDER BY m) AS prev, round(100.0 * (total - lag(total) OVER (ORDER BY m)) / lag(total) OVER (ORDER BY m), 1) AS growth_pct FROM (SELECT date_trunc('month', sale_date)::date AS m, sum(amount) AS total FROM r20_sales GROUP BY 1) t ORDER BY m;
SELECT id, lag(id) IGNORE NULLS OVER (ORDER BY id) FROM r20_sales;
SELECT id, nth_value(amount, 2) FROM FIRST OVER (ORDER BY id) FROM r20_sales WHERE id < 4 ORDER BY id;
SELECT id, nth_value(amount, 2) FROM LAST OVER (ORDER BY id) FROM r20_sales WHERE id < 4 ORDER BY id;
SELECT name, lag(name) OVER (ORDER BY hired), lead(name, 1, '-') OVER (ORDER BY hired) FROM r20_employees ORDER BY hired;
SELECT name, salary, lag(salary) OVER (PARTITION BY dept ORDER BY hired) FROM r20_employees ORDER BY dept, hired;
SELECT id, lag(row(id, amount)) OVER (ORDER BY id) FROM r20_sales WHERE id <= 3 ORDER BY id;
SELECT id, first_value(amount) OVER (ORDER BY amount DESC, id), nth_value(amount, 5) OVER (ORDER BY amount DESC, id) FROM r20_sales ORDER BY amount DESC, id;
-- Frames: ROWS, RANGE, GROUPS, EXCLUDE, named windows, FILTER over windows.
SELECT id, amount, sum(amount) OVER (ORDER BY id ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS moving3 FROM r20_sales ORDER BY id;
SELECT id, round(avg(amount) OVER (ORDER BY id ROWS BETWEEN 2 PRECEDING AND CURRENT ROW), 2) AS ma3 FROM r20_sales ORDER BY id;
SELECT id, sum(amount) OVER (ORDER BY id ROWS UNBOUNDED PRECEDING) AS running FROM r20_sales ORDER BY id;
SELECT id, sum(amount) OVER (ORDER BY id ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS remaining FROM r20_sales ORDER BY id;
SELECT id, count(*) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING), min(amount) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING), max(amount) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM r20_sales ORDER BY id;
SELECT id, sum(amount) OVER (ORDER BY id ROWS BETWEEN 3 FOLLOWING AND 5 FOLLOWING) FROM r20_sales ORDER BY id;
SELECT id, sum(amount) OVER (ORDER BY id ROWS BETWEEN 5 PRECEDING AND 3 PRECEDING) FROM r20_sales ORDER BY id;
SELECT id, sum(amount) OVER (ORDER BY id ROWS BETWEEN 2 FOLLOWING AND 1 FOLLOWING) FROM r20_sales WHERE id <= 4 ORDER BY id;
SELECT sale_date, amount, sum(amount) OVER (ORDER BY sale_date) AS running_range FROM r20_sales ORDER BY sale_date, id;
SELECT sale_date, amount, sum(amount) OVER (ORDER BY sale_date, id ROWS UNBOUNDED PRECEDING) - sum(amount) OVER (ORDER BY sale_date) AS diff FROM r20_sales ORDER BY sale_date, id;
SELECT sale_date, sum(amount) OVER (ORDER BY sale_date RANGE BETWEEN interval '7 days' PRECEDING AND CURRENT ROW) AS week_window FROM r20_sales ORDER BY sale_date, id;
SELECT sale_date, count(*) OVER (ORDER BY sale_date RANGE BETWEEN interval '1 month' PRECEDING AND interval '1 month' FOLLOWING) FROM r20_sales ORDER BY sale_date, id;
SELECT sold_at, count(*) OVER (ORDER BY sold_at RANGE BETWEEN interval '12 hours' PRECEDING AND CURRENT ROW) FROM r20_sales ORDER BY sold_at;
SELECT id, amount, sum(amount) OVER (ORDER BY amount RANGE BETWEEN 50 PRECEDING AND 50 FOLLOWING) FROM r20_sales ORDER BY amount, id;
SELECT id, qty, count(*) OVER (ORDER BY qty RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM r20_sales ORDER BY qty, id;
SELECT id, qty, count(*) OVER (ORDER BY qty DESC RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM r20_sales ORDER BY qty DESC, id;
SELECT id, amount, count(*) OVER (ORDER BY amount RANGE BETWEEN 100.5 PRECEDING AND CURRENT ROW) FROM r20_sales ORDER BY amount, id;
SELECT id, discount, count(*) OVER (ORDER BY discount NULLS FIRST RANGE BETWEEN 5 PRECEDING AND CURRENT ROW) FROM r20_sales ORDER BY discount NULLS FIRST, id;
SELECT id, discount, sum(amount) OVER (ORDER BY discount RANGE BETWEEN CURRENT ROW AND 5 FOLLOWING) FROM r20_sales ORDER BY discount, id;
SELECT sale_date, sum(amount) OVER (ORDER BY sale_date GROUPS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM r20_sales ORDER BY sale_date, id;
SELECT sale_date, count(*) OVER (ORDER BY sale_date GROUPS BETWEEN CURRENT ROW AND 1 FOLLOWING), count(*) OVER (ORDER BY sale_date GROUPS 2 PRECEDING) FROM r20_sales ORDER BY sale_date, id;
SELECT amount, count(*) OVER (ORDER BY amount GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM r20_sales ORDER BY amount, id;
SELECT id, sum(id) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE CURRENT ROW) FROM r20_sales WHERE id <= 6 ORDER BY id;
SELECT sale_date, id, sum(id) OVER (ORDER BY sale_date RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW EXCLUDE GROUP) FROM r20_sales ORDER BY sale_date, id;
SELECT sale_date, id, sum(id) OVER (ORDER BY sale_date RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW EXCLUDE TIES) FROM r20_sales ORDER BY sale_date, id;
SELECT sale_date, id, sum(id) OVER (ORDER BY sale_date, id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW EXCLUDE NO OTHERS) FROM r20_sales ORDER BY sale_date, id;
SELECT sale_date, id, count(*) OVER (ORDER BY sale_date GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE GROUP) FROM r20_sales ORDER BY sale_date, id;
SELECT sale_date, id, first_value(id) OVER (ORDER BY sale_date, id ROWS BETWEEN CURRENT ROW AND 2 FOLLOWING EXCLUDE CURRENT ROW), last_value(id) OVER (ORDER BY sale_date, id ROWS BETWEEN 2 PRECEDING AND CURRENT ROW EXCLUDE CURRENT ROW) FROM r20_sales ORDER BY sale_date, id;
SELECT amount, sum(id) OVER (ORDER BY amount RANGE BETWEEN CURRENT ROW AND CURRENT ROW EXCLUDE CURRENT ROW) FROM r20_sales ORDER BY amount, id;
SELECT id, sum(amount) OVER w3, avg(amount) OVER w3, count(*) OVER w3 FROM r20_sales WINDOW w3 AS (ORDER BY id ROWS 2 PRECEDING) ORDER BY id;
SELECT id, sum(amount) OVER (w ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING), rank() OVER w FROM r20_sales WINDOW w AS (PARTITION BY channel ORDER BY id) ORDER BY id;
SELECT id, rank() OVER (w ORDER BY amount DESC), count(*) OVER w FROM r20_sales WINDOW w AS (PARTITION BY customer_id) ORDER BY id;
SELECT id, sum(qty) OVER b, max(qty) OVER c FROM r20_sales WINDOW a AS (PARTITION BY channel), b AS (a ORDER BY id), c AS (b ROWS 1 PRECEDING) ORDER BY id;
SELECT id, count(*) FILTER (WHERE channel = 'web') OVER (ORDER BY id) AS web_so_far, sum(amount) FILTER (WHERE discount IS NOT NULL) OVER (ORDER BY id) AS disc_so_far FROM r20_sales ORDER BY id;
SELECT id, avg(amount) FILTER (WHERE qty > 1) OVER (PARTITION BY channel) FROM r20_sales ORDER BY id;
SELECT id, sum(amount) OVER (PARTITION BY date_trunc('month', sale_date) ORDER BY id) AS mtd FROM r20_sales ORDER BY id;
SELECT id, sum(amount) OVER (PARTITION BY extract(quarter FROM sale_date) ORDER BY sale_date, id) AS qtd FROM r20_sales ORDER BY id;
SELECT id, sum(amount) OVER (ORDER BY sale_date, id) AS ytd, round(100 * sum(amount) OVER (ORDER BY sale_date, id) / sum(amount) OVER (), 1) AS pct_of_year FROM r20_sales ORDER BY id;
SELECT id, array_agg(id) OVER (ORDER BY id ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) FROM r20_sales WHERE id <= 6 ORDER BY id;
SELECT id, string_agg(channel, '|') OVER (ORDER BY id) FROM r20_sales WHERE id <= 5 ORDER BY id;
SELECT id, bool_and(qty > 1) OVER (ORDER BY id ROWS 1 PRECEDING) FROM r20_sales WHERE id <= 6 ORDER BY id;
SELECT id, jsonb_agg(id) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM r20_sales WHERE id <= 4 ORDER BY id;
SELECT id, max(sold_at) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND 1 PRECEDING) FROM r20_sales WHERE id <= 4 ORDER BY id;
SELECT id, sum(amount) OVER (ORDER BY id RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM r20_sales WHERE id <= 5 ORDER BY id;
SELECT id, sum(amount) OVER (ORDER BY id RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM r20_sales WHERE id <= 3 ORDER BY id;
SELECT id, sum(amount) OVER (ORDER BY id ROWS BETWEEN CURRENT ROW AND CURRENT ROW) FROM r20_sales WHERE id <= 3 ORDER BY id;
SELECT id, count(*) OVER (ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM r20_sales WHERE id <= 3 ORDER BY id;
SELECT e.dept, e.name, e.salary, sum(e.salary) OVER (PARTITION BY e.dept ORDER BY e.salary RANGE BETWEEN 10000 PRECEDING AND 10000 FOLLOWING) FROM r20_employees e WHERE e.salary IS NOT NULL ORDER BY e.dept, e.salary, e.name;
SELECT date_trunc('day', at)::date AS d, count(*), sum(count(*)) OVER (ORDER BY date_trunc('day', at)::date ROWS 6 PRECEDING) AS rolling7 FROM r20_events WHERE at < '2024-01-15' GROUP BY 1 ORDER BY 1;
SELECT kind, count(*), sum(count(*)) OVER () AS all_events, round(100.0 * count(*) / sum(count(*)) OVER (), 2) AS pct FROM r20_events GROUP BY kind ORDER BY kind;
SELECT id, value, avg(value) OVER (ORDER BY id ROWS BETWEEN 2 PRECEDING AND 2 FOLLOWING) FROM r20_events WHERE id BETWEEN 1 AND 12 ORDER BY id;
SELECT id, value, count(value) OVER (ORDER BY id ROWS 3 PRECEDING), sum(value) OVER (ORDER BY id ROWS 3 PRECEDING) FROM r20_events WHERE id <= 12 ORDER BY id;
SELECT id, value, min(value) OVER (ORDER BY value RANGE BETWEEN 2.5 PRECEDING AND 2.5 FOLLOWING) FROM r20_events WHERE id <= 12 ORDER BY value NULLS FIRST, id;
SELECT id, at, count(*) OVER (ORDER BY at RANGE BETWEEN interval '1 day' PRECEDING AND CURRENT ROW) FROM r20_events WHERE id <= 10 ORDER BY id;
SELECT sale_date, sum(amount) OVER (ORDER BY sale_date RANGE BETWEEN '10 days' PRECEDING AND '10 days' FOLLOWING EXCLUDE CURRENT ROW) FROM r20_sales ORDER BY sale_date, id;
-- GROUPING SETS, ROLLUP, CUBE and GROUPING().
SELECT category, channel, sum(amount) FROM r20_sales_wide GROUP BY ROLLUP (category, channel) ORDER BY category NULLS LAST, GROUPING(channel), channel NULLS LAST;
SELECT category, channel, sum(amount), GROUPING(category, channel) FROM r20_sales_wide GROUP BY ROLLUP (category, channel) ORDER BY 4, 1, 2;
SELECT category, channel, count(*), GROUPING(category) AS gc, GROUPING(channel) AS gch FROM r20_sales_wide GROUP BY CUBE (category, channel) ORDER BY gc, gch, category, channel NULLS FIRST;
SELECT CASE WHEN GROUPING(category) = 1 THEN 'All categories' ELSE category END AS cat, CASE WHEN GROUPING(subcategory) = 1 THEN 'All' ELSE coalesce(subcategory, '(none)') END AS sub, sum(amount) FROM r20_sales_wide GROUP BY ROLLUP (category, subcategory) ORDER BY GROUPING(category), category, GROUPING(subcategory), subcategory NULLS FIRST;
SELECT category, segment, sum(amount) FROM r20_sales_wide GROUP BY GROUPING SETS ((category), (segment), ()) ORDER BY category NULLS LAST, GROUPING(segment), segment NULLS LAST;
SELECT category, segment, sum(qty) FROM r20_sales_wide GROUP BY GROUPING SETS ((category, segment), ()) ORDER BY GROUPING(category, segment), category, segment NULLS FIRST;
SELECT extract(quarter FROM sale_date) AS q, date_trunc('month', sale_date)::date AS m, sum(amount) FROM r20_sales GROUP BY ROLLUP (extract(quarter FROM sale_date), date_trunc('month', sale_date)) ORDER BY 1 NULLS LAST, 2 NULLS LAST;
SELECT channel, count(*) FROM r20_sales GROUP BY GROUPING SETS (channel, ()) ORDER BY GROUPING(channel), channel NULLS FIRST;
SELECT GROUPING(channel), channel, count(*) FROM r20_sales GROUP BY ROLLUP (channel) HAVING count(*) > 2 ORDER BY 1, 2;
SELECT category, channel, segment, count(*) FROM r20_sales_wide GROUP BY ROLLUP (category, (channel, segment)) ORDER BY 1 NULLS LAST, 2 NULLS LAST, 3 NULLS LAST, GROUPING(channel);
SELECT category, channel, count(*) FROM r20_sales_wide GROUP BY category, ROLLUP (channel) ORDER BY 1, GROUPING(channel), 2 NULLS LAST;
SELECT category, channel, segment, GROUPING(category, channel, segment), count(*) FROM r20_sales_wide GROUP BY CUBE (category, channel, segment) HAVING GROUPING(category, channel, segment) IN (3, 5, 6, 7) ORDER BY 4, 1, 2, 3;
SELECT count(*) FROM (SELECT 1 FROM r20_sales_wide GROUP BY CUBE (category, channel, segment)) t;
SELECT category, sum(amount) FROM r20_sales_wide GROUP BY GROUPING SETS ((category), (category)) ORDER BY 1, 2;
SELECT category, count(*) FROM r20_sales_wide GROUP BY ROLLUP (category), ROLLUP (channel) ORDER BY 1 NULLS LAST, 2;
SELECT category, channel, count(*) FROM r20_sales_wide GROUP BY DISTINCT ROLLUP (category, channel), ROLLUP (category) ORDER BY 1 NULLS LAST, GROUPING(channel), 2 NULLS LAST;
SELECT category, sum(amount), rank() OVER (ORDER BY sum(amount) DESC) FROM r20_sales_wide GROUP BY ROLLUP (category) ORDER BY 3;
SELECT region, segment, sum(amount), GROUPING(region) + GROUPING(segment) AS level FROM r20_sales_wide GROUP BY CUBE (region, segment) ORDER BY level, GROUPING(region), region NULLS FIRST, segment NULLS FIRST;
SELECT coalesce(category, 'TOTAL') AS category, to_char(sum(amount), 'FM999,990.00') AS total FROM r20_sales_wide GROUP BY ROLLUP (category) ORDER BY GROUPING(category), category;
SELECT dept, count(*), sum(salary), avg(salary)::numeric(12,2) FROM r20_employees GROUP BY ROLLUP (dept) ORDER BY dept NULLS LAST;
SELECT extract(year FROM hired)::int AS y, dept, count(*) FROM r20_employees GROUP BY GROUPING SETS ((y), (dept)) ORDER BY y NULLS LAST, dept NULLS LAST;
SELECT channel, GROUPING(channel), count(*) FILTER (WHERE qty > 1) FROM r20_sales GROUP BY CUBE (channel) ORDER BY 2, 1 NULLS FIRST;
SELECT category, subcategory, GROUPING(category, subcategory) AS g, string_agg(DISTINCT product, ', ' ORDER BY product) FROM r20_sales_wide GROUP BY ROLLUP (category, subcategory) ORDER BY g, category, subcategory NULLS FIRST;
SELECT sale_date IS NULL AS total_row, sum(amount) FROM r20_sales GROUP BY ROLLUP (sale_date) ORDER BY sale_date NULLS LAST LIMIT 3;
SELECT kind, date_trunc('month', at) AS m, count(*) FROM r20_events GROUP BY GROUPING SETS ((kind, date_trunc('month', at)), (kind)) ORDER BY kind, m NULLS LAST;
SELECT channel, sum(amount), GROUPING(channel) FROM r20_sales GROUP BY GROUPING SETS (()) ;
SELECT sum(amount) FROM r20_sales GROUP BY ();
SELECT count(*) FROM r20_sales WHERE false GROUP BY ROLLUP (channel);
SELECT channel, count(*) FROM r20_sales WHERE false GROUP BY CUBE (channel);
SELECT category, channel, count(*) FROM r20_sales_wide GROUP BY GROUPING SETS (category, ROLLUP (channel)) ORDER BY 1 NULLS LAST, GROUPING(channel), 2 NULLS LAST;
SELECT category, channel, count(*) FROM r20_sales_wide GROUP BY GROUPING SETS (CUBE (category, channel)) ORDER BY 1 NULLS LAST, GROUPING(channel), 2 NULLS LAST, 3;
SELECT p.category, c.segment, sum(s.amount) FROM r20_sales s JOIN r20_products p ON p.id = s.product_id LEFT JOIN r20_customers c ON c.id = s.customer_id GROUP BY ROLLUP (p.category, c.segment) ORDER BY 1 NULLS LAST, GROUPING(c.segment), 2 NULLS LAST;
SELECT (SELECT name FROM r20_regions WHERE id = c.region_id) AS region, count(*) FROM r20_customers c GROUP BY ROLLUP (c.region_id) ORDER BY GROUPING(c.region_id), c.region_id NULLS LAST;
SELECT category, channel, sum(amount) FROM r20_sales_wide GROUP BY ROLLUP (category, channel) HAVING GROUPING(channel) = 1 ORDER BY category NULLS LAST;
SELECT GROUPING(category) AS g, category, max(amount) FROM r20_sales_wide GROUP BY ROLLUP (category) ORDER BY g DESC, category;
SELECT segment, channel, count(*) FROM r20_sales_wide GROUP BY CUBE (segment, channel) HAVING segment IS NULL AND channel IS NULL ORDER BY 3;
SELECT category, array_agg(id ORDER BY id) FROM r20_sales_wide GROUP BY ROLLUP (category) ORDER BY category NULLS LAST;
SELECT category, jsonb_agg(id ORDER BY id) FROM r20_sales_wide GROUP BY GROUPING SETS ((category), ()) ORDER BY category NULLS LAST;
-- Date bucketing: date_trunc, extract, to_char, calendars from generate_series.
SELECT date_trunc('month', sale_date) AS m, count(*), sum(amount) FROM r20_sales GROUP BY 1 ORDER BY 1;
SELECT date_trunc('week', sale_date)::date AS wk, count(*) FROM r20_sales GROUP BY 1 ORDER BY 1;
SELECT date_trunc('quarter', sold_at) AS q, sum(amount) FROM r20_sales GROUP BY 1 ORDER BY 1;
SELECT date_trunc('year', sold_at), date_trunc('day', sold_at), date_trunc('hour', sold_at), date_trunc('minute', sold_at) FROM r20_sales WHERE id = 6;
SELECT date_trunc('month', timestamp '2024-02-29 13:14:15'), date_trunc('week', timestamp '2024-01-01 00:00:00'), date_trunc('decade', date '2024-05-05'), date_trunc('century', date '2000-01-01');
SELECT date_trunc('month', sold_at, 'America/New_York') FROM r20_sales WHERE id IN (5, 16) ORDER BY id;
SELECT extract(year FROM sale_date), extract(month FROM sale_date), extract(day FROM sale_date), extract(dow FROM sale_date), extract(isodow FROM sale_date), extract(doy FROM sale_date), extract(week FROM sale_date), extract(quarter FROM sale_date) FROM r20_sales WHERE id IN (1, 8, 12, 24) ORDER BY id;
SELECT extract(epoch FROM sold_at), extract(hour FROM sold_at), extract(minute FROM sold_at), extract(second FROM sold_at) FROM r20_sales WHERE id IN (1, 6, 17) ORDER BY id;
SELECT date_part('year', sale_date), date_part('month', sold_at), date_part('isoyear', date '2024-12-30'), date_part('week', date '2021-01-03') FROM r20_sales WHERE id = 1;
SELECT extract(isoyear FROM d), extract(week FROM d), extract(dow FROM d) FROM (VALUES (date '2020-12-31'), (date '2021-01-01'), (date '2021-01-04'), (date '2024-12-30')) v(d) ORDER BY d;
SELECT to_char(sale_date, 'YYYY-MM'), to_char(sale_date, 'Mon YYYY'), to_char(sale_date, 'Day'), to_char(sale_date, 'FMDay, FMMonth DD'), to_char(sale_date, 'YYYY"Q"Q'), to_char(sale_date, 'IYYY-"W"IW') FROM r20_sales WHERE id IN (1, 12, 24) ORDER BY id;
SELECT to_char(sold_at, 'YYYY-MM-DD HH24:MI:SS'), to_char(sold_at, 'HH12:MI AM'), to_char(sold_at, 'DD.MM.YY'), to_char(sold_at, 'Dy DD Mon') FROM r20_sales WHERE id IN (1, 4, 17) ORDER BY id;
SELECT to_char(date_trunc('month', sale_date), 'FMMonth YYYY') AS month, sum(amount) FROM r20_sales GROUP BY date_trunc('month', sale_date) ORDER BY date_trunc('month', sale_date);
SELECT to_char(sale_date, 'YYYY-"Q"Q') AS quarter, count(*), sum(amount) FROM r20_sales GROUP BY 1 ORDER BY 1;
SELECT to_char(sale_date, 'D') AS weekday_num, to_char(sale_date, 'FMDay') AS weekday, count(*) FROM r20_sales GROUP BY 1, 2 ORDER BY 1;
SELECT cal.d::date AS day, coalesce(sum(s.amount), 0) AS total FROM generate_series(date '2024-03-01', date '2024-03-12', interval '1 day') AS cal(d) LEFT JOIN r20_sales s ON s.sale_date = cal.d GROUP BY cal.d ORDER BY cal.d;
SELECT m::date, coalesce(count(s.id), 0) AS n, coalesce(sum(s.amount), 0.00) AS total FROM generate_series(timestamp '2024-01-01', timestamp '2024-08-01', interval '1 month') AS m LEFT JOIN r20_sales s ON date_trunc('month', s.sale_date) = m GROUP BY m ORDER BY m;
SELECT wk::date, count(s.id) FROM generate_series(date_trunc('week', date '2024-02-01'), date '2024-03-15', '1 week') AS wk LEFT JOIN r20_sales s ON s.sale_date >= wk AND s.sale_date < wk + interval '1 week' GROUP BY wk ORDER BY wk;
SELECT d, to_char(d, 'Dy') FROM generate_series(date '2024-02-26', date '2024-03-03', 1) AS d ORDER BY d;
SELECT g::date FROM generate_series(date '2024-01-31', date '2024-06-30', interval '1 month') AS g;
SELECT g FROM generate_series(timestamptz '2024-03-09 00:00:00+00', timestamptz '2024-03-11 00:00:00+00', interval '12 hours') AS g;
SELECT g FROM generate_series(timestamp '2024-01-01', timestamp '2023-12-01', interval '-10 days') AS g;
SELECT count(*) FROM generate_series(date '2024-01-01', date '2024-12-31', interval '1 day') AS g WHERE extract(isodow FROM g) < 6;
SELECT q::date AS quarter_start, (q + interval '3 months' - interval '1 day')::date AS quarter_end FROM generate_series(date '2024-01-01', date '2024-12-31', interval '3 months') AS q ORDER BY q;
SELECT cal.m::date, t.region_id, t.target, coalesce(sum(s.amount), 0) AS actual FROM generate_series(date '2024-01-01', date '2024-04-01', interval '3 months') AS cal(m) JOIN r20_targets t ON t.quarter = cal.m LEFT JOIN r20_customers c ON c.region_id = t.region_id LEFT JOIN r20_sales s ON s.customer_id = c.id AND s.sale_date >= cal.m AND s.sale_date < cal.m + interval '3 months' GROUP BY cal.m, t.region_id, t.target ORDER BY 1, 2;
SELECT t.region_id, t.quarter, t.target, round(100 * coalesce(sum(s.amount), 0) / t.target, 1) AS attainment FROM r20_targets t LEFT JOIN r20_customers c ON c.region_id = t.region_id LEFT JOIN r20_sales s ON s.customer_id = c.id AND date_trunc('quarter', s.sale_date) = t.quarter GROUP BY t.region_id, t.quarter, t.target ORDER BY attainment DESC NULLS LAST, 1, 2;
SELECT date_trunc('hour', at) AS h, count(*) FROM r20_events WHERE at < '2024-01-03' GROUP BY 1 ORDER BY 1;
SELECT extract(hour FROM at) AS hr, count(*) FROM r20_events GROUP BY 1 ORDER BY 1;
SELECT extract(dow FROM at)::int AS dow, kind, count(*) FROM r20_events GROUP BY 1, 2 ORDER BY 1, 2;
SELECT date_bin('15 minutes', sold_at, timestamptz '2024-01-01 00:00:00+00') AS bin, count(*) FROM r20_sales GROUP BY 1 ORDER BY 1 LIMIT 5;
SELECT date_bin('1 day', at, timestamp '2024-01-01 06:00:00') AS bin, count(*) FROM r20_events WHERE id <= 20 GROUP BY 1 ORDER BY 1;
SELECT sale_date, sale_date + 30 AS due, sale_date + interval '1 month' AS next_month, (sale_date + interval '1 month' - interval '1 day')::date AS eom FROM r20_sales WHERE id IN (3, 8, 12) ORDER BY id;
SELECT (date_trunc('month', sale_date) + interval '1 month - 1 day')::date AS month_end, count(*) FROM r20_sales GROUP BY 1 ORDER BY 1;
SELECT age(date '2024-06-30', signup), signup FROM r20_customers ORDER BY id;
SELECT name, extract(year FROM age(date '2024-12-31', hired))::int AS years FROM r20_employees ORDER BY years DESC, name;
SELECT date '2024-03-31' - date '2024-01-01', date '2024-03-01' - 1, timestamp '2024-03-10 10:20:00' - timestamp '2024-03-01 08:00:00';
SELECT justify_hours(interval '50 hours'), justify_days(interval '40 days'), justify_interval(interval '1 month -1 hour');
SELECT sum(sold_at - date_trunc('day', sold_at)) / count(*) AS avg_time_of_day FROM r20_sales;
SELECT avg(sold_at - lag_at) FROM (SELECT sold_at, lag(sold_at) OVER (ORDER BY sold_at) AS lag_at FROM r20_sales) t;
SELECT customer_id, max(sale_date) - min(sale_date) AS span_days, count(*) FROM r20_sales WHERE customer_id IS NOT NULL GROUP BY customer_id ORDER BY span_days DESC, customer_id;
SELECT sold_at AT TIME ZONE 'America/New_York' AS local, sold_at AT TIME ZONE 'Asia/Tokyo' AS tokyo FROM r20_sales WHERE id IN (1, 12) ORDER BY id;
SELECT (sold_at AT TIME ZONE 'America/Los_Angeles')::date AS la_day, count(*) FROM r20_sales GROUP BY 1 ORDER BY 1 LIMIT 6;
SET TimeZone = 'America/New_York';
SELECT date_trunc('day', sold_at), sold_at::date, to_char(sold_at, 'YYYY-MM-DD HH24:MI TZ') FROM r20_sales WHERE id IN (4, 5, 24) ORDER BY id;
SELECT date_trunc('month', sold_at) AS m, count(*) FROM r20_sales GROUP BY 1 ORDER BY 1;
SELECT g FROM generate_series(timestamptz '2024-03-09 00:00:00', timestamptz '2024-03-11 00:00:00', interval '1 day') AS g;
SELECT extract(hour FROM sold_at), extract(timezone_hour FROM sold_at) FROM r20_sales WHERE id IN (1, 17) ORDER BY id;
SET TimeZone = 'UTC';
SELECT make_date(2024, m, 1) AS month_start, to_char(make_date(2024, m, 1), 'Mon') FROM generate_series(1, 12, 3) AS m ORDER BY m;
SELECT make_timestamp(2024, 2, 29, 12, 30, 45.5), make_interval(days => 10, hours => 3), make_timestamptz(2024, 7, 1, 0, 0, 0);
SELECT to_date('2024-03', 'YYYY-MM'), to_date('05 Mar 2024', 'DD Mon YYYY'), to_timestamp('2024-06-15 12:00', 'YYYY-MM-DD HH24:MI');
SELECT last_day, to_char(last_day, 'DD') FROM (SELECT (date_trunc('month', d) + interval '1 month' - interval '1 day')::date AS last_day FROM generate_series(date '2024-01-15', date '2024-04-15', interval '1 month') AS d) t ORDER BY 1;
SELECT extract(epoch FROM interval '1 day 2 hours'), extract(day FROM interval '40 days'), extract(month FROM interval '14 months');
SELECT sale_date BETWEEN '2024-02-01' AND '2024-02-29' AS feb, count(*) FROM r20_sales GROUP BY 1 ORDER BY 1;
SELECT count(*) FROM r20_sales WHERE sold_at >= date '2024-03-01' AND sold_at < date '2024-04-01';
SELECT count(*) FROM r20_sales WHERE (sale_date, sale_date) OVERLAPS (date '2024-02-01', date '2024-03-01');
SELECT isfinite(sale_date), date 'infinity' > sale_date FROM r20_sales WHERE id = 1;
SELECT to_char(interval '3 days 04:05:06', 'DD "days" HH24:MI'), to_char(interval '49 hours', 'HH24');
-- Percentiles and ordered-set aggregates.
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY amount), percentile_disc(0.5) WITHIN GROUP (ORDER BY amount) FROM r20_sales;
SELECT percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY amount) FROM r20_sales;
SELECT percentile_disc(ARRAY[0, 0.1, 0.5, 1]) WITHIN GROUP (ORDER BY amount) FROM r20_sales;
SELECT category, percentile_cont(0.5) WITHIN GROUP (ORDER BY amount) AS median, percentile_disc(0.9) WITHIN GROUP (ORDER BY amount) AS p90 FROM r20_sales_wide GROUP BY category ORDER BY category;
SELECT mode() WITHIN GROUP (ORDER BY amount), mode() WITHIN GROUP (ORDER BY channel) FROM r20_sales;
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY qty DESC), percentile_cont(0.1) WITHIN GROUP (ORDER BY qty) FROM r20_sales;
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY sale_date - date '2024-01-01') FROM r20_sales;
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY sold_at - timestamptz '2024-01-01 00:00:00+00') FROM r20_sales;
SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY sale_date), percentile_disc(0.5) WITHIN GROUP (ORDER BY sold_at) FROM r20_sales;
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY discount), percentile_disc(0.5) WITHIN GROUP (ORDER BY discount) FROM r20_sales;
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY amount) FROM r20_sales WHERE false;
SELECT channel, percentile_cont(0.5) WITHIN GROUP (ORDER BY amount) FILTER (WHERE qty > 1) FROM r20_sales GROUP BY channel ORDER BY channel NULLS FIRST;
SELECT category, percentile_cont(0.5) WITHIN GROUP (ORDER BY amount) FROM r20_sales_wide GROUP BY ROLLUP (category) ORDER BY category NULLS LAST;
SELECT rank(500) WITHIN GROUP (ORDER BY amount), dense_rank(500) WITHIN GROUP (ORDER BY amount), percent_rank(500) WITHIN GROUP (ORDER BY amount), cume_dist(500) WITHIN GROUP (ORDER BY amount) FROM r20_sales;
SELECT rank(250, 1) WITHIN GROUP (ORDER BY amount, qty) FROM r20_sales;
SELECT dept, percentile_cont(0.5) WITHIN GROUP (ORDER BY salary) FROM r20_employees GROUP BY dept ORDER BY dept;
SELECT kind, percentile_cont(array[0.5, 0.95]) WITHIN GROUP (ORDER BY value) FROM r20_events GROUP BY kind ORDER BY kind;
SELECT id, amount, amount > (SELECT percentile_cont(0.75) WITHIN GROUP (ORDER BY amount) FROM r20_sales) AS top_quartile FROM r20_sales ORDER BY id;
SELECT round(percentile_cont(0.5) WITHIN GROUP (ORDER BY amount)::numeric, 2) FROM r20_sales;
-- Recursive CTEs: hierarchies, paths, cycles.
WITH RECURSIVE chain AS (SELECT id, name, manager_id, 1 AS depth, name::text AS path FROM r20_employees WHERE manager_id IS NULL UNION ALL SELECT e.id, e.name, e.manager_id, c.depth + 1, c.path || ' > ' || e.name FROM r20_employees e JOIN chain c ON e.manager_id = c.id) SELECT * FROM chain ORDER BY path;
WITH RECURSIVE sub AS (SELECT id FROM r20_employees WHERE id = 2 UNION SELECT e.id FROM r20_employees e JOIN sub s ON e.manager_id = s.id) SELECT count(*), sum(salary) FROM r20_employees WHERE id IN (SELECT id FROM sub);
WITH RECURSIVE up AS (SELECT id, name, manager_id, 0 AS lvl FROM r20_employees WHERE name = 'Ivy' UNION ALL SELECT e.id, e.name, e.manager_id, u.lvl + 1 FROM r20_employees e JOIN up u ON e.id = u.manager_id) SELECT lvl, name FROM up ORDER BY lvl;
WITH RECURSIVE tree AS (SELECT id, name, parent_id, ARRAY[id] AS path, 0 AS depth FROM r20_regions WHERE parent_id IS NULL UNION ALL SELECT r.id, r.name, r.parent_id, t.path || r.id, t.depth + 1 FROM r20_regions r JOIN tree t ON r.parent_id = t.id) SELECT repeat('  ', depth) || name AS label, path FROM tree ORDER BY path;
WITH RECURSIVE tree AS (SELECT id, name, parent_id, 0 AS depth FROM r20_regions WHERE parent_id IS NULL UNION ALL SELECT r.id, r.name, r.parent_id, t.depth + 1 FROM r20_regions r JOIN tree t ON r.parent_id = t.id) SEARCH DEPTH FIRST BY name SET ord SELECT name, depth FROM tree ORDER BY ord;
WITH RECURSIVE tree AS (SELECT id, name, parent_id, 0 AS depth FROM r20_regions WHERE parent_id IS NULL UNION ALL SELECT r.id, r.name, r.parent_id, t.depth + 1 FROM r20_regions r JOIN tree t ON r.parent_id = t.id) SEARCH BREADTH FIRST BY name SET ord SELECT name, depth FROM tree ORDER BY ord;
WITH RECURSIVE tree AS (SELECT id, parent_id FROM r20_regions WHERE id = 1 UNION ALL SELECT r.id, r.parent_id FROM r20_regions r JOIN tree t ON r.parent_id = t.id) SEARCH DEPTH FIRST BY id SET ord SELECT id, ord FROM tree ORDER BY ord;
WITH RECURSIVE rollup_tree AS (SELECT r.id, r.id AS root FROM r20_regions r UNION ALL SELECT c.id, t.root FROM r20_regions c JOIN rollup_tree t ON c.parent_id = t.id) SELECT r.name, count(s.id) AS sales, coalesce(sum(s.amount), 0) AS total FROM r20_regions r JOIN rollup_tree t ON t.root = r.id LEFT JOIN r20_customers c ON c.region_id = t.id LEFT JOIN r20_sales s ON s.customer_id = c.id GROUP BY r.id, r.name ORDER BY r.id;
WITH RECURSIVE paths AS (SELECT src, dst, weight, ARRAY[src, dst] AS path FROM r20_edges WHERE src = 'a' UNION ALL SELECT p.src, e.dst, p.weight + e.weight, p.path || e.dst FROM paths p JOIN r20_edges e ON e.src = p.dst WHERE NOT e.dst = ANY (p.path)) SELECT dst, min(weight) AS shortest FROM paths GROUP BY dst ORDER BY dst;
WITH RECURSIVE paths AS (SELECT src, dst, weight, ARRAY[src, dst] AS path FROM r20_edges WHERE src = 'a' UNION ALL SELECT p.src, e.dst, p.weight + e.weight, p.path || e.dst FROM paths p JOIN r20_edges e ON e.src = p.dst WHERE NOT e.dst = ANY (p.path)) SELECT array_to_string(path, '->') AS route, weight FROM paths ORDER BY weight, route;
WITH RECURSIVE walk AS (SELECT src, dst, 1 AS hops FROM r20_edges WHERE src = 'a' UNION ALL SELECT w.src, e.dst, w.hops + 1 FROM walk w JOIN r20_edges e ON e.src = w.dst WHERE w.hops < 4) CYCLE dst SET is_cycle USING path SELECT dst, hops, is_cycle, path FROM walk ORDER BY hops, dst, path::text;
WITH RECURSIVE walk AS (SELECT dst FROM r20_edges WHERE src = 'a' UNION ALL SELECT e.dst FROM walk w JOIN r20_edges e ON e.src = w.dst) CYCLE dst SET looped TO 'Y' DEFAULT 'N' USING trail SELECT count(*), count(*) FILTER (WHERE looped = 'Y') FROM walk;
WITH RECURSIVE walk AS (SELECT dst FROM r20_edges WHERE src = 'a' UNION ALL SELECT e.dst FROM walk w JOIN r20_edges e ON e.src = w.dst) CYCLE dst SET looped USING trail SELECT dst, trail FROM walk WHERE looped ORDER BY trail::text;
WITH RECURSIVE reach AS (SELECT 'a'::text AS node UNION SELECT e.dst FROM reach r JOIN r20_edges e ON e.src = r.node) SELECT string_agg(node, ',' ORDER BY node) FROM reach;
WITH RECURSIVE n(i) AS (VALUES (1) UNION ALL SELECT i + 1 FROM n WHERE i < 12) SELECT i, make_date(2024, i, 1) AS month FROM n ORDER BY i;
WITH RECURSIVE fib(a, b, i) AS (SELECT 0::numeric, 1::numeric, 1 UNION ALL SELECT b, a + b, i + 1 FROM fib WHERE i < 90) SELECT a FROM fib WHERE i = 90;
WITH RECURSIVE days(d) AS (SELECT date '2024-02-26' UNION ALL SELECT d + 1 FROM days WHERE d < date '2024-03-02') SELECT d, (SELECT count(*) FROM r20_sales s WHERE s.sale_date = days.d) FROM days ORDER BY d;
WITH RECURSIVE running(id, amount, total) AS (SELECT id, amount, amount FROM r20_sales WHERE id = 1 UNION ALL SELECT s.id, s.amount, r.total + s.amount FROM r20_sales s JOIN running r ON s.id = r.id + 1) SELECT id, total FROM running ORDER BY id;
WITH RECURSIVE mgr_count AS (SELECT id, manager_id, 0 AS reports FROM r20_employees UNION ALL SELECT e.manager_id, NULL, 1 FROM mgr_count m JOIN r20_employees e ON e.id = m.id WHERE e.manager_id IS NOT NULL AND m.reports = 0) SELECT id, sum(reports) FROM mgr_count GROUP BY id ORDER BY id;
WITH RECURSIVE org AS (SELECT id, name, salary, id AS top FROM r20_employees WHERE manager_id = 1 UNION ALL SELECT e.id, e.name, e.salary, o.top FROM r20_employees e JOIN org o ON e.manager_id = o.id) SELECT t.name AS vp, count(*) AS headcount, sum(o.salary) AS payroll FROM org o JOIN r20_employees t ON t.id = o.top GROUP BY t.name ORDER BY t.name;
WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t) SELECT n FROM t LIMIT 5;
WITH RECURSIVE split(word, rest) AS (SELECT NULL::text, 'alpha,beta,gamma' UNION ALL SELECT split_part(rest, ',', 1), CASE WHEN position(',' IN rest) > 0 THEN substr(rest, position(',' IN rest) + 1) END FROM split WHERE rest IS NOT NULL) SELECT word FROM split WHERE word IS NOT NULL;
WITH RECURSIVE x AS (SELECT 1 AS n UNION ALL SELECT n + 1 FROM x WHERE n < 3), y AS (SELECT n * 10 AS m FROM x) SELECT * FROM x CROSS JOIN y ORDER BY n, m;
WITH top_customers AS MATERIALIZED (SELECT customer_id, sum(amount) AS total FROM r20_sales GROUP BY customer_id) SELECT c.name, t.total FROM top_customers t JOIN r20_customers c ON c.id = t.customer_id ORDER BY t.total DESC LIMIT 3;
WITH monthly AS NOT MATERIALIZED (SELECT date_trunc('month', sale_date) AS m, sum(amount) AS total FROM r20_sales GROUP BY 1) SELECT max(total), min(total), avg(total)::numeric(12,2) FROM monthly;
-- LATERAL top-N and DISTINCT ON.
SELECT c.name, t.id, t.amount FROM r20_customers c CROSS JOIN LATERAL (SELECT id, amount FROM r20_sales s WHERE s.customer_id = c.id ORDER BY amount DESC, id LIMIT 2) t ORDER BY c.name, t.amount DESC, t.id;
SELECT c.name, t.id, t.amount FROM r20_customers c LEFT JOIN LATERAL (SELECT id, amount FROM r20_sales s WHERE s.customer_id = c.id ORDER BY sold_at DESC LIMIT 1) t ON true ORDER BY c.id;
SELECT p.category, x.name, x.list_price FROM (SELECT DISTINCT category FROM r20_products) p, LATERAL (SELECT name, list_price FROM r20_products q WHERE q.category = p.category ORDER BY list_price DESC LIMIT 2) x ORDER BY p.category, x.list_price DESC;
SELECT r.name, l.n, l.total FROM r20_regions r LEFT JOIN LATERAL (SELECT count(*) AS n, sum(s.amount) AS total FROM r20_customers c JOIN r20_sales s ON s.customer_id = c.id WHERE c.region_id = r.id) l ON true ORDER BY r.id;
SELECT c.name, stats.* FROM r20_customers c, LATERAL (SELECT count(*) AS orders, max(sale_date) AS last_sale, min(sale_date) AS first_sale FROM r20_sales s WHERE s.customer_id = c.id) stats ORDER BY c.id;
SELECT s.id, m.month_total FROM r20_sales s JOIN LATERAL (SELECT sum(amount) AS month_total FROM r20_sales x WHERE date_trunc('month', x.sale_date) = date_trunc('month', s.sale_date)) m ON true WHERE s.id <= 5 ORDER BY s.id;
SELECT e.name, r.name AS top_report FROM r20_employees e LEFT JOIN LATERAL (SELECT name FROM r20_employees x WHERE x.manager_id = e.id ORDER BY salary DESC, name LIMIT 1) r ON true ORDER BY e.id;
SELECT cal.m::date, top.product_id, top.total FROM generate_series(date '2024-01-01', date '2024-06-01', interval '1 month') cal(m) LEFT JOIN LATERAL (SELECT product_id, sum(amount) AS total FROM r20_sales s WHERE s.sale_date >= cal.m AND s.sale_date < cal.m + interval '1 month' GROUP BY product_id ORDER BY total DESC, product_id LIMIT 1) top ON true ORDER BY 1;
SELECT s.id, v.label, v.val FROM r20_sales s CROSS JOIN LATERAL (VALUES ('qty', s.qty::numeric), ('amount', s.amount), ('discount', s.discount)) v(label, val) WHERE s.id <= 2 ORDER BY s.id, v.label;
SELECT s.id, u.part FROM r20_sales s, LATERAL unnest(ARRAY[s.channel, s.channel || '!']) AS u(part) WHERE s.id <= 3 ORDER BY s.id, u.part;
SELECT DISTINCT ON (customer_id) customer_id, id, sale_date, amount FROM r20_sales WHERE customer_id IS NOT NULL ORDER BY customer_id, sale_date DESC, id DESC;
SELECT DISTINCT ON (category) category, name, list_price FROM r20_products ORDER BY category, list_price DESC;
SELECT DISTINCT ON (channel) channel, id, amount FROM r20_sales ORDER BY channel NULLS FIRST, amount DESC, id;
SELECT DISTINCT ON (date_trunc('month', sale_date)) date_trunc('month', sale_date)::date AS m, id, amount FROM r20_sales ORDER BY date_trunc('month', sale_date), amount DESC, id;
SELECT DISTINCT ON (dept) dept, name, salary FROM r20_employees ORDER BY dept, salary DESC NULLS LAST, name;
SELECT DISTINCT ON (1, 2) customer_id, channel, amount FROM r20_sales WHERE customer_id IS NOT NULL ORDER BY 1, 2 NULLS LAST, 3 DESC;
SELECT count(*) FROM (SELECT DISTINCT ON (customer_id) * FROM r20_sales ORDER BY customer_id, id) t;
SELECT DISTINCT channel FROM r20_sales ORDER BY channel NULLS LAST;
SELECT DISTINCT category, channel FROM r20_sales_wide ORDER BY 1, 2 NULLS FIRST;
SELECT count(DISTINCT channel), count(DISTINCT (channel, customer_id)), count(DISTINCT customer_id) FROM r20_sales;
-- Ordered aggregates and report payloads.
SELECT category, string_agg(name, ', ' ORDER BY name) FROM r20_products GROUP BY category ORDER BY category;
SELECT category, string_agg(name, ' / ' ORDER BY list_price DESC, name) FROM r20_products GROUP BY category ORDER BY category;
SELECT string_agg(DISTINCT channel, ',' ORDER BY channel) FROM r20_sales;
SELECT string_agg(channel, ',') FILTER (WHERE channel IS NOT NULL) IS NOT NULL, string_agg(NULL::text, ',') FROM r20_sales;
SELECT customer_id, array_agg(id ORDER BY sold_at) AS ids, array_agg(DISTINCT product_id ORDER BY product_id) AS products FROM r20_sales GROUP BY customer_id ORDER BY customer_id NULLS LAST;
SELECT array_agg(amount ORDER BY amount DESC) FILTER (WHERE amount > 500) FROM r20_sales;
SELECT array_agg(discount ORDER BY id) FROM r20_sales WHERE id <= 6;
SELECT dept, array_agg(name ORDER BY name DESC) FROM r20_employees GROUP BY dept ORDER BY dept;
SELECT (array_agg(name ORDER BY salary DESC NULLS LAST))[1] AS top_paid, (array_agg(name ORDER BY hired))[1:3] AS first_three FROM r20_employees;
SELECT array_length(array_agg(id), 1), cardinality(array_agg(DISTINCT channel)) FROM r20_sales;
SELECT jsonb_agg(jsonb_build_object('id', id, 'amount', amount) ORDER BY id) FROM r20_sales WHERE id <= 3;
SELECT jsonb_object_agg(category, total) FROM (SELECT category, sum(amount) AS total FROM r20_sales_wide GROUP BY category) t;
SELECT jsonb_object_agg(name, salary ORDER BY name) FROM r20_employees WHERE dept = 'Eng';
SELECT jsonb_pretty(jsonb_build_object('period', '2024-H1', 'total', sum(amount), 'orders', count(*), 'by_channel', (SELECT jsonb_object_agg(coalesce(channel, 'unknown'), n) FROM (SELECT channel, count(*) AS n FROM r20_sales GROUP BY channel) c))) FROM r20_sales;
SELECT json_agg(t ORDER BY t.id) FROM (SELECT id, sale_date, amount FROM r20_sales WHERE id <= 2) t;
SELECT jsonb_agg(t) FROM (SELECT name, salary FROM r20_employees WHERE dept = 'Sales' ORDER BY name) t;
SELECT category, jsonb_agg(jsonb_build_object('name', name, 'price', list_price) ORDER BY list_price) AS items FROM r20_products GROUP BY category ORDER BY category;
SELECT c.name, jsonb_build_object('orders', count(s.id), 'total', coalesce(sum(s.amount), 0), 'last', max(s.sale_date), 'channels', coalesce(jsonb_agg(DISTINCT s.channel) FILTER (WHERE s.channel IS NOT NULL), '[]')) FROM r20_customers c LEFT JOIN r20_sales s ON s.customer_id = c.id GROUP BY c.id, c.name ORDER BY c.id;
SELECT json_object_agg(id, amount ORDER BY id) FROM r20_sales WHERE id <= 4;
SELECT jsonb_agg(amount) -> 0, jsonb_agg(amount) ->> -1, jsonb_array_length(jsonb_agg(amount)) FROM (SELECT amount FROM r20_sales ORDER BY id) t;
SELECT to_jsonb(r) FROM (SELECT 1 AS a, 2.50::numeric(12,2) AS b, date '2024-01-01' AS c, NULL::text AS d) r;
SELECT jsonb_build_object('sum', sum(amount), 'avg', round(avg(amount), 2), 'median', percentile_cont(0.5) WITHIN GROUP (ORDER BY amount)) FROM r20_sales;
SELECT jsonb_object_agg(k, v) FROM (VALUES ('a', 1), ('b', NULL), ('a', 3)) x(k, v);
SELECT jsonb_object_agg(k, v) FROM (VALUES (NULL::text, 1)) x(k, v);
SELECT json_agg(x ORDER BY x DESC NULLS FIRST) FROM unnest(ARRAY[3, NULL, 1]) x;
SELECT jsonb_agg(DISTINCT segment) FROM r20_customers;
SELECT row_to_json(t) FROM (SELECT category, count(*) AS n FROM r20_products GROUP BY category ORDER BY category) t;
SELECT jsonb_strip_nulls(jsonb_agg(jsonb_build_object('seg', segment, 'id', id) ORDER BY id)) FROM r20_customers WHERE id > 6;
SELECT string_agg(to_char(amount, 'FM9990.00'), ' + ' ORDER BY id) || ' = ' || to_char(sum(amount), 'FM99990.00') FROM r20_sales WHERE customer_id = 1;
SELECT string_agg(name, E'\n' ORDER BY id) FROM r20_regions WHERE parent_id = 1;
SELECT array_to_string(array_agg(DISTINCT category ORDER BY category), ' | ') FROM r20_products;
SELECT xmlagg(xmlelement(name p, name) ORDER BY id) FROM r20_products WHERE id <= 2;
-- Pivots with CASE and FILTER.
SELECT category, sum(CASE WHEN channel = 'web' THEN amount ELSE 0 END) AS web, sum(CASE WHEN channel = 'store' THEN amount ELSE 0 END) AS store, sum(CASE WHEN channel = 'phone' THEN amount END) AS phone, sum(CASE WHEN channel IS NULL THEN amount END) AS unknown FROM r20_sales_wide GROUP BY category ORDER BY category;
SELECT category, sum(amount) FILTER (WHERE extract(quarter FROM sale_date) = 1) AS q1, sum(amount) FILTER (WHERE extract(quarter FROM sale_date) = 2) AS q2, sum(amount) FILTER (WHERE extract(quarter FROM sale_date) = 3) AS q3, sum(amount) AS total FROM r20_sales_wide GROUP BY category ORDER BY category;
SELECT to_char(sale_date, 'YYYY-MM') AS month, count(*) FILTER (WHERE category = 'Hardware') AS hw, count(*) FILTER (WHERE category = 'Software') AS sw, count(*) FILTER (WHERE category = 'Services') AS sv FROM r20_sales_wide GROUP BY 1 ORDER BY 1;
SELECT segment, max(CASE WHEN rn = 1 THEN customer END) AS first, max(CASE WHEN rn = 2 THEN customer END) AS second FROM (SELECT segment, name AS customer, row_number() OVER (PARTITION BY segment ORDER BY name) AS rn FROM r20_customers) t GROUP BY segment ORDER BY segment NULLS LAST;
SELECT coalesce(channel, 'n/a') AS channel, count(*) FILTER (WHERE amount < 100) AS small, count(*) FILTER (WHERE amount >= 100 AND amount < 500) AS medium, count(*) FILTER (WHERE amount >= 500) AS large FROM r20_sales GROUP BY channel ORDER BY 1;
SELECT dept, sum(salary) FILTER (WHERE hired < '2019-01-01') AS veterans, sum(salary) FILTER (WHERE hired >= '2019-01-01') AS recent, count(*) FILTER (WHERE salary IS NULL) AS unpaid FROM r20_employees GROUP BY dept ORDER BY dept;
SELECT CASE WHEN amount >= 1000 THEN 'large' WHEN amount >= 200 THEN 'medium' ELSE 'small' END AS band, count(*), sum(amount), round(avg(qty), 2) FROM r20_sales GROUP BY 1 ORDER BY min(amount);
SELECT width_bucket(amount, 0, 2000, 4) AS bucket, count(*), min(amount), max(amount) FROM r20_sales GROUP BY 1 ORDER BY 1;
SELECT width_bucket(amount, ARRAY[0, 100, 250, 1000]::numeric[]) AS b, count(*) FROM r20_sales GROUP BY 1 ORDER BY 1;
SELECT width_bucket(5.0, 0, 10, 5), width_bucket(10, 0, 10, 5), width_bucket(-1, 0, 10, 5), width_bucket(3, 10, 0, 5);
SELECT sum(qty) FILTER (WHERE product_id BETWEEN 1 AND 4) AS hardware_units, sum(qty) FILTER (WHERE product_id BETWEEN 5 AND 7) AS software_units, sum(qty) FILTER (WHERE product_id > 7) AS service_units FROM r20_sales;
SELECT r.name, count(c.id) FILTER (WHERE c.segment = 'Enterprise') AS ent, count(c.id) FILTER (WHERE c.segment = 'SMB') AS smb, count(c.id) FILTER (WHERE c.segment IS NULL) AS unknown FROM r20_regions r LEFT JOIN r20_customers c ON c.region_id = r.id GROUP BY r.id, r.name ORDER BY r.id;
SELECT k, v FROM (SELECT sum(amount) AS total, count(*) AS n, max(amount) AS top FROM r20_sales) s CROSS JOIN LATERAL (VALUES ('total', s.total), ('count', s.n), ('max', s.top)) u(k, v) ORDER BY k;
SELECT p.name, coalesce(sum(s.qty) FILTER (WHERE s.channel = 'web'), 0) AS web_units, coalesce(sum(s.qty) FILTER (WHERE s.channel <> 'web'), 0) AS other_units FROM r20_products p LEFT JOIN r20_sales s ON s.product_id = p.id GROUP BY p.id, p.name ORDER BY p.id;
SELECT extract(month FROM sale_date)::int AS m, sum(CASE WHEN customer_id IS NULL THEN 1 ELSE 0 END) AS anonymous, sum(CASE WHEN customer_id IS NOT NULL THEN 1 ELSE 0 END) AS known FROM r20_sales GROUP BY 1 ORDER BY 1;
SELECT bool_or(channel = 'phone') FILTER (WHERE qty > 2), count(*) FILTER (WHERE NOT (channel = 'web')) FROM r20_sales;
-- NULLS FIRST / LAST ordering.
SELECT id, discount FROM r20_sales ORDER BY discount NULLS FIRST, id LIMIT 8;
SELECT id, discount FROM r20_sales ORDER BY discount DESC, id LIMIT 8;
SELECT id, discount FROM r20_sales ORDER BY discount DESC NULLS LAST, id LIMIT 8;
SELECT id, discount FROM r20_sales ORDER BY discount ASC NULLS LAST, id DESC LIMIT 8;
SELECT name, segment, tier FROM r20_customers ORDER BY segment NULLS FIRST, tier DESC NULLS LAST, name;
SELECT name, tier FROM r20_customers ORDER BY tier, name;
SELECT name, tier FROM r20_customers ORDER BY tier DESC, name;
SELECT name, region_id FROM r20_customers ORDER BY region_id IS NULL, region_id DESC, name;
SELECT channel, count(*) FROM r20_sales GROUP BY channel ORDER BY channel DESC NULLS FIRST;
SELECT name, launched FROM r20_products ORDER BY launched NULLS FIRST, name;
SELECT name, launched FROM r20_products ORDER BY launched DESC NULLS LAST, name LIMIT 4;
SELECT name, salary FROM r20_employees ORDER BY salary DESC NULLS LAST, name FETCH FIRST 3 ROWS ONLY;
SELECT name, salary FROM r20_employees ORDER BY salary DESC NULLS LAST FETCH FIRST 4 ROWS WITH TIES;
SELECT name, salary FROM r20_employees ORDER BY salary NULLS FIRST, name OFFSET 2 ROWS FETCH NEXT 3 ROWS ONLY;
SELECT id, amount FROM r20_sales ORDER BY amount DESC FETCH FIRST 2 ROWS WITH TIES;
SELECT array_agg(discount ORDER BY discount NULLS FIRST), array_agg(discount ORDER BY discount DESC NULLS LAST) FROM r20_sales WHERE id <= 8;
SELECT string_agg(coalesce(channel, '-'), '' ORDER BY channel DESC NULLS LAST, id) FROM r20_sales;
SELECT id, rank() OVER (ORDER BY discount NULLS FIRST), rank() OVER (ORDER BY discount DESC NULLS FIRST) FROM r20_sales WHERE id <= 6 ORDER BY id;
SELECT greatest(discount, 1), least(discount, 1), greatest(NULL::numeric, NULL) FROM r20_sales WHERE id IN (1, 2, 10) ORDER BY id;
-- Correlated subqueries, EXISTS and anti-joins.
SELECT c.name, (SELECT sum(amount) FROM r20_sales s WHERE s.customer_id = c.id) AS total, (SELECT count(*) FROM r20_sales s WHERE s.customer_id = c.id) AS n FROM r20_customers c ORDER BY c.id;
SELECT c.name, (SELECT max(sale_date) FROM r20_sales s WHERE s.customer_id = c.id) AS last_sale FROM r20_customers c ORDER BY last_sale DESC NULLS LAST, c.name;
SELECT c.name FROM r20_customers c WHERE NOT EXISTS (SELECT 1 FROM r20_sales s WHERE s.customer_id = c.id) ORDER BY c.name;
SELECT p.name FROM r20_products p WHERE EXISTS (SELECT 1 FROM r20_sales s WHERE s.product_id = p.id AND s.qty >= 5) ORDER BY p.name;
SELECT c.name FROM r20_customers c WHERE c.id NOT IN (SELECT customer_id FROM r20_sales);
SELECT c.name FROM r20_customers c WHERE c.id NOT IN (SELECT customer_id FROM r20_sales WHERE customer_id IS NOT NULL) ORDER BY c.name;
SELECT c.name FROM r20_customers c LEFT JOIN r20_sales s ON s.customer_id = c.id WHERE s.id IS NULL ORDER BY c.name;
SELECT r.name FROM r20_regions r WHERE NOT EXISTS (SELECT 1 FROM r20_customers c WHERE c.region_id = r.id) AND NOT EXISTS (SELECT 1 FROM r20_regions x WHERE x.parent_id = r.id) ORDER BY r.name;
SELECT s.id, s.amount FROM r20_sales s WHERE s.amount > (SELECT avg(amount) FROM r20_sales x WHERE x.product_id = s.product_id) ORDER BY s.id;
SELECT s.id, s.amount FROM r20_sales s WHERE s.amount = (SELECT max(amount) FROM r20_sales x WHERE x.channel IS NOT DISTINCT FROM s.channel) ORDER BY s.id;
SELECT e.name, e.salary, (SELECT round(avg(salary), 2) FROM r20_employees x WHERE x.dept = e.dept) AS dept_avg FROM r20_employees e ORDER BY e.id;
SELECT e.name FROM r20_employees e WHERE e.salary > ALL (SELECT salary FROM r20_employees x WHERE x.manager_id = e.id) ORDER BY e.name;
SELECT e.name FROM r20_employees e WHERE e.salary > ALL (SELECT salary FROM r20_employees x WHERE x.manager_id = e.id AND x.salary IS NOT NULL) ORDER BY e.name;
SELECT e.name FROM r20_employees e WHERE e.salary < ANY (SELECT salary FROM r20_employees x WHERE x.dept = e.dept) ORDER BY e.name;
SELECT p.name, p.list_price, (SELECT count(*) FROM r20_products q WHERE q.list_price > p.list_price) + 1 AS price_rank FROM r20_products p ORDER BY price_rank, p.name;
SELECT name FROM r20_customers c WHERE (SELECT sum(amount) FROM r20_sales s WHERE s.customer_id = c.id) > 1000 ORDER BY name;
SELECT s.id FROM r20_sales s WHERE EXISTS (SELECT 1 FROM r20_sales t WHERE t.customer_id = s.customer_id AND t.sale_date = s.sale_date AND t.id <> s.id) ORDER BY s.id;
SELECT c.name, EXISTS (SELECT 1 FROM r20_sales s WHERE s.customer_id = c.id AND s.channel = 'phone') AS phoned FROM r20_customers c ORDER BY c.id;
SELECT c.segment, count(*) FILTER (WHERE EXISTS (SELECT 1 FROM r20_sales s WHERE s.customer_id = c.id)) AS active, count(*) FROM r20_customers c GROUP BY c.segment ORDER BY c.segment NULLS FIRST;
SELECT p.category, (SELECT name FROM r20_products q WHERE q.category = p.category ORDER BY list_price DESC LIMIT 1) AS flagship FROM r20_products p GROUP BY p.category ORDER BY 1;
SELECT s.id, (SELECT name FROM r20_customers c WHERE c.id = s.customer_id) AS who FROM r20_sales s WHERE s.id BETWEEN 8 AND 10 ORDER BY s.id;
SELECT id FROM r20_sales s WHERE (s.customer_id, s.product_id) IN (SELECT customer_id, product_id FROM r20_sales WHERE channel = 'store') ORDER BY id;
SELECT id FROM r20_sales WHERE (customer_id, product_id) NOT IN (SELECT customer_id, product_id FROM r20_sales WHERE channel = 'web');
SELECT c.name, (SELECT string_agg(p.name, ', ' ORDER BY p.name) FROM r20_sales s JOIN r20_products p ON p.id = s.product_id WHERE s.customer_id = c.id) FROM r20_customers c ORDER BY c.id;
SELECT c.name, ARRAY(SELECT s.id FROM r20_sales s WHERE s.customer_id = c.id ORDER BY s.id) FROM r20_customers c ORDER BY c.id;
SELECT s.id, s.amount, s.amount * 100 / (SELECT sum(x.amount) FROM r20_sales x WHERE x.customer_id = s.customer_id) AS share FROM r20_sales s WHERE s.customer_id = 1 ORDER BY s.id;
SELECT t.region_id, t.quarter FROM r20_targets t WHERE NOT EXISTS (SELECT 1 FROM r20_customers c JOIN r20_sales s ON s.customer_id = c.id WHERE c.region_id = t.region_id AND date_trunc('quarter', s.sale_date) = t.quarter) ORDER BY 1, 2;
SELECT count(*) FROM r20_sales s WHERE s.customer_id IS NULL OR NOT EXISTS (SELECT 1 FROM r20_customers c WHERE c.id = s.customer_id AND c.segment IS NOT NULL);
-- UNION / INTERSECT / EXCEPT (ALL) and VALUES tables.
SELECT customer_id FROM r20_sales WHERE channel = 'web' UNION SELECT customer_id FROM r20_sales WHERE channel = 'store' ORDER BY 1 NULLS FIRST;
SELECT customer_id FROM r20_sales WHERE channel = 'web' UNION ALL SELECT customer_id FROM r20_sales WHERE channel = 'store' ORDER BY 1 NULLS FIRST;
SELECT customer_id FROM r20_sales WHERE channel = 'web' INTERSECT SELECT customer_id FROM r20_sales WHERE channel = 'store' ORDER BY 1;
SELECT customer_id FROM r20_sales WHERE channel = 'web' INTERSECT ALL SELECT customer_id FROM r20_sales WHERE channel = 'web' AND qty > 1 ORDER BY 1;
SELECT customer_id FROM r20_sales WHERE channel = 'web' EXCEPT SELECT customer_id FROM r20_sales WHERE channel = 'store' ORDER BY 1;
SELECT customer_id FROM r20_sales EXCEPT ALL SELECT id FROM r20_customers ORDER BY 1 NULLS LAST;
SELECT product_id FROM r20_sales EXCEPT ALL SELECT product_id FROM r20_sales WHERE qty = 1 ORDER BY 1;
SELECT id FROM r20_customers EXCEPT SELECT customer_id FROM r20_sales ORDER BY 1;
SELECT 'web' AS src, count(*) FROM r20_sales WHERE channel = 'web' UNION ALL SELECT 'store', count(*) FROM r20_sales WHERE channel = 'store' UNION ALL SELECT 'all', count(*) FROM r20_sales ORDER BY 2 DESC, 1;
SELECT category AS label, sum(amount) AS total FROM r20_sales_wide GROUP BY category UNION ALL SELECT 'TOTAL', sum(amount) FROM r20_sales ORDER BY total;
SELECT 1 AS a UNION SELECT 2 UNION SELECT 1 INTERSECT SELECT 1 ORDER BY a;
(SELECT id FROM r20_sales ORDER BY amount DESC LIMIT 3) UNION ALL (SELECT id FROM r20_sales ORDER BY amount LIMIT 3) ORDER BY 1;
SELECT amount FROM r20_sales WHERE id < 5 UNION SELECT list_price FROM r20_products WHERE id < 5 ORDER BY 1;
SELECT 1.5 AS x UNION SELECT 2 UNION SELECT 2.50 ORDER BY 1;
SELECT sale_date::timestamp AS t FROM r20_sales WHERE id = 1 UNION ALL SELECT sold_at::timestamp FROM r20_sales WHERE id = 1 ORDER BY 1;
SELECT NULL UNION SELECT NULL;
SELECT NULL::int UNION ALL SELECT 1 ORDER BY 1 NULLS FIRST;
SELECT channel FROM r20_sales INTERSECT ALL SELECT channel FROM r20_sales WHERE id > 20 ORDER BY 1 NULLS FIRST;
SELECT * FROM (VALUES ('web', 0.02), ('store', 0.00), ('phone', 0.05)) AS fees(channel, rate) ORDER BY rate DESC;
SELECT s.channel, sum(s.amount) AS gross, sum(s.amount * f.rate) AS fee, round(sum(s.amount * (1 - f.rate)), 2) AS net FROM r20_sales s JOIN (VALUES ('web', 0.029), ('store', 0.0), ('phone', 0.015)) AS f(channel, rate) ON f.channel = s.channel GROUP BY s.channel ORDER BY s.channel;
SELECT v.label, count(s.id) FROM (VALUES ('small', 0, 100), ('medium', 100, 500), ('large', 500, 100000)) AS v(label, lo, hi) LEFT JOIN r20_sales s ON s.amount >= v.lo AND s.amount < v.hi GROUP BY v.label, v.lo ORDER BY v.lo;
VALUES (1, 'one'), (2, 'two'), (3, NULL) ORDER BY 1 DESC;
VALUES (1.5), (2), (NULL);
SELECT * FROM (VALUES (date '2024-01-01', 10), ('2024-02-01', 20)) t(d, n) ORDER BY d;
SELECT column1, column2 FROM (VALUES (1, 2.5), (3, 4)) v ORDER BY 1;
SELECT * FROM (VALUES (1), (2)) a(x) CROSS JOIN (VALUES ('a'), ('b')) b(y) ORDER BY x, y;
SELECT x, count(*) FROM (VALUES (1), (1), (2), (NULL)) t(x) GROUP BY x ORDER BY x NULLS FIRST;
SELECT sum(x), avg(x), pg_typeof(sum(x)), pg_typeof(avg(x)) FROM (VALUES (1::int), (2), (4)) t(x);
SELECT pg_typeof(sum(x)), pg_typeof(avg(x)), sum(x), avg(x) FROM (VALUES (1::bigint), (2)) t(x);
SELECT pg_typeof(sum(amount)), pg_typeof(avg(qty)), pg_typeof(sum(qty)), pg_typeof(count(*)), pg_typeof(percentile_cont(0.5) WITHIN GROUP (ORDER BY amount)) FROM r20_sales;
SELECT pg_typeof(rank() OVER ()), pg_typeof(percent_rank() OVER ()), pg_typeof(ntile(2) OVER ()), pg_typeof(row_number() OVER ()) FROM r20_sales LIMIT 1;
-- Cohorts, retention, funnels, running balances: whole reports.
WITH firsts AS (SELECT customer_id, date_trunc('month', min(sale_date))::date AS cohort FROM r20_sales WHERE customer_id IS NOT NULL GROUP BY customer_id) SELECT f.cohort, count(DISTINCT f.customer_id) AS customers, count(DISTINCT s.customer_id) FILTER (WHERE date_trunc('month', s.sale_date) > f.cohort) AS returned FROM firsts f JOIN r20_sales s ON s.customer_id = f.customer_id GROUP BY f.cohort ORDER BY f.cohort;
WITH firsts AS (SELECT customer_id, min(sale_date) AS first_sale FROM r20_sales WHERE customer_id IS NOT NULL GROUP BY customer_id) SELECT (extract(year FROM age(s.sale_date, f.first_sale)) * 12 + extract(month FROM age(s.sale_date, f.first_sale)))::int AS months_since, count(DISTINCT s.customer_id) FROM r20_sales s JOIN firsts f USING (customer_id) GROUP BY 1 ORDER BY 1;
SELECT kind, count(*) AS events, count(*) * 100 / sum(count(*)) OVER () AS pct_int, round(count(*) * 100.0 / first_value(count(*)) OVER (ORDER BY count(*) DESC), 1) AS vs_top FROM r20_events GROUP BY kind ORDER BY events DESC, kind;
SELECT id, sale_date, amount, sum(amount) OVER (ORDER BY sale_date, id) AS balance, sum(amount) OVER (ORDER BY sale_date, id) - 2000 * (row_number() OVER (ORDER BY sale_date, id) / 5) AS after_payouts FROM r20_sales ORDER BY sale_date, id;
SELECT m, total, sum(total) OVER (ORDER BY m) AS cumulative, round(avg(total) OVER (ORDER BY m ROWS 2 PRECEDING), 2) AS avg3 FROM (SELECT date_trunc('month', sale_date)::date AS m, sum(amount) AS total FROM r20_sales GROUP BY 1) t ORDER BY m;
SELECT m, total, total - lag(total, 1, 0::numeric) OVER (ORDER BY m) AS mom, first_value(total) OVER (ORDER BY m) AS jan, round(total / first_value(total) OVER (ORDER BY m), 3) AS index_vs_jan FROM (SELECT date_trunc('month', sale_date)::date AS m, sum(amount) AS total FROM r20_sales GROUP BY 1) t ORDER BY m;
SELECT customer_id, sale_date, sale_date - lag(sale_date) OVER (PARTITION BY customer_id ORDER BY sale_date, id) AS days_between FROM r20_sales WHERE customer_id IN (1, 2, 3) ORDER BY customer_id, sale_date, id;
SELECT customer_id, round(avg(gap), 1) AS avg_gap FROM (SELECT customer_id, sale_date - lag(sale_date) OVER (PARTITION BY customer_id ORDER BY sale_date, id) AS gap FROM r20_sales WHERE customer_id IS NOT NULL) t GROUP BY customer_id HAVING count(gap) > 0 ORDER BY customer_id;
SELECT grp, min(sale_date), max(sale_date), count(*) FROM (SELECT sale_date, sale_date - (dense_rank() OVER (ORDER BY sale_date))::int AS grp FROM r20_sales) t GROUP BY grp ORDER BY 2;
SELECT island, min(id), max(id) FROM (SELECT id, id - row_number() OVER (ORDER BY id) AS island FROM r20_sales WHERE channel = 'web') t GROUP BY island ORDER BY 2;
SELECT p.category, p.name, sum(s.amount) AS total, round(100 * sum(s.amount) / sum(sum(s.amount)) OVER (PARTITION BY p.category), 1) AS pct_of_category FROM r20_sales s JOIN r20_products p ON p.id = s.product_id GROUP BY p.category, p.name ORDER BY p.category, total DESC;
SELECT name, total, sum(total) OVER (ORDER BY total DESC, name) AS cum, round(100 * sum(total) OVER (ORDER BY total DESC, name) / sum(total) OVER (), 1) AS cum_pct FROM (SELECT p.name, sum(s.amount) AS total FROM r20_sales s JOIN r20_products p ON p.id = s.product_id GROUP BY p.name) t ORDER BY total DESC, name;
SELECT CASE WHEN cum_pct <= 80 THEN 'A' WHEN cum_pct <= 95 THEN 'B' ELSE 'C' END AS abc, count(*) FROM (SELECT 100 * sum(total) OVER (ORDER BY total DESC, product_id) / sum(total) OVER () AS cum_pct FROM (SELECT product_id, sum(amount) AS total FROM r20_sales GROUP BY product_id) t) u GROUP BY 1 ORDER BY 1;
SELECT segment, count(*) AS customers, round(avg(total), 2) AS avg_ltv, max(total) AS best FROM (SELECT c.segment, c.id, coalesce(sum(s.amount), 0) AS total FROM r20_customers c LEFT JOIN r20_sales s ON s.customer_id = c.id GROUP BY c.segment, c.id) t GROUP BY segment ORDER BY avg_ltv DESC, segment NULLS LAST;
SELECT date_trunc('month', sale_date)::date AS m, count(DISTINCT customer_id) AS active_customers, round(sum(amount) / nullif(count(DISTINCT customer_id), 0), 2) AS arpu FROM r20_sales GROUP BY 1 ORDER BY 1;
SELECT channel, round(sum(amount) / nullif(sum(qty), 0), 2) AS per_unit, round(sum(coalesce(discount, 0) * amount) / nullif(sum(amount), 0), 4) AS weighted_discount FROM r20_sales GROUP BY channel ORDER BY channel NULLS LAST;
SELECT 1 / nullif(0, 0), coalesce(1 / nullif(0, 0), -1), nullif(amount, 250.00) FROM r20_sales WHERE id = 9;
SELECT to_char(sum(amount), 'FM$999,999.00'), to_char(avg(amount), '999G999D99'), to_char(max(amount), 'L9999.99'), to_char(-1234.5, '9999.99PR'), to_char(0.125, '0.99') FROM r20_sales;
SELECT to_char(amount, '99999.99'), to_char(amount, 'FM99999.00'), to_char(amount, '00000.0'), to_char(amount / 7, 'FM9999.999') FROM r20_sales WHERE id IN (1, 3, 10) ORDER BY id;
SELECT to_char(1234567.891, '9,999,999.99'), to_char(0.5, 'FM990.0%'), to_char(12, 'FM9th'), to_char(-0.01, 'FM9990.00'), to_char(1e6::numeric, '9.99EEEE');
SELECT format('%s: %s (%s%%)', category, sum(amount), round(100 * sum(amount) / 10000, 1)) FROM r20_sales_wide GROUP BY category ORDER BY category;
SELECT format('%-10s|%10s|', name, list_price) FROM r20_products WHERE id <= 3 ORDER BY id;
SELECT lpad(to_char(amount, 'FM99990.00'), 10, '.'), rpad(channel, 6, '_') FROM r20_sales WHERE id <= 3 ORDER BY id;
SELECT sum(amount)::money, 1234.565::numeric::money FROM r20_sales;
SELECT cast(sum(amount) AS numeric(12,1)), cast(sum(amount) AS int), cast(avg(amount) AS numeric(8,3)), sum(amount)::float8 FROM r20_sales;
SELECT sum(amount::float8), sum(amount)::real, avg(amount::real)::numeric(10,2) FROM r20_sales;
SELECT 0.1::float8 + 0.2::float8, 0.1 + 0.2, 1 / 3::float8, 1.0 / 3, 2 / 3, -7 / 2, -7 % 3, mod(-7, 3), div(-7, 2);
SELECT 19.99 * 3, 19.99::numeric(12,2) * 0.0825, round(19.99 * 0.0825, 2), 100::numeric(12,2) / 3 * 3;
SELECT sum(round(amount / 3, 2)) AS rounded_parts, round(sum(amount) / 3, 2) AS part_of_sum FROM r20_sales;
SELECT id, amount, floor(amount * 100 / 3) / 100 AS share, amount - 2 * floor(amount * 100 / 3) / 100 AS remainder FROM r20_sales WHERE id <= 3 ORDER BY id;
SELECT numeric '12.345' * 2, numeric '1e-3' + 1, 123.4500::numeric, 0.000::numeric, -0.0::numeric, 1.10 + 2.205;
SELECT scale(sum(amount)), scale(avg(amount)), scale(amount / 3), scale(round(avg(amount), 1)) FROM r20_sales WHERE id = 1 GROUP BY amount;
SELECT avg(x), sum(x) FROM (VALUES (1.005::numeric(12,3)), (2.000), (3.5)) t(x);
SELECT avg(x) FROM (VALUES (1::numeric), (2), (2)) t(x);
SELECT avg(x)::numeric(20,10), sum(x) FROM (VALUES (9999999999.99::numeric(12,2)), (9999999999.99)) t(x);
SELECT c.name, sum(s.amount) FROM r20_customers c JOIN r20_sales s ON s.customer_id = c.id GROUP BY c.name HAVING sum(s.amount) BETWEEN 100 AND 2000 AND count(*) >= 2 ORDER BY 2 DESC;
SELECT c.segment, sum(s.amount) FROM r20_customers c JOIN r20_sales s ON s.customer_id = c.id GROUP BY c.segment HAVING bool_or(s.channel = 'phone') ORDER BY 1 NULLS LAST;
SELECT product_id FROM r20_sales GROUP BY product_id HAVING count(DISTINCT channel) > 1 ORDER BY product_id;
SELECT product_id, max(amount) - min(amount) AS spread FROM r20_sales GROUP BY product_id HAVING max(amount) <> min(amount) ORDER BY spread DESC, product_id;
SELECT category FROM r20_sales_wide GROUP BY category HAVING avg(amount) > (SELECT avg(amount) FROM r20_sales) ORDER BY 1;
SELECT r.name AS region, p.name AS parent, count(c.id) FROM r20_regions r LEFT JOIN r20_regions p ON p.id = r.parent_id LEFT JOIN r20_customers c ON c.region_id = r.id GROUP BY r.id, r.name, p.name ORDER BY r.id;
SELECT s.id, p.name, c.name, r.name FROM r20_sales s JOIN r20_products p ON p.id = s.product_id LEFT JOIN r20_customers c ON c.id = s.customer_id LEFT JOIN r20_regions r ON r.id = c.region_id WHERE s.id IN (5, 9, 15, 22) ORDER BY s.id;
SELECT c.name, s.id FROM r20_customers c FULL JOIN r20_sales s ON s.customer_id = c.id WHERE c.id IS NULL OR s.id IS NULL ORDER BY c.name NULLS FIRST, s.id;
SELECT coalesce(c.segment, '(unassigned)') AS segment, coalesce(r.name, '(no region)') AS region, count(*) FROM r20_customers c LEFT JOIN r20_regions r ON r.id = c.region_id GROUP BY 1, 2 ORDER BY 1, 2;
SELECT name, CASE tier WHEN 1 THEN 'gold' WHEN 2 THEN 'silver' WHEN 3 THEN 'bronze' ELSE 'none' END AS tier_name FROM r20_customers ORDER BY id;
SELECT e.name, m.name AS manager, mm.name AS skip_level FROM r20_employees e LEFT JOIN r20_employees m ON m.id = e.manager_id LEFT JOIN r20_employees mm ON mm.id = m.manager_id ORDER BY e.id;
SELECT m.name, count(e.id) AS reports, sum(e.salary) AS team_salary FROM r20_employees m JOIN r20_employees e ON e.manager_id = m.id GROUP BY m.id, m.name ORDER BY reports DESC, m.name;
SELECT * FROM r20_sales WHERE sold_at::date <> sale_date;
SELECT sale_date, count(*) FROM r20_sales GROUP BY sale_date HAVING count(*) > 1 ORDER BY sale_date;
SELECT id, amount, CASE WHEN amount > lag(amount) OVER (ORDER BY id) THEN 'up' WHEN amount < lag(amount) OVER (ORDER BY id) THEN 'down' ELSE 'flat' END FROM r20_sales WHERE id <= 8 ORDER BY id;
SELECT max(streak) FROM (SELECT count(*) AS streak FROM (SELECT id, id - row_number() OVER (ORDER BY id) AS g FROM r20_sales WHERE amount >= 100) t GROUP BY g) u;
SELECT id, sum(amount) OVER (ORDER BY id) FILTER_ALIAS FROM r20_sales WHERE id <= 2 ORDER BY id;
-- Wrong inputs: errors and their SQLSTATEs.
SELECT id, rank() OVER (ORDER BY amount) FROM r20_sales WHERE rank() OVER (ORDER BY amount) < 3;
SELECT channel, count(*) FROM r20_sales GROUP BY channel HAVING rank() OVER (ORDER BY channel) = 1;
SELECT sum(sum(amount)) FROM r20_sales;
SELECT sum(count(*)) OVER (), count(*) FROM r20_sales GROUP BY channel HAVING sum(count(*)) > 1;
SELECT channel, amount FROM r20_sales GROUP BY channel;
SELECT channel, sum(amount) FROM r20_sales GROUP BY 3;
SELECT channel FROM r20_sales GROUP BY channel ORDER BY amount;
SELECT count(*) FROM r20_sales ORDER BY 2;
SELECT id, ntile(0) OVER (ORDER BY id) FROM r20_sales;
SELECT id, ntile(-1) OVER (ORDER BY id) FROM r20_sales;
SELECT id, nth_value(amount, 0) OVER (ORDER BY id) FROM r20_sales;
SELECT id, sum(amount) OVER (ORDER BY id ROWS BETWEEN -1 PRECEDING AND CURRENT ROW) FROM r20_sales;
SELECT id, sum(amount) OVER (ORDER BY amount RANGE BETWEEN -5 PRECEDING AND CURRENT ROW) FROM r20_sales;
SELECT id, sum(amount) OVER (ORDER BY id GROUPS BETWEEN -1 PRECEDING AND CURRENT ROW) FROM r20_sales;
SELECT id, sum(amount) OVER (RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM r20_sales;
SELECT id, sum(amount) OVER (ORDER BY id, amount RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM r20_sales;
SELECT id, sum(amount) OVER (GROUPS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM r20_sales;
SELECT id, sum(amount) OVER (ORDER BY channel RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM r20_sales;
SELECT id, sum(amount) OVER (ORDER BY sale_date RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM r20_sales;
SELECT id, sum(amount) OVER (ORDER BY id ROWS BETWEEN UNBOUNDED FOLLOWING AND CURRENT ROW) FROM r20_sales;
SELECT id, sum(amount) OVER (ORDER BY id ROWS BETWEEN CURRENT ROW AND UNBOUNDED PRECEDING) FROM r20_sales;
SELECT id, sum(amount) OVER (ORDER BY id ROWS BETWEEN 1 FOLLOWING AND CURRENT ROW) FROM r20_sales;
SELECT id, sum(amount) OVER (ORDER BY id ROWS UNBOUNDED FOLLOWING) FROM r20_sales;
SELECT id, rank() OVER w FROM r20_sales;
SELECT id, rank() OVER w FROM r20_sales WINDOW w AS (ORDER BY id), w AS (ORDER BY amount);
SELECT id, rank() OVER (w ORDER BY amount) FROM r20_sales WINDOW w AS (ORDER BY id);
SELECT id, sum(amount) OVER (w ROWS 1 PRECEDING) FROM r20_sales WINDOW w AS (ORDER BY id ROWS 2 PRECEDING);
SELECT id, rank() OVER (w PARTITION BY channel) FROM r20_sales WINDOW w AS (ORDER BY id);
SELECT id, lag(amount, 1, 'none') OVER (ORDER BY id) FROM r20_sales;
SELECT id, lag(amount, 'x') OVER (ORDER BY id) FROM r20_sales;
SELECT id, row_number(id) OVER (ORDER BY id) FROM r20_sales;
SELECT rank() FROM r20_sales;
SELECT id, count(*) FILTER (WHERE amount) OVER () FROM r20_sales;
SELECT lower(name) FILTER (WHERE id > 1) FROM r20_products;
SELECT sum(amount) FILTER (WHERE sum(amount) > 1) FROM r20_sales;
SELECT percentile_cont(1.5) WITHIN GROUP (ORDER BY amount) FROM r20_sales;
SELECT percentile_cont(-0.1) WITHIN GROUP (ORDER BY amount) FROM r20_sales;
SELECT percentile_disc(ARRAY[0.5, 2]) WITHIN GROUP (ORDER BY amount) FROM r20_sales;
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY channel) FROM r20_sales;
SELECT percentile_cont(0.5) FROM r20_sales;
SELECT sum(amount) WITHIN GROUP (ORDER BY amount) FROM r20_sales;
SELECT mode(amount) WITHIN GROUP (ORDER BY amount) FROM r20_sales;
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY amount) OVER () FROM r20_sales;
SELECT channel, GROUPING(amount) FROM r20_sales GROUP BY channel;
SELECT GROUPING(channel) FROM r20_sales;
SELECT channel, count(*) FROM r20_sales GROUP BY ROLLUP (channel) HAVING GROUPING(qty) = 0;
SELECT channel FROM r20_sales WHERE GROUPING(channel) = 0 GROUP BY channel;
SELECT category, channel, sum(amount) FROM r20_sales_wide GROUP BY ROLLUP (category);
SELECT date_trunc('fortnight', sale_date) FROM r20_sales;
SELECT date_trunc('month') FROM r20_sales;
SELECT extract(fortnight FROM sale_date) FROM r20_sales;
SELECT extract(hour FROM sale_date) FROM r20_sales WHERE id = 1;
SELECT date_part('timezone', sale_date) FROM r20_sales WHERE id = 1;
SELECT to_char(sale_date) FROM r20_sales;
SELECT generate_series(date '2024-01-01', date '2024-02-01', interval '0 days');
SELECT * FROM generate_series(1, 10, 0);
SELECT * FROM generate_series(date '2024-01-01', date '2024-01-05');
SELECT date '2024-02-30';
SELECT date '2023-02-29' + 1;
SELECT '2024-13-01'::date;
SELECT timestamptz '2024-01-01 25:00:00+00';
SELECT to_date('2024-02-30', 'YYYY-MM-DD');
SELECT make_date(2024, 2, 30);
SELECT interval '1 fortnight';
SELECT 12345678901.23::numeric(12,2);
SELECT sum(amount) * 1e10::numeric(12,2) FROM r20_sales;
INSERT INTO r20_sales (sale_date, sold_at, product_id, qty, amount) VALUES ('2024-08-01', '2024-08-01 00:00:00+00', 1, 1, 12345678901.00);
INSERT INTO r20_sales (sale_date, sold_at, product_id, qty, amount) VALUES ('2024-08-01', '2024-08-01 00:00:00+00', 1, 0, 1.00);
INSERT INTO r20_sales (sale_date, sold_at, product_id, qty, amount) VALUES ('2024-08-01', '2024-08-01 00:00:00+00', 99, 1, 1.00);
SELECT sum(amount) / 0 FROM r20_sales;
SELECT amount / (qty - qty) FROM r20_sales WHERE id = 1;
SELECT 1 % 0, 1;
SELECT round(avg(amount) / count(*) FILTER (WHERE false), 2) FROM r20_sales;
SELECT id FROM r20_sales WHERE amount = (SELECT amount FROM r20_sales WHERE qty = 1);
SELECT (SELECT id, amount FROM r20_sales LIMIT 1);
SELECT c.name, (SELECT s.id FROM r20_sales s WHERE s.customer_id = c.id) FROM r20_customers c ORDER BY c.id;
SELECT DISTINCT ON (channel) channel, id FROM r20_sales ORDER BY id;
SELECT DISTINCT channel FROM r20_sales ORDER BY amount;
SELECT id FROM r20_sales UNION SELECT id, amount FROM r20_sales;
SELECT id FROM r20_sales UNION SELECT sale_date FROM r20_sales;
SELECT channel FROM r20_sales INTERSECT SELECT qty FROM r20_sales;
SELECT id FROM r20_sales UNION SELECT id FROM r20_customers ORDER BY amount;
VALUES (1, 2), (3);
VALUES (1), ('x');
VALUES (1), (date '2024-01-01');
SELECT * FROM (VALUES (1, 2)) v(a, b, c);
WITH RECURSIVE r AS (SELECT 1 AS n UNION ALL SELECT n + 1 FROM r WHERE n < 5 ORDER BY n) SELECT * FROM r;
WITH RECURSIVE r AS (SELECT n + 1 FROM r UNION ALL SELECT 1) SELECT * FROM r;
WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT max(n) + 1 FROM r WHERE n < 3) SELECT * FROM r;
WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r LEFT JOIN r r2 ON true) SELECT * FROM r;
WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT 'x') SELECT * FROM r;
WITH RECURSIVE r(n) AS (SELECT 1::int UNION ALL SELECT n + 1.5 FROM r WHERE n < 3) SELECT * FROM r;
WITH RECURSIVE w AS (SELECT dst FROM r20_edges UNION ALL SELECT e.dst FROM w JOIN r20_edges e ON e.src = w.dst) CYCLE nosuch SET c USING p SELECT * FROM w;
WITH RECURSIVE w AS (SELECT dst FROM r20_edges UNION ALL SELECT e.dst FROM w JOIN r20_edges e ON e.src = w.dst) SEARCH DEPTH FIRST BY nosuch SET o SELECT * FROM w;
WITH x AS (SELECT 1), x AS (SELECT 2) SELECT 1;
SELECT * FROM r20_customers c, LATERAL (SELECT * FROM r20_sales s WHERE s.customer_id = d.id) t;
SELECT * FROM r20_customers c, (SELECT * FROM r20_sales s WHERE s.customer_id = c.id) t;
SELECT * FROM r20_customers c FULL JOIN LATERAL (SELECT * FROM r20_sales s WHERE s.customer_id = c.id) t ON true;
SELECT string_agg(id, ',') FROM r20_sales;
SELECT string_agg(channel) FROM r20_sales;
SELECT array_agg(id ORDER BY nosuch) FROM r20_sales;
SELECT jsonb_object_agg(channel, amount) FROM r20_sales;
SELECT jsonb_agg(DISTINCT amount ORDER BY id) FROM r20_sales;
SELECT count(DISTINCT *) FROM r20_sales;
SELECT avg(channel) FROM r20_sales;
SELECT sum(sale_date) FROM r20_sales;
SELECT width_bucket(amount, 0, 0, 4) FROM r20_sales;
SELECT width_bucket(amount, 0, 100, 0) FROM r20_sales;
SELECT id FROM r20_sales ORDER BY amount NULLS SOMETIMES;
SELECT id FROM r20_sales FETCH FIRST 2 ROWS WITH TIES;
SELECT id FROM r20_sales ORDER BY id LIMIT -1;
SELECT id FROM r20_sales ORDER BY id OFFSET -1;
SELECT nosuch FROM r20_sales;
SELECT s.nosuch FROM r20_sales s;
SELECT * FROM r20_nosuch;
SELECT id FROM r20_sales s JOIN r20_customers c ON c.id = s.customer_id;
-- Through the extended protocol: the dashboard's parameterised reports.
-- params: ["2024-03-01", "2024-06-30"]
SELECT count(*), sum(amount) FROM r20_sales WHERE sale_date BETWEEN $1 AND $2;
-- params: ["2024-03-01", "2024-06-30"]
SELECT date_trunc('month', sale_date)::date AS m, sum(amount) FROM r20_sales WHERE sale_date >= $1::date AND sale_date < $2::date GROUP BY 1 ORDER BY 1;
-- params: ["2024-01-01T00:00:00Z", "2024-04-01T00:00:00Z"]
SELECT channel, count(*) FROM r20_sales WHERE sold_at >= $1 AND sold_at < $2 GROUP BY channel ORDER BY channel NULLS LAST;
-- params: ["month"]
SELECT date_trunc($1, sale_date) AS bucket, count(*) FROM r20_sales GROUP BY 1 ORDER BY 1;
-- params: ["quarter"]
SELECT date_trunc($1, sold_at) AS bucket, sum(amount) FROM r20_sales GROUP BY 1 ORDER BY 1;
-- params: ["week"]
SELECT date_trunc($1::text, sale_date)::date AS bucket, count(*) FROM r20_sales WHERE sale_date < '2024-02-15' GROUP BY 1 ORDER BY 1;
-- params: [3]
SELECT * FROM (SELECT category, name, list_price, row_number() OVER (PARTITION BY category ORDER BY list_price DESC) AS rn FROM r20_products) t WHERE rn <= $1 ORDER BY category, rn;
-- params: [2]
SELECT c.name, t.id, t.amount FROM r20_customers c CROSS JOIN LATERAL (SELECT id, amount FROM r20_sales s WHERE s.customer_id = c.id ORDER BY amount DESC, id LIMIT $1) t ORDER BY c.name, t.amount DESC, t.id;
-- params: [5]
SELECT id, amount FROM r20_sales ORDER BY amount DESC, id LIMIT $1;
-- params: [5, 10]
SELECT id FROM r20_sales ORDER BY id LIMIT $1 OFFSET $2;
-- params: [4]
SELECT id, ntile($1) OVER (ORDER BY id) FROM r20_sales WHERE id <= 8 ORDER BY id;
-- params: [2]
SELECT id, lag(amount, $1) OVER (ORDER BY id), lead(amount, $1) OVER (ORDER BY id) FROM r20_sales WHERE id <= 5 ORDER BY id;
-- params: [2, "0"]
SELECT id, lag(amount, $1, $2) OVER (ORDER BY id) FROM r20_sales WHERE id <= 4 ORDER BY id;
-- params: [3]
SELECT id, nth_value(amount, $1) OVER (ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM r20_sales WHERE id <= 4 ORDER BY id;
-- params: [2]
SELECT id, sum(amount) OVER (ORDER BY id ROWS BETWEEN $1 PRECEDING AND CURRENT ROW) FROM r20_sales WHERE id <= 6 ORDER BY id;
-- params: ["7 days"]
SELECT sale_date, count(*) OVER (ORDER BY sale_date RANGE BETWEEN $1::interval PRECEDING AND CURRENT ROW) FROM r20_sales ORDER BY sale_date, id LIMIT 8;
-- params: [100]
SELECT id, count(*) OVER (ORDER BY amount RANGE BETWEEN $1 PRECEDING AND CURRENT ROW) FROM r20_sales ORDER BY amount, id LIMIT 6;
-- params: [0.5]
SELECT percentile_cont($1) WITHIN GROUP (ORDER BY amount) FROM r20_sales;
-- params: ["0.9"]
SELECT percentile_disc($1::float8) WITHIN GROUP (ORDER BY amount) FROM r20_sales;
-- params: ["{0.25,0.5,0.75}"]
SELECT percentile_cont($1::float8[]) WITHIN GROUP (ORDER BY amount) FROM r20_sales;
-- params: [1.5]
SELECT percentile_cont($1) WITHIN GROUP (ORDER BY amount) FROM r20_sales;
-- params: ["web"]
SELECT sum(amount) FILTER (WHERE channel = $1), count(*) FILTER (WHERE channel = $1) FROM r20_sales;
-- params: ["web", "store"]
SELECT channel, sum(amount) FROM r20_sales WHERE channel IN ($1, $2) GROUP BY channel ORDER BY channel;
-- params: ["{web,phone}"]
SELECT count(*), sum(amount) FROM r20_sales WHERE channel = ANY ($1::text[]);
-- params: ["{1,3,5}"]
SELECT c.name, sum(s.amount) FROM r20_customers c JOIN r20_sales s ON s.customer_id = c.id WHERE c.id = ANY ($1) GROUP BY c.name ORDER BY c.name;
-- params: [null]
SELECT count(*) FROM r20_sales WHERE channel IS NOT DISTINCT FROM $1;
-- params: [null]
SELECT count(*) FROM r20_sales WHERE customer_id = $1;
-- params: ["Enterprise"]
SELECT c.name, coalesce(sum(s.amount), 0) AS total FROM r20_customers c LEFT JOIN r20_sales s ON s.customer_id = c.id WHERE c.segment = $1 GROUP BY c.name ORDER BY total DESC;
-- params: [1000]
SELECT customer_id, sum(amount) FROM r20_sales GROUP BY customer_id HAVING sum(amount) > $1 ORDER BY customer_id NULLS LAST;
-- params: ["1000.50"]
SELECT count(*) FROM r20_sales WHERE amount > $1;
-- params: ["250.00"]
SELECT id, amount = $1, amount - $1 FROM r20_sales WHERE id <= 3 ORDER BY id;
-- params: [3]
SELECT round(sum(amount) / $1, 2), sum(amount) / $1 FROM r20_sales;
-- params: [2]
SELECT round(avg(amount), $1) FROM r20_sales;
-- params: [0.0825]
SELECT id, round(amount * $1, 2) AS tax FROM r20_sales WHERE id <= 3 ORDER BY id;
-- params: [0]
SELECT sum(amount) / $1 FROM r20_sales;
-- params: ["FM999,990.00"]
SELECT to_char(sum(amount), $1) FROM r20_sales;
-- params: ["YYYY-MM"]
SELECT to_char(sale_date, $1) AS m, count(*) FROM r20_sales GROUP BY 1 ORDER BY 1;
-- params: ["2024-01-01", "2024-03-01", "1 month"]
SELECT g::date FROM generate_series($1::date, $2::date, $3::interval) AS g;
-- params: ["2024-02-26", "2024-03-03"]
SELECT d::date, count(s.id) FROM generate_series($1::timestamp, $2::timestamp, interval '1 day') AS d LEFT JOIN r20_sales s ON s.sale_date = d::date GROUP BY d ORDER BY d;
-- params: ["2024-02-30"]
SELECT count(*) FROM r20_sales WHERE sale_date = $1;
-- params: ["not a date"]
SELECT count(*) FROM r20_sales WHERE sale_date > $1::date;
-- params: ["12345678901.00"]
SELECT $1::numeric(12,2);
-- params: ["abc"]
SELECT sum(amount) FROM r20_sales WHERE qty > $1;
-- params: [1]
WITH RECURSIVE chain AS (SELECT id, name, 0 AS depth FROM r20_employees WHERE id = $1 UNION ALL SELECT e.id, e.name, c.depth + 1 FROM r20_employees e JOIN chain c ON e.manager_id = c.id) SELECT depth, count(*) FROM chain GROUP BY depth ORDER BY depth;
-- params: ["Ivy"]
WITH RECURSIVE up AS (SELECT id, name, manager_id FROM r20_employees WHERE name = $1 UNION ALL SELECT e.id, e.name, e.manager_id FROM r20_employees e JOIN up u ON e.id = u.manager_id) SELECT string_agg(name, ' < ' ORDER BY id DESC) FROM up;
-- params: ["a", 5]
WITH RECURSIVE walk AS (SELECT dst, 1 AS hops FROM r20_edges WHERE src = $1 UNION ALL SELECT e.dst, w.hops + 1 FROM walk w JOIN r20_edges e ON e.src = w.dst WHERE w.hops < $2) SELECT hops, count(*) FROM walk GROUP BY hops ORDER BY hops;
-- params: ["Hardware"]
SELECT category, channel, sum(amount) FROM r20_sales_wide WHERE category = $1 GROUP BY ROLLUP (category, channel) ORDER BY GROUPING(category), GROUPING(channel), channel NULLS FIRST;
-- params: ["Services"]
SELECT jsonb_agg(jsonb_build_object('name', name, 'price', list_price) ORDER BY list_price) FROM r20_products WHERE category = $1;
-- params: ["Eng"]
SELECT jsonb_object_agg(name, salary ORDER BY name) FROM r20_employees WHERE dept = $1;
-- params: [", "]
SELECT category, string_agg(name, $1 ORDER BY name) FROM r20_products GROUP BY category ORDER BY category;
-- params: ["%a%"]
SELECT name FROM r20_customers WHERE name ILIKE $1 ORDER BY name;
-- params: [2, "2024-04-01"]
SELECT t.target FROM r20_targets t WHERE t.region_id = $1 AND t.quarter = $2;
-- params: [5, "2024-04-01"]
SELECT t.target, coalesce(sum(s.amount), 0) AS actual FROM r20_targets t LEFT JOIN r20_customers c ON c.region_id = t.region_id LEFT JOIN r20_sales s ON s.customer_id = c.id AND date_trunc('quarter', s.sale_date) = t.quarter WHERE t.region_id = $1 AND t.quarter = $2 GROUP BY t.target;
-- params: []
SELECT category, count(*), sum(amount) FROM r20_sales_wide GROUP BY CUBE (category) ORDER BY GROUPING(category), category;
-- params: []
SELECT id, rank() OVER w, dense_rank() OVER w FROM r20_sales WINDOW w AS (ORDER BY amount DESC) ORDER BY id LIMIT 6;
-- params: []
SELECT pg_typeof(sum(amount)), pg_typeof(avg(qty)), sum(amount), avg(qty) FROM r20_sales;
-- params: []
SELECT DISTINCT ON (customer_id) customer_id, id FROM r20_sales ORDER BY customer_id, id DESC;
-- params: []
SELECT customer_id FROM r20_sales WHERE channel = 'web' EXCEPT ALL SELECT customer_id FROM r20_sales WHERE channel = 'store' ORDER BY 1 NULLS FIRST;
-- params: []
SELECT id, rank() OVER (ORDER BY amount) FROM r20_sales WHERE rank() OVER (ORDER BY amount) < 3;
-- params: []
VALUES (1, 'a'), (2, 'b') ORDER BY 1 DESC;
-- params: [10, 20]
VALUES ($1::int, 'a'), ($2, 'b');
-- params: ["2024-06-01"]
SELECT name, age($1::date, signup) FROM r20_customers WHERE signup < $1 ORDER BY signup;
-- params: ["America/New_York"]
SELECT sold_at AT TIME ZONE $1 FROM r20_sales WHERE id IN (1, 5) ORDER BY id;
-- params: ["1 day"]
SELECT date_bin($1::interval, at, timestamptz '2024-01-01 00:00:00+00') AS d, count(*) FROM r20_events WHERE id <= 12 GROUP BY 1 ORDER BY 1;
-- params: [4, 0, 2000]
SELECT width_bucket(amount, $2, $3, $1) AS b, count(*) FROM r20_sales GROUP BY 1 ORDER BY 1;
-- params: ["2024-07-02", "2024-07-02 12:00:00+00", 4, 1, 2, "199.98", "2.50", "web"]
INSERT INTO r20_sales (sale_date, sold_at, customer_id, product_id, qty, amount, discount, channel) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING product_id, amount, discount;
-- params: ["2024-07-02"]
DELETE FROM r20_sales WHERE sale_date = $1 RETURNING amount;
-- params: [1.005]
SELECT round($1::numeric, 2), round($1::float8::numeric, 2);
-- params: ["1.005"]
SELECT round($1::numeric(12,3), 2), $1::numeric(12,2);
