-- The thirty-first session's hunt for silent wrong answers, in what reporting and analytics code
-- sends: Metabase-style generated SQL (date_trunc/extract buckets, CAST of them, week starting on
-- Sunday), window functions over reports (running totals, ROWS/RANGE/GROUPS frames with offsets,
-- EXCLUDE, named windows, lag/lead with defaults, ntile, percent_rank, cume_dist,
-- first/last/nth_value), GROUPING SETS/ROLLUP/CUBE with grouping(), FILTER, ordered-set aggregates
-- (percentile_cont/disc, mode), DISTINCT ON, numeric scales of sum/avg/round, integer overflow in
-- sums of int2/int4/int8, generate_series of dates and timestamps joined to data (gap filling),
-- CASE inside aggregates, NULL ordering, string_agg/array_agg with ORDER BY, COUNT(DISTINCT …),
-- HAVING without GROUP BY, FETCH FIRST … WITH TIES, correlated subqueries in the select list, and
-- the types of result columns.
CREATE TABLE s31w_sales (
  id int PRIMARY KEY,
  region text,
  rep varchar(20),
  product text NOT NULL,
  qty smallint,
  units int,
  big bigint,
  price numeric(10,2),
  discount numeric(5,3),
  ratio double precision,
  sold_on date,
  sold_at timestamp,
  sold_tz timestamptz
);
INSERT INTO s31w_sales VALUES
 (1, 'east', 'ann', 'widget', 3, 100, 9000000000000000000, 10.50, 0.100, 0.25, '2024-01-03', '2024-01-03 09:15:00', '2024-01-03 09:15:00+00'),
 (2, 'east', 'bob', 'gadget', 1, 250, 9000000000000000000, 99.99, NULL, 0.5, '2024-01-17', '2024-01-17 23:59:59', '2024-01-17 23:59:59+00'),
 (3, 'west', 'cat', 'widget', 5, 2147483647, 1, 10.50, 0.050, 1.5, '2024-02-01', '2024-02-01 00:00:00', '2024-02-01 00:00:00+00'),
 (4, 'west', 'cat', 'gizmo', 2, 2147483647, 2, 5.25, 0.000, NULL, '2024-02-29', '2024-02-29 12:30:00', '2024-02-29 12:30:00+05'),
 (5, NULL, 'dan', 'widget', 32767, 7, -5, 0.01, 0.333, 2.75, '2024-03-31', '2024-03-31 18:00:00', '2024-03-31 23:30:00-04'),
 (6, 'north', NULL, 'gadget', 32767, -3, NULL, 120.00, 0.125, -1, '2024-04-01', '2024-04-01 06:45:30.5', '2024-04-01 06:45:30.5+00'),
 (7, 'east', 'ann', 'gizmo', NULL, NULL, 42, NULL, NULL, 0, NULL, NULL, NULL),
 (8, 'north', 'eve', 'widget', 4, 12, 7, 10.50, 0.100, 0.25, '2024-04-15', '2024-04-15 10:00:00', '2024-04-15 10:00:00+00'),
 (9, 'west', 'bob', 'gadget', 2, 250, 3, 99.99, 0.200, 0.5, '2024-06-30', '2024-06-30 23:00:00', '2024-06-30 23:00:00+00'),
 (10, 'east', 'eve', 'widget', 6, 100, 8, 12.75, 0.050, 3, '2024-12-31', '2024-12-31 23:59:59.999999', '2024-12-31 23:59:59.999999+00');
CREATE TABLE s31w_emp (id int PRIMARY KEY, dept text, name text, salary numeric(9,2), hired date, score int);
INSERT INTO s31w_emp VALUES
 (1, 'eng', 'a', 100.00, '2020-01-01', 5),
 (2, 'eng', 'b', 200.00, '2020-06-01', 3),
 (3, 'eng', 'c', 200.00, '2021-01-01', 3),
 (4, 'eng', 'd', 300.50, '2022-03-15', NULL),
 (5, 'ops', 'e', 150.00, '2019-07-07', 4),
 (6, 'ops', 'f', NULL, '2023-01-01', 4),
 (7, 'ops', 'g', 150.00, '2023-05-05', 1),
 (8, 'hr', 'h', 90.25, '2018-02-02', 2),
 (9, NULL, 'i', 50.00, NULL, 2);

-- Metabase-style buckets
SELECT date_trunc('month', sold_on) AS m, count(*) AS "count" FROM s31w_sales GROUP BY 1 ORDER BY 1 ASC;
SELECT CAST(date_trunc('month', sold_on) AS date) AS m, sum(price) AS s FROM s31w_sales GROUP BY 1 ORDER BY 1;
SELECT date_trunc('quarter', sold_at) AS q, sum(units::bigint) FROM s31w_sales GROUP BY 1 ORDER BY 1 NULLS FIRST;
SELECT (CAST(date_trunc('week', CAST((sold_at + INTERVAL '1 day') AS timestamp)) AS timestamp) + (INTERVAL '-1 day')) AS w, count(*) FROM s31w_sales GROUP BY 1 ORDER BY 1;
SELECT CAST(extract(year FROM sold_on) AS integer) AS y, count(*) FROM s31w_sales GROUP BY 1 ORDER BY 1;
SELECT extract(dow FROM sold_on) AS d, extract(isodow FROM sold_on) AS i, count(*) FROM s31w_sales GROUP BY 1, 2 ORDER BY 1, 2;
SELECT extract(week FROM sold_on) AS wk, extract(isoyear FROM sold_on) AS iy FROM s31w_sales ORDER BY id;
SELECT extract(hour FROM sold_at) AS h, extract(minute FROM sold_at) AS mi, extract(second FROM sold_at) AS s FROM s31w_sales ORDER BY id;
SELECT extract(epoch FROM sold_at) AS e, extract(epoch FROM sold_tz) AS etz FROM s31w_sales ORDER BY id;
SELECT date_part('year', sold_on) AS y, date_part('month', sold_at) AS m, date_part('day', sold_tz) AS d FROM s31w_sales ORDER BY id;
SELECT date_part('epoch', sold_tz), date_part('milliseconds', sold_at), date_part('microseconds', sold_at) FROM s31w_sales WHERE id IN (6, 10) ORDER BY id;
SELECT date_trunc('day', sold_tz) AS d, date_trunc('hour', sold_tz) AS h FROM s31w_sales ORDER BY id;
SELECT date_trunc('month', sold_tz, 'America/New_York') FROM s31w_sales WHERE id IN (3, 5) ORDER BY id;
SELECT date_trunc('day', sold_tz AT TIME ZONE 'Asia/Tokyo') AS d, count(*) FROM s31w_sales GROUP BY 1 ORDER BY 1;
SELECT to_char(date_trunc('month', sold_at), 'Mon YYYY') AS label, count(*) FROM s31w_sales GROUP BY date_trunc('month', sold_at) ORDER BY date_trunc('month', sold_at);
SELECT date_trunc('month', sold_on)::date + interval '1 month' - interval '1 day' AS month_end FROM s31w_sales WHERE id IN (2, 4) ORDER BY id;
SELECT sold_on, sold_on - '2024-01-01'::date AS n, (sold_on - '2024-01-01') / 7 AS wk FROM s31w_sales ORDER BY id;

-- gap filling with generate_series
SELECT d::date AS day, count(s.id) AS n FROM generate_series('2024-01-01'::date, '2024-01-05'::date, interval '1 day') d LEFT JOIN s31w_sales s ON s.sold_on = d::date GROUP BY d ORDER BY d;
SELECT m, coalesce(sum(s.price), 0) AS total FROM generate_series('2024-01-01'::timestamp, '2024-06-01', '1 month') m LEFT JOIN s31w_sales s ON date_trunc('month', s.sold_at) = m GROUP BY m ORDER BY m;
SELECT m::date, count(s.*) FROM generate_series(date '2024-01-01', date '2024-04-01', interval '1 month') AS m LEFT JOIN s31w_sales s ON date_trunc('month', s.sold_on) = m GROUP BY m ORDER BY m;
SELECT g.m, coalesce(x.n, 0) AS n FROM generate_series(1, 12) AS g(m) LEFT JOIN (SELECT extract(month FROM sold_on)::int AS m, count(*) AS n FROM s31w_sales GROUP BY 1) x ON x.m = g.m ORDER BY g.m;
SELECT d FROM generate_series('2024-01-31'::timestamptz, '2024-05-31', '1 month') d ORDER BY d;
SELECT h, count(s.id) FROM generate_series(0, 23, 6) h LEFT JOIN s31w_sales s ON extract(hour FROM s.sold_at) >= h AND extract(hour FROM s.sold_at) < h + 6 GROUP BY h ORDER BY h;
SELECT d::date, sum(count(s.id)) OVER (ORDER BY d) AS running FROM generate_series('2024-01-01'::date, '2024-03-01'::date, '1 month') d LEFT JOIN s31w_sales s ON s.sold_on >= d AND s.sold_on < d + interval '1 month' GROUP BY d ORDER BY d;

-- numeric scales
SELECT sum(price), avg(price), min(price), max(price) FROM s31w_sales;
SELECT region, sum(price) AS s, avg(price) AS a FROM s31w_sales GROUP BY region ORDER BY region NULLS LAST;
SELECT round(avg(price), 2), round(avg(price)), trunc(avg(price), 1) FROM s31w_sales;
SELECT sum(price * qty) FROM s31w_sales WHERE qty < 100;
SELECT sum(qty), sum(units), sum(big) FROM s31w_sales;
SELECT pg_typeof(sum(qty)), pg_typeof(sum(units)), pg_typeof(sum(big)), pg_typeof(avg(qty)), pg_typeof(avg(ratio)), pg_typeof(sum(ratio)) FROM s31w_sales;
SELECT sum(units::int8) OVER (ORDER BY id) FROM s31w_sales ORDER BY id;
SELECT avg(price)::numeric(10,2), sum(price)::float8, avg(price)::int FROM s31w_sales;
SELECT sum(price) / count(*) AS a1, sum(price) / nullif(count(price), 0) AS a2 FROM s31w_sales;
SELECT 100.0 * count(*) FILTER (WHERE region = 'east') / count(*) AS pct FROM s31w_sales;
SELECT region, round(100.0 * sum(price) / sum(sum(price)) OVER (), 2) AS share FROM s31w_sales GROUP BY region ORDER BY region NULLS FIRST;
SELECT stddev(price), variance(price), stddev_pop(units), var_samp(qty) FROM s31w_sales;

-- FILTER and CASE in aggregates
SELECT count(*) FILTER (WHERE price > 10) AS hi, count(*) FILTER (WHERE price <= 10) AS lo, count(*) FILTER (WHERE price IS NULL) AS unknown FROM s31w_sales;
SELECT region, sum(price) FILTER (WHERE product = 'widget') AS w, sum(price) FILTER (WHERE product <> 'widget') AS o FROM s31w_sales GROUP BY region ORDER BY region;
SELECT sum(CASE WHEN product = 'widget' THEN price ELSE 0 END) AS w, sum(CASE WHEN product = 'gadget' THEN price END) AS g FROM s31w_sales;
SELECT array_agg(id ORDER BY id) FILTER (WHERE region = 'west'), string_agg(rep, ',' ORDER BY rep) FILTER (WHERE rep > 'b') FROM s31w_sales;
SELECT product, count(DISTINCT region) FILTER (WHERE qty < 10) FROM s31w_sales GROUP BY product ORDER BY product;
SELECT sum(price) FILTER (WHERE region = 'east') OVER (ORDER BY id) FROM s31w_sales ORDER BY id;

-- NULL ordering
SELECT id, region FROM s31w_sales ORDER BY region, id;
SELECT id, region FROM s31w_sales ORDER BY region DESC NULLS LAST, id;
SELECT region, sum(price) s FROM s31w_sales GROUP BY region ORDER BY s DESC NULLS LAST;
SELECT rep, count(*) FROM s31w_sales GROUP BY rep ORDER BY count(*) DESC, rep NULLS FIRST;

-- string_agg / array_agg
SELECT region, string_agg(rep, ', ' ORDER BY rep) AS reps FROM s31w_sales GROUP BY region ORDER BY region;
SELECT region, string_agg(DISTINCT product, '|' ORDER BY product) FROM s31w_sales GROUP BY region ORDER BY region;
SELECT string_agg(product, ',' ORDER BY price DESC NULLS LAST, id) FROM s31w_sales;
SELECT array_agg(price ORDER BY price) FROM s31w_sales;
SELECT region, array_agg(sold_on ORDER BY sold_on) FROM s31w_sales GROUP BY region ORDER BY region;
SELECT string_agg(price::text, ';' ORDER BY id) FROM s31w_sales;
SELECT array_to_string(array_agg(DISTINCT rep ORDER BY rep), '/') FROM s31w_sales;
SELECT json_agg(price ORDER BY id) FROM s31w_sales WHERE id < 5;
SELECT jsonb_agg(jsonb_build_object('id', id, 'p', price) ORDER BY id) FROM s31w_sales WHERE id IN (3, 4);

-- COUNT(DISTINCT …)
SELECT count(DISTINCT region), count(DISTINCT rep), count(DISTINCT product), count(region), count(*) FROM s31w_sales;
SELECT count(DISTINCT (region, product)) FROM s31w_sales;
SELECT count(DISTINCT price), count(DISTINCT discount), count(DISTINCT ratio) FROM s31w_sales;
SELECT sum(DISTINCT price), avg(DISTINCT qty) FROM s31w_sales;
SELECT count(DISTINCT x) FROM (VALUES (1.0), (1.00), (2)) v(x);

-- HAVING without GROUP BY
SELECT count(*) FROM s31w_sales HAVING count(*) > 5;
SELECT region FROM s31w_sales HAVING count(*) > 1;
SELECT region, count(*) FROM s31w_sales GROUP BY region HAVING count(*) > 1 AND sum(price) > 20 ORDER BY region;
SELECT rep, sum(price) FROM s31w_sales GROUP BY rep HAVING sum(price) > (SELECT avg(price) FROM s31w_sales) ORDER BY rep;

-- DISTINCT ON
SELECT DISTINCT ON (region) region, id, price FROM s31w_sales ORDER BY region, price DESC NULLS LAST, id;
SELECT DISTINCT ON (region) region, id, sold_on FROM s31w_sales ORDER BY region NULLS FIRST, sold_on DESC, id;
SELECT DISTINCT ON (product) product, rep FROM s31w_sales ORDER BY product, sold_at DESC NULLS LAST;
SELECT DISTINCT ON (date_trunc('month', sold_on)) date_trunc('month', sold_on)::date AS m, id FROM s31w_sales ORDER BY date_trunc('month', sold_on), id DESC;
-- @must
SELECT count(*) FROM (SELECT DISTINCT ON (region) * FROM s31w_sales ORDER BY region, id) s;
SELECT DISTINCT ON (dept) dept, name, salary FROM s31w_emp ORDER BY dept, salary DESC NULLS LAST, name;
SELECT DISTINCT ON (id) id FROM s31w_sales ORDER BY price;

-- window functions: ranking
SELECT name, dept, salary, rank() OVER w, dense_rank() OVER w, row_number() OVER w FROM s31w_emp WINDOW w AS (PARTITION BY dept ORDER BY salary DESC) ORDER BY dept, salary DESC, name;
SELECT name, percent_rank() OVER (ORDER BY salary), cume_dist() OVER (ORDER BY salary) FROM s31w_emp ORDER BY salary NULLS LAST, name;
SELECT name, dept, percent_rank() OVER (PARTITION BY dept ORDER BY score), cume_dist() OVER (PARTITION BY dept ORDER BY score) FROM s31w_emp ORDER BY dept, score, name;
SELECT name, ntile(4) OVER (ORDER BY id), ntile(2) OVER (PARTITION BY dept ORDER BY id) FROM s31w_emp ORDER BY id;
SELECT pg_typeof(rank() OVER ()), pg_typeof(row_number() OVER ()), pg_typeof(percent_rank() OVER ()), pg_typeof(ntile(2) OVER ()) LIMIT 1;
SELECT name, rank() OVER (ORDER BY dept NULLS FIRST) FROM s31w_emp ORDER BY 2, name;
SELECT * FROM (SELECT name, dept, salary, row_number() OVER (PARTITION BY dept ORDER BY salary DESC, name) AS rn FROM s31w_emp) t WHERE rn <= 2 ORDER BY dept, rn;
SELECT ntile(0) OVER (ORDER BY id) FROM s31w_emp;
SELECT ntile(NULL) OVER (ORDER BY id) FROM s31w_emp WHERE id < 3 ORDER BY id;

-- window functions: lag/lead
SELECT id, price, lag(price) OVER (ORDER BY id), lead(price, 2) OVER (ORDER BY id) FROM s31w_sales ORDER BY id;
SELECT id, lag(price, 1, 0) OVER (ORDER BY id), lead(price, 1, -1.5) OVER (ORDER BY id) FROM s31w_sales ORDER BY id;
SELECT id, lag(qty, 1, 0::smallint) OVER (ORDER BY id), lead(units, 1, 0) OVER (ORDER BY id) FROM s31w_sales ORDER BY id;
SELECT id, lag(sold_on, 1, '2000-01-01') OVER (ORDER BY id) FROM s31w_sales ORDER BY id;
SELECT id, sold_on - lag(sold_on) OVER (ORDER BY sold_on, id) AS gap FROM s31w_sales ORDER BY sold_on NULLS FIRST, id;
SELECT id, price - lag(price) OVER (PARTITION BY product ORDER BY id) AS delta FROM s31w_sales ORDER BY id;
SELECT id, round(100.0 * (price - lag(price) OVER (ORDER BY id)) / lag(price) OVER (ORDER BY id), 2) AS pct FROM s31w_sales WHERE price IS NOT NULL ORDER BY id;
SELECT id, lag(region, 1, 'none') OVER (ORDER BY id) FROM s31w_sales ORDER BY id;
SELECT id, lag(id, -1) OVER (ORDER BY id) FROM s31w_sales WHERE id < 3 ORDER BY id;
SELECT pg_typeof(lag(qty) OVER ()), pg_typeof(lead(price, 1, 0) OVER ()), pg_typeof(lag(sold_on, 1, '2000-01-01') OVER ()) FROM s31w_sales LIMIT 1;
SELECT lag(price, 1, 'x') OVER (ORDER BY id) FROM s31w_sales;

-- window functions: frames
SELECT id, sum(price) OVER (ORDER BY id) AS running FROM s31w_sales ORDER BY id;
SELECT id, avg(price) OVER (ORDER BY id ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS ma3 FROM s31w_sales ORDER BY id;
SELECT id, round(avg(price) OVER (ORDER BY id ROWS 2 PRECEDING), 2) AS ma3 FROM s31w_sales ORDER BY id;
SELECT id, count(*) OVER (ORDER BY id ROWS BETWEEN 1 FOLLOWING AND 3 FOLLOWING) FROM s31w_sales ORDER BY id;
SELECT id, sum(price) OVER (ORDER BY price RANGE BETWEEN 5 PRECEDING AND 5 FOLLOWING) FROM s31w_sales ORDER BY id;
SELECT id, count(*) OVER (ORDER BY sold_on RANGE BETWEEN interval '30 days' PRECEDING AND CURRENT ROW) FROM s31w_sales ORDER BY id;
SELECT id, sum(price) OVER (ORDER BY sold_at RANGE BETWEEN interval '1 month' PRECEDING AND CURRENT ROW) FROM s31w_sales ORDER BY id;
SELECT id, count(*) OVER (ORDER BY sold_tz RANGE BETWEEN CURRENT ROW AND interval '60 days' FOLLOWING) FROM s31w_sales ORDER BY id;
SELECT name, sum(salary) OVER (ORDER BY salary, name ROWS UNBOUNDED PRECEDING) FROM s31w_emp ORDER BY salary NULLS LAST, name;
SELECT name, count(*) OVER (ORDER BY score GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM s31w_emp ORDER BY score NULLS LAST, name;
SELECT name, sum(score) OVER (ORDER BY score GROUPS BETWEEN CURRENT ROW AND 1 FOLLOWING EXCLUDE GROUP) FROM s31w_emp ORDER BY score NULLS LAST, name;
SELECT name, sum(score) OVER (ORDER BY score ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING EXCLUDE CURRENT ROW) FROM s31w_emp ORDER BY score NULLS LAST, name;
SELECT name, sum(score) OVER (ORDER BY score RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW EXCLUDE TIES) FROM s31w_emp ORDER BY score NULLS LAST, name;
SELECT name, count(*) OVER (ORDER BY score RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM s31w_emp ORDER BY score NULLS LAST, name;
SELECT name, count(*) OVER (ORDER BY score DESC RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM s31w_emp ORDER BY score DESC NULLS FIRST, name;
SELECT name, sum(salary) OVER (PARTITION BY dept ORDER BY hired RANGE BETWEEN interval '1 year' PRECEDING AND CURRENT ROW) FROM s31w_emp ORDER BY dept, hired, name;
SELECT name, sum(salary) OVER (PARTITION BY dept) AS dept_total, salary / sum(salary) OVER (PARTITION BY dept) AS share FROM s31w_emp ORDER BY id;
SELECT name, round(salary / sum(salary) OVER (PARTITION BY dept) * 100, 1) FROM s31w_emp ORDER BY id;
SELECT id, sum(price) OVER (ORDER BY price ROWS BETWEEN -1 PRECEDING AND CURRENT ROW) FROM s31w_sales;
SELECT id, sum(price) OVER (ORDER BY price RANGE BETWEEN -1 PRECEDING AND CURRENT ROW) FROM s31w_sales;
SELECT id, sum(units) OVER (ORDER BY id RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM s31w_sales ORDER BY id;
SELECT id, count(*) OVER (ORDER BY region RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM s31w_sales;
SELECT id, count(*) OVER (ORDER BY id, price RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM s31w_sales;
SELECT id, sum(qty) OVER (ORDER BY id ROWS BETWEEN CURRENT ROW AND 1 PRECEDING) FROM s31w_sales;
SELECT id, sum(qty) OVER (ORDER BY id ROWS BETWEEN 2 FOLLOWING AND 1 FOLLOWING) FROM s31w_sales WHERE id < 5 ORDER BY id;

-- first_value / last_value / nth_value
SELECT name, first_value(name) OVER w, last_value(name) OVER w, nth_value(name, 2) OVER w FROM s31w_emp WINDOW w AS (PARTITION BY dept ORDER BY salary, name) ORDER BY id;
SELECT name, last_value(name) OVER (PARTITION BY dept ORDER BY salary, name ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM s31w_emp ORDER BY id;
SELECT name, first_value(salary) OVER (PARTITION BY dept ORDER BY salary DESC NULLS LAST) FROM s31w_emp ORDER BY id;
SELECT name, last_value(score) OVER (ORDER BY score) FROM s31w_emp ORDER BY score NULLS LAST, name;
SELECT name, nth_value(name, 1) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND CURRENT ROW EXCLUDE CURRENT ROW) FROM s31w_emp ORDER BY id;
SELECT nth_value(name, 0) OVER (ORDER BY id) FROM s31w_emp;

-- named windows
SELECT id, sum(price) OVER w, count(*) OVER w FROM s31w_sales WINDOW w AS (PARTITION BY region ORDER BY id) ORDER BY id;
SELECT id, sum(price) OVER (w ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM s31w_sales WINDOW w AS (ORDER BY id) ORDER BY id;
SELECT id, rank() OVER (w ORDER BY price DESC) FROM s31w_sales WINDOW w AS (PARTITION BY region) ORDER BY id;
SELECT id, sum(price) OVER (w ORDER BY id) FROM s31w_sales WINDOW w AS (ORDER BY region);
SELECT id, sum(price) OVER nope FROM s31w_sales;

-- windows over aggregates
SELECT region, sum(price) AS total, rank() OVER (ORDER BY sum(price) DESC NULLS LAST) FROM s31w_sales GROUP BY region ORDER BY 3, 1;
SELECT product, count(*), sum(count(*)) OVER () AS all_rows, round(count(*) * 100.0 / sum(count(*)) OVER (), 1) AS pct FROM s31w_sales GROUP BY product ORDER BY product;
SELECT date_trunc('month', sold_on)::date AS m, sum(price) AS s, sum(sum(price)) OVER (ORDER BY date_trunc('month', sold_on)) AS cumulative FROM s31w_sales WHERE sold_on IS NOT NULL GROUP BY date_trunc('month', sold_on) ORDER BY m;
SELECT region, avg(price), avg(avg(price)) OVER () FROM s31w_sales GROUP BY region ORDER BY region;
SELECT pg_typeof(sum(count(*)) OVER ()) FROM s31w_sales GROUP BY region LIMIT 1;

-- GROUPING SETS / ROLLUP / CUBE
SELECT region, product, sum(price), grouping(region, product) FROM s31w_sales GROUP BY ROLLUP (region, product) ORDER BY region NULLS LAST, product NULLS LAST, grouping(region, product);
SELECT region, product, count(*) FROM s31w_sales GROUP BY CUBE (region, product) ORDER BY region NULLS FIRST, product NULLS FIRST, grouping(region, product);
SELECT region, product, count(*), grouping(region), grouping(product) FROM s31w_sales GROUP BY GROUPING SETS ((region), (product), ()) ORDER BY 4, 5, 1, 2;
SELECT CASE WHEN grouping(region) = 1 THEN 'All regions' ELSE coalesce(region, '(none)') END AS r, sum(qty) FROM s31w_sales GROUP BY ROLLUP (region) ORDER BY 1;
SELECT date_trunc('month', sold_on)::date AS m, product, sum(price) FROM s31w_sales WHERE sold_on < '2024-04-01' GROUP BY ROLLUP (date_trunc('month', sold_on), product) ORDER BY 1 NULLS LAST, 2 NULLS LAST;
SELECT region, rep, count(*) FROM s31w_sales GROUP BY region, ROLLUP (rep) ORDER BY region NULLS FIRST, rep NULLS LAST, grouping(rep);
SELECT region, avg(price), sum(price) FROM s31w_sales GROUP BY GROUPING SETS (region, ()) ORDER BY region, grouping(region);
SELECT region, count(*) FROM s31w_sales GROUP BY ROLLUP (region) HAVING count(*) > 2 ORDER BY region;
SELECT grouping(region, product, rep) AS g, count(*) FROM s31w_sales GROUP BY CUBE (region, product, rep) GROUP BY g;
SELECT grouping(region, product, rep) AS g, count(*) FROM (SELECT 1 FROM s31w_sales GROUP BY CUBE (region, product, rep)) x(c) GROUP BY 1;
SELECT g, count(*) FROM (SELECT grouping(region, product, rep) AS g FROM s31w_sales GROUP BY CUBE (region, product, rep)) x GROUP BY g ORDER BY g;
-- @must
SELECT product, sum(qty), pg_typeof(sum(qty)) FROM s31w_sales GROUP BY ROLLUP (product) ORDER BY product;
SELECT region, sum(price) FILTER (WHERE qty < 10) FROM s31w_sales GROUP BY CUBE (region) ORDER BY region, grouping(region);
SELECT region, string_agg(product, ',' ORDER BY id) FROM s31w_sales GROUP BY ROLLUP (region) ORDER BY region NULLS FIRST, grouping(region);
SELECT region, grouping(product) FROM s31w_sales GROUP BY region;
SELECT extract(year FROM sold_on) AS y, extract(quarter FROM sold_on) AS q, sum(price) FROM s31w_sales GROUP BY ROLLUP (1, 2) ORDER BY 1 NULLS LAST, 2 NULLS LAST, grouping(extract(year FROM sold_on), extract(quarter FROM sold_on));

-- ordered-set aggregates
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY price) FROM s31w_sales;
SELECT percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY units) FROM s31w_sales;
SELECT percentile_disc(ARRAY[0, 0.5, 1]) WITHIN GROUP (ORDER BY sold_on) FROM s31w_sales;
SELECT region, percentile_cont(0.9) WITHIN GROUP (ORDER BY price) FROM s31w_sales GROUP BY region ORDER BY region;
SELECT mode() WITHIN GROUP (ORDER BY product), mode() WITHIN GROUP (ORDER BY price) FROM s31w_sales;
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY sold_at) FROM s31w_sales;
SELECT pg_typeof(percentile_cont(0.5) WITHIN GROUP (ORDER BY price)), pg_typeof(percentile_disc(0.5) WITHIN GROUP (ORDER BY price)) FROM s31w_sales;
SELECT percentile_cont(1.5) WITHIN GROUP (ORDER BY price) FROM s31w_sales;
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY price) FROM s31w_sales WHERE false;
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY salary) FILTER (WHERE dept = 'eng') FROM s31w_emp;
SELECT dept, percentile_disc(0.5) WITHIN GROUP (ORDER BY score), mode() WITHIN GROUP (ORDER BY score) FROM s31w_emp GROUP BY dept ORDER BY dept;

-- FETCH FIRST … WITH TIES and LIMIT/OFFSET
SELECT name, salary FROM s31w_emp ORDER BY salary DESC NULLS LAST FETCH FIRST 2 ROWS WITH TIES;
SELECT * FROM (SELECT name, score FROM s31w_emp ORDER BY score FETCH FIRST 3 ROWS WITH TIES) t ORDER BY score, name;
SELECT name, score FROM s31w_emp ORDER BY score DESC OFFSET 1 ROWS FETCH NEXT 2 ROWS WITH TIES;
SELECT name, dept FROM s31w_emp ORDER BY dept NULLS FIRST FETCH FIRST 1 ROW WITH TIES;
SELECT name, salary FROM s31w_emp ORDER BY salary FETCH FIRST 0 ROWS WITH TIES;
SELECT name FROM s31w_emp ORDER BY id LIMIT ALL OFFSET 8;
SELECT name FROM s31w_emp ORDER BY id LIMIT -1;
SELECT name FROM s31w_emp ORDER BY id OFFSET -1;
SELECT dept, count(*) FROM s31w_emp GROUP BY dept ORDER BY count(*) DESC FETCH FIRST 1 ROWS WITH TIES;
-- params: [2]
SELECT name, score FROM s31w_emp ORDER BY score DESC NULLS LAST LIMIT $1;
-- params: [1, 2]
SELECT name FROM s31w_emp ORDER BY id LIMIT $2 OFFSET $1;

-- correlated subqueries in the select list
SELECT e.name, e.salary - (SELECT avg(salary) FROM s31w_emp x WHERE x.dept = e.dept) AS diff FROM s31w_emp e ORDER BY e.id;
SELECT e.name, (SELECT string_agg(x.name, ',' ORDER BY x.name) FROM s31w_emp x WHERE x.dept = e.dept AND x.salary > e.salary) FROM s31w_emp e ORDER BY e.id;
SELECT r.region, (SELECT s.product FROM s31w_sales s WHERE s.region = r.region ORDER BY s.price DESC NULLS LAST, s.id LIMIT 1) AS top FROM (SELECT DISTINCT region FROM s31w_sales) r ORDER BY r.region;
SELECT s.id, (SELECT sum(price) FROM s31w_sales t WHERE t.id <= s.id) AS running FROM s31w_sales s ORDER BY s.id;
SELECT e.name, (SELECT count(*) FROM s31w_sales s WHERE s.rep = e.name) FROM s31w_emp e ORDER BY e.id;
SELECT pg_typeof((SELECT count(*) FROM s31w_emp)), pg_typeof((SELECT sum(salary) FROM s31w_emp)), pg_typeof((SELECT avg(score) FROM s31w_emp));
SELECT e.name, (SELECT x.name FROM s31w_emp x WHERE x.dept = e.dept) FROM s31w_emp e;
SELECT e.dept, (SELECT count(*) FROM s31w_emp x WHERE x.dept = e.dept AND x.salary > avg(e.salary)) FROM s31w_emp e GROUP BY e.dept ORDER BY e.dept;

-- result column types through RowDescription
SELECT sum(qty), sum(units), sum(big), sum(price), sum(ratio) FROM s31w_sales WHERE id = 100;
SELECT avg(qty), avg(units), avg(big), avg(price), avg(ratio) FROM s31w_sales WHERE id = 100;
SELECT min(qty), max(units), min(big), max(price), min(sold_on), max(sold_at), min(sold_tz) FROM s31w_sales;
SELECT round(avg(units)), round(sum(ratio)::numeric, 2), ceil(avg(price)), floor(sum(ratio)) FROM s31w_sales;
SELECT count(*) * 2, count(*) + 0.5, count(*)::int, sum(qty) / 2 FROM s31w_sales;
SELECT date_trunc('month', sold_on), date_trunc('month', sold_at), date_trunc('month', sold_tz) FROM s31w_sales WHERE id = 1;
SELECT coalesce(sum(price), 0), coalesce(avg(qty), 0), coalesce(max(region), '') FROM s31w_sales WHERE id = 100;
SELECT coalesce(sum(price), 0) FROM s31w_sales;
SELECT greatest(sum(qty), 0), least(avg(price), 100) FROM s31w_sales;
SELECT CASE WHEN count(*) > 0 THEN sum(price) / count(*) ELSE 0 END FROM s31w_sales;
SELECT row_number() OVER () * 1.5, count(*) OVER () / 2 FROM s31w_emp WHERE id = 1;
SELECT bit_and(units), bit_or(qty) FROM s31w_sales;
-- params: []
SELECT region, count(*) AS n, sum(price) AS total, avg(price) AS mean FROM s31w_sales GROUP BY region ORDER BY region;
-- params: ["2024-02-01", "2024-05-01"]
SELECT date_trunc('month', sold_at) AS m, count(*) FROM s31w_sales WHERE sold_at >= $1 AND sold_at < $2 GROUP BY 1 ORDER BY 1;
-- params: ["2024-02-01", "2024-05-01"]
SELECT count(*), sum(price) FROM s31w_sales WHERE sold_on BETWEEN $1::date AND $2::date;
-- params: ["month"]
SELECT date_trunc($1, sold_on) AS m, count(*) FROM s31w_sales GROUP BY 1 ORDER BY 1;
-- params: [0.5]
SELECT percentile_cont($1) WITHIN GROUP (ORDER BY price) FROM s31w_sales;
-- params: ["east"]
SELECT sum(price) FILTER (WHERE region = $1), count(*) FILTER (WHERE region <> $1) FROM s31w_sales;

-- integer overflow where PostgreSQL errs
SELECT sum(units) FROM s31w_sales WHERE id IN (3, 4) HAVING sum(units) * 2 > 0;
SELECT sum(units)::int FROM s31w_sales WHERE id IN (3, 4);
SELECT sum(big) FROM s31w_sales;
SELECT sum(big) OVER (ORDER BY id) FROM s31w_sales WHERE id < 4 ORDER BY id;
SELECT sum(big::numeric) FROM s31w_sales;
SELECT avg(big) FROM s31w_sales;
SELECT max(units) + max(units) FROM s31w_sales;
SELECT (qty + 1)::smallint FROM s31w_sales WHERE id = 5;
SELECT sum(qty * units) FROM s31w_sales WHERE id IN (5, 3);
SELECT sum(x) FROM (VALUES (9223372036854775807::bigint), (1)) v(x);
SELECT sum(x) OVER (ORDER BY x) FROM (VALUES (9223372036854775807::bigint), (-1)) v(x);

-- misc report shapes
SELECT region, product, count(*) FROM s31w_sales GROUP BY 1, 2 ORDER BY 3 DESC, 1 NULLS LAST, 2;
SELECT product, min(sold_on), max(sold_on), max(sold_on) - min(sold_on) AS span FROM s31w_sales GROUP BY product ORDER BY product;
SELECT rep, sum(price) AS total FROM s31w_sales WHERE rep IS NOT NULL GROUP BY rep ORDER BY total DESC NULLS LAST, rep LIMIT 3;
SELECT * FROM (SELECT region, sum(price) AS total FROM s31w_sales GROUP BY region) t WHERE total > 20 ORDER BY total DESC;
WITH m AS (SELECT date_trunc('month', sold_on) AS mo, sum(price) AS rev FROM s31w_sales WHERE sold_on IS NOT NULL GROUP BY 1) SELECT mo::date, rev, rev - lag(rev) OVER (ORDER BY mo) AS change FROM m ORDER BY mo;
WITH m AS (SELECT date_trunc('month', sold_on) AS mo, count(*) AS n FROM s31w_sales GROUP BY 1) SELECT mo, n, sum(n) OVER (ORDER BY mo ROWS UNBOUNDED PRECEDING) FROM m ORDER BY mo NULLS LAST;
SELECT product, sum(price) AS revenue, rank() OVER (ORDER BY sum(price) DESC) FROM s31w_sales GROUP BY product ORDER BY revenue DESC;
SELECT count(*) AS total, count(*) FILTER (WHERE region IS NULL) AS nulls, count(DISTINCT region) AS distinct_regions, min(price), max(price) FROM s31w_sales;
SELECT width_bucket(price, 0, 100, 4) AS bucket, count(*) FROM s31w_sales GROUP BY 1 ORDER BY 1 NULLS LAST;
SELECT floor(price / 50) * 50 AS bin, count(*) FROM s31w_sales GROUP BY 1 ORDER BY 1 NULLS LAST;
SELECT CASE WHEN price < 10 THEN 'low' WHEN price < 100 THEN 'mid' ELSE 'high' END AS band, count(*) FROM s31w_sales GROUP BY 1 ORDER BY 1;
SELECT id, price, sum(price) OVER (PARTITION BY region ORDER BY sold_on, id) AS run, count(*) OVER (PARTITION BY region) AS n FROM s31w_sales ORDER BY region NULLS FIRST, sold_on, id;
SELECT region, max(price) - min(price) AS spread, max(sold_at) - min(sold_at) AS span FROM s31w_sales GROUP BY region ORDER BY region;
SELECT sum(price) AS "Sum of Price", count(*) AS "Count" FROM s31w_sales WHERE (product = 'widget' OR product = 'gizmo') AND sold_on >= timestamp '2024-01-01' AND sold_on < timestamp '2024-07-01';
SELECT "source"."region" AS "region", "source"."count" AS "count" FROM (SELECT "s31w_sales"."region" AS "region", count(*) AS "count" FROM "s31w_sales" GROUP BY "s31w_sales"."region" ORDER BY "s31w_sales"."region" ASC) "source" WHERE "source"."count" > 1 LIMIT 1048575;
SELECT avg("s31w_sales"."price") AS "avg", count(distinct "s31w_sales"."rep") AS "count" FROM "s31w_sales";
SELECT (floor(("s31w_sales"."price" / 20.0)) * 20.0) AS "price", count(*) AS "count" FROM "s31w_sales" GROUP BY (floor(("s31w_sales"."price" / 20.0)) * 20.0) ORDER BY (floor(("s31w_sales"."price" / 20.0)) * 20.0) ASC;
SELECT CAST("s31w_sales"."sold_tz" AS date) AS "sold_tz", count(*) FROM "s31w_sales" GROUP BY CAST("s31w_sales"."sold_tz" AS date) ORDER BY CAST("s31w_sales"."sold_tz" AS date) ASC;
SELECT date_trunc('month', ("s31w_sales"."sold_tz" AT TIME ZONE 'America/Los_Angeles')) AS m, count(*) FROM "s31w_sales" GROUP BY 1 ORDER BY 1 ASC;
SELECT CAST(extract(hour FROM "s31w_sales"."sold_tz") AS integer) AS h, count(*) FROM "s31w_sales" GROUP BY 1 ORDER BY 1;
SELECT (CAST(extract(week FROM "s31w_sales"."sold_on") AS integer)) AS wk, count(*) FROM "s31w_sales" GROUP BY 1 ORDER BY 1;
SELECT to_char(sold_on, 'Day') AS dn, count(*) FROM s31w_sales GROUP BY 1, extract(isodow FROM sold_on) ORDER BY extract(isodow FROM sold_on);
SELECT (sold_on + interval '6 months')::date, sold_on + 30 FROM s31w_sales WHERE id IN (2, 5, 10) ORDER BY id;
SELECT sold_tz::date, sold_tz AT TIME ZONE 'UTC', (sold_tz AT TIME ZONE 'UTC')::date FROM s31w_sales WHERE id IN (4, 5) ORDER BY id;
SELECT date_trunc('month', sold_tz) = date_trunc('month', sold_at) FROM s31w_sales ORDER BY id;
SELECT count(*) FROM s31w_sales WHERE sold_tz >= date '2024-02-01' AND sold_tz < date '2024-03-01';
SELECT count(*) FROM s31w_sales WHERE date_trunc('year', sold_at) = '2024-01-01';

-- high-precision numerics, intervals and NULL peers in reports
CREATE TABLE s31w_m (id int PRIMARY KEY, grp text, amt numeric, dur interval, f real, k int);
INSERT INTO s31w_m VALUES
 (1, 'a', 12345678901234567.89, '1 day 2 hours', 1.5, 1),
 (2, 'a', 0.10000000000000000001, '30 minutes', 2.5, NULL),
 (3, 'a', 0.1, '1 month', NULL, 3),
 (4, 'b', -99999999999999999999.5, '-2 hours', 0.1, 3),
 (5, 'b', 1e-20, NULL, 3.25, NULL),
 (6, 'b', 100, '1 year 3 days', -1, 6),
 (7, NULL, 2.50, '45 seconds', 0, 10);
SELECT grp, sum(amt), avg(amt) FROM s31w_m GROUP BY grp ORDER BY grp;
-- @must
SELECT id, amt, rank() OVER (ORDER BY amt) FROM s31w_m ORDER BY amt, id;
SELECT id, sum(amt) OVER (ORDER BY id) FROM s31w_m ORDER BY id;
-- @must
SELECT id, sum(amt) OVER (PARTITION BY grp ORDER BY amt ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM s31w_m ORDER BY id;
SELECT count(DISTINCT amt), count(DISTINCT amt::float8) FROM s31w_m;
SELECT amt FROM s31w_m WHERE amt > 0.1 ORDER BY amt;
SELECT max(amt), min(amt), percentile_disc(0.5) WITHIN GROUP (ORDER BY amt) FROM s31w_m;
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY amt) FROM s31w_m;
SELECT round(avg(amt), 4), round(sum(amt) / count(*), 4) FROM s31w_m WHERE grp = 'a';
SELECT id, lag(amt) OVER (ORDER BY id), lead(amt, 1, 0.000) OVER (ORDER BY id) FROM s31w_m ORDER BY id;
SELECT id, first_value(amt) OVER (ORDER BY amt DESC), last_value(amt) OVER (ORDER BY id ROWS BETWEEN CURRENT ROW AND 1 FOLLOWING) FROM s31w_m ORDER BY id;
-- @must
SELECT grp, string_agg(amt::text, ' ' ORDER BY amt) FROM s31w_m GROUP BY grp ORDER BY grp;
SELECT sum(dur), avg(dur), min(dur), max(dur) FROM s31w_m;
SELECT grp, sum(dur), avg(dur) FROM s31w_m GROUP BY grp ORDER BY grp;
SELECT id, sum(dur) OVER (ORDER BY id) FROM s31w_m ORDER BY id;
SELECT dur FROM s31w_m ORDER BY dur NULLS FIRST, id;
SELECT id, rank() OVER (ORDER BY dur DESC) FROM s31w_m ORDER BY id;
SELECT extract(epoch FROM sum(dur)), extract(epoch FROM avg(dur)) FROM s31w_m;
SELECT extract(hour FROM dur), extract(day FROM dur), extract(month FROM dur), extract(epoch FROM dur) FROM s31w_m ORDER BY id;
SELECT date_part('epoch', dur) / 3600 AS hours FROM s31w_m ORDER BY id;
SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY dur) FROM s31w_m;
SELECT sum(f), avg(f), pg_typeof(sum(f)), pg_typeof(avg(f)) FROM s31w_m;
SELECT id, sum(f) OVER (ORDER BY id) FROM s31w_m ORDER BY id;
SELECT id, count(*) OVER (ORDER BY k RANGE BETWEEN 2 PRECEDING AND 2 FOLLOWING) FROM s31w_m ORDER BY id;
SELECT id, count(*) OVER (ORDER BY k NULLS FIRST RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM s31w_m ORDER BY id;
SELECT id, sum(k) OVER (ORDER BY k DESC RANGE BETWEEN 3 PRECEDING AND 3 FOLLOWING) FROM s31w_m ORDER BY id;
SELECT id, count(*) OVER (ORDER BY k GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE TIES) FROM s31w_m ORDER BY id;
SELECT id, sum(amt) OVER (ORDER BY f RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM s31w_m ORDER BY id;
SELECT id, count(*) OVER (ORDER BY amt RANGE BETWEEN 0.5 PRECEDING AND 0.5 FOLLOWING) FROM s31w_m ORDER BY id;
-- @must
SELECT id, count(*) OVER (ORDER BY dur RANGE BETWEEN interval '1 hour' PRECEDING AND interval '1 hour' FOLLOWING) FROM s31w_m ORDER BY id;
SELECT id, lag(id, k) OVER (ORDER BY id) FROM s31w_m ORDER BY id;
SELECT id, lead(id, 1, id * 10) OVER (ORDER BY id) FROM s31w_m ORDER BY id;
SELECT id, ntile(3) OVER (ORDER BY k NULLS FIRST, id) FROM s31w_m ORDER BY id;
SELECT id, percent_rank() OVER (PARTITION BY grp ORDER BY k) FROM s31w_m ORDER BY id;
SELECT id, cume_dist() OVER (ORDER BY k DESC) FROM s31w_m ORDER BY id;
SELECT id, array_agg(id) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM s31w_m ORDER BY id;
SELECT id, string_agg(grp, ',') OVER (ORDER BY id) FROM s31w_m ORDER BY id;
SELECT id, count(DISTINCT grp) OVER () FROM s31w_m;
SELECT id, min(k) OVER (ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING EXCLUDE GROUP) FROM s31w_m ORDER BY id;
SELECT id, avg(k) OVER (PARTITION BY grp), avg(k) OVER (PARTITION BY grp ORDER BY id) FROM s31w_m ORDER BY id;
SELECT grp, sum(k) FILTER (WHERE k > 1), count(k), count(*) FROM s31w_m GROUP BY ROLLUP (grp) ORDER BY grp, grouping(grp);
SELECT DISTINCT grp, sum(k) OVER (PARTITION BY grp) FROM s31w_m ORDER BY grp;
SELECT grp, k, row_number() OVER (PARTITION BY grp ORDER BY k DESC NULLS LAST) FROM s31w_m ORDER BY grp, 3;
SELECT id FROM s31w_m ORDER BY row_number() OVER (ORDER BY amt DESC);
SELECT id, sum(k) OVER (ORDER BY id) AS s FROM s31w_m ORDER BY s DESC NULLS LAST, id;
SELECT count(*) FROM (SELECT id, sum(k) OVER (ORDER BY id) AS s FROM s31w_m) t WHERE s > 5;

-- reports under a session TimeZone other than UTC
SET TIME ZONE 'America/New_York';
SELECT id, sold_tz FROM s31w_sales ORDER BY id;
SELECT date_trunc('day', sold_tz) AS d, count(*) FROM s31w_sales GROUP BY 1 ORDER BY 1;
SELECT date_trunc('month', sold_tz) AS m, count(*) FROM s31w_sales GROUP BY 1 ORDER BY 1;
SELECT sold_tz::date AS d, count(*) FROM s31w_sales GROUP BY 1 ORDER BY 1;
SELECT extract(hour FROM sold_tz) AS h, extract(day FROM sold_tz) AS d, extract(dow FROM sold_tz) AS dow FROM s31w_sales ORDER BY id;
SELECT date_part('month', sold_tz), extract(epoch FROM sold_tz) FROM s31w_sales ORDER BY id;
SELECT to_char(sold_tz, 'YYYY-MM-DD HH24:MI TZ') FROM s31w_sales ORDER BY id;
SELECT max(sold_tz), min(sold_tz) FROM s31w_sales;
SELECT d FROM generate_series('2024-03-09 00:00'::timestamptz, '2024-03-12 00:00', '1 day') d ORDER BY d;
SELECT d FROM generate_series('2024-11-02'::timestamptz, '2024-11-04', '12 hours') d ORDER BY d;
SELECT d::date, count(s.id) FROM generate_series('2024-01-01'::timestamptz, '2024-01-04', '1 day') d LEFT JOIN s31w_sales s ON s.sold_tz >= d AND s.sold_tz < d + interval '1 day' GROUP BY d ORDER BY d;
SELECT count(*) FROM s31w_sales WHERE sold_tz >= '2024-01-17' AND sold_tz < '2024-01-18';
SELECT count(*) FROM s31w_sales WHERE sold_tz::date = '2024-12-31';
SELECT date_trunc('week', sold_tz), date_trunc('hour', sold_tz) FROM s31w_sales WHERE id IN (2, 5, 10) ORDER BY id;
SELECT sold_tz AT TIME ZONE 'UTC' FROM s31w_sales WHERE id IN (2, 5) ORDER BY id;
SELECT sold_at AT TIME ZONE 'UTC' FROM s31w_sales WHERE id IN (2, 5) ORDER BY id;
SELECT sold_on::timestamptz FROM s31w_sales WHERE id IN (2, 5) ORDER BY id;
SELECT count(*) FROM s31w_sales WHERE sold_tz < sold_at;
SELECT id, sold_tz - interval '1 day', sold_tz + interval '1 month' FROM s31w_sales WHERE id IN (2, 5) ORDER BY id;
SELECT id, sum(price) OVER (ORDER BY sold_tz RANGE BETWEEN interval '1 day' PRECEDING AND CURRENT ROW) FROM s31w_sales ORDER BY id;
SELECT DISTINCT ON (sold_tz::date) sold_tz::date, id FROM s31w_sales ORDER BY sold_tz::date, id;
SELECT date_trunc('day', sold_tz)::date, sum(price) FROM s31w_sales GROUP BY ROLLUP (1) ORDER BY 1 NULLS LAST, grouping(date_trunc('day', sold_tz)::date);
SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY sold_tz) FROM s31w_sales;
SELECT array_agg(sold_tz ORDER BY id) FROM s31w_sales WHERE id IN (1, 5);
SELECT string_agg(sold_tz::text, ';' ORDER BY id) FROM s31w_sales WHERE id IN (1, 5);
SELECT jsonb_agg(sold_tz ORDER BY id) FROM s31w_sales WHERE id IN (1, 5);
SELECT to_char(date_trunc('month', sold_tz), 'YYYY-MM') AS m, count(*) FROM s31w_sales GROUP BY 1 ORDER BY 1;
SELECT make_timestamptz(2024, 7, 1, 0, 0, 0), '2024-07-01'::date::timestamptz;
RESET TIME ZONE;
SELECT date_trunc('day', sold_tz) AS d, count(*) FROM s31w_sales GROUP BY 1 ORDER BY 1;

-- names, first-value idioms, buckets and casts reports lean on
-- @must
SELECT region, count(*) AS n FROM s31w_sales GROUP BY region HAVING n > 1;
SELECT product AS region, count(*) FROM s31w_sales GROUP BY region;
SELECT product AS region FROM s31w_sales ORDER BY region, id;
SELECT product AS region, id FROM s31w_sales ORDER BY region || '', id;
SELECT price * 2 AS price FROM s31w_sales WHERE price > 50 ORDER BY price;
SELECT region AS r, count(*) FROM s31w_sales GROUP BY r ORDER BY r;
SELECT upper(region) AS region, count(*) FROM s31w_sales GROUP BY upper(region) ORDER BY region;
SELECT region, (array_agg(price ORDER BY sold_on DESC NULLS LAST))[1] AS latest FROM s31w_sales GROUP BY region ORDER BY region;
SELECT region, (array_agg(rep ORDER BY id))[2:3] FROM s31w_sales GROUP BY region ORDER BY region;
SELECT product, (array_agg(DISTINCT region ORDER BY region))[1] FROM s31w_sales GROUP BY product ORDER BY product;
SELECT max(sold_on) FILTER (WHERE product = 'widget'), min(price) FILTER (WHERE region = 'west') FROM s31w_sales;
SELECT count(DISTINCT rep) FILTER (WHERE price > 10), count(DISTINCT product) FILTER (WHERE region IS NOT NULL) FROM s31w_sales;
SELECT id, bool_or(price > 50) OVER (ORDER BY id) FROM s31w_sales ORDER BY id;
SELECT region, sum(price) FROM s31w_sales GROUP BY region ORDER BY rank() OVER (ORDER BY sum(price) DESC NULLS LAST), region;
SELECT date_bin('15 minutes', sold_at, '2024-01-01') AS b, count(*) FROM s31w_sales GROUP BY 1 ORDER BY 1;
SELECT date_bin('1 day', sold_tz, timestamptz '2024-01-01 06:00+00') FROM s31w_sales WHERE id IN (1, 2, 6) ORDER BY id;
SELECT to_timestamp(1704273300), to_timestamp(1704273300.5)::timestamp;
SELECT timezone('UTC', sold_tz), timezone('Asia/Tokyo', sold_at) FROM s31w_sales WHERE id = 2;
SELECT count(*) * interval '1 hour', sum(qty) * interval '1 minute' FROM s31w_sales WHERE qty < 100;
SELECT justify_hours(sum(dur)), sum(dur) / count(*), avg(dur) * 2 FROM s31w_m;
SELECT avg(sold_on - date '2024-01-01'), sum(sold_on - date '2024-01-01'), pg_typeof(avg(sold_on - date '2024-01-01')) FROM s31w_sales;
SELECT age(max(sold_on), min(sold_on)), max(sold_on) - min(sold_on) FROM s31w_sales;
SELECT to_char(sold_on, 'FMMonth'), to_char(sold_on, 'Dy'), to_char(sold_on, 'DDD'), to_char(sold_on, 'Q'), to_char(sold_on, 'WW') FROM s31w_sales WHERE id IN (2, 5, 10) ORDER BY id;
SELECT to_char(sum(price), 'FM999,999.00'), to_char(avg(price), '999D99'), to_char(100.0 * count(*) FILTER (WHERE region = 'east') / count(*), 'FM990.0"%"') FROM s31w_sales;
SELECT round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ratio)::numeric, 2), round(avg(ratio)::numeric, 3) FROM s31w_sales;
-- @must
SELECT percentile_cont(0.25) WITHIN GROUP (ORDER BY dur) FROM s31w_m;
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY sold_on) FROM s31w_sales;
SELECT id, sum(units) OVER () / count(*) OVER (), avg(units) OVER () FROM s31w_sales WHERE id < 3 ORDER BY id;
SELECT id, avg(price) OVER (ORDER BY id ROWS 1 PRECEDING), sum(price) OVER (ORDER BY id ROWS 1 PRECEDING) / 2 FROM s31w_sales ORDER BY id;
SELECT id, sum(price) FILTER (WHERE qty > 3) OVER (PARTITION BY product), count(*) FILTER (WHERE region IS NULL) OVER () FROM s31w_sales ORDER BY id;
SELECT region, count(*) FILTER (WHERE price > 10), grouping(region) FROM s31w_sales GROUP BY ROLLUP (region) ORDER BY region, 3;
SELECT DISTINCT region FROM s31w_sales ORDER BY region DESC NULLS LAST;
-- @must
SELECT DISTINCT region FROM s31w_sales ORDER BY upper(region);
SELECT sum(x::int), count(*) FILTER (WHERE x), bool_and(x) FROM (VALUES (true), (false), (true), (NULL)) v(x);
SELECT avg(x) FROM (VALUES (true), (false)) v(x);
SELECT max(x), min(x) FROM (VALUES ('b'), ('B'), ('a'), ('_')) v(x);
SELECT id FROM (SELECT id, row_number() OVER (ORDER BY price DESC NULLS LAST, id) AS rn FROM s31w_sales) t WHERE rn BETWEEN 3 AND 5 ORDER BY rn;
SELECT r, n, sum(n) OVER (ORDER BY n DESC, r) AS cum, round(100.0 * sum(n) OVER (ORDER BY n DESC, r) / sum(n) OVER (), 1) AS pareto FROM (SELECT coalesce(region, '?') AS r, count(*) AS n FROM s31w_sales GROUP BY 1) t ORDER BY n DESC, r;
SELECT coalesce(region, 'Total') AS r, sum(price) FROM s31w_sales GROUP BY ROLLUP (region) ORDER BY grouping(region), r;
SELECT product, count(*) AS n, rank() OVER (ORDER BY count(*) DESC) FROM s31w_sales GROUP BY product HAVING count(*) > 1 ORDER BY n DESC, product;
SELECT e.dept, e.name, e.salary FROM s31w_emp e WHERE e.salary = (SELECT max(x.salary) FROM s31w_emp x WHERE x.dept = e.dept) ORDER BY e.dept, e.name;
SELECT e.name, (SELECT avg(x.salary) FROM s31w_emp x WHERE x.hired < e.hired) FROM s31w_emp e ORDER BY e.id;
SELECT d.dept, (SELECT name FROM s31w_emp x WHERE x.dept = d.dept ORDER BY salary DESC NULLS LAST, name LIMIT 1 OFFSET 1) AS second FROM (SELECT DISTINCT dept FROM s31w_emp) d ORDER BY d.dept NULLS LAST;
SELECT e.name, (SELECT count(*) FROM s31w_emp x WHERE x.salary > e.salary) + 1 AS rank FROM s31w_emp e ORDER BY e.id;
SELECT name, salary, salary - avg(salary) OVER (PARTITION BY dept) AS diff, pg_typeof(salary - avg(salary) OVER ()) FROM s31w_emp WHERE id < 4 ORDER BY id;
SELECT name, score * 100 / sum(score) OVER () AS pct_int, score * 100.0 / sum(score) OVER () AS pct FROM s31w_emp ORDER BY id;
SELECT name, max(score) OVER (ORDER BY id ROWS BETWEEN 2 PRECEDING AND 2 PRECEDING) FROM s31w_emp ORDER BY id;
SELECT name, nth_value(score, 2) OVER (ORDER BY score DESC NULLS LAST, id RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM s31w_emp ORDER BY id;
SET TIME ZONE 'America/New_York';
SELECT date_trunc('month', sold_on) AS m FROM s31w_sales WHERE id IN (1, 4) ORDER BY id;
SELECT sold_on::timestamptz, sold_on::timestamp, extract(epoch FROM sold_on) FROM s31w_sales WHERE id = 1;
SELECT date_trunc('day', sold_tz, 'UTC') FROM s31w_sales WHERE id IN (2, 5) ORDER BY id;
SELECT d FROM generate_series('2024-01-31'::timestamptz, '2024-04-30', '1 month') d ORDER BY d;
SELECT date_bin('1 day', sold_tz, timestamptz '2024-01-01') FROM s31w_sales WHERE id IN (2, 5) ORDER BY id;
SELECT to_timestamp(1704273300);
SELECT extract(timezone_hour FROM sold_tz), extract(timezone FROM sold_tz) FROM s31w_sales WHERE id IN (1, 4) ORDER BY id;
RESET TIME ZONE;

-- the fixes, checked further
-- @must
SELECT id, amt FROM s31w_m ORDER BY amt DESC, id;
-- @must
SELECT id, row_number() OVER (ORDER BY amt), dense_rank() OVER (ORDER BY amt DESC), sum(amt) OVER (ORDER BY amt) FROM s31w_m ORDER BY id;
-- @must
SELECT region, pg_typeof(count(*)), pg_typeof(avg(price)) FROM s31w_sales GROUP BY CUBE (region) ORDER BY region, grouping(region);
-- @must
SELECT pg_typeof(sum(qty)) AS t FROM s31w_sales UNION ALL SELECT pg_typeof(sum(big)) FROM s31w_sales ORDER BY t;
-- @must
SELECT 's31w_sales'::regclass AS r UNION SELECT 's31w_emp'::regclass;
-- @must
SELECT id, max(dur) OVER (PARTITION BY grp), min(dur) OVER (PARTITION BY grp) FROM s31w_m ORDER BY id;
-- @must
SELECT id, min(dur) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING), max(dur) OVER (ORDER BY id ROWS 2 PRECEDING) FROM s31w_m ORDER BY id;
-- @must
SELECT DISTINCT ON (region) * FROM s31w_sales ORDER BY region, price DESC, id;
-- @must
SELECT DISTINCT ON (s.region) s.*, e.dept FROM s31w_sales s LEFT JOIN s31w_emp e ON e.name = s.rep ORDER BY s.region, s.id DESC;
-- @must
SELECT * FROM (SELECT * FROM s31w_emp ORDER BY score DESC NULLS LAST FETCH FIRST 2 ROWS WITH TIES) t ORDER BY id;
-- @must
SELECT region AS r FROM s31w_sales GROUP BY region HAVING r > 'a';
-- @must
SELECT DISTINCT region FROM s31w_sales GROUP BY region ORDER BY sum(price);
-- @must
SELECT DISTINCT price * 2 FROM s31w_sales ORDER BY 2 * price;
-- @must
SELECT DISTINCT upper(s.region) FROM s31w_sales s ORDER BY upper(region);
-- @must
SELECT i, count(*) OVER (ORDER BY x RANGE BETWEEN '30 days' PRECEDING AND CURRENT ROW), sum(i) OVER (ORDER BY x DESC RANGE BETWEEN CURRENT ROW AND '1 mon 1 day' FOLLOWING EXCLUDE CURRENT ROW) FROM (VALUES (1, '1 mon'::interval), (2, '30 days'), (3, '1 day'), (4, '720 hours'), (5, '2 mons')) v(i, x) ORDER BY i;
SELECT id, count(*) OVER (ORDER BY dur RANGE BETWEEN '-1 hour' PRECEDING AND CURRENT ROW) FROM s31w_m;
-- @must
SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY x), percentile_disc(0.2) WITHIN GROUP (ORDER BY x DESC), mode() WITHIN GROUP (ORDER BY x) FROM (VALUES ('2 days'::interval), ('3 hours'), ('1 mon'), ('10 minutes'), ('1 year'), ('720 hours')) v(x);
-- @must
SELECT grp, percentile_disc(0.5) WITHIN GROUP (ORDER BY dur), mode() WITHIN GROUP (ORDER BY dur DESC) FROM s31w_m GROUP BY grp ORDER BY grp;
-- @must
SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY j), percentile_disc(0.5) WITHIN GROUP (ORDER BY a), percentile_disc(0.5) WITHIN GROUP (ORDER BY i) FROM (VALUES ('{"a":2}'::jsonb, ARRAY[10], '10.0.0.1'::inet), ('{"a":10}', ARRAY[9], '9.0.0.1'), ('[1]', ARRAY[2], '192.168.0.1')) v(j, a, i);
-- @must
SELECT array_agg(x ORDER BY x), (array_agg(x))[1] FROM (VALUES ('[1, 2]'::jsonb), ('3'), ('{"a": [1]}')) v(x);
-- @must
SELECT grp, array_agg(jsonb_build_array(id, amt) ORDER BY id) FROM s31w_m GROUP BY grp ORDER BY grp;
-- @must
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x), percentile_cont(0.3) WITHIN GROUP (ORDER BY x DESC), percentile_cont(ARRAY[0, 0.9]) WITHIN GROUP (ORDER BY x) FROM (VALUES ('2 days'::interval), ('3 hours'), ('1 mon'), ('10 minutes'), ('1 year 1 second'), ('-5 days')) v(x);
