-- The thirty-fourth session's hunt for silent wrong answers in analytic SQL: window frames of every
-- form, lag/lead, first/last/nth_value, ranking over ties, aggregates with FILTER/DISTINCT/ORDER BY,
-- ordered-set and hypothetical aggregates, GROUPING SETS/ROLLUP/CUBE, statistical aggregates and
-- their types, avg/sum scales and overflow, DISTINCT ON, LATERAL, recursive CTEs with CYCLE/SEARCH,
-- set operations, NULL ordering, C collation ordering and FETCH FIRST … WITH TIES.

CREATE TABLE s34w_sales (
  id int PRIMARY KEY,
  region text,
  rep text,
  day date NOT NULL,
  ts timestamp NOT NULL,
  amt numeric(10,2),
  qty int,
  big bigint,
  f float8,
  r real,
  note text
);
INSERT INTO s34w_sales VALUES
  (1, 'east', 'ann', '2024-01-01', '2024-01-01 09:00', 10.00, 1, 100, 1.5, 0.5, 'Apple'),
  (2, 'east', 'bob', '2024-01-02', '2024-01-02 10:30', 20.50, 2, 200, 2.25, 1.25, 'apple'),
  (3, 'east', 'ann', '2024-01-02', '2024-01-02 11:00', 20.50, 2, 300, NULL, 2.5, 'Banana'),
  (4, 'west', 'cid', '2024-01-03', '2024-01-03 08:15', 5.25, 5, 400, -3.0, NULL, 'banana'),
  (5, 'west', 'cid', '2024-01-05', '2024-01-05 12:00', NULL, 3, 500, 4.75, 3.5, 'cherry'),
  (6, 'west', 'dee', '2024-01-08', '2024-01-08 16:45', 99.99, NULL, 600, 0.1, 0.1, 'Cherry'),
  (7, NULL, 'eve', '2024-01-08', '2024-01-08 17:00', 7.00, 7, NULL, 7.0, 7.0, 'éclair'),
  (8, 'north', NULL, '2024-01-10', '2024-01-10 00:00', 15.00, 4, 800, 1e10, 2.0, 'Zebra'),
  (9, 'north', 'fay', '2024-01-15', '2024-01-15 23:59', 15.00, 4, 900, -0.5, -1.5, 'zebra'),
  (10, 'east', 'bob', '2024-02-01', '2024-02-01 06:00', 42.42, 6, 1000, 3.14159, 3.0, '_under');
CREATE TABLE s34w_nums (g int, i int, b bigint, n numeric, s smallint, f float8, r real);
INSERT INTO s34w_nums VALUES
  (1, 1, 1, 1.5, 1, 1.0, 1.0), (1, 2, 2, 2.25, 2, 2.0, 2.0), (1, 3, 3, 3.125, 3, 4.0, 4.0),
  (1, 4, 4, 4, 4, 8.0, 8.0), (2, 10, 10, 0.1, 10, 0.1, 0.1), (2, 20, 20, 0.2, 20, 0.2, 0.2),
  (2, NULL, NULL, NULL, NULL, NULL, NULL), (3, 7, 7, 7, 7, 7, 7),
  (4, 2147483647, 9223372036854775807, 1e20, 32767, 1e300, 3e38),
  (4, 2147483647, 9223372036854775807, 1e20, 32767, 1e300, 3e38);

-- Frames: ROWS with offsets
SELECT id, amt, sum(amt) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS s FROM s34w_sales ORDER BY id;
SELECT id, sum(qty) OVER (ORDER BY id ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) FROM s34w_sales ORDER BY id;
SELECT id, sum(qty) OVER (ORDER BY id ROWS BETWEEN CURRENT ROW AND 2 FOLLOWING) FROM s34w_sales ORDER BY id;
SELECT id, sum(qty) OVER (ORDER BY id ROWS BETWEEN 3 PRECEDING AND 1 PRECEDING) FROM s34w_sales ORDER BY id;
SELECT id, sum(qty) OVER (ORDER BY id ROWS BETWEEN 1 FOLLOWING AND 3 FOLLOWING) FROM s34w_sales ORDER BY id;
SELECT id, count(*) OVER (ORDER BY id ROWS UNBOUNDED PRECEDING) FROM s34w_sales ORDER BY id;
SELECT id, count(*) OVER (ORDER BY id ROWS 2 PRECEDING) FROM s34w_sales ORDER BY id;
SELECT id, sum(qty) OVER (ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM s34w_sales ORDER BY id;
SELECT id, avg(amt) OVER (PARTITION BY region ORDER BY id ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM s34w_sales ORDER BY id;
SELECT id, sum(qty) OVER (ORDER BY id ROWS BETWEEN 0 PRECEDING AND 0 FOLLOWING) FROM s34w_sales ORDER BY id;
-- params: [1, 2]
SELECT id, sum(qty) OVER (ORDER BY id ROWS BETWEEN $1 PRECEDING AND $2 FOLLOWING) FROM s34w_sales ORDER BY id;
SELECT id, sum(qty) OVER (ORDER BY id ROWS BETWEEN -1 PRECEDING AND CURRENT ROW) FROM s34w_sales;
SELECT id, sum(qty) OVER (ORDER BY id ROWS BETWEEN NULL PRECEDING AND CURRENT ROW) FROM s34w_sales;
SELECT id, sum(qty) OVER (ORDER BY id ROWS BETWEEN CURRENT ROW AND 1 PRECEDING) FROM s34w_sales ORDER BY id;
SELECT id, sum(qty) OVER (ORDER BY id ROWS BETWEEN UNBOUNDED FOLLOWING AND CURRENT ROW) FROM s34w_sales;
SELECT id, sum(qty) OVER (ORDER BY id ROWS BETWEEN 1.5 PRECEDING AND CURRENT ROW) FROM s34w_sales ORDER BY id;

-- Frames: RANGE with offsets
SELECT id, qty, sum(qty) OVER (ORDER BY qty RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM s34w_sales ORDER BY id;
SELECT id, qty, count(*) OVER (ORDER BY qty DESC RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM s34w_sales ORDER BY id;
SELECT id, qty, count(*) OVER (ORDER BY qty NULLS FIRST RANGE BETWEEN 2 PRECEDING AND 2 FOLLOWING) FROM s34w_sales ORDER BY id;
SELECT id, qty, count(*) OVER (ORDER BY qty DESC NULLS LAST RANGE BETWEEN 2 PRECEDING AND 2 FOLLOWING) FROM s34w_sales ORDER BY id;
SELECT id, amt, sum(amt) OVER (ORDER BY amt RANGE BETWEEN 5.5 PRECEDING AND 5.5 FOLLOWING) FROM s34w_sales ORDER BY id;
SELECT id, amt, count(*) OVER (ORDER BY amt RANGE BETWEEN 0 PRECEDING AND 0 FOLLOWING) FROM s34w_sales ORDER BY id;
SELECT id, f, count(*) OVER (ORDER BY f RANGE BETWEEN 2.5 PRECEDING AND 2.5 FOLLOWING) FROM s34w_sales ORDER BY id;
SELECT id, f, count(*) OVER (ORDER BY f RANGE BETWEEN 'Infinity' PRECEDING AND CURRENT ROW) FROM s34w_sales ORDER BY id;
SELECT id, day, count(*) OVER (ORDER BY day RANGE BETWEEN '2 days' PRECEDING AND CURRENT ROW) FROM s34w_sales ORDER BY id;
SELECT id, day, count(*) OVER (ORDER BY day RANGE BETWEEN interval '3 days' PRECEDING AND interval '1 day' FOLLOWING) FROM s34w_sales ORDER BY id;
SELECT id, ts, count(*) OVER (ORDER BY ts RANGE BETWEEN interval '12 hours' PRECEDING AND CURRENT ROW) FROM s34w_sales ORDER BY id;
SELECT id, ts, string_agg(id::text, ',') OVER (ORDER BY ts RANGE BETWEEN interval '1 day 2 hours' PRECEDING AND interval '30 minutes' FOLLOWING) FROM s34w_sales ORDER BY id;
SELECT id, day, count(*) OVER (ORDER BY day DESC RANGE BETWEEN '2 days' PRECEDING AND CURRENT ROW) FROM s34w_sales ORDER BY id;
SELECT id, qty, sum(qty) OVER (ORDER BY qty RANGE BETWEEN -1 PRECEDING AND CURRENT ROW) FROM s34w_sales;
SELECT id, qty, sum(qty) OVER (ORDER BY qty, id RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM s34w_sales;
SELECT id, qty, sum(qty) OVER (RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM s34w_sales;
SELECT id, note, count(*) OVER (ORDER BY note RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM s34w_sales;
SELECT id, qty, sum(qty) OVER (ORDER BY qty RANGE BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) FROM s34w_sales ORDER BY id;
SELECT id, qty, sum(qty) OVER (ORDER BY qty RANGE UNBOUNDED PRECEDING) FROM s34w_sales ORDER BY id;
SELECT id, qty, sum(qty) OVER (ORDER BY qty) FROM s34w_sales ORDER BY id;
SELECT id, big, sum(big) OVER (ORDER BY big RANGE BETWEEN 150 PRECEDING AND 150 FOLLOWING) FROM s34w_sales ORDER BY id;

-- Frames: GROUPS
SELECT id, qty, sum(qty) OVER (ORDER BY qty GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM s34w_sales ORDER BY id;
SELECT id, qty, count(*) OVER (ORDER BY qty GROUPS BETWEEN CURRENT ROW AND 1 FOLLOWING) FROM s34w_sales ORDER BY id;
-- @must
SELECT id, day, string_agg(id::text, ',' ORDER BY id) OVER (ORDER BY day GROUPS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM s34w_sales ORDER BY id;
SELECT id, amt, count(*) OVER (ORDER BY amt GROUPS 1 PRECEDING) FROM s34w_sales ORDER BY id;
SELECT id, count(*) OVER (GROUPS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM s34w_sales;
SELECT id, amt, count(*) OVER (ORDER BY amt DESC GROUPS BETWEEN 2 PRECEDING AND 1 PRECEDING) FROM s34w_sales ORDER BY id;

-- EXCLUDE
SELECT id, qty, sum(qty) OVER (ORDER BY qty ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING EXCLUDE CURRENT ROW) FROM s34w_sales ORDER BY id;
SELECT id, qty, sum(qty) OVER (ORDER BY qty ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING EXCLUDE GROUP) FROM s34w_sales ORDER BY id;
SELECT id, qty, sum(qty) OVER (ORDER BY qty ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING EXCLUDE TIES) FROM s34w_sales ORDER BY id;
SELECT id, qty, sum(qty) OVER (ORDER BY qty RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE TIES) FROM s34w_sales ORDER BY id;
SELECT id, qty, sum(qty) OVER (ORDER BY qty GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE GROUP) FROM s34w_sales ORDER BY id;
SELECT id, qty, sum(qty) OVER (ORDER BY qty ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE NO OTHERS) FROM s34w_sales ORDER BY id;
SELECT id, amt, first_value(id) OVER (ORDER BY amt ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING EXCLUDE CURRENT ROW) FROM s34w_sales ORDER BY id;
SELECT id, amt, last_value(id) OVER (ORDER BY amt, id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING EXCLUDE CURRENT ROW) FROM s34w_sales ORDER BY id;
SELECT id, amt, nth_value(id, 2) OVER (ORDER BY amt, id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING EXCLUDE CURRENT ROW) FROM s34w_sales ORDER BY id;
SELECT id, qty, count(*) OVER (ORDER BY qty EXCLUDE TIES) FROM s34w_sales ORDER BY id;
SELECT id, qty, count(*) OVER (ORDER BY qty EXCLUDE CURRENT ROW) FROM s34w_sales ORDER BY id;
SELECT id, qty, max(id) OVER (ORDER BY qty ROWS BETWEEN 2 PRECEDING AND 2 FOLLOWING EXCLUDE GROUP) FROM s34w_sales ORDER BY id;
SELECT id, qty, string_agg(id::text, ',') OVER (ORDER BY qty, id ROWS BETWEEN 2 PRECEDING AND 2 FOLLOWING EXCLUDE CURRENT ROW) FROM s34w_sales ORDER BY id;
SELECT id, qty, array_agg(id) OVER (ORDER BY qty ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW EXCLUDE TIES) FROM s34w_sales ORDER BY id;

-- Named windows and inheritance
SELECT id, sum(qty) OVER w, count(*) OVER w FROM s34w_sales WINDOW w AS (PARTITION BY region ORDER BY id) ORDER BY id;
SELECT id, sum(qty) OVER (w ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM s34w_sales WINDOW w AS (ORDER BY id) ORDER BY id;
SELECT id, sum(qty) OVER w2 FROM s34w_sales WINDOW w1 AS (PARTITION BY region), w2 AS (w1 ORDER BY id) ORDER BY id;
SELECT id, rank() OVER w2, sum(qty) OVER w3 FROM s34w_sales WINDOW w1 AS (PARTITION BY region), w2 AS (w1 ORDER BY qty), w3 AS (w2 ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) ORDER BY id;
SELECT id, sum(qty) OVER (w ORDER BY id) FROM s34w_sales WINDOW w AS (PARTITION BY region) ORDER BY id;
SELECT id, sum(qty) OVER (w ORDER BY qty) FROM s34w_sales WINDOW w AS (ORDER BY id);
SELECT id, sum(qty) OVER w2 FROM s34w_sales WINDOW w1 AS (ORDER BY id ROWS CURRENT ROW), w2 AS (w1);
SELECT id, sum(qty) OVER (w PARTITION BY rep) FROM s34w_sales WINDOW w AS (ORDER BY id);
SELECT id, sum(qty) OVER nope FROM s34w_sales;
SELECT id, sum(qty) OVER w FROM s34w_sales WINDOW w AS (ORDER BY id), w AS (ORDER BY qty);
SELECT id, sum(qty) OVER w FROM s34w_sales WINDOW w AS (ORDER BY id ROWS CURRENT ROW) ORDER BY id;

-- lag/lead
SELECT id, lag(amt) OVER (ORDER BY id), lead(amt) OVER (ORDER BY id) FROM s34w_sales ORDER BY id;
SELECT id, lag(amt, 2, 0) OVER (ORDER BY id), lead(amt, 3, -1) OVER (ORDER BY id) FROM s34w_sales ORDER BY id;
SELECT id, lag(qty, 1, 0) OVER (PARTITION BY region ORDER BY id) FROM s34w_sales ORDER BY id;
SELECT id, lag(note, 1, 'none') OVER (ORDER BY id) FROM s34w_sales ORDER BY id;
SELECT id, lag(day, 1, '1999-01-01') OVER (ORDER BY id) FROM s34w_sales ORDER BY id;
SELECT id, day - lag(day) OVER (ORDER BY id) AS gap FROM s34w_sales ORDER BY id;
SELECT id, ts - lag(ts) OVER (ORDER BY ts) AS gap FROM s34w_sales ORDER BY id;
SELECT id, lag(id, 0) OVER (ORDER BY id), lead(id, -1) OVER (ORDER BY id) FROM s34w_sales ORDER BY id;
SELECT id, lag(id, NULL) OVER (ORDER BY id) FROM s34w_sales ORDER BY id;
SELECT id, lag(qty, 1, 1.5) OVER (ORDER BY id) FROM s34w_sales ORDER BY id;
SELECT pg_typeof(lag(qty, 1, 1.5) OVER (ORDER BY id)) FROM s34w_sales LIMIT 1;
SELECT id, lag(f, 1, 0) OVER (ORDER BY id) FROM s34w_sales ORDER BY id;
SELECT id, lead(amt, 1, amt) OVER (ORDER BY id) FROM s34w_sales ORDER BY id;
SELECT id, lag(qty, qty) OVER (ORDER BY id) FROM s34w_sales ORDER BY id;
SELECT id, lag(id, 1, 'x') OVER (ORDER BY id) FROM s34w_sales;
SELECT id, amt - lag(amt) OVER (PARTITION BY region ORDER BY day, id) AS delta FROM s34w_sales ORDER BY id;
SELECT id, round(100.0 * (amt - lag(amt) OVER (ORDER BY id)) / lag(amt) OVER (ORDER BY id), 2) AS pct FROM s34w_sales ORDER BY id;
-- params: [2, 0]
SELECT id, lag(qty, $1::int, $2::int) OVER (ORDER BY id) FROM s34w_sales ORDER BY id;

-- first_value/last_value/nth_value
SELECT id, first_value(amt) OVER (PARTITION BY region ORDER BY id), last_value(amt) OVER (PARTITION BY region ORDER BY id) FROM s34w_sales ORDER BY id;
SELECT id, last_value(amt) OVER (PARTITION BY region ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM s34w_sales ORDER BY id;
SELECT id, last_value(id) OVER (ORDER BY qty) FROM s34w_sales ORDER BY id;
SELECT id, nth_value(amt, 2) OVER (ORDER BY id), nth_value(amt, 3) OVER (ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM s34w_sales ORDER BY id;
SELECT id, nth_value(id, 0) OVER (ORDER BY id) FROM s34w_sales;
-- @must
SELECT id, nth_value(id, NULL) OVER (ORDER BY id) FROM s34w_sales ORDER BY id;
SELECT id, nth_value(note, 20) OVER () FROM s34w_sales ORDER BY id;
SELECT id, first_value(qty) OVER (ORDER BY qty NULLS FIRST), first_value(qty) OVER (ORDER BY qty DESC) FROM s34w_sales ORDER BY id;
SELECT id, first_value(id) OVER (ORDER BY day RANGE BETWEEN '1 day' FOLLOWING AND '5 days' FOLLOWING) FROM s34w_sales ORDER BY id;
SELECT id, nth_value(id, 2) OVER (ORDER BY day GROUPS BETWEEN CURRENT ROW AND 1 FOLLOWING) FROM s34w_sales ORDER BY id;
SELECT id, first_value(amt) OVER w, last_value(amt) OVER w, nth_value(amt, 2) OVER w FROM s34w_sales WINDOW w AS (ORDER BY id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) ORDER BY id;
SELECT id, first_value(id) OVER (ORDER BY id ROWS BETWEEN 2 FOLLOWING AND 3 FOLLOWING) FROM s34w_sales ORDER BY id;

-- Ranking over ties
SELECT id, qty, row_number() OVER (ORDER BY qty, id), rank() OVER (ORDER BY qty), dense_rank() OVER (ORDER BY qty) FROM s34w_sales ORDER BY id;
SELECT id, qty, percent_rank() OVER (ORDER BY qty), cume_dist() OVER (ORDER BY qty) FROM s34w_sales ORDER BY id;
SELECT id, amt, percent_rank() OVER (PARTITION BY region ORDER BY amt), cume_dist() OVER (PARTITION BY region ORDER BY amt) FROM s34w_sales ORDER BY id;
SELECT id, ntile(3) OVER (ORDER BY id), ntile(4) OVER (ORDER BY qty, id), ntile(20) OVER (ORDER BY id) FROM s34w_sales ORDER BY id;
SELECT id, ntile(3) OVER (PARTITION BY region ORDER BY id) FROM s34w_sales ORDER BY id;
SELECT id, ntile(0) OVER (ORDER BY id) FROM s34w_sales;
SELECT id, ntile(NULL) OVER (ORDER BY id) FROM s34w_sales ORDER BY id;
SELECT id, ntile(-1) OVER (ORDER BY id) FROM s34w_sales;
SELECT id, rank() OVER (), dense_rank() OVER (), percent_rank() OVER (), cume_dist() OVER () FROM s34w_sales ORDER BY id;
SELECT id, rank() OVER (ORDER BY amt DESC NULLS LAST), rank() OVER (ORDER BY amt DESC) FROM s34w_sales ORDER BY id;
SELECT pg_typeof(percent_rank() OVER ()), pg_typeof(cume_dist() OVER ()), pg_typeof(rank() OVER ()), pg_typeof(ntile(2) OVER ()), pg_typeof(row_number() OVER ()) FROM s34w_sales LIMIT 1;
SELECT id, rank() OVER (ORDER BY note COLLATE "C"), rank() OVER (ORDER BY lower(note)) FROM s34w_sales ORDER BY id;
SELECT id, row_number() OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM s34w_sales ORDER BY id;
SELECT * FROM (SELECT id, region, rank() OVER (PARTITION BY region ORDER BY amt DESC NULLS LAST) AS rk FROM s34w_sales) t WHERE rk <= 1 ORDER BY region NULLS FIRST, id;
SELECT id, rank() OVER (ORDER BY qty) FROM s34w_sales WHERE rank() OVER (ORDER BY qty) < 3;
SELECT id, sum(rank() OVER (ORDER BY qty)) OVER () FROM s34w_sales;
SELECT region, count(*), rank() OVER (ORDER BY count(*) DESC) FROM s34w_sales GROUP BY region ORDER BY region NULLS FIRST;
SELECT region, sum(amt), sum(sum(amt)) OVER () AS total, round(100 * sum(amt) / sum(sum(amt)) OVER (), 2) AS share FROM s34w_sales GROUP BY region ORDER BY region;

-- Aggregates with FILTER, DISTINCT, ORDER BY
SELECT count(*) FILTER (WHERE qty > 2), sum(amt) FILTER (WHERE region = 'east'), avg(qty) FILTER (WHERE region IS NULL) FROM s34w_sales;
SELECT region, count(*) FILTER (WHERE amt IS NULL), count(amt), count(DISTINCT amt) FROM s34w_sales GROUP BY region ORDER BY region;
SELECT string_agg(DISTINCT region, ',' ORDER BY region) FROM s34w_sales;
SELECT string_agg(DISTINCT region, ',' ORDER BY region DESC) FROM s34w_sales;
SELECT string_agg(region, ',' ORDER BY region NULLS FIRST) FROM s34w_sales;
SELECT string_agg(note, '|' ORDER BY note COLLATE "C") FROM s34w_sales;
SELECT string_agg(note, '|' ORDER BY note DESC) FROM s34w_sales;
SELECT string_agg(rep, ', ' ORDER BY amt DESC NULLS LAST, id) FILTER (WHERE qty IS NOT NULL) FROM s34w_sales;
SELECT array_agg(DISTINCT qty ORDER BY qty) FROM s34w_sales;
SELECT array_agg(DISTINCT qty) FROM s34w_sales;
SELECT array_agg(qty ORDER BY qty DESC) FROM s34w_sales;
SELECT array_agg(amt ORDER BY id) FILTER (WHERE amt > 10) FROM s34w_sales;
SELECT array_agg(note ORDER BY id) FROM s34w_sales WHERE id < 0;
SELECT region, array_agg(id ORDER BY day DESC, id) FROM s34w_sales GROUP BY region ORDER BY region NULLS LAST;
SELECT json_agg(amt ORDER BY id) FROM s34w_sales;
SELECT json_agg(DISTINCT region) FROM s34w_sales;
SELECT json_agg(json_build_object('id', id, 'amt', amt) ORDER BY amt DESC NULLS LAST, id) FILTER (WHERE id < 5) FROM s34w_sales;
SELECT jsonb_agg(f ORDER BY id) FROM s34w_sales;
SELECT jsonb_object_agg(rep, qty) FROM s34w_sales WHERE rep IS NOT NULL AND id < 7;
SELECT jsonb_object_agg(note, amt ORDER BY id) FROM s34w_sales;
SELECT json_object_agg(id, day ORDER BY id DESC) FROM s34w_sales WHERE id < 4;
SELECT jsonb_object_agg(rep, id) FROM s34w_sales;
SELECT count(DISTINCT (region, rep)) FROM s34w_sales;
SELECT count(DISTINCT region), count(DISTINCT rep), count(DISTINCT note), count(DISTINCT lower(note)) FROM s34w_sales;
SELECT sum(DISTINCT amt), avg(DISTINCT amt), sum(DISTINCT qty), avg(DISTINCT qty) FROM s34w_sales;
SELECT string_agg(DISTINCT note, ',' ORDER BY lower(note)) FROM s34w_sales;
SELECT bool_and(qty > 0), bool_or(qty > 6), every(amt > 5) FROM s34w_sales;
SELECT bit_and(qty), bit_or(qty), bit_xor(qty) FROM s34w_sales;
SELECT min(note), max(note), min(note COLLATE "C"), max(day), min(ts) FROM s34w_sales;
SELECT count(*) FILTER (WHERE true), count(*) FILTER (WHERE NULL) FROM s34w_sales;
SELECT sum(qty) FILTER (WHERE qty > 2) OVER (ORDER BY id) FROM s34w_sales ORDER BY id;
SELECT id, count(*) FILTER (WHERE amt > 10) OVER (PARTITION BY region) FROM s34w_sales ORDER BY id;
SELECT string_agg(id::text, ',') OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM s34w_sales ORDER BY id;
SELECT count(*) FILTER (WHERE rank() OVER () > 1) FROM s34w_sales;
-- @must
SELECT sum(qty ORDER BY id) FROM s34w_sales;
SELECT string_agg(note, ',' ORDER BY 1) FROM s34w_sales;

-- Ordered-set and hypothetical-set aggregates
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY amt), percentile_disc(0.5) WITHIN GROUP (ORDER BY amt) FROM s34w_sales;
SELECT percentile_cont(ARRAY[0, 0.25, 0.5, 0.75, 1]) WITHIN GROUP (ORDER BY qty) FROM s34w_sales;
SELECT percentile_disc(ARRAY[0, 0.25, 0.5, 0.75, 1]) WITHIN GROUP (ORDER BY qty) FROM s34w_sales;
SELECT percentile_disc(ARRAY[0.1, NULL, 0.9]) WITHIN GROUP (ORDER BY amt) FROM s34w_sales;
SELECT percentile_cont(0.3) WITHIN GROUP (ORDER BY f) FROM s34w_sales;
SELECT percentile_cont(0.3) WITHIN GROUP (ORDER BY amt DESC) FROM s34w_sales;
SELECT percentile_disc(0.3) WITHIN GROUP (ORDER BY note) FROM s34w_sales;
SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY day), percentile_cont(0.5) WITHIN GROUP (ORDER BY ts) FROM s34w_sales;
SELECT region, percentile_cont(0.5) WITHIN GROUP (ORDER BY qty), mode() WITHIN GROUP (ORDER BY qty) FROM s34w_sales GROUP BY region ORDER BY region;
SELECT mode() WITHIN GROUP (ORDER BY amt), mode() WITHIN GROUP (ORDER BY day) FROM s34w_sales;
SELECT mode() WITHIN GROUP (ORDER BY lower(note)) FROM s34w_sales;
SELECT percentile_cont(1.5) WITHIN GROUP (ORDER BY qty) FROM s34w_sales;
SELECT percentile_cont(NULL) WITHIN GROUP (ORDER BY qty) FROM s34w_sales;
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY qty) FROM s34w_sales WHERE false;
SELECT pg_typeof(percentile_cont(0.5) WITHIN GROUP (ORDER BY qty)), pg_typeof(percentile_disc(0.5) WITHIN GROUP (ORDER BY qty)), pg_typeof(percentile_cont(0.5) WITHIN GROUP (ORDER BY amt)) FROM s34w_sales;
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY note) FROM s34w_sales;
SELECT rank(4) WITHIN GROUP (ORDER BY qty), dense_rank(4) WITHIN GROUP (ORDER BY qty), percent_rank(4) WITHIN GROUP (ORDER BY qty), cume_dist(4) WITHIN GROUP (ORDER BY qty) FROM s34w_sales;
SELECT rank(NULL::int) WITHIN GROUP (ORDER BY qty), rank(NULL::int) WITHIN GROUP (ORDER BY qty NULLS FIRST) FROM s34w_sales;
SELECT rank(20.5) WITHIN GROUP (ORDER BY amt DESC), cume_dist(20.5) WITHIN GROUP (ORDER BY amt DESC) FROM s34w_sales;
SELECT rank('b') WITHIN GROUP (ORDER BY note), rank('b') WITHIN GROUP (ORDER BY note COLLATE "C") FROM s34w_sales;
SELECT rank(4, 'ann') WITHIN GROUP (ORDER BY qty, rep) FROM s34w_sales;
SELECT region, rank(10) WITHIN GROUP (ORDER BY amt) FROM s34w_sales GROUP BY region ORDER BY region;
SELECT percent_rank(1) WITHIN GROUP (ORDER BY qty) FROM s34w_sales WHERE false;
-- @must
SELECT rank(1, 2) WITHIN GROUP (ORDER BY qty) FROM s34w_sales;
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY qty) FILTER (WHERE region = 'east') FROM s34w_sales;
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY qty) OVER () FROM s34w_sales;

-- GROUPING SETS, ROLLUP, CUBE
SELECT region, rep, sum(qty), grouping(region, rep) FROM s34w_sales GROUP BY ROLLUP (region, rep) ORDER BY region, rep;
SELECT region, rep, count(*), grouping(region), grouping(rep) FROM s34w_sales GROUP BY CUBE (region, rep) ORDER BY grouping(region), grouping(rep), region NULLS FIRST, rep NULLS FIRST;
SELECT region, day, sum(amt) FROM s34w_sales GROUP BY GROUPING SETS ((region), (day), ()) ORDER BY region, day;
SELECT CASE WHEN grouping(region) = 1 THEN 'ALL' ELSE coalesce(region, '(none)') END AS r, sum(qty) FROM s34w_sales GROUP BY ROLLUP (region) ORDER BY 1;
SELECT region, rep, sum(qty) FROM s34w_sales GROUP BY region, ROLLUP (rep) ORDER BY region, rep;
SELECT region, sum(qty) FROM s34w_sales GROUP BY GROUPING SETS ((region), (region)) ORDER BY region;
SELECT region, rep, sum(qty) FROM s34w_sales GROUP BY GROUPING SETS (region, ROLLUP (rep)) ORDER BY region, rep;
SELECT region, rep, sum(qty) FROM s34w_sales GROUP BY ROLLUP ((region, rep)) ORDER BY region, rep;
SELECT date_trunc('month', day)::date AS m, region, sum(amt) FROM s34w_sales GROUP BY CUBE (1, 2) ORDER BY 1, 2;
SELECT region, count(*) FROM s34w_sales GROUP BY ROLLUP (region) HAVING count(*) > 2 ORDER BY region;
SELECT region, grouping(region), count(DISTINCT rep), string_agg(rep, ',' ORDER BY rep) FROM s34w_sales GROUP BY ROLLUP (region) ORDER BY region DESC;
SELECT region, rep, grouping(rep, region) FROM s34w_sales GROUP BY GROUPING SETS ((region, rep), (rep), ()) ORDER BY 3, 1, 2;
SELECT region, sum(qty) FROM s34w_sales GROUP BY ROLLUP (region) ORDER BY sum(qty) DESC, region;
SELECT region, rep, sum(qty) FROM s34w_sales GROUP BY GROUPING SETS ((), ()) ;
SELECT grouping(id) FROM s34w_sales GROUP BY region;
SELECT count(*) FROM s34w_sales GROUP BY ();
SELECT region, avg(qty), grouping(region) FROM s34w_sales GROUP BY CUBE (region) ORDER BY region NULLS FIRST;
SELECT region, rep, sum(qty) FROM s34w_sales GROUP BY CUBE (region, rep) HAVING grouping(region) = 0 AND grouping(rep) = 1 ORDER BY region;

-- Statistical aggregates: types and digits
SELECT g, stddev(i), variance(i), stddev_pop(i), var_pop(i) FROM s34w_nums GROUP BY g ORDER BY g;
SELECT g, stddev(n), variance(n), stddev_samp(n), var_samp(n) FROM s34w_nums GROUP BY g ORDER BY g;
SELECT g, stddev(f), variance(f), stddev_pop(f), var_pop(f) FROM s34w_nums GROUP BY g ORDER BY g;
SELECT g, stddev(r), variance(r) FROM s34w_nums GROUP BY g ORDER BY g;
SELECT g, stddev(b), variance(s), var_pop(b) FROM s34w_nums GROUP BY g ORDER BY g;
SELECT pg_typeof(stddev(i)), pg_typeof(stddev(b)), pg_typeof(stddev(n)), pg_typeof(stddev(f)), pg_typeof(stddev(r)), pg_typeof(variance(s)) FROM s34w_nums;
SELECT corr(i, f), covar_pop(i, f), covar_samp(i, f) FROM s34w_nums WHERE g = 1;
SELECT regr_slope(f, i), regr_intercept(f, i), regr_r2(f, i), regr_count(f, i) FROM s34w_nums WHERE g = 1;
SELECT regr_avgx(f, i), regr_avgy(f, i), regr_sxx(f, i), regr_syy(f, i), regr_sxy(f, i) FROM s34w_nums WHERE g = 1;
SELECT pg_typeof(corr(i, i)), pg_typeof(regr_count(n, n)), pg_typeof(regr_slope(n, n)) FROM s34w_nums;
SELECT corr(n, n), regr_slope(n, i) FROM s34w_nums WHERE g IN (1, 2);
SELECT corr(i, i) FROM s34w_nums WHERE g = 3;
SELECT stddev(i), variance(i), stddev_pop(i) FROM s34w_nums WHERE g = 3;
SELECT stddev(n), var_pop(n) FROM s34w_nums WHERE g = 4;
SELECT variance(f) FROM s34w_nums WHERE g = 2;
SELECT stddev(x) FROM (VALUES (1.0), (2.0), (3.0), (4.0)) v(x);
SELECT variance(x) FROM (VALUES (0.1), (0.2), (0.3)) v(x);
SELECT stddev(x) FROM (VALUES (1), (2), (2), (3)) v(x);
SELECT variance(x::numeric(10,3)) FROM (VALUES (1.5), (2.5)) v(x);
SELECT regr_slope(y, x), regr_intercept(y, x), corr(y, x) FROM (VALUES (1, 2.0), (2, 4.1), (3, 5.9), (4, 8.2)) v(x, y);
SELECT covar_samp(y, x) FROM (VALUES (1, 1)) v(x, y);
SELECT g, stddev(i) OVER (PARTITION BY g) FROM s34w_nums WHERE g = 1 ORDER BY i;
SELECT i, variance(i) OVER (ORDER BY i ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM s34w_nums WHERE g = 1 ORDER BY i;

-- avg and sum: scales, types and overflow
SELECT g, avg(i), avg(b), avg(n), avg(s), avg(f), avg(r) FROM s34w_nums GROUP BY g ORDER BY g;
SELECT pg_typeof(avg(i)), pg_typeof(avg(b)), pg_typeof(avg(n)), pg_typeof(avg(s)), pg_typeof(avg(f)), pg_typeof(avg(r)) FROM s34w_nums;
SELECT g, sum(i), sum(b), sum(n), sum(s), sum(f), sum(r) FROM s34w_nums GROUP BY g ORDER BY g;
SELECT pg_typeof(sum(i)), pg_typeof(sum(b)), pg_typeof(sum(s)), pg_typeof(sum(r)) FROM s34w_nums;
SELECT avg(x) FROM (VALUES (1), (2)) v(x);
SELECT avg(x) FROM (VALUES (1), (2), (2)) v(x);
SELECT avg(x) FROM (VALUES (1.5), (2.25)) v(x);
SELECT avg(x) FROM (VALUES (1.123456), (2.1)) v(x);
SELECT avg(x) FROM (VALUES (10::numeric(10,2)), (20)) v(x);
SELECT avg(amt), avg(qty), sum(amt), sum(qty), sum(big), avg(big) FROM s34w_sales;
SELECT region, avg(amt), round(avg(amt), 2), avg(qty)::numeric(10,1) FROM s34w_sales GROUP BY region ORDER BY region;
SELECT sum(b) FROM s34w_nums WHERE g = 4;
SELECT avg(b) FROM s34w_nums WHERE g = 4;
SELECT sum(i) FROM s34w_nums WHERE g = 4;
SELECT sum(s) FROM s34w_nums WHERE g = 4;
SELECT sum(f), avg(f) FROM s34w_nums WHERE g = 4;
SELECT sum(r) FROM s34w_nums WHERE g = 4;
SELECT sum(x) FROM (VALUES (0.1::float8), (0.2::float8)) v(x);
SELECT sum(x), avg(x) FROM (VALUES (0.1::real), (0.2::real)) v(x);
SELECT avg(x) FROM (VALUES (interval '1 day'), (interval '1 hour')) v(x);
SELECT sum(x) FROM (VALUES (interval '1 month'), (interval '40 days')) v(x);
SELECT avg(i)::int, avg(n)::int FROM s34w_nums WHERE g = 1;
SELECT sum(i) OVER (ORDER BY i ROWS UNBOUNDED PRECEDING) FROM s34w_nums WHERE g = 4;
SELECT avg(i) OVER (PARTITION BY g) FROM s34w_nums WHERE g IN (1, 3) ORDER BY g, i;
SELECT sum(x) FROM (VALUES (1e-20), (1)) v(x);
SELECT avg(x) FROM (VALUES (NULL::int)) v(x);
SELECT sum(x) FROM (VALUES ('NaN'::numeric), (1)) v(x);
SELECT avg(x) FROM (VALUES ('Infinity'::float8), ('-Infinity'::float8)) v(x);
SELECT max(x), min(x) FROM (VALUES ('NaN'::float8), (1), ('Infinity')) v(x);
SELECT max(x), min(x) FROM (VALUES ('NaN'::numeric), (1), (2)) v(x);
SELECT count(*), count(x), sum(x) FROM (VALUES (NULL::int), (NULL)) v(x);

-- DISTINCT ON with ORDER BY
SELECT DISTINCT ON (region) region, id, amt FROM s34w_sales ORDER BY region, amt DESC NULLS LAST;
SELECT DISTINCT ON (region) region, id, amt FROM s34w_sales ORDER BY region NULLS FIRST, amt;
SELECT DISTINCT ON (region, rep) region, rep, id FROM s34w_sales ORDER BY region, rep, id DESC;
SELECT DISTINCT ON (lower(note)) note, id FROM s34w_sales ORDER BY lower(note), id DESC;
SELECT DISTINCT ON (qty) qty, id FROM s34w_sales ORDER BY qty DESC, id LIMIT 3;
SELECT DISTINCT ON (region) region, id FROM s34w_sales ORDER BY id;
SELECT DISTINCT ON (1) region, id FROM s34w_sales ORDER BY 1, 2 DESC;
-- @must
SELECT DISTINCT ON (region) region, rank() OVER (ORDER BY amt) FROM s34w_sales ORDER BY region, 2;
SELECT DISTINCT ON (date_trunc('month', day)) date_trunc('month', day)::date, id, amt FROM s34w_sales ORDER BY date_trunc('month', day), amt DESC;

-- LATERAL
SELECT r.region, t.id, t.amt FROM (SELECT DISTINCT region FROM s34w_sales WHERE region IS NOT NULL) r, LATERAL (SELECT id, amt FROM s34w_sales s WHERE s.region = r.region ORDER BY amt DESC NULLS LAST LIMIT 2) t ORDER BY r.region, t.amt DESC;
SELECT r.region, t.id FROM (VALUES ('east'), ('south')) r(region) LEFT JOIN LATERAL (SELECT id FROM s34w_sales s WHERE s.region = r.region ORDER BY id LIMIT 1) t ON true ORDER BY 1;
SELECT r.region, t.id FROM (VALUES ('east'), ('south')) r(region) CROSS JOIN LATERAL (SELECT id FROM s34w_sales s WHERE s.region = r.region ORDER BY id OFFSET 1 LIMIT 1) t ORDER BY 1;
SELECT s.id, x.n FROM s34w_sales s, LATERAL generate_series(1, coalesce(s.qty, 0)) x(n) WHERE s.id < 4 ORDER BY 1, 2;
SELECT s.id, t.c FROM s34w_sales s, LATERAL (SELECT count(*) AS c FROM s34w_sales s2 WHERE s2.day < s.day) t ORDER BY s.id;
SELECT s.id, t.prev FROM s34w_sales s LEFT JOIN LATERAL (SELECT s2.id AS prev FROM s34w_sales s2 WHERE s2.ts < s.ts ORDER BY s2.ts DESC LIMIT 1) t ON true ORDER BY s.id;
SELECT s.id, t.* FROM s34w_sales s, LATERAL (SELECT sum(amt) AS running, count(*) AS n FROM s34w_sales s2 WHERE s2.id <= s.id) t ORDER BY s.id;
SELECT s.id, u.v FROM s34w_sales s, LATERAL unnest(ARRAY[s.qty, s.id]) WITH ORDINALITY u(v, o) WHERE s.id < 3 ORDER BY s.id, u.o;

-- Recursive CTEs with cycles
CREATE TABLE s34w_edge (a int, b int);
INSERT INTO s34w_edge VALUES (1, 2), (2, 3), (3, 1), (3, 4), (4, 5), (5, 4);
WITH RECURSIVE r(n) AS (SELECT 1 UNION SELECT b FROM s34w_edge JOIN r ON a = n) SELECT n FROM r ORDER BY n;
WITH RECURSIVE r(n, depth) AS (SELECT 1, 0 UNION ALL SELECT b, depth + 1 FROM s34w_edge JOIN r ON a = n WHERE depth < 5) SELECT n, depth FROM r ORDER BY depth, n;
-- @must
WITH RECURSIVE r(n, path) AS (SELECT 1, ARRAY[1] UNION ALL SELECT b, path || b FROM s34w_edge JOIN r ON a = n WHERE NOT b = ANY(path)) SELECT n, path FROM r ORDER BY path;
WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT b FROM s34w_edge JOIN r ON a = n) CYCLE n SET is_cycle USING path SELECT n, is_cycle, path FROM r ORDER BY path;
WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT b FROM s34w_edge JOIN r ON a = n) CYCLE n SET is_cycle TO 'Y' DEFAULT 'N' USING path SELECT n, is_cycle FROM r ORDER BY path;
WITH RECURSIVE r(n, d) AS (SELECT 1, 0 UNION ALL SELECT b, d + 1 FROM s34w_edge JOIN r ON a = n WHERE d < 3) SEARCH DEPTH FIRST BY n SET ord SELECT n, d, ord FROM r ORDER BY ord;
WITH RECURSIVE r(n, d) AS (SELECT 1, 0 UNION ALL SELECT b, d + 1 FROM s34w_edge JOIN r ON a = n WHERE d < 3) SEARCH BREADTH FIRST BY n SET ord SELECT n, d FROM r ORDER BY ord;
WITH RECURSIVE r(n, d) AS (SELECT 1, 0 UNION SELECT b, d + 1 FROM s34w_edge JOIN r ON a = n WHERE d < 4) SELECT count(*), max(d) FROM r;
WITH RECURSIVE t(i) AS (VALUES (1) UNION ALL SELECT i + 1 FROM t WHERE i < 10) SELECT sum(i), string_agg(i::text, ',' ORDER BY i DESC) FROM t;
WITH RECURSIVE t(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM t) SELECT i FROM t LIMIT 5;
WITH RECURSIVE t(x) AS (SELECT 1::numeric UNION ALL SELECT x / 3 FROM t WHERE x > 0.01) SELECT x FROM t ORDER BY x DESC;
WITH RECURSIVE t(x) AS (SELECT 1 UNION ALL SELECT x * 2.5 FROM t WHERE x < 10) SELECT x FROM t;
WITH RECURSIVE fib(a, b) AS (SELECT 0::bigint, 1::bigint UNION ALL SELECT b, a + b FROM fib WHERE b < 100) SELECT a FROM fib ORDER BY a;
WITH RECURSIVE t(s) AS (SELECT 'a'::text UNION ALL SELECT s || 'b' FROM t WHERE length(s) < 4) SELECT s FROM t ORDER BY s;
WITH RECURSIVE t(s) AS (SELECT 'a' UNION ALL SELECT s || 'b' FROM t WHERE length(s) < 4) SELECT s FROM t ORDER BY s;
-- @must
WITH RECURSIVE t(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM t WHERE i < 3 UNION ALL SELECT i + 10 FROM t WHERE i < 2) SELECT i FROM t ORDER BY i;
WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT b FROM s34w_edge JOIN r ON a = n) CYCLE n SET n USING path SELECT * FROM r;

-- Set operations: ORDER BY, LIMIT and type resolution
SELECT 1 AS x UNION SELECT 2.5 ORDER BY x;
SELECT pg_typeof(x) FROM (SELECT 1 AS x UNION ALL SELECT 2.5) t LIMIT 1;
SELECT 1::int AS x UNION ALL SELECT 2::bigint ORDER BY 1;
SELECT pg_typeof(x) FROM (SELECT 1::smallint AS x UNION SELECT 2::int) t;
SELECT 1 UNION SELECT 'a';
-- @must
SELECT '1' UNION SELECT 2 ORDER BY 1;
SELECT 'a' AS x UNION SELECT 'b' ORDER BY x DESC;
SELECT pg_typeof(x) FROM (SELECT 'a' AS x UNION SELECT 'b') t LIMIT 1;
SELECT NULL AS x UNION SELECT NULL;
SELECT NULL AS x UNION SELECT 1 ORDER BY x;
SELECT 1.50 AS x UNION SELECT 1.5;
SELECT 1.0 AS x UNION ALL SELECT 1 ORDER BY x;
SELECT 1.0::float8 AS x UNION SELECT 1;
SELECT region FROM s34w_sales UNION SELECT rep FROM s34w_sales ORDER BY 1 NULLS FIRST;
SELECT region FROM s34w_sales INTERSECT SELECT 'east' UNION ALL SELECT 'x' ORDER BY 1;
SELECT region FROM s34w_sales EXCEPT ALL SELECT 'east' ORDER BY 1;
SELECT qty FROM s34w_sales INTERSECT ALL SELECT qty FROM s34w_sales WHERE qty < 5 ORDER BY 1;
(SELECT id FROM s34w_sales ORDER BY id DESC LIMIT 2) UNION ALL (SELECT id FROM s34w_sales ORDER BY id LIMIT 2) ORDER BY 1;
(SELECT id FROM s34w_sales ORDER BY id DESC LIMIT 2) UNION ALL SELECT id FROM s34w_sales WHERE id = 1;
SELECT id FROM s34w_sales UNION SELECT qty FROM s34w_sales ORDER BY 1 DESC LIMIT 3 OFFSET 1;
SELECT id, note FROM s34w_sales WHERE id < 3 UNION ALL SELECT id, note FROM s34w_sales WHERE id > 8 ORDER BY note;
SELECT id FROM s34w_sales UNION SELECT id FROM s34w_sales ORDER BY id + 0;
SELECT id AS a FROM s34w_sales UNION SELECT qty FROM s34w_sales ORDER BY qty;
SELECT day FROM s34w_sales UNION SELECT ts FROM s34w_sales ORDER BY 1 LIMIT 3;
SELECT day FROM s34w_sales UNION SELECT '2024-01-01' ORDER BY 1 LIMIT 2;
SELECT ARRAY[1, 2] UNION SELECT ARRAY[1, 2];
SELECT amt FROM s34w_sales UNION SELECT f FROM s34w_sales ORDER BY 1 LIMIT 4;
SELECT 1, 2 UNION SELECT 1;
SELECT x FROM (VALUES (1), (2.5), (NULL)) v(x) ORDER BY x;
SELECT pg_typeof(x) FROM (VALUES (1), (2::bigint)) v(x) LIMIT 1;

-- NULLS FIRST/LAST defaults
SELECT id, qty FROM s34w_sales ORDER BY qty, id;
SELECT id, qty FROM s34w_sales ORDER BY qty DESC, id;
SELECT id, qty FROM s34w_sales ORDER BY qty NULLS FIRST, id;
SELECT id, qty FROM s34w_sales ORDER BY qty DESC NULLS LAST, id;
SELECT region, rep FROM s34w_sales ORDER BY region DESC, rep;
SELECT id, amt FROM s34w_sales ORDER BY amt DESC LIMIT 3;
SELECT id, row_number() OVER (ORDER BY amt DESC) FROM s34w_sales ORDER BY id;
-- @must
SELECT id, rep FROM s34w_sales ORDER BY rep USING >, id;
-- @must
SELECT id, rep FROM s34w_sales ORDER BY rep USING <, id;
SELECT array_agg(qty ORDER BY qty DESC NULLS LAST) FROM s34w_sales;
SELECT max(qty), min(qty) FROM s34w_sales;
SELECT id FROM s34w_sales ORDER BY (qty IS NULL), qty DESC, id;
SELECT id, f FROM s34w_sales ORDER BY f DESC NULLS FIRST, id;

-- C collation ordering of mixed-case and non-ASCII text
SELECT note FROM s34w_sales ORDER BY note;
SELECT note FROM s34w_sales ORDER BY note DESC;
SELECT note FROM s34w_sales ORDER BY note COLLATE "C";
SELECT note FROM s34w_sales ORDER BY lower(note), note;
SELECT note FROM s34w_sales ORDER BY upper(note), note;
SELECT note FROM s34w_sales WHERE note > 'Z' ORDER BY note;
SELECT note FROM s34w_sales WHERE note BETWEEN 'B' AND 'b' ORDER BY note;
SELECT x FROM (VALUES ('a'), ('B'), ('ä'), ('Z'), ('z'), ('É'), ('e'), ('1'), (' '), ('~'), ('')) v(x) ORDER BY x;
SELECT x FROM (VALUES ('ab'), ('a'), ('a b'), ('a-b'), ('aB'), ('A')) v(x) ORDER BY x;
SELECT min(x), max(x) FROM (VALUES ('ä'), ('z'), ('Z'), ('€')) v(x);
SELECT x, rank() OVER (ORDER BY x) FROM (VALUES ('b'), ('B'), ('ß'), ('ss')) v(x) ORDER BY x;
SELECT string_agg(x, '' ORDER BY x) FROM (VALUES ('c'), ('Ä'), ('a'), ('B')) v(x);
SELECT x FROM (VALUES ('x10'), ('x9'), ('x1'), ('X2')) v(x) ORDER BY x;
SELECT greatest('a', 'B', 'é'), least('a', 'B', 'é');
SELECT 'a' < 'B', 'Z' < 'a', 'é' > 'z', 'abc' < 'abd', '' < ' ';
SELECT DISTINCT lower(note) FROM s34w_sales ORDER BY 1;

-- LIMIT/OFFSET and FETCH FIRST WITH TIES
SELECT id, qty FROM s34w_sales ORDER BY qty FETCH FIRST 3 ROWS WITH TIES;
SELECT id, qty FROM s34w_sales ORDER BY qty DESC FETCH FIRST 1 ROW WITH TIES;
SELECT id, amt FROM s34w_sales ORDER BY amt DESC NULLS LAST FETCH FIRST 2 ROWS WITH TIES;
SELECT id, amt FROM s34w_sales ORDER BY amt NULLS FIRST FETCH FIRST 1 ROWS WITH TIES;
SELECT id, day FROM s34w_sales ORDER BY day OFFSET 1 ROWS FETCH NEXT 1 ROWS WITH TIES;
SELECT id, qty FROM s34w_sales ORDER BY qty FETCH FIRST 0 ROWS WITH TIES;
SELECT id, qty FROM s34w_sales FETCH FIRST 2 ROWS WITH TIES;
SELECT id, qty FROM s34w_sales ORDER BY qty FETCH FIRST ROW ONLY;
SELECT id FROM s34w_sales ORDER BY id OFFSET 8;
SELECT id FROM s34w_sales ORDER BY id LIMIT ALL OFFSET 9;
SELECT id FROM s34w_sales ORDER BY id LIMIT NULL;
SELECT id FROM s34w_sales ORDER BY id LIMIT 0;
SELECT id FROM s34w_sales ORDER BY id LIMIT -1;
SELECT id FROM s34w_sales ORDER BY id OFFSET -1;
SELECT id FROM s34w_sales ORDER BY id LIMIT 2.6;
SELECT id FROM s34w_sales ORDER BY id LIMIT 2.5;
SELECT id FROM s34w_sales ORDER BY id LIMIT 3.5;
SELECT id FROM s34w_sales ORDER BY id OFFSET 1.5 LIMIT 2;
-- params: [2, 1]
SELECT id FROM s34w_sales ORDER BY id LIMIT $1 OFFSET $2;
-- params: [2]
SELECT id, qty FROM s34w_sales ORDER BY qty FETCH FIRST $1 ROWS WITH TIES;
SELECT id, qty FROM s34w_sales ORDER BY qty, id FETCH FIRST 3 ROWS WITH TIES;
SELECT region, count(*) FROM s34w_sales GROUP BY region ORDER BY count(*) DESC FETCH FIRST 1 ROW WITH TIES;
SELECT id FROM s34w_sales ORDER BY id LIMIT (SELECT count(*) FROM s34w_sales WHERE region = 'east');
SELECT id FROM s34w_sales ORDER BY id FETCH FIRST 50 PERCENT ROWS ONLY;

-- Windows over grouped and filtered data, running totals, moving averages
SELECT day, sum(amt) AS d, sum(sum(amt)) OVER (ORDER BY day) AS running FROM s34w_sales GROUP BY day ORDER BY day;
SELECT day, round(avg(sum(amt)) OVER (ORDER BY day ROWS BETWEEN 2 PRECEDING AND CURRENT ROW), 2) AS ma3 FROM s34w_sales GROUP BY day ORDER BY day;
SELECT d::date, coalesce(sum(s.amt), 0) FROM generate_series('2024-01-01'::date, '2024-01-06', '1 day') d LEFT JOIN s34w_sales s ON s.day = d GROUP BY d ORDER BY d;
SELECT region, day, amt, sum(amt) OVER (PARTITION BY region ORDER BY day RANGE BETWEEN '7 days' PRECEDING AND CURRENT ROW) FROM s34w_sales ORDER BY id;
SELECT id, amt, amt / sum(amt) OVER (PARTITION BY region) FROM s34w_sales ORDER BY id;
SELECT id, qty::float8 / sum(qty) OVER () FROM s34w_sales ORDER BY id;
SELECT id, avg(qty) OVER (ORDER BY day RANGE BETWEEN '1 day' PRECEDING AND '1 day' FOLLOWING) FROM s34w_sales ORDER BY id;
SELECT id, count(DISTINCT region) OVER () FROM s34w_sales;
SELECT id, sum(amt) OVER (ORDER BY id) - lag(sum(amt) OVER (ORDER BY id)) OVER (ORDER BY id) FROM s34w_sales;
SELECT id, min(amt) OVER w, max(amt) OVER w FROM s34w_sales WINDOW w AS (ORDER BY id ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) ORDER BY id;
SELECT id, bool_and(qty > 2) OVER (ORDER BY id), every(qty > 0) OVER () FROM s34w_sales ORDER BY id;
SELECT id, json_agg(id) OVER (ORDER BY id ROWS 1 PRECEDING) FROM s34w_sales ORDER BY id;
-- @must
SELECT id, array_agg(note ORDER BY note) OVER () FROM s34w_sales;
SELECT id, stddev(amt) OVER (ORDER BY id ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) FROM s34w_sales ORDER BY id;
SELECT id, sum(f) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM s34w_sales ORDER BY id;
SELECT id, sum(r) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM s34w_sales ORDER BY id;
SELECT id, avg(r) OVER (ORDER BY id) FROM s34w_sales ORDER BY id;
SELECT id, sum(big) OVER (ORDER BY id RANGE BETWEEN 2 PRECEDING AND 2 FOLLOWING) FROM s34w_sales ORDER BY id;
SELECT id, count(*) OVER (PARTITION BY region ORDER BY day GROUPS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) FROM s34w_sales ORDER BY id;
SELECT i, sum(i) OVER (ORDER BY i RANGE BETWEEN 2 PRECEDING AND 2 FOLLOWING) FROM s34w_nums WHERE g < 4 ORDER BY i NULLS FIRST;
SELECT n, sum(n) OVER (ORDER BY n RANGE BETWEEN 0.5 PRECEDING AND 0.5 FOLLOWING) FROM s34w_nums WHERE g < 4 ORDER BY n NULLS FIRST;
SELECT f, count(*) OVER (ORDER BY f RANGE BETWEEN 0.15 PRECEDING AND CURRENT ROW) FROM s34w_nums WHERE g < 4 ORDER BY f NULLS FIRST;
SELECT r, count(*) OVER (ORDER BY r RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM s34w_nums WHERE g < 4 ORDER BY r NULLS FIRST;
SELECT s, sum(s) OVER (ORDER BY s RANGE BETWEEN 5 PRECEDING AND 5 FOLLOWING) FROM s34w_nums WHERE g < 4 ORDER BY s NULLS FIRST;
SELECT i, count(*) OVER (ORDER BY i RANGE BETWEEN 2147483647 PRECEDING AND 2147483647 FOLLOWING) FROM s34w_nums ORDER BY i NULLS FIRST;
SELECT b, count(*) OVER (ORDER BY b RANGE BETWEEN CURRENT ROW AND 9223372036854775807 FOLLOWING) FROM s34w_nums ORDER BY b NULLS FIRST;
