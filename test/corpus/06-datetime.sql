-- Dates, times, intervals: arithmetic, date_trunc, extract, to_char.

-- @must
SELECT '2024-01-31'::date + 1, '2024-03-01'::date - 1, '2024-03-01'::date - '2024-01-01'::date;
SELECT '2024-01-31'::date + interval '1 month', '2024-01-01'::date + interval '36 hours';
SELECT '2024-01-02 03:04:05'::timestamp + interval '1 day', '2024-01-02 03:04:05'::timestamp - interval '2 hours 30 minutes';
-- @must
SELECT '2024-01-02 03:04:05+00'::timestamptz + interval '1 year 1 month', '2024-03-31 00:00:00+00'::timestamptz - interval '1 month';
SELECT '2024-01-02 03:04:05'::timestamp - '2024-01-01 00:00:00'::timestamp;
SELECT '2024-05-01 00:00:00+00'::timestamptz - '2024-04-01 12:00:00+00'::timestamptz;
SELECT interval '1 day' + interval '2 hours', interval '1 hour' * 3, interval '3 days' / 2, -interval '1 day';
SELECT interval '1 year 2 months', interval '45 days', interval '1.5 hours', interval '100 seconds', interval '0';
SELECT id, ordered_at + interval '7 days' AS due FROM orders ORDER BY id LIMIT 4;
SELECT id, ship_date - ordered_at::date AS days FROM orders WHERE ship_date IS NOT NULL ORDER BY id;
SELECT id, ordered_at FROM orders WHERE ordered_at > '2024-05-01'::timestamptz - interval '10 days' ORDER BY id;
SELECT id FROM orders WHERE ordered_at BETWEEN '2024-04-01' AND '2024-04-30 23:59:59' ORDER BY id;
SELECT id, last_login + interval '1 hour' FROM customers WHERE last_login IS NOT NULL ORDER BY id;
SELECT title, warranty, warranty + interval '1 month', warranty * 2 FROM products WHERE warranty IS NOT NULL ORDER BY id;
SELECT date_trunc('month', '2024-05-17 13:14:15'::timestamp), date_trunc('day', '2024-05-17 13:14:15+00'::timestamptz), date_trunc('hour', '2024-05-17 13:14:15.5'::timestamp);
SELECT date_trunc('year', ordered_at), date_trunc('week', ordered_at), date_trunc('quarter', ordered_at) FROM orders ORDER BY id LIMIT 3;
-- @must
SELECT date_trunc('month', ordered_at) AS month, count(*) FROM orders GROUP BY 1 ORDER BY 1;
SELECT date_trunc('day', ship_date) FROM orders WHERE ship_date IS NOT NULL ORDER BY id LIMIT 2;
-- @must
SELECT extract(year FROM ordered_at), extract(month FROM ordered_at), extract(day FROM ordered_at) FROM orders ORDER BY id LIMIT 3;
SELECT extract(hour FROM '2024-05-17 13:14:15'::timestamp), extract(minute FROM '2024-05-17 13:14:15'::timestamp), extract(second FROM '2024-05-17 13:14:15.25'::timestamp);
SELECT extract(dow FROM '2024-05-17'::date), extract(isodow FROM '2024-05-19'::date), extract(doy FROM '2024-05-17'::date), extract(quarter FROM '2024-05-17'::date), extract(week FROM '2024-05-17'::date);
SELECT extract(epoch FROM '2024-01-01 00:00:00+00'::timestamptz), extract(epoch FROM interval '1 day'), extract(day FROM interval '3 days 4 hours');
SELECT date_part('year', '2024-05-17'::date), date_part('hour', '2024-05-17 13:14:15'::timestamp);
SELECT EXTRACT(YEAR FROM birth_date) AS y, count(*) FROM customers WHERE birth_date IS NOT NULL GROUP BY 1 ORDER BY 1;
-- @must
SELECT to_char('2024-05-07 13:04:05'::timestamp, 'YYYY-MM-DD HH24:MI:SS'), to_char('2024-05-07 13:04:05'::timestamp, 'DD/MM/YYYY'), to_char('2024-05-07 13:04:05'::timestamp, 'HH12:MI AM');
SELECT to_char(ordered_at, 'YYYY-MM') AS ym, count(*) FROM orders GROUP BY 1 ORDER BY 1;
SELECT to_char('2024-05-07'::date, 'Mon DD, YYYY'), to_char('2024-05-07'::date, 'Day'), to_char('2024-05-07'::date, 'FMMonth FMDD');
SELECT to_char(1234.5, '9999.99'), to_char(42, '000'), to_char(1234567.891, 'FM999,999,990.00');
SELECT to_date('2024-05-07', 'YYYY-MM-DD'), to_timestamp('2024-05-07 10:00', 'YYYY-MM-DD HH24:MI');
SELECT to_timestamp(0);
SELECT age('2024-05-17'::timestamp, '2024-01-01'::timestamp);
SELECT make_date(2024, 2, 29), make_interval(days => 3);
SELECT '2024-02-30'::date;
SELECT '25:00:00'::time;
SELECT 'infinity'::timestamp, '-infinity'::date;
SELECT '2024-05-17 13:14:15.123456'::timestamp, '2024-05-17 13:14:15.120'::timestamptz, '2024-05-17T13:14:15'::timestamp;
SELECT '2024-05-17 13:14:15 America/New_York'::timestamptz;
SELECT '2024-05-17 13:14:15+05:30'::timestamptz, '2024-05-17 13:14:15-0800'::timestamptz;
SELECT 'May 17 2024'::date, '17-May-2024'::date, '20240517'::date;
SELECT '2024-05-17'::timestamptz, '2024-05-17'::timestamp;
SELECT current_date - '2020-01-01'::date > 0, now() - interval '1 day' < now();
SELECT justify_hours(interval '27 hours'), justify_days(interval '35 days');
SELECT '1 year 2 mons 3 days 04:05:06'::interval, '-1 day'::interval, 'P1Y2M3DT4H5M6S'::interval;
SELECT interval '1 day' > interval '23 hours', interval '1 month' = interval '30 days';
SELECT ordered_at AT TIME ZONE 'UTC' FROM orders ORDER BY id LIMIT 2;
-- params: ["2024-04-15T00:00:00Z", "30 days"]
SELECT id FROM orders WHERE ordered_at >= $1::timestamptz AND ordered_at < $1::timestamptz + $2::interval ORDER BY id;
-- params: ["2024-05-01"]
SELECT id, ordered_at::date FROM orders WHERE ordered_at::date >= $1 ORDER BY id;
-- params: ["month"]
SELECT date_trunc($1, ordered_at) AS bucket, count(*) FROM orders GROUP BY 1 ORDER BY 1;
