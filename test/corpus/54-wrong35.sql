-- The thirty-fifth session's hunt for silent wrong answers in an application's reporting and
-- bookkeeping queries: a multi-currency ledger in numeric(18,4) with rounding, month-end and DST
-- date arithmetic, time zones, window frames (RANGE/GROUPS/EXCLUDE), DISTINCT ON, FILTER,
-- ROLLUP/CUBE with GROUPING(), LATERAL top-N, recursive CTEs with CYCLE/SEARCH, string functions
-- on non-ASCII text, NULL ordering, overflow and division errors, implicit casts and UNION types,
-- boolean and text casts, arrays, jsonb ordering, and DML results (RETURNING, ON CONFLICT, UPDATE …
-- FROM, DELETE … USING).

-- @must
CREATE TABLE w35_currency (code char(3) PRIMARY KEY, name text NOT NULL, minor_units smallint NOT NULL DEFAULT 2);
-- @must
INSERT INTO w35_currency VALUES ('USD', 'US Dollar', 2), ('EUR', 'Euro', 2), ('JPY', 'Yen', 0), ('BHD', 'Bahraini Dinar', 3), ('GBP', 'Pound Sterling', 2);
-- @must
CREATE TABLE w35_account (id int PRIMARY KEY, owner text NOT NULL, currency char(3) NOT NULL REFERENCES w35_currency, kind text NOT NULL, opened date NOT NULL, closed date, parent int REFERENCES w35_account);
-- @must
INSERT INTO w35_account VALUES
  (1, 'Ærøskøbing ApS', 'EUR', 'asset', '2023-01-31', NULL, NULL),
  (2, 'straße GmbH', 'EUR', 'liability', '2023-02-28', NULL, 1),
  (3, 'Acme Corp', 'USD', 'asset', '2023-03-31', '2024-03-31', NULL),
  (4, 'İstanbul Ltd', 'USD', 'revenue', '2024-01-31', NULL, 3),
  (5, 'Tokyo KK', 'JPY', 'asset', '2024-02-29', NULL, NULL),
  (6, 'Manama WLL', 'BHD', 'expense', '2023-12-31', NULL, NULL),
  (7, 'ÉCOLE ÉTÉ', 'EUR', 'revenue', '2024-01-15', NULL, 2),
  (8, 'london plc', 'GBP', 'asset', '2024-03-10', NULL, NULL);
-- @must
CREATE TABLE w35_rate (currency char(3) NOT NULL, day date NOT NULL, to_usd numeric(18,8) NOT NULL, PRIMARY KEY (currency, day));
-- @must
INSERT INTO w35_rate VALUES
  ('EUR', '2024-01-31', 1.08125000), ('EUR', '2024-02-29', 1.08371234), ('EUR', '2024-03-31', 1.07890000),
  ('JPY', '2024-01-31', 0.00676543), ('JPY', '2024-02-29', 0.00666667), ('JPY', '2024-03-31', 0.00661000),
  ('BHD', '2024-01-31', 2.65250000), ('BHD', '2024-02-29', 2.65250000), ('BHD', '2024-03-31', 2.65252525),
  ('GBP', '2024-01-31', 1.27000000), ('GBP', '2024-03-31', 1.26333333),
  ('USD', '2024-01-31', 1), ('USD', '2024-02-29', 1), ('USD', '2024-03-31', 1);
-- @must
CREATE TABLE w35_entry (id int PRIMARY KEY, account int NOT NULL REFERENCES w35_account, posted timestamptz NOT NULL, amount numeric(18,4) NOT NULL, memo text, tags text[], meta jsonb);
-- @must
INSERT INTO w35_entry VALUES
  (1, 1, '2024-01-31 23:30:00+00', 100.1250, 'Opening', '{open,eur}', '{"src": "import", "n": 1}'),
  (2, 1, '2024-02-01 00:30:00+01', -25.5055, 'Fee', '{fee}', '{"src": "bank", "n": 2.0}'),
  (3, 2, '2024-02-29 12:00:00+00', 1234.5678, 'Loan', NULL, '{"src": "import", "n": 10}'),
  (4, 3, '2024-03-10 01:59:59-05', 0.0050, 'Rounding test', '{}', '{"src": null}'),
  (5, 3, '2024-03-10 03:00:00-04', 0.0150, 'Rounding test 2', '{fee,usd}', '{"a": [1, 2, 3]}'),
  (6, 4, '2024-03-31 22:00:00+00', 999.9999, 'Sale', '{sale}', '{"src": "pos", "n": 1.5}'),
  (7, 5, '2024-02-29 15:00:00+09', 150000, 'Yen deposit', '{jpy}', '{"src": "bank"}'),
  (8, 6, '2024-01-15 09:00:00+03', -12.3455, 'Manama rent', NULL, NULL),
  (9, 7, '2024-01-31 12:00:00+00', 2500.0000, 'Tuition Été', '{sale,eur}', '{"src": "pos", "n": 3}'),
  (10, 7, '2024-02-15 12:00:00+00', -2500.0000, 'Refund été', '{refund}', '{"src": "pos", "n": -3}'),
  (11, 8, '2024-03-31 23:59:59.999999+00', 42.4242, 'Tea', '{gbp}', '{"src": "card", "n": 42}'),
  (12, 1, '2024-03-31 00:00:00+02', 0.0001, NULL, '{eur}', '{}'),
  (13, 4, '2024-01-31 00:00:00-08', 0.5000, 'Half', '{sale}', '[]'),
  (14, 4, '2024-02-29 23:00:00-08', -0.5000, 'Half back', '{sale,refund}', '"x"'),
  (15, 2, '2024-03-31 00:00:00+00', 0.0000, 'Zero', NULL, 'null');

-- Balances and rounding
SELECT account, sum(amount) AS bal, count(*) FROM w35_entry GROUP BY account ORDER BY account;
SELECT account, round(sum(amount), 2) AS bal2, round(avg(amount), 4) AS a4 FROM w35_entry GROUP BY account ORDER BY account;
SELECT id, amount, round(amount, 2), round(amount, 0), round(amount, -1), trunc(amount, 2), trunc(amount, -2) FROM w35_entry ORDER BY id;
SELECT round(2.5), round(-2.5), round(0.5::numeric), round(1.5::float8), round(2.5::float8), round(-0.5::float8);
SELECT round(0.0050::numeric(18,4), 2), round(0.0150::numeric(18,4), 2), round(-12.3455, 3), round(12.3445, 3);
SELECT ceil(-0.5), floor(-0.5), ceil(0.0001::numeric(18,4)), floor(-0.0001), sign(-0.0000::numeric), sign(0.0001);
SELECT 1234.5678::numeric(18,4)::numeric(10,2), 0.005::numeric(3,2), -0.005::numeric(3,2), 99.995::numeric(4,2);
SELECT 999.99999::numeric(18,4), 123456789012345.67895::numeric(18,4);
SELECT 12345678901234.5::numeric(18,4);
SELECT 1e14::numeric(18,4);
SELECT (1/3::numeric)::numeric(18,4), 1/3::numeric, 10/4::numeric, 1.0/3, 2::numeric/3*3;
SELECT 100.1250 * 1.08125000, (100.1250 * 1.08125000)::numeric(18,4), round(100.1250 * 1.08125000, 4);
SELECT e.id, a.currency, e.amount, r.to_usd, round(e.amount * r.to_usd, 2) AS usd
  FROM w35_entry e JOIN w35_account a ON a.id = e.account
  LEFT JOIN LATERAL (SELECT to_usd FROM w35_rate r WHERE r.currency = a.currency AND r.day >= (e.posted AT TIME ZONE 'UTC')::date ORDER BY r.day LIMIT 1) r ON true
  ORDER BY e.id;
SELECT a.currency, sum(e.amount) FILTER (WHERE e.amount > 0) AS debit, sum(-e.amount) FILTER (WHERE e.amount < 0) AS credit, count(*) FILTER (WHERE e.memo IS NULL) AS nomemo
  FROM w35_entry e JOIN w35_account a ON a.id = e.account GROUP BY a.currency ORDER BY a.currency;
SELECT sum(amount) FILTER (WHERE false), count(*) FILTER (WHERE false), avg(amount) FILTER (WHERE amount > 1e9), max(memo) FILTER (WHERE id < 0) FROM w35_entry;
SELECT sum(amount)::numeric(18,2), sum(amount::numeric(18,2)), sum(round(amount, 2)) FROM w35_entry;
SELECT avg(amount), avg(amount)::numeric(18,4), stddev_samp(amount)::numeric(18,6), var_pop(amount)::numeric(20,4) FROM w35_entry;
SELECT pg_typeof(sum(amount)), pg_typeof(avg(amount)), pg_typeof(round(amount, 2)), pg_typeof(amount * 2) FROM w35_entry GROUP BY amount HAVING amount = 0;
SELECT scale(amount), precision_check FROM (SELECT amount, amount * 1 AS precision_check FROM w35_entry WHERE id IN (3, 12)) t ORDER BY 1, 2;
SELECT scale(sum(amount)), scale(avg(amount)), scale(amount * amount) FROM w35_entry WHERE id = 3 GROUP BY amount;
SELECT 0.1 + 0.2 = 0.3, 0.1::float8 + 0.2::float8 = 0.3::float8, 0.1::float4 = 0.1::float8, 1.10::numeric = 1.1;
SELECT 1.10::numeric::text, 1.1000::numeric(10,4)::text, (1.10::numeric(10,4) + 0)::text, -0.0::numeric, 0.000::numeric(5,3);
SELECT id, to_char(amount, 'FM999G999G990D0000'), to_char(amount, '9999990.00'), to_char(amount, 'S9990.99') FROM w35_entry ORDER BY id;
SELECT to_char(1234567.891, '999,999,999.99'), to_char(-0.5, '0.9'), to_char(0.5, '9.9'), to_char(12, '0000'), to_char(-12, 'MI0000');
SELECT to_char(1485.5, '9G999D99PR'), to_char(-1485.5, '9G999D99PR'), to_char(3.14159, 'FM9.00'), to_char(100, 'FM999.'), to_char(0, 'FM9.99');
SELECT to_char(1234.5, 'L9999.99'), to_char(12.345, '99.9EEEE'), to_char(7, 'FMRN'), to_char(1999, 'RN'), to_char(4, 'FMrn');
SELECT to_number('1,234.56', '9G999D99'), to_number('-12.5', 'S99.9'), to_number('$1,000', 'L9G999'), to_number('12.3456', '99.99');
SELECT 'NaN'::numeric, 'NaN'::numeric = 'NaN'::numeric, 'NaN'::numeric > 1e100, round('NaN'::numeric, 2), 'Infinity'::numeric + 1;
SELECT to_char('NaN'::numeric, '999th');
SELECT to_char(1e20, 'RN');
SELECT to_char(4000, 'RN'), to_char(0, 'RN'), to_char(-5, 'RN'), to_char(3999, 'RN');
SELECT to_char(12.5::numeric, '99th'), to_char(1::numeric, 'FM9th'), to_char(22, 'FM99TH'), to_char(113, 'FM999th');

-- Overflow and division
SELECT 2147483647 + 1;
SELECT (2147483647)::int + 1::int;
SELECT -2147483648::int;
SELECT (-2147483648)::int * -1;
SELECT (-2147483648)::int / -1;
SELECT 9223372036854775807::bigint + 1;
SELECT (-9223372036854775808)::bigint / -1;
SELECT abs((-2147483648)::int);
SELECT 32767::smallint + 1::smallint;
SELECT (-32768)::smallint * -1::smallint;
SELECT 1 / 0;
SELECT 1.0 / 0;
SELECT 1 % 0;
SELECT 5.5 % 0;
SELECT 1::float8 / 0;
SELECT 0::numeric / 0;
SELECT 1e308::float8 * 10;
SELECT 1e-320::float8, 1e-400::float8;
SELECT 7 / 2, -7 / 2, 7 % -2, -7 % 2, 7.0 / 2, -7 / 2.0, div(-7, 2), mod(-7.5, 2);
SELECT 2147483647::int::smallint;
SELECT 4000000000::bigint::int;
SELECT 99999999999999999999::bigint;
SELECT '3000000000'::int;
SELECT 1.5::int, 2.5::int, -1.5::int, -2.5::int, 0.5::smallint, 1.5::float8::int, 2.5::float8::int, 2.5::float4::bigint;
SELECT 2147483647.5::int;
SELECT 12345678901234567890::numeric(18,4);
SELECT power(10, 20)::bigint;
SELECT 2 ^ 62, 2::bigint << 62, 1::int << 31, 1::int << 32, (-8) >> 1;
SELECT factorial(20), 10 ^ -2, sqrt(2::numeric), exp(1::numeric), ln(10), log(1000), log(2, 64);
SELECT sqrt(-1);
SELECT ln(0);
SELECT log(-10);
SELECT 0 ^ -1;
SELECT sum(x) FROM (VALUES (9223372036854775807::bigint), (1::bigint)) t(x);
SELECT pg_typeof(sum(x)), sum(x) FROM (VALUES (2147483647), (2147483647)) t(x);
SELECT avg(x) FROM (VALUES (9223372036854775807::bigint), (9223372036854775807::bigint)) t(x);
SELECT (SELECT count(*) FROM w35_entry) / 0;
SELECT id, 100 / (id - 5) FROM w35_entry WHERE id > 6 ORDER BY id;
SELECT id, CASE WHEN id = 5 THEN 0 ELSE 100 / (id - 5) END FROM w35_entry ORDER BY id;
SELECT nullif(0, 0) IS NULL, 10 / nullif(0, 0), coalesce(10 / nullif(0, 0), -1);

-- Month ends and date arithmetic
SELECT d, d + interval '1 month' AS next, d - interval '1 month' AS prev, (d + interval '1 month' - interval '1 day')::date AS eom_guess
  FROM (VALUES ('2024-01-31'::date), ('2024-02-29'), ('2023-02-28'), ('2024-03-31'), ('2024-12-31')) t(d) ORDER BY d;
SELECT '2024-01-31'::date + interval '1 month' * 2, '2024-01-31'::timestamp + interval '2 months', '2024-03-31'::date - interval '1 month';
SELECT (date_trunc('month', d) + interval '1 month - 1 day')::date AS month_end FROM (VALUES ('2024-02-10'::date), ('2023-02-10'), ('2024-12-01')) t(d) ORDER BY 1;
SELECT '2024-03-01'::date - '2024-02-01'::date, '2025-03-01'::date - '2025-02-01'::date, '2024-12-31'::date - 365, '2024-02-29'::date + 1;
SELECT age('2024-03-31', '2024-02-29'), age('2024-02-29', '2024-01-31'), age('2024-03-01', '2023-03-01'), age('2025-02-28', '2024-02-29');
SELECT age(timestamp '2024-03-31 10:00', timestamp '2024-01-31 12:00'), age(timestamp '2024-01-01', timestamp '2024-12-31 23:59:59');
SELECT '2024-01-31'::timestamp - '2023-12-31'::timestamp, '2024-03-31 02:30'::timestamp - '2024-03-30 02:30'::timestamp;
SELECT justify_days(interval '65 days'), justify_hours(interval '50 hours'), justify_interval(interval '1 month -1 hour'), interval '1 month' = interval '30 days';
SELECT interval '1 month' < interval '31 days', interval '1 day' = interval '24 hours', interval '1 year' / 12, interval '1 month' * 1.5;
SELECT extract(epoch FROM interval '1 month'), extract(day FROM interval '45 days'), extract(month FROM interval '14 months'), extract(year FROM interval '-14 months');
SELECT extract(dow FROM d), extract(isodow FROM d), extract(doy FROM d), extract(week FROM d), extract(isoyear FROM d), extract(quarter FROM d) FROM (VALUES ('2024-12-30'::date), ('2021-01-03'), ('2024-02-29')) t(d) ORDER BY d;
SELECT date_part('day', '2024-02-29'::date), date_part('epoch', '2024-01-01'::date), extract(julian FROM '2024-01-01'::date), extract(century FROM '2000-12-31'::date), extract(millennium FROM '2001-01-01'::date);
SELECT make_date(2024, 2, 30);
SELECT make_date(2024, 2, 29), make_timestamp(2024, 2, 29, 23, 59, 59.5), make_interval(months => 1, days => -1), make_interval(secs => 1.25);
SELECT '2024-02-30'::date;
SELECT '2023-02-29'::date;
SELECT '2024-13-01'::date;
SELECT '24:00:00'::time, '2024-01-01 24:00'::timestamp, '23:59:60'::time;
SELECT date '2024-01-31' + 30, date '2024-01-31' + time '25:00';
SELECT date '2024-01-31' + time '23:00', date '2024-01-31' + interval '23 hours 59 minutes', time '23:00' + interval '2 hours';
SELECT (d::timestamp + interval '1 month')::date FROM generate_series('2024-01-31'::date, '2024-06-30'::date, interval '1 month') g(d) ORDER BY 1;
SELECT g::date FROM generate_series('2024-01-31'::timestamp, '2024-07-31'::timestamp, '1 month') g ORDER BY 1;
SELECT count(*) FROM generate_series('2024-01-01'::date, '2024-12-31'::date, '1 day'::interval);
SELECT g FROM generate_series('2024-03-01'::timestamp, '2024-02-01'::timestamp, '-1 week') g ORDER BY g DESC;
SELECT date_trunc('week', '2024-03-31'::timestamp), date_trunc('quarter', '2024-05-15'::timestamp), date_trunc('year', '2024-12-31 23:59'::timestamp), date_trunc('decade', '2024-01-01'::date);
SELECT date_trunc('month', '2024-02-29'::date), pg_typeof(date_trunc('month', '2024-02-29'::date)), date_trunc('day', interval '1 day 25 hours 3 min');
SELECT date_bin('15 minutes', timestamp '2024-03-10 02:37:12', timestamp '2024-01-01'), date_bin('1 day', timestamp '2024-02-29 23:59', timestamp '2024-01-01 06:00');
SELECT to_char(d, 'YYYY-MM-DD Day Dy Mon Month DDD IW ID Q WW J'), to_char(d, 'FMDay FMMonth FMDD') FROM (VALUES ('2024-02-29'::date), ('2024-12-30')) t(d) ORDER BY d;
SELECT to_char(timestamp '2024-01-31 15:04:05.123456', 'HH HH12 HH24 MI SS MS US AM pm SSSS'), to_char(timestamp '2024-01-31 00:00', 'HH12 AM');
SELECT to_char(interval '1 day 25:03:04', 'DD HH24:MI:SS'), to_char(interval '-3 hours', 'HH24'), to_char(interval '400 days', 'DDD');
SELECT to_date('31 Feb 2024', 'DD Mon YYYY');
SELECT to_date('2024-02-29', 'YYYY-MM-DD'), to_date('29.02.2024', 'DD.MM.YYYY'), to_timestamp('2024-03-10 02:30', 'YYYY-MM-DD HH24:MI'), to_date('2024 060', 'YYYY DDD');
SELECT to_timestamp(1709965800), to_timestamp(0)::date, to_timestamp('NaN'::float8);
SELECT to_timestamp('Infinity'::float8), 'infinity'::date > '2024-01-01', '-infinity'::timestamp < '0001-01-01', 'infinity'::date - 1;
SELECT isfinite('infinity'::date), isfinite(interval '1 day'), 'epoch'::timestamp, 'today'::date = current_date, 'allballs'::time;
SELECT '2024-01-31'::date = '2024-01-31 00:00'::timestamp, '2024-01-31'::date < '2024-01-31 00:00:01'::timestamp, '2024-01-31'::date = '2024-01-31 00:00+00'::timestamptz;
SELECT '2024-01-01 00:00'::timestamp BETWEEN '2023-12-31' AND '2024-01-01', '2024-01-01'::date IN ('2024-01-01 00:00'::timestamp), '2024-02-29'::date::text;
SELECT (date '2024-01-01', date '2024-02-01') OVERLAPS (date '2024-01-31', date '2024-03-01') AS o1, (date '2024-01-01', date '2024-02-01') OVERLAPS (date '2024-02-01', date '2024-03-01') AS o2, (date '2024-02-01', interval '-1 day') OVERLAPS (date '2024-01-31', date '2024-01-31') AS o3;

-- Time zones and DST
SET TimeZone = 'America/New_York';
SELECT id, posted, posted::date, posted AT TIME ZONE 'UTC', posted AT TIME ZONE 'Asia/Tokyo' FROM w35_entry ORDER BY w35_entry.posted, id;
SELECT posted::text FROM w35_entry WHERE id IN (4, 5, 11) ORDER BY id;
SELECT timestamptz '2024-03-10 02:30:00', timestamptz '2024-11-03 01:30:00', timestamptz '2024-03-10 01:59:59' + interval '1 second';
SELECT timestamptz '2024-03-09 12:00' + interval '1 day', timestamptz '2024-03-09 12:00' + interval '24 hours', timestamptz '2024-11-02 12:00' + interval '1 day';
SELECT timestamptz '2024-03-11 00:00' - timestamptz '2024-03-10 00:00', timestamptz '2024-11-04 00:00' - timestamptz '2024-11-03 00:00', age(timestamptz '2024-03-11', timestamptz '2024-03-10');
SELECT g FROM generate_series(timestamptz '2024-03-09 00:00', timestamptz '2024-03-12 00:00', interval '1 day') g ORDER BY g;
SELECT g FROM generate_series(timestamptz '2024-11-03 00:00', timestamptz '2024-11-03 03:00', interval '30 minutes') g ORDER BY g;
SELECT g FROM generate_series(timestamptz '2024-03-10 00:00', timestamptz '2024-03-10 04:00', interval '1 hour') g ORDER BY g;
SELECT g FROM generate_series(timestamptz '2024-01-31 12:00', timestamptz '2024-05-31 12:00', interval '1 month') g ORDER BY g;
SELECT date_trunc('day', timestamptz '2024-03-10 12:00'), date_trunc('day', timestamptz '2024-11-03 23:00'), date_trunc('month', timestamptz '2024-03-01 03:00+00');
SELECT date_trunc('day', timestamptz '2024-03-10 12:00+00', 'Europe/Paris'), date_trunc('month', timestamptz '2024-02-29 23:30+00', 'Asia/Tokyo'), date_trunc('hour', timestamptz '2024-11-03 05:45+00', 'America/New_York');
SELECT date_trunc('day', timestamptz '2024-03-31 00:30+00', 'Europe/London'), date_trunc('week', timestamptz '2024-03-31 12:00+00', 'Australia/Sydney');
SELECT timestamp '2024-03-10 02:30' AT TIME ZONE 'America/New_York', timestamp '2024-11-03 01:30' AT TIME ZONE 'America/New_York', timestamp '2024-03-31 02:30' AT TIME ZONE 'Europe/Berlin';
SELECT timestamp '2024-01-01 12:00' AT TIME ZONE 'UTC+5', timestamp '2024-01-01 12:00' AT TIME ZONE '+05:30', timestamptz '2024-01-01 12:00+00' AT TIME ZONE 'EST', timestamptz '2024-07-01 12:00+00' AT TIME ZONE 'EST5EDT';
SELECT timestamptz '2024-06-01 12:00+00' AT TIME ZONE interval '-03:00', timezone('Asia/Kolkata', timestamptz '2024-06-01 00:00+00'), timezone('UTC', timestamp '2024-06-01 00:00');
SELECT timestamptz '2024-06-01 12:00+00' AT TIME ZONE 'Mars/Olympus';
SELECT extract(hour FROM timestamptz '2024-03-10 07:30+00'), extract(timezone_hour FROM timestamptz '2024-07-01 00:00'), extract(timezone FROM timestamptz '2024-01-01'), extract(epoch FROM timestamptz '2024-03-10 03:00');
SELECT to_char(timestamptz '2024-07-04 12:00+00', 'YYYY-MM-DD HH24:MI TZ OF TZH:TZM'), to_char(timestamptz '2024-01-04 12:00+00', 'TZ OF');
SELECT (timestamptz '2024-03-10 12:00')::date, (timestamptz '2024-03-10 03:00+00')::date, (timestamptz '2024-03-10 03:00+00')::time, (timestamptz '2024-03-10 03:00+00')::timestamp;
SELECT '2024-03-10'::date::timestamptz, '2024-11-03'::date + interval '1 day' , ('2024-11-03'::date::timestamptz + interval '1 day')::text;
SELECT make_timestamptz(2024, 3, 10, 2, 30, 0), make_timestamptz(2024, 7, 1, 9, 0, 0, 'Asia/Tokyo'), make_timestamptz(2024, 11, 3, 1, 30, 0, 'America/Chicago');
SELECT count(*), min(posted), max(posted) FROM w35_entry WHERE posted >= '2024-03-01' AND posted < '2024-04-01';
SELECT date_trunc('month', posted) AS m, count(*), sum(amount) FROM w35_entry GROUP BY 1 ORDER BY 1;
SELECT to_char(posted, 'YYYY-MM') AS m, count(*) FROM w35_entry GROUP BY 1 ORDER BY 1;
SELECT extract(month FROM posted AT TIME ZONE 'Asia/Tokyo') AS m, count(*) FROM w35_entry GROUP BY 1 ORDER BY 1;
SET TimeZone = 'Asia/Kolkata';
SELECT id, posted FROM w35_entry WHERE id IN (1, 2, 11) ORDER BY id;
SELECT timestamptz '2024-01-01 00:00' AT TIME ZONE 'UTC', now() - now(), '2024-06-01'::timestamptz::text;
SET TimeZone = 'Australia/Lord_Howe';
SELECT timestamptz '2024-04-07 01:45' + interval '30 minutes', timestamptz '2024-10-06 02:15', to_char(timestamptz '2024-01-01 00:00+00', 'TZ');
RESET TimeZone;
SELECT current_setting('TimeZone'), timestamptz '2024-03-10 02:30 America/New_York', timestamptz '2024-03-10 12:00 Europe/Paris';
SELECT timestamptz '2024-01-01 12:00 +05:30', timestamptz 'J2460000', timestamptz '2024-01-01T12:00:00Z', '2024-01-01 12:00:00.1234567+00'::timestamptz;

-- Windows: running balances, RANGE/GROUPS frames, EXCLUDE
SELECT id, account, amount, sum(amount) OVER (PARTITION BY account ORDER BY posted, id) AS running FROM w35_entry ORDER BY account, posted, id;
SELECT id, amount, sum(amount) OVER (ORDER BY amount RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM w35_entry ORDER BY id;
SELECT id, amount, count(*) OVER (ORDER BY amount RANGE BETWEEN 0.5 PRECEDING AND CURRENT ROW) FROM w35_entry ORDER BY id;
SELECT id, posted, count(*) OVER (ORDER BY posted RANGE BETWEEN interval '1 day' PRECEDING AND CURRENT ROW) FROM w35_entry ORDER BY id;
SELECT id, posted, sum(amount) OVER (ORDER BY posted RANGE BETWEEN CURRENT ROW AND interval '30 days' FOLLOWING) FROM w35_entry ORDER BY id;
SELECT id, d, count(*) OVER (ORDER BY d RANGE BETWEEN interval '1 month' PRECEDING AND CURRENT ROW) FROM (SELECT id, (posted AT TIME ZONE 'UTC')::date AS d FROM w35_entry) t ORDER BY id;
SELECT id, account, count(*) OVER (ORDER BY account GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM w35_entry ORDER BY id;
SELECT id, account, sum(amount) OVER (ORDER BY account GROUPS BETWEEN CURRENT ROW AND 1 FOLLOWING EXCLUDE GROUP) FROM w35_entry ORDER BY id;
SELECT id, account, sum(id) OVER (ORDER BY account GROUPS BETWEEN 1 PRECEDING AND CURRENT ROW EXCLUDE CURRENT ROW), count(*) OVER (ORDER BY account GROUPS BETWEEN 1 PRECEDING AND CURRENT ROW EXCLUDE CURRENT ROW) FROM w35_entry ORDER BY id;
SELECT id, account, sum(id) OVER (ORDER BY account RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE TIES), max(id) OVER (ORDER BY account GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE TIES) FROM w35_entry ORDER BY id;
SELECT id, account, array_agg(id) OVER (ORDER BY account, id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE TIES) FROM w35_entry ORDER BY id;
SELECT id, account, sum(id) OVER (ORDER BY account RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW EXCLUDE NO OTHERS), count(*) OVER (ORDER BY account ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW EXCLUDE GROUP) FROM w35_entry ORDER BY id;
SELECT id, account, first_value(id) OVER w, last_value(id) OVER w, nth_value(id, 2) OVER w FROM w35_entry WINDOW w AS (ORDER BY account, id RANGE BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING EXCLUDE CURRENT ROW) ORDER BY id;
SELECT id, account, min(id) OVER w, max(id) OVER w, count(*) OVER w FROM w35_entry WINDOW w AS (ORDER BY account RANGE BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING EXCLUDE GROUP) ORDER BY id;
SELECT id, amount, avg(amount) OVER (ORDER BY amount DESC RANGE BETWEEN 100 PRECEDING AND 100 FOLLOWING) FROM w35_entry ORDER BY id;
SELECT id, x, sum(x) OVER (ORDER BY x NULLS FIRST RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM (VALUES (1, 1), (2, NULL), (3, 2), (4, NULL), (5, 5)) t(id, x) ORDER BY id;
SELECT id, x, count(*) OVER (ORDER BY x DESC NULLS LAST RANGE BETWEEN CURRENT ROW AND 2 FOLLOWING) FROM (VALUES (1, 1), (2, NULL), (3, 2), (4, NULL), (5, 5)) t(id, x) ORDER BY id;
SELECT id, sum(amount) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE CURRENT ROW) FROM w35_entry ORDER BY id;
SELECT id, amount, rank() OVER (ORDER BY round(amount)), dense_rank() OVER (ORDER BY round(amount)), percent_rank() OVER (ORDER BY round(amount)), cume_dist() OVER (ORDER BY round(amount)) FROM w35_entry ORDER BY id;
SELECT id, ntile(4) OVER (ORDER BY id), ntile(20) OVER (ORDER BY id) FROM w35_entry ORDER BY id;
SELECT id, lag(amount, 1, 0) OVER (PARTITION BY account ORDER BY id), lead(amount, 2) OVER (PARTITION BY account ORDER BY id), lag(memo, -1) OVER (ORDER BY id) FROM w35_entry ORDER BY id;
SELECT id, amount - lag(amount) OVER (ORDER BY posted) AS delta FROM w35_entry ORDER BY posted, id;
SELECT account, id, row_number() OVER (PARTITION BY account ORDER BY amount DESC, id) FROM w35_entry ORDER BY account, 3;
SELECT id, sum(amount) OVER (ORDER BY id RANGE BETWEEN 2 PRECEDING AND 2 FOLLOWING) FROM w35_entry ORDER BY id;
SELECT id, sum(amount) OVER (ORDER BY id GROUPS 2 PRECEDING) FROM w35_entry ORDER BY id;
SELECT id, sum(amount) OVER (ORDER BY memo RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM w35_entry ORDER BY id;
SELECT id, sum(amount) OVER (ORDER BY account, id RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM w35_entry ORDER BY id;
SELECT id, sum(amount) OVER (ORDER BY id GROUPS BETWEEN -1 PRECEDING AND CURRENT ROW) FROM w35_entry ORDER BY id;
SELECT id, sum(amount) OVER (GROUPS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM w35_entry ORDER BY id;
SELECT id, sum(amount) OVER (ORDER BY posted RANGE BETWEEN interval '-1 day' PRECEDING AND CURRENT ROW) FROM w35_entry ORDER BY id;
SELECT DISTINCT account, sum(amount) OVER (PARTITION BY account) FROM w35_entry ORDER BY account;
SELECT account, sum(sum(amount)) OVER (ORDER BY account), rank() OVER (ORDER BY sum(amount) DESC) FROM w35_entry GROUP BY account ORDER BY account;
SELECT account, sum(amount) * 100 / sum(sum(amount)) OVER () AS pct FROM w35_entry WHERE amount > 0 GROUP BY account ORDER BY account;

-- DISTINCT ON, FILTER, grouping sets
SELECT DISTINCT ON (account) account, id, posted, amount FROM w35_entry ORDER BY account, posted DESC, id;
SELECT DISTINCT ON (currency) currency, day, to_usd FROM w35_rate ORDER BY currency, day DESC;
SELECT DISTINCT ON (a.currency) a.currency, e.amount FROM w35_entry e JOIN w35_account a ON a.id = e.account ORDER BY a.currency, e.amount DESC NULLS LAST;
SELECT DISTINCT ON (round(amount)) round(amount), id FROM w35_entry ORDER BY round(amount), id DESC;
SELECT DISTINCT ON (memo IS NULL) memo IS NULL, id FROM w35_entry ORDER BY memo IS NULL, id;
SELECT DISTINCT ON (account) id FROM w35_entry ORDER BY id;
SELECT count(DISTINCT account), count(DISTINCT memo), count(memo), count(*), count(DISTINCT (account, amount > 0)) FROM w35_entry;
SELECT a.kind, a.currency, sum(e.amount), count(*), GROUPING(a.kind), GROUPING(a.currency), GROUPING(a.kind, a.currency)
  FROM w35_entry e JOIN w35_account a ON a.id = e.account GROUP BY ROLLUP (a.kind, a.currency) ORDER BY a.kind NULLS LAST, a.currency NULLS LAST;
SELECT a.kind, a.currency, sum(e.amount), GROUPING(a.kind, a.currency) AS g
  FROM w35_entry e JOIN w35_account a ON a.id = e.account GROUP BY CUBE (a.kind, a.currency) ORDER BY g, a.kind, a.currency;
SELECT a.kind, a.currency, count(*) FROM w35_entry e JOIN w35_account a ON a.id = e.account GROUP BY GROUPING SETS ((a.kind), (a.currency), ()) ORDER BY 1 NULLS FIRST, 2 NULLS FIRST;
SELECT CASE WHEN GROUPING(a.currency) = 1 THEN 'TOTAL' ELSE a.currency END AS cur, sum(e.amount) FROM w35_entry e JOIN w35_account a ON a.id = e.account GROUP BY ROLLUP (a.currency) ORDER BY GROUPING(a.currency), a.currency;
SELECT date_trunc('month', posted AT TIME ZONE 'UTC') AS m, account, sum(amount) FROM w35_entry GROUP BY ROLLUP (1, 2) ORDER BY 1 NULLS LAST, 2 NULLS LAST;
SELECT account, memo IS NULL AS nomemo, count(*) FROM w35_entry GROUP BY account, ROLLUP (memo IS NULL) ORDER BY 1, 2 NULLS LAST;
SELECT a.kind, count(*) FROM w35_entry e JOIN w35_account a ON a.id = e.account GROUP BY ROLLUP (a.kind), CUBE (a.currency) HAVING count(*) > 3 ORDER BY 1, 2;
SELECT a.kind, a.currency, count(*) FROM w35_entry e JOIN w35_account a ON a.id = e.account GROUP BY DISTINCT ROLLUP (a.kind), ROLLUP (a.kind, a.currency) ORDER BY 1 NULLS LAST, 2 NULLS LAST, 3;
SELECT a.kind, a.currency, count(*) FROM w35_entry e JOIN w35_account a ON a.id = e.account GROUP BY ROLLUP (a.kind), ROLLUP (a.kind, a.currency) ORDER BY 1 NULLS LAST, 2 NULLS LAST, 3;
SELECT GROUPING(account), sum(amount) FROM w35_entry GROUP BY GROUPING SETS (account, ()) HAVING GROUPING(account) = 1;
SELECT account, sum(amount) FILTER (WHERE amount > 0), array_agg(id ORDER BY id) FILTER (WHERE amount < 0) FROM w35_entry GROUP BY ROLLUP (account) ORDER BY account NULLS FIRST;
SELECT string_agg(memo, '; ' ORDER BY memo DESC NULLS FIRST) FILTER (WHERE account IN (1, 7)) FROM w35_entry;
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY amount), percentile_disc(0.5) WITHIN GROUP (ORDER BY amount), mode() WITHIN GROUP (ORDER BY account) FROM w35_entry;
SELECT percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY amount) FROM w35_entry;
SELECT bool_and(amount > 0), bool_or(amount > 1000), every(memo IS NOT NULL), bit_or(account), bit_and(account) FROM w35_entry;

-- LATERAL top-N
SELECT a.id, a.owner, t.id, t.amount FROM w35_account a CROSS JOIN LATERAL (SELECT id, amount FROM w35_entry e WHERE e.account = a.id ORDER BY abs(amount) DESC, id LIMIT 2) t ORDER BY a.id, t.amount DESC;
SELECT a.id, t.id FROM w35_account a LEFT JOIN LATERAL (SELECT id FROM w35_entry e WHERE e.account = a.id ORDER BY posted DESC LIMIT 1) t ON true ORDER BY a.id;
SELECT a.id, t.n, t.total FROM w35_account a, LATERAL (SELECT count(*) AS n, sum(amount) AS total FROM w35_entry e WHERE e.account = a.id) t ORDER BY a.id;
SELECT a.id, x FROM w35_account a, LATERAL unnest(ARRAY[a.id, a.parent]) x WHERE x IS NOT NULL ORDER BY a.id, x;
SELECT e.id, tag, ord FROM w35_entry e, LATERAL unnest(e.tags) WITH ORDINALITY AS u(tag, ord) WHERE e.id < 7 ORDER BY e.id, ord;
SELECT a.id, r.day, r.to_usd FROM w35_account a JOIN LATERAL (SELECT day, to_usd FROM w35_rate WHERE currency = a.currency ORDER BY day DESC FETCH FIRST 1 ROWS WITH TIES) r ON true ORDER BY a.id;
SELECT currency, day FROM w35_rate ORDER BY to_usd DESC FETCH FIRST 2 ROWS WITH TIES;
SELECT id FROM (SELECT id FROM w35_entry ORDER BY account OFFSET 3 ROWS FETCH NEXT 3 ROWS WITH TIES) t ORDER BY id;
SELECT id FROM w35_entry ORDER BY id LIMIT 0;
SELECT id FROM w35_entry ORDER BY id LIMIT NULL OFFSET 13;
SELECT id FROM w35_entry ORDER BY id LIMIT -1;
SELECT id FROM w35_entry ORDER BY id OFFSET -1;

-- Recursive CTEs: account tree, cycles
SELECT * FROM (WITH RECURSIVE tree(id, owner, depth, path) AS (
  SELECT id, owner, 0, ARRAY[id] FROM w35_account WHERE parent IS NULL
  UNION ALL SELECT a.id, a.owner, t.depth + 1, t.path || a.id FROM w35_account a JOIN tree t ON a.parent = t.id)
  SELECT * FROM tree) s ORDER BY path;
WITH RECURSIVE tree AS (SELECT id, parent, 1 AS lvl FROM w35_account WHERE id = 7 UNION ALL SELECT a.id, a.parent, lvl + 1 FROM w35_account a JOIN tree t ON a.id = t.parent) SELECT id, lvl FROM tree ORDER BY lvl;
-- @must
CREATE TABLE w35_link (src int, dst int, fee numeric(18,4));
-- @must
INSERT INTO w35_link VALUES (1, 2, 1.5), (2, 3, 2.25), (3, 1, 0.125), (3, 4, 10), (4, 5, 0.0001), (5, 4, 3);
WITH RECURSIVE walk(node, total) AS (SELECT 1, 0::numeric(18,4) UNION ALL SELECT l.dst, w.total + l.fee FROM w35_link l JOIN walk w ON l.src = w.node) CYCLE node SET is_cycle USING path
  SELECT node, total, is_cycle, path FROM walk ORDER BY path;
WITH RECURSIVE walk(node, total) AS (SELECT 1, 0::numeric(18,4) UNION ALL SELECT l.dst, (w.total + l.fee)::numeric(18,4) FROM w35_link l JOIN walk w ON l.src = w.node) CYCLE node SET is_cycle USING path
  SELECT node, total, is_cycle, path FROM walk ORDER BY path;
WITH RECURSIVE walk(node, total) AS (SELECT 1, 0::numeric UNION ALL SELECT l.dst, w.total + l.fee FROM w35_link l JOIN walk w ON l.src = w.node) CYCLE node SET looped TO 'Y' DEFAULT 'N' USING trail
  SELECT node, total, looped FROM walk WHERE looped = 'Y' ORDER BY trail;
WITH RECURSIVE walk(node, depth) AS (SELECT 1, 0 UNION ALL SELECT l.dst, depth + 1 FROM w35_link l JOIN walk w ON l.src = w.node WHERE depth < 6) SEARCH BREADTH FIRST BY node SET ord
  SELECT node, depth FROM walk ORDER BY ord;
WITH RECURSIVE walk(node, depth) AS (SELECT 1, 0 UNION ALL SELECT l.dst, depth + 1 FROM w35_link l JOIN walk w ON l.src = w.node WHERE depth < 5) SEARCH DEPTH FIRST BY node SET ord
  SELECT node, depth, ord FROM walk ORDER BY ord;
WITH RECURSIVE walk(a, b) AS (SELECT src, dst FROM w35_link WHERE src = 4 UNION ALL SELECT l.src, l.dst FROM w35_link l JOIN walk w ON l.src = w.b) CYCLE a, b SET c USING p
  SELECT a, b, c, p FROM walk ORDER BY p;
WITH RECURSIVE n(i) AS (SELECT 1 UNION SELECT (i % 4) + 1 FROM n) SELECT i FROM n ORDER BY i;
WITH RECURSIVE n(i) AS (VALUES (1) UNION ALL SELECT i + 1 FROM n WHERE i < 12) SELECT sum(i), count(*), max(i) FROM n;
WITH RECURSIVE months(m) AS (SELECT date '2024-01-31' UNION ALL SELECT (m + interval '1 month')::date FROM months WHERE m < '2024-06-01') SELECT m FROM months ORDER BY m;
WITH RECURSIVE months(m) AS (SELECT date '2024-01-31' UNION ALL SELECT (date_trunc('month', m) + interval '2 months - 1 day')::date FROM months WHERE m < '2024-06-01') SELECT m FROM months ORDER BY m;
WITH RECURSIVE fib(a, b) AS (SELECT 0::bigint, 1::bigint UNION ALL SELECT b, a + b FROM fib WHERE b < 1e18) SELECT max(b) FROM fib;
WITH RECURSIVE fib(a, b) AS (SELECT 0, 1 UNION ALL SELECT b, a + b FROM fib) SELECT * FROM fib LIMIT 5;
WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < 50) SELECT count(*) FROM t WHERE n % 7 = 0;
WITH x AS MATERIALIZED (SELECT id, amount FROM w35_entry WHERE amount < 0) SELECT count(*), sum(amount) FROM x;
WITH upd AS (SELECT 1) SELECT * FROM upd, (WITH upd AS (SELECT 2) SELECT * FROM upd) s;

-- Strings on non-ASCII text
SELECT owner, upper(owner), lower(owner), initcap(owner) FROM w35_account ORDER BY id;
SELECT owner, length(owner), char_length(owner), octet_length(owner), bit_length(owner) FROM w35_account ORDER BY id;
SELECT left(owner, 3), right(owner, 3), left(owner, -3), right(owner, -3), left(owner, 0), right(owner, -100) FROM w35_account ORDER BY id;
SELECT substr(owner, 2, 4), substring(owner FROM 0 FOR 3), substring(owner, -1, 4), overlay(owner placing 'ØØ' from 2 for 3) FROM w35_account ORDER BY id;
SELECT substr('Ærøskøbing', 3, -1);
SELECT position('ø' IN owner), strpos(owner, 'É'), reverse(owner), repeat('é', 3), lpad(owner, 14, 'ñ'), rpad(owner, 5) FROM w35_account ORDER BY id;
SELECT split_part('a,b,,d', ',', 2), split_part('a,b,,d', ',', 3), split_part('a,b,,d', ',', -1), split_part('a,b,,d', ',', -4), split_part('a,b,,d', ',', -5), split_part('a,b,,d', ',', 9);
SELECT split_part('a,b', ',', 0);
SELECT split_part('été|hiver|printemps', '|', -2), split_part('abc', '', 1), split_part('', ',', 1), split_part('abc', 'abc', 1), split_part('x::y::z', '::', -1);
SELECT initcap('hello wORLD-foo_bar 3rd o''neil ÉCOLE été'), initcap('ǆemal'), upper('ß'), lower('İ'), upper('ﬁ');
SELECT 'Straße' ILIKE 'STRASSE', 'straße' ILIKE 'STRAßE', 'École' ILIKE 'é%', lower('ÉCOLE') = 'école', 'ÆØÅ' ~* 'æøå';
SELECT regexp_replace('Été été ÉTÉ', 'été', 'x', 'gi'), regexp_replace('aaa', 'a', 'b'), regexp_replace('aaa', 'a', 'b', 'g'), regexp_replace('a.b.c', '.', '-', 'g');
SELECT regexp_replace('2024-01-31', '(\d+)-(\d+)-(\d+)', '\3/\2/\1'), regexp_replace('abc', '(b)', '[\0\1&]'), regexp_replace('abc', 'B', 'x', 'i');
SELECT regexp_replace('one two three', '\w+', 'X', 2), regexp_replace('one two three', '\w+', 'X', 1, 2), regexp_replace('a1b2c3', '[0-9]', '', 'g');
SELECT regexp_match('Tuition Été 2024', '(\w+) (\w+)'), regexp_match('abc', 'x'), regexp_matches('a1b22c333', '\d+', 'g') ORDER BY 1;
SELECT regexp_count('été ÉTÉ été', 'été'), regexp_count('été ÉTÉ été', 'été', 1, 'i'), regexp_instr('abcabc', 'c', 1, 2), regexp_instr('ñandú', 'd'), regexp_substr('k1=v1;k2=v2', '[^;]+', 1, 2);
SELECT regexp_split_to_array('a, b,c ,  d', '\s*,\s*'), regexp_split_to_table('ÆbØcÅ', '[bc]') ORDER BY 2;
SELECT 'abc' ~ '^A', 'abc' ~* '^A', 'abc' !~ 'b', 'a\nb' ~ 'a.b', E'a\nb' ~ 'a.b', E'a\nb' ~ '(?n)a.b', regexp_replace(E'x\ny', '^y', 'Y', 'gn');
SELECT 'abc' SIMILAR TO 'a%', 'abc' SIMILAR TO '(a|b)%c', 'aXc' LIKE 'a_c', '100%' LIKE '100\%', '100x' LIKE '100\%', 'a_b' LIKE 'a\_b' ESCAPE '\';
SELECT translate('Ærøskøbing', 'æøÆØ', 'aoAO'), btrim('  é  '), ltrim('xxéxx', 'x'), rtrim('éé.', '.é'), trim(both 'é' from 'ééxéé'), concat_ws('-', 'a', NULL, 'b');
SELECT ascii('É'), chr(233), chr(8364), md5('été'), to_hex(255), quote_literal('l''été'), quote_ident('Été'), format('%s|%5s|%-5s|%L|%I', 'é', 'ab', 'cd', 'x''y', 'Col');
SELECT 'a' || NULL, concat('a', NULL, 1, true), 'x' || 1 || 2.50, 1 || '', 'Σ' < 'Z', starts_with('Été', 'É'), 'abc' ^@ 'ab';
SELECT owner FROM w35_account ORDER BY owner COLLATE "C";
SELECT owner FROM w35_account ORDER BY lower(owner) COLLATE "C", id;
SELECT string_agg(owner, ',' ORDER BY owner COLLATE "C") FROM w35_account;
SELECT max(owner COLLATE "C"), min(owner COLLATE "C") FROM w35_account;
SELECT 'Z' < 'a' COLLATE "C", 'é' > 'z' COLLATE "C", 'B' COLLATE "C" < 'a';
SELECT length(E'\u00e9'), length(U&'\00E9'), octet_length('😀'), length('😀'), upper('😀a'), left('😀😁😂', -1), reverse('ab😀');
SELECT char_length(' x '::char(5)), octet_length('é'::char(3)), 'é'::char(3) = 'é', length('ab  '::char(4)), 'ab'::char(4) || 'c', 'ab  '::varchar(4) = 'ab';
SELECT 'abcdef'::varchar(3);
SELECT 'ééé'::varchar(2), 'été'::char(2), 'abc   '::varchar(3);
SELECT 'abcd'::char(2);

-- NULL ordering
SELECT id, memo FROM w35_entry ORDER BY memo, id;
SELECT id, memo FROM w35_entry ORDER BY memo DESC, id;
SELECT id, memo FROM w35_entry ORDER BY memo NULLS FIRST, id;
SELECT id, memo FROM w35_entry ORDER BY memo DESC NULLS LAST, id;
SELECT id, closed FROM w35_account ORDER BY closed DESC, id;
SELECT id, parent FROM w35_account ORDER BY parent ASC NULLS FIRST, id DESC;
SELECT id, tags FROM w35_entry ORDER BY tags, id;
SELECT id, tags FROM w35_entry ORDER BY tags DESC NULLS LAST, id;
SELECT id, meta FROM w35_entry ORDER BY meta, id;
SELECT id, meta FROM w35_entry ORDER BY meta DESC, id;
SELECT x FROM (VALUES (1), (NULL), (3)) t(x) ORDER BY x IS NULL, x DESC;
SELECT x FROM (VALUES ('b'), (NULL), ('a')) t(x) ORDER BY coalesce(x, 'zzz') DESC;
SELECT array_agg(x ORDER BY x DESC), array_agg(x ORDER BY x NULLS FIRST), array_agg(x ORDER BY x DESC NULLS LAST) FROM (VALUES (1), (NULL), (3), (2)) t(x);
SELECT min(x), max(x), count(x), sum(x), avg(x) FROM (VALUES (NULL::int), (NULL)) t(x);
SELECT x, rank() OVER (ORDER BY x DESC) FROM (VALUES (1), (NULL), (3), (NULL)) t(x) ORDER BY x NULLS FIRST;
SELECT NULL = NULL, NULL IS NULL, NULL IS DISTINCT FROM NULL, 1 IS DISTINCT FROM NULL, NULL::int IN (1, NULL), 1 IN (2, NULL), 1 NOT IN (2, NULL), 1 = ANY(ARRAY[2, NULL]);
SELECT greatest(1, NULL, 3), least(NULL, NULL::int), greatest('a', 'B'), least(1.5, 2, 0.5::float8), greatest(date '2024-01-31', timestamp '2024-01-31 01:00');

-- Implicit casts in comparisons, UNION type resolution
SELECT id FROM w35_entry WHERE amount = '0' ORDER BY id;
SELECT id FROM w35_entry WHERE amount > '1000.5' ORDER BY id;
SELECT id FROM w35_entry WHERE id = '7';
SELECT id FROM w35_entry WHERE id = 7.0;
SELECT id FROM w35_entry WHERE id = 7.5;
SELECT id FROM w35_entry WHERE id IN ('3', '4.0') ORDER BY id;
SELECT id FROM w35_entry WHERE id = '7.5';
SELECT id FROM w35_entry WHERE account::text = '1' ORDER BY id;
SELECT id FROM w35_entry WHERE posted = '2024-02-29 12:00:00+00' ORDER BY id;
SELECT id FROM w35_entry WHERE posted::date = '2024-02-29' ORDER BY id;
SELECT id FROM w35_entry WHERE posted > '2024-03-31' ORDER BY id;
SELECT code FROM w35_currency WHERE code = 'USD   ';
SELECT code FROM w35_currency WHERE code::text = 'USD ';
SELECT code, code || '|', length(code), code = 'USD'::varchar FROM w35_currency ORDER BY code;
SELECT 1 = 1.0, 1::int2 = 1::int8, 1.0::float4 = 1::numeric, 0.1::float4 = 0.1::numeric, '1e3'::float8 = 1000, 10 > '9';
SELECT '10' > '9', '10'::int > '9', 10::text > '9', 1 < '2'::text::int;
SELECT 1 UNION SELECT 1.5 ORDER BY 1;
SELECT 1 UNION ALL SELECT 2.5 UNION ALL SELECT NULL ORDER BY 1;
SELECT pg_typeof(x) FROM (SELECT 1 AS x UNION SELECT 2::bigint) t LIMIT 1;
SELECT pg_typeof(x) FROM (SELECT 1::smallint AS x UNION SELECT 2::numeric) t LIMIT 1;
SELECT pg_typeof(x) FROM (SELECT 1.5::float4 AS x UNION SELECT 2::numeric) t LIMIT 1;
SELECT x FROM (SELECT 'a'::char(3) AS x UNION SELECT 'a'::varchar) t;
SELECT pg_typeof(x), x FROM (SELECT 'a'::char(3) AS x UNION ALL SELECT 'bb'::varchar) t ORDER BY 2;
SELECT date '2024-01-31' UNION SELECT timestamp '2024-01-31 00:00';
SELECT pg_typeof(x) FROM (SELECT date '2024-01-31' AS x UNION SELECT timestamptz '2024-01-31 00:00+00') t LIMIT 1;
SELECT 1 UNION SELECT 'a';
SELECT 1 UNION SELECT true;
SELECT NULL UNION SELECT NULL;
SELECT pg_typeof(x) FROM (SELECT NULL AS x UNION SELECT NULL) t;
SELECT 'x' AS a UNION SELECT 'y' ORDER BY a DESC;
SELECT id, amount FROM w35_entry WHERE id < 3 UNION ALL SELECT 0, 0.5 ORDER BY 2;
SELECT amount FROM w35_entry WHERE id = 3 INTERSECT SELECT 1234.5678 ;
SELECT amount FROM w35_entry WHERE id = 15 EXCEPT SELECT 0;
SELECT CASE WHEN true THEN 1 ELSE 2.5 END, pg_typeof(CASE WHEN true THEN 1 ELSE 2.5 END), CASE WHEN false THEN 'a' ELSE NULL END, coalesce(NULL, 1, 2.5);
SELECT CASE 1 WHEN 1.0 THEN 'eq' ELSE 'ne' END, CASE 2 WHEN '2' THEN 'int' END, CASE WHEN 1 = 1 THEN '7' ELSE 2 END;
SELECT CASE '1' WHEN 1 THEN 'int' END;
SELECT CASE WHEN 1 = 1 THEN 'x' ELSE 2 END;
SELECT coalesce(1, 'a');
SELECT coalesce('1', 2), pg_typeof(coalesce('1', 2)), nullif('1', 1), pg_typeof(nullif(1, 1.0));
SELECT ARRAY[1, 2.5], ARRAY[1::int2, 3::int8], pg_typeof(ARRAY[1, 2.5]), ARRAY['a', NULL], ARRAY[]::int[];
SELECT VALUES_x FROM (VALUES (1), (2.5), (NULL)) t(VALUES_x) ORDER BY 1;
SELECT pg_typeof(a), pg_typeof(b) FROM (VALUES (1, 'x'), (2.0, NULL)) t(a, b) LIMIT 1;

-- Boolean and text casts
SELECT 'yes'::boolean, 'off'::boolean, 'T'::boolean, ' true '::boolean, '1'::boolean, 'n'::boolean, 'of'::boolean;
SELECT 'tru'::boolean;
SELECT 'o'::boolean;
SELECT 'maybe'::boolean;
SELECT true::text, false::varchar, true::int, 0::boolean, 5::boolean, (-1)::boolean, true::char, true::text || 'x';
SELECT 1::boolean::int + true::int, true AND NULL, false AND NULL, true OR NULL, NOT NULL::boolean, true > false, bool_and(x) FROM (VALUES (true), (NULL)) t(x);
SELECT true::bigint;
SELECT 't'::text::boolean, 'yes'::varchar::boolean, ('f' || '')::boolean;
SELECT 1.5::text, 1.50::numeric(5,2)::text, 1e10::float8::text, 0.1::float4::text, 1e-5::float8::text, 123456789012::float4::text, 100::float8::text;
SELECT 12345678.9::float4, 1e16::float8, 1.0e15::float8, 0.000123::float8, -0.0::float8, 'inf'::float8, '-Infinity'::float4, 'nan'::float8;
SELECT '  42  '::int, '+42'::int, '-0'::int, '042'::int, '0x1F'::int, '1_000'::int, '4.0'::numeric::int;
SELECT ' 4.2 '::numeric, '1e3'::numeric, '.5'::numeric, '5.'::numeric, '-.5e-2'::numeric, 'Infinity'::numeric, '1e1000'::float8;
SELECT '4.2'::int;
SELECT ''::int;
SELECT 'abc'::numeric;
SELECT '1e1000'::float4;
SELECT 123::text::char(2), 'abc'::name, 42::text || 42::text, 3.0::text, 3.0::float8::text, (3.0::float8 / 1)::text;
SELECT '2024-02-29'::date::text, '2024-02-29 12:00'::timestamp::text, interval '1 mon 2 days 03:04:05.5'::text, '1 hour'::interval::time, '25 hours'::interval::text;
SELECT '{1,2,3}'::int[]::text, '{"a":1}'::jsonb::text, '[1, 2]'::json::text, 'abc'::bytea::text, '\x00ff'::bytea, 'a b'::tsvector::text;
SELECT 'true'::jsonb::boolean, '12.5'::jsonb::numeric, '12'::jsonb::int, '"x"'::jsonb::text, ('{"n": 2.50}'::jsonb -> 'n')::numeric;
SELECT '12.5'::jsonb::int;
SELECT '"12"'::jsonb::int;

-- Arrays: slicing and comparisons
SELECT tags, tags[1], tags[2:3], tags[:1], tags[2:], tags[0], tags[-1:1], array_length(tags, 1), cardinality(tags) FROM w35_entry ORDER BY id;
SELECT (ARRAY[1,2,3,4,5])[2:4], (ARRAY[1,2,3,4,5])[4:2], (ARRAY[1,2,3])[0:10], (ARRAY[[1,2],[3,4]])[2][1], (ARRAY[[1,2],[3,4]])[1:2][2], (ARRAY[[1,2],[3,4]])[2];
SELECT '[0:2]={a,b,c}'::text[], ('[0:2]={a,b,c}'::text[])[0], array_lower('[0:2]={a,b,c}'::text[], 1), array_upper('[0:2]={a,b,c}'::text[], 1), array_dims('[0:2]={a,b,c}'::text[]);
SELECT ARRAY[1,2,3] = ARRAY[1,2,3], ARRAY[1,2] < ARRAY[1,2,3], ARRAY[2] > ARRAY[1,9], ARRAY[1,NULL] = ARRAY[1,NULL], ARRAY[1,2] <> ARRAY[2,1], '{}'::int[] < ARRAY[1];
SELECT ARRAY[1,2,3] @> ARRAY[3,1], ARRAY[1,2] <@ ARRAY[1,2,2], ARRAY[1,2] && ARRAY[2,5], ARRAY[NULL::int] @> ARRAY[NULL::int], ARRAY['a'] && ARRAY['A'];
SELECT id FROM w35_entry WHERE tags @> '{sale}' ORDER BY id;
SELECT id FROM w35_entry WHERE 'fee' = ANY (tags) ORDER BY id;
SELECT id FROM w35_entry WHERE tags && ARRAY['refund', 'jpy'] ORDER BY id;
SELECT id FROM w35_entry WHERE tags = '{}' ORDER BY id;
SELECT id FROM w35_entry WHERE NOT ('fee' = ANY (tags)) ORDER BY id;
SELECT id FROM w35_entry WHERE 'fee' <> ALL (tags) ORDER BY id;
SELECT array_position(ARRAY['a','b','a'], 'a'), array_positions(ARRAY['a','b','a'], 'a'), array_remove(ARRAY[1,2,1,NULL], 1), array_replace(ARRAY[1,2,1], 1, 9), array_cat(ARRAY[1], ARRAY[[2]]);
SELECT array_append(NULL::int[], 1), array_prepend(0, ARRAY[1]), ARRAY[1] || 2, ARRAY[1] || ARRAY[[2]], NULL::int[] || ARRAY[1], array_to_string(ARRAY[1, NULL, 3], ',', '*');
SELECT array_to_string(ARRAY['é', NULL], '|'), string_to_array('a,b,,c', ','), string_to_array('a,b,,c', ',', ''), string_to_array('abc', NULL), string_to_array('', ',');
SELECT unnest(ARRAY[3,1,2]) ORDER BY 1 DESC;
SELECT * FROM unnest(ARRAY[1,2], ARRAY['a','b','c']) AS u(n, s) ORDER BY s;
SELECT array_agg(DISTINCT t ORDER BY t) FROM w35_entry, unnest(tags) t;
SELECT t, count(*) FROM w35_entry, unnest(tags) t GROUP BY t ORDER BY count(*) DESC, t;
SELECT array_ndims(ARRAY[[1],[2]]), array_length(ARRAY[]::int[], 1), cardinality(ARRAY[[1,2],[3,4]]), array_fill(7, ARRAY[2], ARRAY[0]), trim_array(ARRAY[1,2,3], 1);
SELECT ARRAY[1,2,3][2];
SELECT ('{1,2,3}'::int[])[1.6], ('{1,2,3}'::int[])['2'];
SELECT ARRAY[[1,2],[3]];
SELECT '{1,{2}}'::int[];
SELECT max(tags), min(tags) FROM w35_entry;
SELECT tags FROM w35_entry WHERE tags IS NOT NULL GROUP BY tags ORDER BY tags DESC;

-- jsonb ordering and equality
SELECT '{"a":1,"b":2}'::jsonb = '{"b":2,"a":1}'::jsonb, '[1,2]'::jsonb = '[2,1]'::jsonb, '1.0'::jsonb = '1'::jsonb, '1.10'::jsonb = '1.1'::jsonb, '{"a":1,"a":2}'::jsonb;
SELECT 'null'::jsonb < 'true'::jsonb, '"a"'::jsonb < '1'::jsonb, '1'::jsonb < 'true'::jsonb, '[]'::jsonb < '{}'::jsonb, '[1]'::jsonb > '{"a":1}'::jsonb, 'false'::jsonb < 'true'::jsonb;
SELECT '[1,2,3]'::jsonb > '[1,3]'::jsonb, '{"a":1}'::jsonb < '{"a":1,"b":0}'::jsonb, '{"b":1}'::jsonb > '{"a":2}'::jsonb, '"B"'::jsonb < '"a"'::jsonb, '"é"'::jsonb > '"z"'::jsonb;
SELECT j FROM (VALUES ('1'::jsonb), ('"1"'), ('true'), ('null'), ('[1]'), ('{}'), ('[]'), ('2.5'), ('"A"'), ('{"a":null}'), ('false')) t(j) ORDER BY j;
SELECT j FROM (VALUES ('[1,2]'::jsonb), ('[3]'), ('[1,2,0]'), ('[]'), ('["a"]'), ('[null]')) t(j) ORDER BY j DESC;
SELECT j FROM (VALUES ('{"a":2}'::jsonb), ('{"b":1}'), ('{"a":1,"b":1}'), ('{"aa":0}'), ('{}')) t(j) ORDER BY j;
SELECT meta->>'src' AS src, count(*) FROM w35_entry GROUP BY meta->>'src' ORDER BY src NULLS FIRST;
SELECT meta->'src' AS src, count(*) FROM w35_entry GROUP BY meta->'src' ORDER BY src NULLS FIRST;
SELECT DISTINCT meta->'n' FROM w35_entry ORDER BY 1;
SELECT id, (meta->>'n')::numeric * 2, meta->'n', jsonb_typeof(meta->'n'), meta ? 'src', meta->'src' = 'null'::jsonb FROM w35_entry ORDER BY id;
SELECT id FROM w35_entry WHERE meta @> '{"src": "pos"}' ORDER BY id;
SELECT id FROM w35_entry WHERE meta->'n' = '1' ORDER BY id;
SELECT id FROM w35_entry WHERE meta->'n' > '2' ORDER BY id;
SELECT id FROM w35_entry WHERE (meta->>'n')::float8 > 2 ORDER BY id;
SELECT id, meta #> '{a,1}', meta #>> '{a}', meta->'a'->>-1, jsonb_array_length(meta->'a') FROM w35_entry WHERE meta ? 'a';
SELECT jsonb_array_length(meta) FROM w35_entry WHERE id = 1;
SELECT max(meta->>'n'), min((meta->>'n')::numeric), sum((meta->>'n')::numeric), jsonb_agg(meta->'n' ORDER BY id) FILTER (WHERE meta ? 'n') FROM w35_entry;
SELECT jsonb_build_object('amount', 100.1250::numeric(18,4), 'f', 0.1::float8, 'r', 1e20::float8, 'd', date '2024-02-29', 'ts', timestamptz '2024-01-01 00:00+00');
SELECT to_jsonb(1234.5678::numeric(18,4)), to_jsonb(ARRAY[1.50, NULL]), to_jsonb('é'::text), to_jsonb(timestamp '2024-02-29 12:00'), row_to_json(a) FROM w35_account a WHERE id = 1;
SELECT jsonb_object_agg(code, minor_units ORDER BY code) FROM w35_currency;
SELECT jsonb_set('{"a":{"b":1}}', '{a,c}', '2'), jsonb_set('[1,2]', '{5}', '9'), jsonb_insert('[1,2]', '{0}', '0'), '{"a":1}'::jsonb || '{"a":2}', '{"a":1,"b":2}'::jsonb - 'a', '[1,2,3]'::jsonb - -1;
SELECT jsonb_path_query_array('{"xs":[1,5,10]}', '$.xs[*] ? (@ > 2)'), jsonb_path_exists('{"a":1}', '$.b'), '{"a":[1,2]}'::jsonb @? '$.a[*] ? (@ == 2)';
SELECT '{"a": 1.0}'::jsonb, '{"a": 1e2}'::jsonb, '{"a": -0}'::jsonb, '[1.000, 2.50]'::jsonb, '{"a": 12345678901234567890}'::jsonb, '"\u00e9"'::jsonb;
SELECT '{"a": 1.0}'::json, '{"b":1, "a" : 2}'::json, json_build_array(1, 'x', NULL, 2.50);
SELECT jsonb_each_text.* FROM jsonb_each_text('{"b": 2, "a": null, "c": [1]}') ORDER BY key;
SELECT * FROM jsonb_to_recordset('[{"id": 1, "amt": "2.5"}, {"id": 2, "amt": 3}]') AS x(id int, amt numeric(18,4)) ORDER BY id;

-- DML results: triggers, RETURNING, ON CONFLICT, UPDATE … FROM, DELETE … USING
-- @must
CREATE TABLE w35_balance (account int PRIMARY KEY, balance numeric(18,4) NOT NULL DEFAULT 0, entries int NOT NULL DEFAULT 0, updated_at timestamptz, note text);
-- @must
CREATE FUNCTION w35_norm() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.balance := round(NEW.balance, 2); NEW.note := upper(coalesce(NEW.note, 'auto')); RETURN NEW; END $$;
-- @must
CREATE TRIGGER w35_norm_biu BEFORE INSERT OR UPDATE ON w35_balance FOR EACH ROW EXECUTE FUNCTION w35_norm();
-- @must
INSERT INTO w35_balance (account, balance, entries) SELECT account, sum(amount), count(*) FROM w35_entry GROUP BY account RETURNING account, balance, entries, note;
SELECT * FROM w35_balance ORDER BY account;
INSERT INTO w35_balance VALUES (3, 1.005, 1, NULL, 'x') ON CONFLICT (account) DO UPDATE SET balance = w35_balance.balance + EXCLUDED.balance, entries = w35_balance.entries + 1 RETURNING account, balance, entries, note;
INSERT INTO w35_balance VALUES (4, 5, 1) ON CONFLICT (account) DO UPDATE SET balance = EXCLUDED.balance WHERE w35_balance.balance < 0 RETURNING *;
INSERT INTO w35_balance VALUES (4, 5, 1) ON CONFLICT (account) DO UPDATE SET balance = EXCLUDED.balance WHERE w35_balance.balance > 0 RETURNING account, balance, note;
INSERT INTO w35_balance VALUES (9, 1.239, 0, NULL, 'new') ON CONFLICT (account) DO UPDATE SET balance = 0 RETURNING account, balance, note;
INSERT INTO w35_balance VALUES (9, 7, 0), (10, 8, 0) ON CONFLICT DO NOTHING RETURNING account;
INSERT INTO w35_balance VALUES (10, 1, 0), (10, 2, 0) ON CONFLICT (account) DO UPDATE SET balance = EXCLUDED.balance;
INSERT INTO w35_balance VALUES (11, 1, 0), (11, 2, 0) ON CONFLICT (account) DO NOTHING RETURNING account, balance;
INSERT INTO w35_balance AS b VALUES (1, 10, 0) ON CONFLICT (account) DO UPDATE SET balance = b.balance + EXCLUDED.balance, note = EXCLUDED.note || '+' RETURNING b.account, b.balance, b.note;
INSERT INTO w35_balance VALUES (12, 0, 0) ON CONFLICT (note) DO NOTHING;
SELECT account, balance, entries, note FROM w35_balance ORDER BY account;
-- @must
CREATE TABLE w35_adj (account int, delta numeric(18,4), why text);
-- @must
INSERT INTO w35_adj VALUES (1, 1.111, 'a'), (1, 2.222, 'b'), (2, -0.005, 'c'), (99, 5, 'ghost'), (7, NULL, 'null delta');
UPDATE w35_balance b SET balance = b.balance + a.delta FROM w35_adj a WHERE a.account = b.account AND a.account <> 1 AND a.delta IS NOT NULL RETURNING b.account, b.balance, a.why;
UPDATE w35_balance b SET balance = b.balance + a.delta FROM w35_adj a WHERE a.account = b.account AND a.account = 7;
UPDATE w35_balance b SET balance = b.balance + (SELECT sum(delta) FROM w35_adj a WHERE a.account = b.account) WHERE b.account = 1 RETURNING account, balance;
UPDATE w35_balance b SET entries = entries + 1 FROM w35_adj a WHERE a.account = b.account AND a.why IN ('a', 'b') RETURNING b.account, b.entries;
UPDATE w35_balance SET balance = balance / 0 WHERE account = 2;
UPDATE w35_balance SET entries = 2147483647 WHERE account = 2 RETURNING entries;
UPDATE w35_balance SET entries = entries + 1 WHERE account = 2;
SELECT account, balance, entries FROM w35_balance WHERE account = 2;
UPDATE w35_balance SET balance = 123456789012345 WHERE account = 2;
UPDATE w35_balance SET (balance, note) = (SELECT sum(amount), 'from entries' FROM w35_entry WHERE account = 8) WHERE account = 8 RETURNING balance, note;
UPDATE w35_balance SET note = NULL WHERE account > 100 RETURNING *;
DELETE FROM w35_balance b USING w35_adj a WHERE a.account = b.account AND a.delta IS NULL RETURNING b.account, a.why;
DELETE FROM w35_balance b USING w35_account acc WHERE acc.id = b.account AND acc.closed IS NOT NULL RETURNING b.account, acc.owner;
DELETE FROM w35_balance WHERE account IN (SELECT account FROM w35_adj) RETURNING account;
WITH moved AS (DELETE FROM w35_balance WHERE balance = 0 RETURNING account, balance) SELECT count(*), sum(balance) FROM moved;
WITH ins AS (INSERT INTO w35_balance (account, balance) VALUES (20, 3.14159) RETURNING *) SELECT account, balance, note FROM ins;
SELECT account, balance, entries, note FROM w35_balance ORDER BY account;
-- @must
CREATE TABLE w35_audit (id serial PRIMARY KEY, account int, old_balance numeric(18,4), new_balance numeric(18,4), op text);
-- @must
CREATE FUNCTION w35_audit_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO w35_audit (account, old_balance, new_balance, op) VALUES (coalesce(NEW.account, OLD.account), OLD.balance, NEW.balance, TG_OP); RETURN coalesce(NEW, OLD); END $$;
-- @must
CREATE TRIGGER w35_audit_t AFTER INSERT OR UPDATE OR DELETE ON w35_balance FOR EACH ROW EXECUTE FUNCTION w35_audit_fn();
UPDATE w35_balance SET balance = balance * 2 WHERE account IN (4, 5, 6) RETURNING account, balance;
DELETE FROM w35_balance WHERE account = 6 RETURNING account, balance;
INSERT INTO w35_balance VALUES (6, -0.125, 1) RETURNING account, balance, note;
SELECT account, old_balance, new_balance, op FROM w35_audit ORDER BY account, id;
-- @must
CREATE TABLE w35_dup (k int, v text);
-- @must
INSERT INTO w35_dup VALUES (1, 'one'), (1, 'uno'), (2, 'two');
-- @must
CREATE TABLE w35_tgt (k int PRIMARY KEY, v text, n int DEFAULT 0);
-- @must
INSERT INTO w35_tgt VALUES (1, NULL), (2, NULL), (3, NULL);
UPDATE w35_tgt t SET n = t.n + 1 FROM w35_dup d WHERE d.k = t.k RETURNING t.k, t.n;
SELECT k, n FROM w35_tgt ORDER BY k;
UPDATE w35_tgt t SET v = d.v FROM (SELECT DISTINCT ON (k) k, v FROM w35_dup ORDER BY k, v) d WHERE d.k = t.k RETURNING t.k, t.v;
DELETE FROM w35_tgt t USING w35_dup d WHERE d.k = t.k RETURNING t.k, d.v;
SELECT k, v, n FROM w35_tgt ORDER BY k;
INSERT INTO w35_tgt (k, v) SELECT k, v FROM w35_dup ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v;
INSERT INTO w35_tgt (k, v) SELECT k, v FROM w35_dup WHERE v <> 'uno' ON CONFLICT (k) DO UPDATE SET v = w35_tgt.v || '/' || EXCLUDED.v WHERE w35_tgt.k > 1 RETURNING k, v;
SELECT k, v, n FROM w35_tgt ORDER BY k;
INSERT INTO w35_tgt VALUES (50, 'x', 2147483647) RETURNING n + 1;
INSERT INTO w35_tgt VALUES (51, 'x', '1.5');
INSERT INTO w35_tgt VALUES (52, 'x', 1.5) RETURNING n;
INSERT INTO w35_tgt VALUES (53, 'x', 2.5) RETURNING n;
INSERT INTO w35_tgt VALUES (54, repeat('é', 3), 3000000000);
SELECT count(*) FROM w35_tgt WHERE k >= 50;
-- @must
CREATE TABLE w35_money (id int PRIMARY KEY, amt numeric(18,4), qty smallint, rate numeric(5,4) CHECK (rate <= 1));
INSERT INTO w35_money VALUES (1, 1.23456, 1, 0.12345) RETURNING amt, rate;
INSERT INTO w35_money VALUES (2, 0.00005, 2, 0.99995) RETURNING amt, rate;
INSERT INTO w35_money VALUES (3, -0.00005, 3, 1.00001);
INSERT INTO w35_money VALUES (4, 1, 40000, 0);
INSERT INTO w35_money VALUES (5, 1e14, 1, 0);
INSERT INTO w35_money VALUES (6, 99999999999999.99994, 1, 0) RETURNING amt;
UPDATE w35_money SET amt = amt * 3, qty = qty * 20000 WHERE id = 2;
SELECT id, amt, qty, rate FROM w35_money ORDER BY id;
UPDATE w35_money SET amt = amt / 3 RETURNING id, amt, amt * 3;
SELECT sum(amt), sum(amt * rate)::numeric(18,4), sum(qty), pg_typeof(sum(qty)) FROM w35_money;
-- @must
CREATE TABLE w35_seq (id bigserial PRIMARY KEY, t text);
INSERT INTO w35_seq (t) VALUES ('a'), ('b') RETURNING id, t;
INSERT INTO w35_seq (id, t) VALUES (DEFAULT, 'c'), (10, 'd') RETURNING id;
INSERT INTO w35_seq (t) VALUES ('e') RETURNING id;
SELECT currval('w35_seq_id_seq'), lastval() IS NOT NULL;
SELECT setval('w35_seq_id_seq', 100, false), nextval('w35_seq_id_seq'), nextval('w35_seq_id_seq');

-- More reporting shapes
SELECT a.currency, to_char(date_trunc('month', e.posted AT TIME ZONE 'UTC'), 'YYYY-MM') AS m, sum(e.amount) AS total, sum(sum(e.amount)) OVER (PARTITION BY a.currency ORDER BY date_trunc('month', e.posted AT TIME ZONE 'UTC')) AS cum
  FROM w35_entry e JOIN w35_account a ON a.id = e.account GROUP BY a.currency, date_trunc('month', e.posted AT TIME ZONE 'UTC') ORDER BY a.currency, m;
SELECT m, coalesce(t.total, 0) AS total FROM generate_series(date '2024-01-01', date '2024-04-01', interval '1 month') m LEFT JOIN (SELECT date_trunc('month', posted AT TIME ZONE 'UTC') AS mm, sum(amount) AS total FROM w35_entry GROUP BY 1) t ON t.mm = m ORDER BY m;
SELECT account, round(100.0 * sum(amount) / nullif(sum(sum(amount)) OVER (), 0), 2) AS share FROM w35_entry GROUP BY account ORDER BY share DESC NULLS LAST, account;
SELECT account, amount, amount - avg(amount) OVER (PARTITION BY account) AS dev FROM w35_entry ORDER BY account, id;
SELECT id, amount, round(amount / sum(amount) OVER (PARTITION BY account), 6) FROM w35_entry WHERE account = 4 ORDER BY id;
SELECT count(*) FILTER (WHERE posted < '2024-02-01'), count(*) FILTER (WHERE posted >= '2024-02-01' AND posted < '2024-03-01'), count(*) FILTER (WHERE posted >= '2024-03-01') FROM w35_entry;
SELECT extract(year FROM opened) AS y, count(*), string_agg(owner, ', ' ORDER BY owner) FROM w35_account GROUP BY ROLLUP (1) ORDER BY 1 NULLS LAST;
SELECT kind, count(*) FILTER (WHERE closed IS NULL) AS open_n, min(opened), max(opened), max(opened) - min(opened) AS span FROM w35_account GROUP BY kind ORDER BY kind;
SELECT id, opened, (opened + interval '1 year')::date, opened + 365, date_part('year', age(date '2025-01-31', opened)) FROM w35_account ORDER BY id;
SELECT id, age(coalesce(closed, date '2024-12-31'), opened), extract(days FROM coalesce(closed, date '2024-12-31') - opened) FROM w35_account ORDER BY id;
SELECT id, coalesce(closed, date '2024-12-31') - opened FROM w35_account ORDER BY id;
SELECT currency, day, to_usd, to_usd - lag(to_usd) OVER w AS chg, round(100 * (to_usd / lag(to_usd) OVER w - 1), 3) AS pct FROM w35_rate WINDOW w AS (PARTITION BY currency ORDER BY day) ORDER BY currency, day;
SELECT currency, first_value(to_usd) OVER w, last_value(to_usd) OVER w, nth_value(to_usd, 2) OVER w FROM w35_rate WINDOW w AS (PARTITION BY currency ORDER BY day ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) ORDER BY currency, day;
SELECT currency, avg(to_usd)::numeric(18,8), max(to_usd) - min(to_usd), count(*) FROM w35_rate GROUP BY currency HAVING count(*) > 2 ORDER BY currency;
SELECT e.id, e.amount, (SELECT to_usd FROM w35_rate r JOIN w35_account a ON a.currency = r.currency WHERE a.id = e.account ORDER BY abs(r.day - (e.posted AT TIME ZONE 'UTC')::date), r.day LIMIT 1) AS rate FROM w35_entry e ORDER BY e.id;
SELECT a.id, a.owner, coalesce(b.total, 0) FROM w35_account a LEFT JOIN (SELECT account, sum(amount) AS total FROM w35_entry GROUP BY account) b ON b.account = a.id WHERE coalesce(b.total, 0) <> 0 ORDER BY a.id;
SELECT a.id FROM w35_account a WHERE NOT EXISTS (SELECT 1 FROM w35_entry e WHERE e.account = a.id AND e.amount < 0) ORDER BY a.id;
SELECT a.id FROM w35_account a WHERE a.id NOT IN (SELECT account FROM w35_entry WHERE amount < 0) ORDER BY a.id;
SELECT a.id FROM w35_account a WHERE a.parent NOT IN (SELECT id FROM w35_account WHERE kind = 'asset') ORDER BY a.id;
SELECT id, amount, CASE WHEN amount > 0 THEN 'debit' WHEN amount < 0 THEN 'credit' ELSE 'zero' END AS side, sign(amount) FROM w35_entry ORDER BY side, id;
SELECT side, count(*) FROM (SELECT CASE WHEN amount >= 0 THEN 'in' ELSE 'out' END AS side FROM w35_entry) t GROUP BY side ORDER BY side;
SELECT to_char(amount, 'FM999,999,990.00') AS amt FROM w35_entry ORDER BY amount DESC;
SELECT lpad(to_char(amount, 'FM9999990.00'), 12, '.') FROM w35_entry ORDER BY id;
SELECT format('%s: %s %s', id, to_char(amount, 'FM9999990.0000'), (SELECT currency FROM w35_account WHERE id = account)) FROM w35_entry ORDER BY id;
SELECT id, posted AT TIME ZONE 'America/Los_Angeles' AS local, to_char(posted AT TIME ZONE 'America/Los_Angeles', 'Dy DD Mon YYYY HH12:MI AM') FROM w35_entry ORDER BY id;
SELECT (posted AT TIME ZONE 'Europe/London')::date AS d, count(*) FROM w35_entry GROUP BY 1 ORDER BY 1;
SELECT extract(dow FROM posted AT TIME ZONE 'Asia/Tokyo') AS dow, count(*) FROM w35_entry GROUP BY 1 ORDER BY 1;
SELECT date_trunc('week', posted AT TIME ZONE 'UTC')::date AS wk, count(*) FROM w35_entry GROUP BY 1 ORDER BY 1;
SELECT id, date_bin('1 hour', posted, timestamptz '2024-01-01 00:30+00') FROM w35_entry ORDER BY id;
SELECT timestamptz '2024-03-31 00:30+00' AT TIME ZONE 'Europe/Berlin', timestamptz '2024-03-31 01:30+00' AT TIME ZONE 'Europe/Berlin', timestamptz '2024-10-27 00:30+00' AT TIME ZONE 'Europe/Berlin', timestamptz '2024-10-27 01:30+00' AT TIME ZONE 'Europe/Berlin';
SELECT timestamp '2024-10-27 02:30' AT TIME ZONE 'Europe/Berlin', timestamp '2024-03-31 02:30' AT TIME ZONE 'Europe/London', timestamp '2024-04-07 02:30' AT TIME ZONE 'Australia/Sydney', timestamp '2024-10-06 02:30' AT TIME ZONE 'Australia/Sydney';
SELECT (timestamp '2024-03-10 01:00' + g * interval '30 minutes') AT TIME ZONE 'America/New_York' FROM generate_series(0, 4) g ORDER BY 1;
SELECT generate_series(timestamptz '2024-10-26 22:00+00', timestamptz '2024-10-27 03:00+00', interval '1 hour') AT TIME ZONE 'Europe/Berlin' ORDER BY 1;
SELECT to_char(timestamptz '2024-12-31 23:59:59.5+00', 'YYYY-MM-DD"T"HH24:MI:SS.MS'), to_char(date '2024-12-30', 'IYYY-"W"IW-ID'), to_char(date '2021-01-03', 'IYYY IW'), to_char(date '2024-01-01', 'WW W');
SELECT greatest(amount, 0) AS debit, least(amount, 0) AS credit, abs(amount), amount::int, amount::bigint, amount::float8 FROM w35_entry ORDER BY id;
SELECT sum(amount::float8), sum(amount)::float8, avg(amount::float4)::numeric(10,2) FROM w35_entry;
SELECT 0.1::numeric(18,4) * 3 = 0.3, (0.1::float8 * 3)::numeric(18,4), 1234.5678::numeric(18,4) / 3, (1234.5678::numeric(18,4) / 3)::numeric(18,4), 2.0 * 1234.5678::numeric(18,4);
SELECT round(1234.5678::numeric(18,4) / 7, 4) * 7, trunc(-1234.5678, 1), round(-1234.5678, -2), round(1234.5678::numeric, 10), round(5.5::numeric, 0), round(-5.5);
SELECT 10::numeric / 3, 10::numeric(18,4) / 3, 1::numeric / 7, 100::numeric(10,0) / 7, 2 / 3::numeric(18,4), 0.0001 / 3, 123456789.12345678 / 1000;
SELECT mod(10.5, 3), 10.5 % 3, mod(-10.5, 3), 10 % 3.5, mod(7::bigint, -3), (-7)::numeric % 3;
SELECT width_bucket(amount, -100, 3000, 4), width_bucket(5.5, ARRAY[1, 5, 10]) FROM w35_entry ORDER BY id;
SELECT gcd(12, 18), lcm(4, 6), gcd(0::numeric, 2.5), trim_scale(1.2300), min_scale(1.2300), scale(1.2300);

-- Regular-expression options and argument types
SELECT 'abc' ~ '^A', 'abc' ~* '^A', 'abc' !~ 'b', 'a\nb' ~ 'a.b', E'a\nb' ~ 'a.b', E'a\nb' ~ '(?n)a.b', regexp_replace(E'x\ny', '^y', 'Y', 'gn');
SELECT regexp_replace(E'ab\ncd\nef', '^', '> ', 'gn'), regexp_replace(E'ab\ncd\nef', '$', ';', 'gn'), regexp_replace(E'ab\ncd', '^', '> ', 'g');
SELECT regexp_match(E'k1: v1\nk2: v2', '^k2: (.*)$', 'n'), regexp_match(E'k1: v1\nk2: v2', 'k1: (.*)', 'n'), regexp_match(E'k1: v1\nk2: v2', 'k1: (.*)');
SELECT regexp_matches(E'a=1\nb=2\nc=3', '^(\w)=(\d)$', 'gn');
SELECT regexp_count(E'x\ny\nz', '^', 'n'), regexp_count(E'x\ny\nz', '^'), regexp_count(E'x\ny\nz', '[^x]', 'n'), regexp_count(E'x\ny\nz', '[^x]');
SELECT regexp_like(E'a\nb', 'a.b', 'p'), regexp_like(E'a\nb', '^b', 'p'), regexp_like(E'a\nb', '^b', 'w'), regexp_like(E'a\nb', 'a.b', 'w'), regexp_like(E'a\nb', '^b', 'm'), regexp_like(E'a\nb', '^b', 'ns');
SELECT regexp_split_to_array(E'a\nb\r\nc', '$', 'n'), regexp_replace(E'A\nb', '^b', 'X', 'ni'), regexp_substr(E'l1\nl2\nl3', '^.*$', 1, 2, 'n');
SELECT E'line1\nline2' ~ '(?n)^line2$', E'line1\nline2' ~ '(?w)^line2$', E'line1\nline2' ~ '(?p)^line2$', E'a\rb' ~ '(?n)a.b', E'a\nb' ~ '(?n)a[^x]b', E'a\nb' ~ '(?n)a[\n]b';
SELECT substring(E'one\ntwo' FROM '(?n)^t.*$'), E'x\ny' ~ '(?x) x . y', regexp_replace('a', 'a', 'b', 'x');
SELECT regexp_replace('abc', 'b', 'x', 'q');
SELECT regexp_replace('a.b*c', '.b*', '-', 'q'), regexp_replace('A.B', 'a.b', 'x', 'qi'), 'x+y' ~ '(?q)x+y', regexp_match('(1) [2]', '(1) [2]', 'q');
SELECT regexp_replace('2024-01-31', '(\d{4}) - (\d\d) # month
  - (\d\d)', '\3.\2.\1', 'x'), 'a b' ~ '(?x)a\ b', 'a b' ~ '(?x)a b', 'a#b' ~ '(?x)a[#]b', 'ab' ~ '(?x) a # comment
  b';
SELECT regexp_replace('abc', 'b', 'x', 'b');
SELECT regexp_replace('abc', 'b', 'x', 'z');

-- Upserts on partial unique indexes, triggers that change the key, statement results
-- @must
CREATE TABLE w35_job (id int PRIMARY KEY, queue text NOT NULL, key text, state text NOT NULL DEFAULT 'new', tries int NOT NULL DEFAULT 0, amount numeric(18,4));
-- @must
CREATE UNIQUE INDEX w35_job_key ON w35_job (queue, key) WHERE state <> 'done';
INSERT INTO w35_job VALUES (1, 'mail', 'a', 'new', 0, 1.5), (2, 'mail', 'b', 'done', 0, 2.5), (3, 'sms', 'a', 'new', 0, NULL);
INSERT INTO w35_job VALUES (4, 'mail', 'a', 'new', 0, 9) ON CONFLICT (queue, key) WHERE state <> 'done' DO UPDATE SET tries = w35_job.tries + 1 RETURNING id, tries;
INSERT INTO w35_job VALUES (5, 'mail', 'b', 'new', 0, 9) ON CONFLICT (queue, key) WHERE state <> 'done' DO UPDATE SET tries = w35_job.tries + 1 RETURNING id, tries, state;
INSERT INTO w35_job VALUES (6, 'mail', 'a', 'new', 0, 9) ON CONFLICT (queue, key) DO NOTHING;
INSERT INTO w35_job VALUES (7, 'sms', 'a', 'new', 0, 9) ON CONFLICT (queue, key) WHERE state <> 'done' DO UPDATE SET amount = coalesce(w35_job.amount, 0) + EXCLUDED.amount WHERE w35_job.amount IS NULL RETURNING id, amount;
INSERT INTO w35_job VALUES (8, 'sms', 'a', 'new', 0, 9) ON CONFLICT (queue, key) WHERE state <> 'done' DO UPDATE SET amount = w35_job.amount + EXCLUDED.amount WHERE w35_job.amount IS NULL RETURNING id, amount;
INSERT INTO w35_job VALUES (1, 'x', 'y') ON CONFLICT (id) DO UPDATE SET state = 'done', key = EXCLUDED.key RETURNING *;
INSERT INTO w35_job VALUES (9, 'mail', 'c') ON CONFLICT ON CONSTRAINT w35_job_pkey DO UPDATE SET tries = -1 RETURNING id, state, tries;
SELECT id, queue, key, state, tries, amount FROM w35_job ORDER BY id;
UPDATE w35_job SET state = 'done' WHERE state = 'new' AND queue = 'mail' RETURNING id, state;
WITH picked AS (SELECT id FROM w35_job WHERE state <> 'done' ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED) UPDATE w35_job j SET state = 'active', tries = tries + 1 FROM picked WHERE j.id = picked.id RETURNING j.id, j.state, j.tries;
UPDATE w35_job SET amount = amount * 1.00005 WHERE amount IS NOT NULL RETURNING id, amount;
UPDATE w35_job SET amount = amount / 3 WHERE id = 7 RETURNING amount, amount * 3, round(amount * 3, 2);
DELETE FROM w35_job WHERE state = 'done' RETURNING id;
SELECT count(*), sum(tries), string_agg(state, ',' ORDER BY id) FROM w35_job;
-- @must
CREATE TABLE w35_hist (id int, amt numeric(18,4), op text, at_ts timestamptz DEFAULT '2024-01-01 00:00+00');
-- @must
CREATE FUNCTION w35_hist_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP = 'DELETE' THEN INSERT INTO w35_hist (id, amt, op) VALUES (OLD.id, OLD.amount, TG_OP); RETURN OLD; END IF; NEW.amount := round(coalesce(NEW.amount, 0), 2); INSERT INTO w35_hist (id, amt, op) VALUES (NEW.id, NEW.amount, TG_OP); RETURN NEW; END $$;
-- @must
CREATE TRIGGER w35_hist_t BEFORE INSERT OR UPDATE OR DELETE ON w35_job FOR EACH ROW EXECUTE FUNCTION w35_hist_fn();
INSERT INTO w35_job VALUES (20, 'q', 'k', 'new', 0, 1.23456) RETURNING amount;
UPDATE w35_job SET amount = 2.005 WHERE id = 20 RETURNING amount;
INSERT INTO w35_job VALUES (20, 'q', 'k') ON CONFLICT (id) DO UPDATE SET amount = 7.777 RETURNING id, amount;
DELETE FROM w35_job WHERE id = 20 RETURNING id, amount;
SELECT id, amt, op FROM w35_hist ORDER BY id, op, amt;
SELECT op, count(*), sum(amt) FROM w35_hist GROUP BY op ORDER BY op;
-- Aggregates of the ledger in other shapes
SELECT account, array_agg(amount ORDER BY posted DESC) AS recent, (array_agg(amount ORDER BY posted DESC))[1] AS last FROM w35_entry GROUP BY account ORDER BY account;
SELECT json_agg(json_build_object('id', id, 'amt', amount) ORDER BY id) FROM w35_entry WHERE account = 1;
SELECT jsonb_agg(amount ORDER BY amount) FROM w35_entry WHERE account IN (3, 4);
SELECT jsonb_object_agg(id, amount) FROM w35_entry WHERE id < 4;
SELECT account, sum(amount) FROM w35_entry GROUP BY account HAVING sum(amount) BETWEEN -1 AND 1 ORDER BY account;
SELECT count(*) FROM (SELECT DISTINCT amount FROM w35_entry) t;
SELECT count(DISTINCT amount), count(DISTINCT abs(amount)), count(DISTINCT amount::text) FROM w35_entry;
SELECT amount, count(*) FROM w35_entry GROUP BY amount HAVING count(*) > 1 ORDER BY amount;
SELECT abs(amount), count(*) FROM w35_entry GROUP BY abs(amount) HAVING count(*) > 1 ORDER BY 1;
SELECT min(posted), max(posted), max(posted) - min(posted), avg(extract(epoch FROM posted))::numeric(20,3) FROM w35_entry;
SELECT id FROM w35_entry WHERE amount IN (0.5, -0.5, 0) ORDER BY id;
SELECT id FROM w35_entry WHERE amount = ANY ('{0.5,-0.5,0.00}'::numeric[]) ORDER BY id;
SELECT id FROM w35_entry WHERE amount::text IN ('0.5000', '-0.5') ORDER BY id;
SELECT id FROM w35_entry WHERE amount BETWEEN SYMMETRIC 1 AND -1 ORDER BY id;
SELECT id, amount FROM w35_entry ORDER BY amount::float8 DESC, id LIMIT 3;
SELECT id FROM w35_entry WHERE memo ILIKE '%été%' OR memo LIKE '%Half%' ORDER BY id;
SELECT id FROM w35_entry WHERE memo ~ '^[A-Z][a-z]+$' ORDER BY id;
SELECT id, memo FROM w35_entry WHERE memo SIMILAR TO '%(test|Half)%' ORDER BY id;
SELECT id, split_part(memo, ' ', 1), split_part(memo, ' ', -1) FROM w35_entry WHERE memo IS NOT NULL ORDER BY id;
SELECT id, tags[array_upper(tags, 1)], array_to_string(tags[2:], '+') FROM w35_entry ORDER BY id;
SELECT id, meta - 'src', meta || '{"checked": true}' FROM w35_entry WHERE jsonb_typeof(meta) = 'object' ORDER BY id;
SELECT id, jsonb_typeof(meta), meta IS NULL, meta = 'null' FROM w35_entry ORDER BY id;
SELECT meta FROM w35_entry WHERE meta IS NOT NULL ORDER BY meta DESC, id;
SELECT DISTINCT jsonb_typeof(meta) FROM w35_entry ORDER BY 1 NULLS FIRST;
