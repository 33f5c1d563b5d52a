-- The thirty-third session's hunt for silent wrong answers in dates, times and formatted output:
-- to_char of timestamps, timestamptz, intervals and numbers; to_date/to_timestamp/to_number;
-- extract/date_part of every field; date_trunc with a zone and under SET TIME ZONE across DST;
-- AT TIME ZONE both ways; interval arithmetic, justify_*, IntervalStyle; age(); make_*;
-- generate_series across DST; overlaps; infinity; date/time input forms; DateStyle; timetz;
-- numbers printed by casts (floats, numeric scales, rounding, integer division, width_bucket).

CREATE TABLE s33w_ev (id int PRIMARY KEY, ts timestamp, tz timestamptz, d date, iv interval, n numeric, f float8, r real);
INSERT INTO s33w_ev VALUES
  (1, '2024-01-01 00:00:00', '2024-01-01 00:00:00+00', '2024-01-01', '1 day', 1234.5, 1234.5, 1.5),
  (2, '2024-03-10 01:30:00', '2024-03-10 06:30:00+00', '2024-02-29', '1 mon 2 days 03:04:05', -0.5, -0.5, -2.5),
  (3, '2023-12-31 23:59:59.999999', '2024-03-31 00:30:00+00', '2020-12-31', '-1 year -2 mons', 0.125, 0.1, 0.1),
  (4, '2021-01-03 12:00:00', '2024-10-27 01:30:00+00', '2021-01-03', '36 hours', 1e20, 1e20, 3.4e38),
  (5, '0044-03-15 12:00:00 BC', '2024-11-03 06:30:00+00', '0001-01-01 BC', '00:00:00.000001', -1234567.891, -1234567.891, -0.0001),
  (6, 'infinity', '-infinity', 'infinity', '100 years', 'NaN', 'Infinity', 'NaN');

-- to_char of timestamps: the common patterns
SELECT id, to_char(ts, 'YYYY-MM-DD HH24:MI:SS.US') FROM s33w_ev ORDER BY id;
SELECT id, to_char(ts, 'Day, DD Month YYYY') FROM s33w_ev WHERE id < 6 ORDER BY id;
SELECT id, to_char(ts, 'FMDay, FMDD FMMonth YYYY') FROM s33w_ev WHERE id < 6 ORDER BY id;
SELECT id, to_char(ts, 'DY Mon dy mon DAY MONTH day month') FROM s33w_ev WHERE id < 6 ORDER BY id;
SELECT id, to_char(ts, 'DDth DDTH FMDDth Dth') FROM s33w_ev WHERE id < 6 ORDER BY id;
SELECT to_char(d, 'FMDDth') FROM (VALUES (date '2024-01-01'), ('2024-01-02'), ('2024-01-03'), ('2024-01-04'), ('2024-01-11'), ('2024-01-12'), ('2024-01-13'), ('2024-01-21'), ('2024-01-22'), ('2024-01-23'), ('2024-01-31')) v(d) ORDER BY d;
-- @must
SELECT id, to_char(ts, 'IYYY-IW-ID IYY IY I') FROM s33w_ev WHERE id < 6 ORDER BY id;
SELECT id, to_char(ts, 'YYYY WW W Q CC J DDD IDDD') FROM s33w_ev WHERE id < 6 ORDER BY id;
SELECT id, to_char(ts, 'HH HH12 HH24 AM PM am pm A.M. p.m.') FROM s33w_ev WHERE id < 6 ORDER BY id;
SELECT id, to_char(ts, 'Y,YYY YYY YY Y BC AD b.c. a.d.') FROM s33w_ev WHERE id < 6 ORDER BY id;
SELECT id, to_char(ts, 'MS US FF1 FF2 FF3 FF4 FF5 FF6 SSSS SSSSS') FROM s33w_ev WHERE id < 6 ORDER BY id;
SELECT id, to_char(ts, 'RM rm FMRM') FROM s33w_ev WHERE id < 6 ORDER BY id;
SELECT to_char(timestamp '2024-07-04 15:05:09', '"Week" WW "of" YYYY, "the" DDD"th day"');
SELECT to_char(timestamp '2024-07-04 15:05:09', 'HH12:MI AM');
SELECT to_char(timestamp '2024-07-04 00:05:09', 'HH12:MI AM');
SELECT to_char(timestamp '2024-07-04 12:05:09', 'FMHH12:MI pm');
SELECT to_char(timestamp '2024-07-04 15:05:09', 'Mon DD, YYYY at HH12:MI');
SELECT to_char(timestamp '2024-07-04 15:05:09', 'TZ tz OF');
SELECT to_char(date '2024-07-04', 'YYYY-MM-DD HH24:MI:SS');
SELECT to_char(date '2024-12-30', 'IYYY-"W"IW-ID');
SELECT to_char(date '2027-01-01', 'IYYY-"W"IW-ID YYYY-WW');
SELECT to_char(date '2020-12-31', 'IYYY IW WW DDD IDDD');
SELECT to_char(date '1999-01-08', 'J');
SELECT to_char(timestamp '2000-01-01 00:00:00', 'CC YYYY');
SELECT to_char(timestamp '0001-06-01 00:00:00 BC', 'CC YYYY BC');
SELECT to_char(interval '1 year 2 months 3 days 04:05:06.789', 'YYYY MM DD HH24 MI SS MS');
SELECT to_char(interval '27 hours 30 minutes', 'HH24:MI');
SELECT to_char(interval '27 hours 30 minutes', 'HH:MI');
SELECT to_char(interval '-3 days -02:00', 'DD HH24:MI');
SELECT id, to_char(iv, 'FMHH24:MI:SS') FROM s33w_ev ORDER BY id;
SELECT to_char(ts, 'YYYY') IS NULL FROM s33w_ev WHERE id = 6;

-- to_char of timestamptz under a non-UTC TimeZone
SET TIME ZONE 'Europe/Berlin';
SELECT id, to_char(tz, 'YYYY-MM-DD HH24:MI:SS TZ OF') FROM s33w_ev WHERE id < 6 ORDER BY id;
SELECT to_char(timestamptz '2024-07-04 12:00:00+00', 'HH24:MI TZ tz OF TZH:TZM');
SELECT to_char(timestamptz '2024-01-04 12:00:00+00', 'HH24:MI TZ OF');
SET TIME ZONE 'Asia/Kolkata';
SELECT to_char(timestamptz '2024-07-04 12:00:00+00', 'HH24:MI TZ OF TZH TZM');
SET TIME ZONE 'America/St_Johns';
SELECT to_char(timestamptz '2024-01-04 12:00:00+00', 'HH24:MI TZ OF');
SET TIME ZONE '+05:30';
SELECT to_char(timestamptz '2024-07-04 12:00:00+00', 'HH24:MI TZ OF');
SELECT timestamptz '2024-07-04 12:00:00+00';
SET TIME ZONE 'UTC+3';
SELECT timestamptz '2024-07-04 12:00:00+00';
SELECT to_char(timestamptz '2024-07-04 12:00:00+00', 'HH24:MI TZ OF');
SET TIME ZONE 'America/New_York';
SELECT to_char(timestamptz '2024-07-04 12:00:00+00', 'HH24:MI TZ OF');
SELECT to_char(timestamptz '2024-01-04 12:00:00+00', 'FMHH12:MI am TZ');

-- extract / date_part of every field
SET TIME ZONE 'UTC';
SELECT id, extract(epoch FROM ts), extract(epoch FROM tz), extract(epoch FROM iv) FROM s33w_ev ORDER BY id;
SELECT id, extract(year FROM ts), extract(month FROM ts), extract(day FROM ts), extract(hour FROM ts), extract(minute FROM ts), extract(second FROM ts) FROM s33w_ev ORDER BY id;
-- @must
SELECT id, extract(dow FROM d), extract(isodow FROM d), extract(doy FROM d), extract(week FROM d), extract(isoyear FROM d), extract(quarter FROM d) FROM s33w_ev ORDER BY id;
SELECT id, extract(century FROM d), extract(millennium FROM d), extract(decade FROM d), extract(julian FROM d) FROM s33w_ev ORDER BY id;
SELECT id, extract(microseconds FROM ts), extract(milliseconds FROM ts) FROM s33w_ev ORDER BY id;
SELECT id, date_part('epoch', ts), date_part('julian', ts), date_part('second', ts) FROM s33w_ev ORDER BY id;
SELECT extract(century FROM date '0001-01-01'), extract(century FROM date '0001-12-31 BC'), extract(century FROM date '0100-12-31 BC'), extract(century FROM date '0101-01-01 BC');
SELECT extract(millennium FROM date '2000-12-31'), extract(millennium FROM date '2001-01-01'), extract(millennium FROM date '1000-01-01 BC'), extract(millennium FROM date '1001-01-01 BC');
SELECT extract(decade FROM date '0001-01-01 BC'), extract(decade FROM date '0011-01-01 BC'), extract(year FROM date '0044-01-01 BC');
SELECT extract(week FROM date '2024-12-30'), extract(week FROM date '2021-01-03'), extract(week FROM date '2026-01-01'), extract(week FROM date '2020-12-31');
SELECT extract(isoyear FROM date '2024-12-30'), extract(isoyear FROM date '2021-01-03'), extract(isoyear FROM date '2027-01-01');
SELECT extract(epoch FROM interval '1 month'), extract(epoch FROM interval '1 year'), extract(epoch FROM interval '1 day'), extract(epoch FROM interval '-1 mon 1 day 1 second');
SELECT extract(days FROM interval '40 days 30 hours'), extract(hours FROM interval '40 days 30 hours'), extract(month FROM interval '14 months'), extract(year FROM interval '14 months');
SELECT extract(year FROM interval '-14 months'), extract(month FROM interval '-14 months'), extract(quarter FROM interval '8 months'), extract(decade FROM interval '25 years'), extract(century FROM interval '250 years'), extract(millennium FROM interval '2500 years');
SELECT extract(microseconds FROM interval '1.5 seconds'), extract(milliseconds FROM interval '1 min 1.5 seconds'), extract(second FROM interval '1 min 1.5 seconds');
SELECT extract(epoch FROM time '12:30:15.5'), extract(hour FROM time '12:30:15.5'), extract(second FROM time '12:30:15.5');
SELECT extract(epoch FROM timetz '12:30:15+02'), extract(timezone FROM timetz '12:30:15+02'), extract(timezone_hour FROM timetz '12:30:15-05:30'), extract(timezone_minute FROM timetz '12:30:15-05:30');
SELECT extract(julian FROM timestamp '2024-01-01 12:00:00'), extract(julian FROM date '2024-01-01');
SELECT extract(epoch FROM date '2024-01-01'), extract(epoch FROM timestamp '1969-12-31 23:59:59.5');
SELECT pg_typeof(extract(epoch FROM ts)), pg_typeof(date_part('epoch', ts)) FROM s33w_ev WHERE id = 1;
SELECT extract(year FROM tz), extract(epoch FROM tz) FROM s33w_ev WHERE id = 6;
SELECT extract(dow FROM interval '1 day');
SELECT extract(foo FROM timestamp '2024-01-01');
SELECT date_part('foo', date '2024-01-01');
SET TIME ZONE 'America/New_York';
SELECT extract(hour FROM timestamptz '2024-03-10 07:30:00+00'), extract(timezone FROM timestamptz '2024-03-10 07:30:00+00'), extract(timezone_hour FROM timestamptz '2024-01-10 07:30:00+00');
SELECT extract(epoch FROM timestamptz '2024-03-10 03:30:00'), extract(day FROM timestamptz '2024-03-10 03:30:00+00');
SELECT extract(epoch FROM timestamp '2024-03-10 03:30:00');

-- date_trunc with a time zone, and under SET TIME ZONE, on DST days
SET TIME ZONE 'Europe/Berlin';
SELECT date_trunc('day', timestamptz '2024-03-31 12:00:00+02');
SELECT date_trunc('day', timestamptz '2024-10-27 12:00:00+01');
SELECT date_trunc('hour', timestamptz '2024-10-27 02:30:00+01');
SELECT date_trunc('hour', timestamptz '2024-10-27 02:30:00+02');
SELECT date_trunc('week', timestamptz '2024-03-31 12:00:00+02'), date_trunc('month', timestamptz '2024-03-31 12:00:00+02');
SELECT date_trunc('day', timestamptz '2024-03-31 12:00:00+00', 'America/New_York');
SELECT date_trunc('day', timestamptz '2024-11-03 12:00:00+00', 'America/New_York');
SELECT date_trunc('month', timestamptz '2024-03-01 03:00:00+00', 'Asia/Tokyo');
SELECT date_trunc('day', tz, 'Europe/Berlin'), date_trunc('day', tz) FROM s33w_ev WHERE id < 6 ORDER BY id;
SET TIME ZONE 'America/New_York';
SELECT date_trunc('day', timestamptz '2024-03-10 12:00:00'), date_trunc('day', timestamptz '2024-11-03 12:00:00');
SELECT date_trunc('hour', timestamptz '2024-11-03 06:30:00+00'), date_trunc('hour', timestamptz '2024-11-03 05:30:00+00');
SELECT date_trunc('quarter', timestamptz '2024-05-15 00:00:00'), date_trunc('year', timestamptz '2024-05-15 00:00:00');
SELECT date_trunc('day', tz) FROM s33w_ev ORDER BY id;
SELECT date_trunc('week', date '2024-01-03'), pg_typeof(date_trunc('week', date '2024-01-03'));
SELECT date_trunc('decade', timestamp '2024-05-15'), date_trunc('century', timestamp '2024-05-15'), date_trunc('millennium', timestamp '2024-05-15'), date_trunc('century', timestamp '2000-05-15');
SELECT date_trunc('century', timestamp '0050-05-15 BC'), date_trunc('decade', timestamp '0005-05-15 BC');
SELECT date_trunc('milliseconds', timestamp '2024-05-15 01:02:03.456789'), date_trunc('microseconds', timestamp '2024-05-15 01:02:03.456789'), date_trunc('second', timestamp '2024-05-15 01:02:03.456789');
SELECT date_trunc('hour', interval '3 days 04:05:06'), date_trunc('month', interval '1 year 5 months 3 days'), date_trunc('year', interval '-1 year -5 months');
SELECT date_trunc('fortnight', timestamp '2024-05-15');

-- AT TIME ZONE both ways
SET TIME ZONE 'UTC';
SELECT timestamp '2024-03-10 02:30:00' AT TIME ZONE 'America/New_York';
SELECT timestamp '2024-11-03 01:30:00' AT TIME ZONE 'America/New_York';
SELECT timestamptz '2024-03-10 07:30:00+00' AT TIME ZONE 'America/New_York';
SELECT timestamptz '2024-11-03 05:30:00+00' AT TIME ZONE 'America/New_York', timestamptz '2024-11-03 06:30:00+00' AT TIME ZONE 'America/New_York';
SELECT timestamptz '2024-07-04 12:00:00+00' AT TIME ZONE '+05:30';
SELECT timestamptz '2024-07-04 12:00:00+00' AT TIME ZONE 'UTC+3';
SELECT timestamptz '2024-07-04 12:00:00+00' AT TIME ZONE 'UTC-3';
SELECT timestamptz '2024-07-04 12:00:00+00' AT TIME ZONE INTERVAL '+05:30';
SELECT timestamptz '2024-07-04 12:00:00+00' AT TIME ZONE INTERVAL '-08:00';
SELECT timestamp '2024-07-04 12:00:00' AT TIME ZONE '+05:30';
SELECT timestamp '2024-07-04 12:00:00' AT TIME ZONE 'EST5EDT', timestamp '2024-07-04 12:00:00' AT TIME ZONE 'EST';
SELECT (timestamp '2024-07-04 12:00:00' AT TIME ZONE 'Europe/Berlin') AT TIME ZONE 'America/Los_Angeles';
SELECT timezone('Asia/Tokyo', timestamptz '2024-07-04 23:00:00+00'), timezone('Asia/Tokyo', timestamp '2024-07-04 23:00:00');
SELECT id, tz AT TIME ZONE 'Europe/Berlin', ts AT TIME ZONE 'Europe/Berlin' FROM s33w_ev ORDER BY id;
SELECT timetz '12:00:00+02' AT TIME ZONE 'America/New_York';
SELECT time '12:00:00' AT TIME ZONE 'UTC';
SELECT timestamptz '2024-07-04 12:00:00+00' AT TIME ZONE 'Nowhere/Special';
SET TIME ZONE 'Europe/Berlin';
SELECT timestamp '2024-03-31 02:30:00' AT TIME ZONE 'Europe/Berlin';
SELECT timestamptz '2024-03-31 02:30:00', timestamptz '2024-10-27 02:30:00';
SELECT ts::timestamptz, tz::timestamp, tz::date, d::timestamptz FROM s33w_ev WHERE id IN (2, 4) ORDER BY id;

-- interval arithmetic
SET TIME ZONE 'UTC';
SELECT date '2024-01-31' + interval '1 month', date '2024-03-31' - interval '1 month', date '2023-01-31' + interval '1 month', timestamp '2024-02-29 10:00' + interval '1 year';
SELECT date '2024-01-31' + interval '1 month' + interval '1 month', date '2024-01-31' + interval '2 months';
SELECT timestamp '2024-01-31 00:00' + interval '1 month 1 day', timestamp '2024-01-31' + interval '-1 month -1 day';
SELECT date '2024-03-15' + 30, date '2024-03-15' - 30, date '2024-03-15' - date '2023-03-15', pg_typeof(date '2024-03-15' - date '2023-03-15');
SELECT date '2024-03-15' + time '10:30', date '2024-03-15' + interval '10 hours', pg_typeof(date '2024-03-15' + interval '10 hours');
SELECT timestamp '2024-03-15 10:00' - timestamp '2024-01-01 00:00', timestamp '2024-01-01' - timestamp '2024-03-15 10:00:00.5';
SELECT timestamptz '2024-03-11 00:00:00-04' - timestamptz '2024-03-10 00:00:00-05';
SET TIME ZONE 'America/New_York';
SELECT timestamptz '2024-03-11 00:00' - timestamptz '2024-03-10 00:00', timestamptz '2024-11-04 00:00' - timestamptz '2024-11-03 00:00';
SELECT timestamptz '2024-03-10 00:00' + interval '1 day', timestamptz '2024-03-10 00:00' + interval '24 hours', timestamptz '2024-11-03 00:00' + interval '1 day', timestamptz '2024-11-03 00:00' + interval '24 hours';
SELECT timestamptz '2024-03-09 02:30' + interval '1 day', timestamptz '2024-02-10 02:30' + interval '1 month';
SELECT timestamptz '2024-11-03 01:30-04' + interval '1 hour', timestamptz '2024-11-03 01:30-04' + interval '1 day';
SELECT age(timestamptz '2024-03-11 00:00', timestamptz '2024-03-10 00:00'), age(timestamptz '2024-11-04 00:00', timestamptz '2024-11-03 00:00');
SET TIME ZONE 'UTC';
SELECT interval '1 day' * 1.5, interval '1 month' * 1.5, interval '1 month' * 0.1, interval '1 hour' * 2.5, interval '1 day' * -0.5;
SELECT interval '1 month' / 3, interval '1 year' / 7, interval '3 days 5 hours' / 2, interval '1 day' / 1.5;
SELECT interval '1 month' / 0;
SELECT interval '2 hours' * 1e300;
SELECT 3 * interval '1 mon 1 day', interval '1 mon' * 1.0000001;
SELECT interval '1 month' = interval '30 days', interval '1 month' > interval '29 days 23:59:59', interval '1 year' = interval '360 days', interval '1 day' = interval '24 hours', interval '1 year' = interval '12 months';
SELECT interval '1 day' < interval '25 hours', interval '-1 month' < interval '-29 days';
SELECT iv FROM s33w_ev ORDER BY iv, id;
SELECT count(DISTINCT x) FROM (VALUES (interval '1 month'), (interval '30 days'), (interval '720 hours'), (interval '1 day')) v(x);
SELECT x, count(*) FROM (VALUES (interval '1 day'), (interval '24 hours'), (interval '1 hour')) v(x) GROUP BY x ORDER BY x;
SELECT sum(iv), avg(iv), max(iv), min(iv) FROM s33w_ev;
SELECT -interval '1 mon 2 days 03:00', interval '1 mon' - interval '1 day', interval '1 day' - interval '1 hour' * 25;
SELECT justify_days(interval '35 days'), justify_days(interval '-35 days'), justify_days(interval '1 mon -35 days'), justify_hours(interval '50 hours'), justify_hours(interval '-50 hours 30 minutes');
SELECT justify_interval(interval '1 mon -1 hour'), justify_interval(interval '-1 mon 1 hour'), justify_interval(interval '40 days 30 hours'), justify_interval(interval '-40 days -30 hours');
SELECT time '23:30' + interval '1 hour', time '00:30' - interval '1 hour', time '10:00' - time '12:30', time '10:00' + interval '1 day 2 hours';
SELECT timetz '23:30+02' + interval '1 hour', timetz '00:30-05' - interval '90 minutes', timetz '12:00+02' = timetz '11:00+01', timetz '12:00+02' < timetz '12:00+01';
SELECT interval '1.5 years', interval '1.5 months', interval '1.5 weeks', interval '0.5 days', interval '1.25 hours', interval '2 decades', interval '1 century', interval '1 millennium';
SELECT interval 'P1Y2M3DT4H5M6S', interval 'P1.5D', interval 'PT36H', interval 'P0001-02-03T04:05:06', interval '1-2', interval '3 4:05:06';
SELECT interval '1 day ago', interval '-1 day +2 hours', interval '@ 1 minute ago', interval '1:2', interval '1:2:3.4567891';
SELECT interval '1' YEAR, interval '13' MONTH, interval '1 2' DAY TO HOUR, interval '1:30' MINUTE TO SECOND, interval '2024-03' YEAR TO MONTH, interval '3.5' DAY;
SELECT interval(0) '1.789 seconds', interval(2) '1.789 seconds', interval '1 day 1.789 seconds' SECOND(1);
SELECT interval '178000000 years';

-- interval output in every IntervalStyle
CREATE TABLE s33w_iv (id int, v interval);
INSERT INTO s33w_iv VALUES (1, '1 year 2 mons 3 days 04:05:06.789'), (2, '-1 year -2 mons +3 days -04:05:06'), (3, '0'), (4, '-00:00:01.5'), (5, '1 mon -1 day'), (6, '30 days'), (7, '1 day 02:00'), (8, '-1 day');
SET IntervalStyle = 'postgres_verbose';
SELECT id, v FROM s33w_iv ORDER BY id;
SET IntervalStyle = 'sql_standard';
SELECT id, v FROM s33w_iv ORDER BY id;
SELECT interval '1-2', interval '-1-2', interval '3 4:05:06', interval '-3 -4:05:06';
SET IntervalStyle = 'iso_8601';
SELECT id, v FROM s33w_iv ORDER BY id;
SELECT v::text FROM s33w_iv WHERE id = 1;
RESET IntervalStyle;
SELECT id, v, v::text FROM s33w_iv ORDER BY id;

-- age()
SELECT age(timestamp '2024-03-31', timestamp '2024-02-29'), age(timestamp '2024-02-29', timestamp '2024-03-31'), age(timestamp '2024-03-01', timestamp '2024-01-31');
SELECT age(date '2024-05-15', date '1990-08-20'), age(timestamp '2024-05-15 10:00', timestamp '2024-05-14 12:00'), age(timestamp '2001-04-10', timestamp '1957-06-13');
SELECT age(timestamp '2024-01-01', timestamp '2023-12-31 23:59:59.5'), age(timestamp '2023-01-31', timestamp '2024-03-01');
SELECT age(timestamptz '2024-03-31 00:00+00', timestamptz '2024-01-31 12:00+00');
SELECT age(timestamp 'infinity', timestamp '2024-01-01');
SELECT pg_typeof(age(date '2024-05-15', date '1990-08-20')), pg_typeof(age(timestamp '2024-05-15'));
SELECT id, age(ts, timestamp '2020-02-29') FROM s33w_ev WHERE id < 5 ORDER BY id;

-- make_*
SELECT make_date(2024, 2, 29), make_date(-44, 3, 15), make_time(23, 59, 59.999999), make_timestamp(2024, 7, 4, 12, 30, 45.5);
SELECT make_timestamptz(2024, 7, 4, 12, 30, 45.5), make_timestamptz(2024, 7, 4, 12, 30, 0, 'America/New_York'), make_timestamptz(2024, 3, 10, 2, 30, 0, 'America/New_York');
SELECT make_interval(years => 1, months => 2, weeks => 3, days => 4, hours => 5, mins => 6, secs => 7.5), make_interval(days => -1, secs => 0.000001), make_interval();
SELECT make_interval(0, 0, 0, 0, 0, 0, 90.5), make_interval(secs => 3600 * 25);
SELECT make_date(2023, 2, 29);
SELECT make_time(24, 0, 0);
SELECT make_timestamp(2024, 13, 1, 0, 0, 0);
SELECT make_timestamptz(2024, 7, 4, 12, 0, 0, 'Bogus/Zone');

-- generate_series over timestamptz across DST
SET TIME ZONE 'Europe/Berlin';
SELECT g FROM generate_series(timestamptz '2024-03-30 00:00', timestamptz '2024-04-01 00:00', interval '1 day') g ORDER BY g;
SELECT g FROM generate_series(timestamptz '2024-10-26 00:00', timestamptz '2024-10-28 00:00', interval '1 day') g ORDER BY g;
SELECT g FROM generate_series(timestamptz '2024-10-27 00:00', timestamptz '2024-10-27 04:00', interval '1 hour') g ORDER BY g;
SELECT g FROM generate_series(timestamptz '2024-01-31 00:00', timestamptz '2024-06-30 00:00', interval '1 month') g ORDER BY g;
SELECT count(*) FROM generate_series(timestamptz '2024-01-01', timestamptz '2024-12-31', interval '1 day');
SELECT g::date, to_char(g, 'Dy DD') FROM generate_series(timestamptz '2024-03-29', timestamptz '2024-04-02', interval '1 day') g ORDER BY g;
SET TIME ZONE 'America/New_York';
SELECT g FROM generate_series(timestamptz '2024-11-02 00:00', timestamptz '2024-11-05 00:00', interval '1 day') g ORDER BY g;
SELECT g FROM generate_series(timestamptz '2024-03-10 00:00', timestamptz '2024-03-10 05:00', interval '1 hour') g ORDER BY g;
SELECT g FROM generate_series(timestamp '2024-03-10 00:00', timestamp '2024-03-10 04:00', interval '90 minutes') g ORDER BY g;
SELECT g FROM generate_series(date '2024-01-29', date '2024-02-02', interval '1 day') g ORDER BY g;
SELECT g FROM generate_series(timestamp '2024-03-01', timestamp '2024-03-02', interval '0 days') g;
SET TIME ZONE 'UTC';

-- overlaps, infinity
SELECT (date '2024-01-01', date '2024-01-10') OVERLAPS (date '2024-01-10', date '2024-01-20'), (date '2024-01-01', date '2024-01-11') OVERLAPS (date '2024-01-10', date '2024-01-20');
SELECT (timestamp '2024-01-01', interval '10 days') OVERLAPS (timestamp '2024-01-05', interval '1 day'), (date '2024-01-10', date '2024-01-01') OVERLAPS (date '2024-01-05', date '2024-01-06');
SELECT (date '2024-01-05', date '2024-01-05') OVERLAPS (date '2024-01-01', date '2024-01-10'), (date '2024-01-05', NULL::date) OVERLAPS (date '2024-01-01', date '2024-01-10'), (time '10:00', time '12:00') OVERLAPS (time '11:00', time '13:00');
SELECT isfinite(date 'infinity'), isfinite(timestamp '-infinity'), isfinite(timestamp '2024-01-01'), isfinite(interval '1 day'), isfinite(date '2024-01-01');
SELECT date 'infinity' + 1, date '-infinity' - 30, timestamp 'infinity' + interval '1 day', timestamp 'infinity' - timestamp '2024-01-01';
SELECT date 'infinity' - date '2024-01-01';
SELECT d FROM s33w_ev ORDER BY d, id;
SELECT tz FROM s33w_ev ORDER BY tz DESC, id;
SELECT max(d), min(tz), max(ts) FROM s33w_ev;
SELECT date 'infinity' > date '9999-12-31', timestamp '-infinity' < timestamp '4713-01-01 BC', 'infinity'::timestamp = 'infinity'::timestamptz;
SELECT extract(epoch FROM date 'infinity'), extract(year FROM timestamp '-infinity'), date_part('day', date 'infinity');
SELECT to_char(timestamp 'infinity', 'YYYY'), to_char(date '-infinity', 'YYYY-MM-DD');
SELECT 'infinity'::date::timestamp, '-infinity'::timestamptz::date, 'infinity'::timestamp::text;

-- date/time input forms
SELECT date 'epoch', timestamp 'epoch', timestamptz 'epoch', date 'J2451187', timestamp 'J2451187 12:00', date 'allballs';
-- @must
SELECT time 'allballs', timetz 'allballs', date '2024-001', date '2024001', date '20240704', timestamp '20240704T153000', timestamp '20240704 153000';
SELECT date '2024-W27-4';
SELECT to_date('2024-27-4', 'IYYY-IW-ID'), to_date('2024 27', 'IYYY IW');
SELECT date 'July 4, 2024', date '4 July 2024', date '04-Jul-2024', date 'Jul-04-2024', date '2024.07.04', date '2024/07/04', date '07/04/2024';
SELECT date '07/04/24', date '07/04/69', date '07/04/70', date '07-04-1', date '1/2/3', date '99-01-08';
-- @must
SELECT date '1999-Jan-08', date 'Jan 8 99 BC', date '8 January 1999', date 'January 8, 99 BC';
SELECT timestamp '2024-07-04 3:05 PM', timestamp '2024-07-04 12:05 AM', timestamp '2024-07-04 12:05 PM', timestamp '2024-07-04T15:05:09.123456789';
SELECT timestamp '2024-07-04 15:05:09+02', timestamptz '2024-07-04 15:05:09+02', timestamptz '2024-07-04 15:05:09 PST', timestamptz '2024-07-04 15:05:09 America/Chicago', timestamptz '2024-07-04 15:05:09 +5:45';
SELECT timestamptz '2024-07-04 15:05:09Z', timestamptz '2024-07-04T15:05:09.5-03:30', timestamptz 'Thu Jul 04 15:05:09 2024 CEST', timestamptz '2024-07-04 15:05:09 UTC+3';
SELECT time '15:05', time '3:05 pm', time '24:00:00', time '15:05:09.1234567', time '040506', timetz '15:05:09-07', timetz '15:05:09 PST';
SELECT date '2024-02-30';
SELECT date '2023-02-29';
SELECT timestamp '2024-13-01';
SELECT timestamp '2024-07-04 25:00';
SELECT date 'yesterday' = current_date - 1, date 'tomorrow' = current_date + 1, timestamp 'today' = current_date::timestamp, date 'today' = current_date;
SELECT date 'not a date';
SELECT timestamp '2024-07-04 15:05:09 xyz';
SELECT '2024-07-04'::date, '  2024-07-04  '::date, '2024-7-4'::date, '+2024-07-04'::date;
SELECT '10000-01-01'::date, '5874897-12-31'::date;
SELECT '4713-11-24 BC'::date, '4714-11-24 BC'::date;
SELECT '294276-12-31 23:59:59'::timestamp;
SELECT timestamp(0) '2024-07-04 15:05:09.5', timestamp(2) '2024-07-04 15:05:09.125', time(1) '10:00:00.25', time(1) '10:00:00.35', timestamp(0) '2024-12-31 23:59:59.5';
-- @must
SELECT '2024-07-04 15:05:09.999999'::timestamp(3), '23:59:59.9999'::time(3), '1999-12-31 23:59:59.95'::timestamptz(1);

-- DateStyle for input and output
SET DateStyle = 'SQL, DMY';
SELECT date '03/04/2024', timestamp '2024-07-04 15:05:09', date '2024-07-04', timestamptz '2024-07-04 15:05:09+00';
SELECT d, ts FROM s33w_ev WHERE id < 6 ORDER BY id;
SET DateStyle = 'SQL, MDY';
SELECT date '03/04/2024', timestamp '2024-07-04 15:05:09', timestamp '0044-03-15 12:00:00 BC';
SET DateStyle = 'German';
SELECT date '03.04.2024', date '2024-07-04', timestamp '2024-07-04 15:05:09.5', timestamptz '2024-07-04 15:05:09+00';
SET DateStyle = 'Postgres, MDY';
SELECT date '2024-07-04', timestamp '2024-07-04 15:05:09.5', timestamptz '2024-07-04 15:05:09+00', date '03/04/2024';
SET TIME ZONE 'America/New_York';
SELECT timestamptz '2024-07-04 15:05:09+00', timestamptz '2024-01-04 15:05:09+00';
SET DateStyle = 'ISO, DMY';
SELECT date '03/04/2024', date '13/04/2024', date '03-04-24', timestamptz '2024-07-04 15:05:09+00';
SELECT date '04/13/2024';
SET DateStyle = 'ISO, YMD';
SELECT date '24/04/03', date '2024/04/03';
SHOW DateStyle;
RESET DateStyle;
SHOW DateStyle;
SET TIME ZONE 'UTC';
SELECT to_char(date '2024-07-04', 'DD.MM.YYYY'), date '2024-07-04'::text, timestamp '2024-07-04 00:00'::text, timestamptz '2024-07-04 00:00+00'::text;

-- to_date / to_timestamp / to_number
SELECT to_date('2024-07-04', 'YYYY-MM-DD'), to_date('04/07/2024', 'DD/MM/YYYY'), to_date('July 4, 2024', 'Month DD, YYYY'), to_date('04 Jul 24', 'DD Mon YY');
SELECT to_date('20240704', 'YYYYMMDD'), to_date('2024185', 'YYYYDDD'), to_date('2460496', 'J'), to_date('4th July 2024', 'DDth Month YYYY');
-- @must
SELECT to_date('  2024 - 07 - 04', 'YYYY-MM-DD'), to_date('2024-7-4', 'YYYY-MM-DD'), to_date('24-07-04', 'YY-MM-DD'), to_date('70-07-04', 'YY-MM-DD'), to_date('69-07-04', 'YY-MM-DD');
SELECT to_date('2024 Q3', 'YYYY "Q"Q'), to_date('2024-07', 'YYYY-MM'), to_date('2024', 'YYYY'), to_date('44 BC', 'YYYY BC');
SELECT to_timestamp('2024-07-04 15:05:09', 'YYYY-MM-DD HH24:MI:SS'), to_timestamp('2024-07-04 03:05:09 PM', 'YYYY-MM-DD HH12:MI:SS AM'), to_timestamp('2024-07-04 15:05:09.123456', 'YYYY-MM-DD HH24:MI:SS.US');
SELECT to_timestamp('2024-07-04 15:05:09.12', 'YYYY-MM-DD HH24:MI:SS.MS'), to_timestamp('2024-07-04 15:05:09 +05:30', 'YYYY-MM-DD HH24:MI:SS TZH:TZM'), to_timestamp('2024-07-04 15:05:09 -03', 'YYYY-MM-DD HH24:MI:SS TZH');
SELECT to_timestamp(0), to_timestamp(1720105509.5), to_timestamp(-1), to_timestamp('Infinity'::float8), to_timestamp(1e10);
SELECT to_timestamp('15:05', 'HH24:MI'), to_timestamp('2024 185', 'YYYY DDD'), to_timestamp('2024-07-04', 'YYYY-MM-DD')::text;
SET TIME ZONE 'Europe/Berlin';
SELECT to_timestamp('2024-07-04 15:05:09', 'YYYY-MM-DD HH24:MI:SS'), to_timestamp(0), to_timestamp('2024-03-31 02:30', 'YYYY-MM-DD HH24:MI');
SET TIME ZONE 'UTC';
SELECT to_date('2024-02-30', 'YYYY-MM-DD');
SELECT to_date('2024-13-01', 'YYYY-MM-DD');
SELECT to_date('abc', 'YYYY-MM-DD');
SELECT to_date('2024-07-04', 'DD-MM-YYYY');
SELECT to_timestamp('2024-07-04 25:00', 'YYYY-MM-DD HH24:MI');
SELECT to_timestamp('2024-07-04 13:00', 'YYYY-MM-DD HH12:MI');
SELECT to_date('Jul 2024', 'Mon DD YYYY');
SELECT to_date('2024-07-04', 'YYYY-MM-DD-FOO');
SELECT to_number('12,345.67', '99G999D99'), to_number('-12,345.67', 'S99G999D99'), to_number('(123.45)', '999D99PR'), to_number('1.2e3', '9D9EEEE');
SELECT to_number('$1,234.50', 'L9G999D99'), to_number('  42  ', '999'), to_number('12345', '99'), to_number('12.3456', '99D99'), to_number('0042', '0000');
SELECT to_number('1234-', '9999MI'), to_number('abc', '999'), to_number('', '999'), to_number('12 345', '99 999');

-- to_char of numbers
-- @must
SELECT to_char(n, '999G999G999D99'), to_char(n, 'FM999G999G999D99'), to_char(n, 'S999999D999'), to_char(n, '999999D99PR') FROM s33w_ev ORDER BY id;
SELECT to_char(f, '9.99EEEE'), to_char(f, 'FM9.999999EEEE'), to_char(n, '0.000EEEE') FROM s33w_ev ORDER BY id;
SELECT to_char(1234.5, '00000.00'), to_char(-1234.5, '00000.00'), to_char(0.5, '0.99'), to_char(0.5, '9.99'), to_char(0.5, 'FM9.99'), to_char(0, 'FM9.99'), to_char(0, 'FM0.99');
SELECT to_char(12, '9999th'), to_char(1, 'FM9th'), to_char(2, 'FM9TH'), to_char(3, 'FM9th'), to_char(11, 'FM99th'), to_char(112, 'FM999th'), to_char(-1, 'FM9th');
SELECT to_char(1994, 'RN'), to_char(1994, 'FMRN'), to_char(4, 'rn'), to_char(3999, 'FMRN'), to_char(0, 'RN'), to_char(4000, 'RN'), to_char(-5, 'RN'), to_char(2.5, 'FMRN');
SELECT to_char(12.345, '99V99'), to_char(12.345, '99V999'), to_char(-0.1, '99V9'), to_char(123, '9V99');
SELECT to_char(1234567.891, '9,999,999.99'), to_char(1234567.891, '9 999 999.999'), to_char(-42, 'SG999'), to_char(42, 'PL999'), to_char(-42, 'MI999'), to_char(42, '999S'), to_char(-42, '999MI');
SELECT to_char(123456, '999'), to_char(-123456, '999.9'), to_char(1e20::numeric, '9999'), to_char('NaN'::numeric, '999.99'), to_char('Infinity'::float8, '999.99');
SELECT to_char(485, 'L999'), to_char(-485, 'FM999PR'), to_char(485, '"Total: "999'), to_char(12.5, '99.9" %"');
SELECT to_char(1.5::real, '9.9'), to_char(2.5::float8, '9'), to_char(3.5::float8, '9'), to_char(-2.5::float8, '9'), to_char(2.5::numeric, '9'), to_char(0.125::float8, '9.99'), to_char(0.125, '9.99');
SELECT to_char(12345678901234567890::numeric, '99999999999999999999'), to_char(123::int8, '999,999'), to_char(-32768::int2, '999999');
SELECT to_char(1e-10::float8, '9.999EEEE'), to_char(123.456::float4, '999.999'), to_char(0.1::float4, '0.999999999'), to_char(1.0/3, '0.99999999999999999999');

-- numbers printed by casts
SELECT 0.1::float8, 0.1::float4, 1.0/3::float8, (1.0/3)::float4, 100000000000000000000::float8, 1e-7::float8, 123456789012345678::float8;
SELECT 0.1::float4::float8, 16777217::float4, 1.1::float4 * 3, 3.4e38::float4, 1e15::float8, 1e16::float8, 1e-4::float8, 1e-5::float8;
SELECT f, r, f::text, r::text, f::numeric FROM s33w_ev ORDER BY id;
SELECT (-0.0)::float8, -0.0::float8, 0.0::float8 * -1, '-0'::float8, 'NaN'::float8 = 'NaN'::float8, 'NaN'::float8 > 'Infinity'::float8;
SET extra_float_digits = 0;
SELECT 0.1::float8, 1.0/3::float8, 0.1::float4, 1.1::float4 * 3, 2.0::float8 / 3, 1e16::float8;
SELECT f, r FROM s33w_ev ORDER BY id;
SET extra_float_digits = 3;
SELECT 0.1::float8, 0.1::float4, 2.0::float8 / 3;
SET extra_float_digits = -15;
SELECT 0.1::float8, 1.0/3::float8, 123456.789::float8;
RESET extra_float_digits;
SELECT 1.50::numeric, 1.50::numeric(10,4), 1.5::numeric(10,0), 2.5::numeric(10,0), -2.5::numeric(10,0), 0.0001::numeric(5,3), 12345.678::numeric(6,1);
SELECT 10::numeric / 3, 1::numeric / 3, 100::numeric / 7, 1.0 / 3, 1.00000 / 3, 2::numeric / 4, 10::numeric / 4, 1e20::numeric / 3;
SELECT 1 / 3.0, 22 / 7.000, 1 / 1e-10, 123456789.123 / 1000, 0.001 / 3;
SELECT sqrt(2::numeric), sqrt(4::numeric), sqrt(2.0000000000), sqrt(1e-10::numeric), exp(1::numeric), exp(1.0), ln(10::numeric), ln(2.000), log(100::numeric), log(2, 8::numeric);
SELECT sqrt(2), exp(1), ln(10), power(2, 0.5), power(2::numeric, 10), power(2.0, -2), 2 ^ 10, 2.0 ^ 0.5, (-8) ^ (1.0/3);
SELECT round(2.5), round(-2.5), round(0.5), round(-0.5), round(1.5::float8), round(2.5::float8), round(-2.5::float8), round(-0.5::float8);
SELECT round(-1.25, 1), round(-1.35, 1), round(1234.5678, -2), round(-1250, -2), round(1.005, 2), round(1.005::float8 * 100) / 100;
SELECT trunc(-2.7), trunc(-2.5::float8), trunc(-1.2345, 2), trunc(1234.5, -2), ceil(-0.5), floor(-0.5), ceil(-0.5::float8), ceiling(2.1);
SELECT 7 / 2, -7 / 2, 7 / -2, -7 / -2, 7 % 3, -7 % 3, 7 % -3, -7 % -3, mod(-7, 3), div(-7, 2), div(-7.5, 2);
SELECT 7.5 % 2, -7.5 % 2, mod(-7.5, 2), 5.5::float8 = 5.5, 9223372036854775807 / -1;
SELECT -9223372036854775808 / -1;
SELECT (-2147483648)::int4 / -1;
SELECT (-32768)::int2 % -1, (-2147483648)::int4 % -1, 1 / 0;
SELECT width_bucket(5.35, 0.024, 10.06, 5), width_bucket(-1, 0, 10, 5), width_bucket(10, 0, 10, 5), width_bucket(0, 0, 10, 5), width_bucket(10, 10, 0, 5), width_bucket(3.3::float8, 0, 10, 3);
SELECT width_bucket(date '2024-07-04', ARRAY[date '2000-01-01', date '2020-01-01', date '2030-01-01']), width_bucket(5, ARRAY[1, 3, 5, 7]), width_bucket(0, ARRAY[1, 3, 5, 7]);
SELECT width_bucket(5, 0, 10, 0);
SELECT 1e20::numeric::text, 1.000::numeric * 2.00, 0.1 + 0.2, 0.1::float8 + 0.2::float8, 12.50::numeric(5,2) * 3, sum(x) FROM (VALUES (1.10), (2.200), (3)) v(x);
SELECT avg(x), avg(x::float8), sum(x::float4) FROM (VALUES (1.10), (2.200), (3)) v(x);
SELECT cast(1.9 AS int), cast(-1.5 AS int), cast(2.5 AS int), cast(2.5::float8 AS int), cast(-2.5::float4 AS int), cast(3.5::float4 AS bigint), cast(1e10 AS int);
SELECT 123.456::numeric(5,2), '1e3'::numeric, '  12.30 '::numeric, '-0.00'::numeric, 'Infinity'::numeric, '-inf'::numeric, '.5'::numeric, '5.'::numeric;
SELECT '1,000'::numeric;
SELECT 1e1000::float8;
SELECT 12345678901234567890::numeric * 10, 9.99999999999999999999::numeric + 0.00000000000000000001, scale(1.2300), scale(10::numeric / 4), min_scale(1.2300), trim_scale(1.2300);
SELECT id, n, n::text, n::int8 FROM s33w_ev WHERE id < 4 ORDER BY id;
SELECT id, n * 2, n / 3, round(n, 1), trunc(n, -1), n % 1 FROM s33w_ev WHERE id < 6 ORDER BY id;

-- through the extended protocol
-- params: ["2024-07-04 15:05:09"]
SELECT to_char($1::timestamp, 'FMDay FMDDth "of" FMMonth YYYY, HH12:MI AM');
-- params: ["2024-01-31", "1 month"]
SELECT $1::date + $2::interval;
-- params: ["America/New_York", "2024-11-03 12:00:00+00"]
SELECT date_trunc('day', $2::timestamptz, $1), $2::timestamptz AT TIME ZONE $1;
-- params: ["2024-12-30"]
SELECT extract(isoyear FROM $1::date), extract(week FROM $1::date), to_char($1::date, 'IYYY-IW');
-- params: ["1234.5", "FM9G999D00"]
SELECT to_char($1::numeric, $2);
-- params: ["2024-02-30"]
SELECT $1::date;
-- params: ["04.07.2024", "DD.MM.YYYY"]
SELECT to_date($1, $2);
-- params: ["1 day 2 hours", 1.5]
SELECT $1::interval * $2;

RESET TIME ZONE;
RESET DateStyle;
RESET IntervalStyle;
RESET extra_float_digits;

-- Then what the first part led to: JSON of dates and times under other session styles, time zone
-- abbreviations the tz database writes as offsets, quoted template text, date/time literals in
-- CHECK constraints, index predicates and views, read in the session that makes them, and floats
-- compared with numerics of more digits than a double holds.
SET TIME ZONE 'America/New_York';
SET DateStyle = 'SQL, DMY';
-- @must
SELECT to_json(timestamptz '2024-07-04 15:05+00'), to_jsonb(timestamptz '2024-01-04 15:05:09.5+00'), json_build_object('t', timestamptz '2024-07-04 15:05+00'), to_json(timestamp '2024-07-04 15:05'), to_json(date '2024-07-04');
-- @must
SELECT to_json('{1.5e-7,1e21,NaN}'::float8[]), to_json('{0.1,1e-5}'::float4[]), to_jsonb('{1.5e-7}'::float4[]), json_build_object('a', ARRAY[2.0::float8 / 3]);
-- @must
SELECT json_agg(t ORDER BY t), array_to_json(array_agg(t ORDER BY t)) FROM (VALUES (timestamptz '2024-07-04 15:05+00'), (timestamptz '2024-01-04 15:05+00'), (timestamptz 'infinity')) v(t);
SET DateStyle = 'German';
SET TIME ZONE 'Asia/Kolkata';
-- @must
SELECT row_to_json(r), to_jsonb(r) FROM (SELECT timestamptz '2024-07-04 15:05+00' AS t, timestamp '2024-07-04 15:05' AS ts, date '2024-07-04' AS d) r;
RESET DateStyle;
SET TIME ZONE 'America/New_York';
-- @must
SELECT to_json(tstzrange('2024-07-04 00:00+00', '2024-07-05 00:00+00')), json_build_object('r', numrange(1.50, 2)), to_jsonb(daterange('2024-01-01', '2024-02-01')), row_to_json(row(tstzrange('2024-07-04 00:00+00', NULL)));
SET DateStyle = 'SQL, DMY';
-- @must
SELECT to_json(daterange('2024-07-04', '2024-07-10')), json_build_array(tsrange('2024-07-04 10:00', '2024-07-04 12:00'));
RESET DateStyle;
SET TIME ZONE 'Australia/Lord_Howe';
-- @must
SELECT to_char(timestamptz '2024-01-15 12:00+00', 'TZ OF'), to_char(timestamptz '2024-07-15 12:00+00', 'TZ OF'), timestamptz '2024-07-15 12:00+00';
SET TIME ZONE 'Asia/Dubai';
-- @must
SELECT to_char(timestamptz '2024-01-15 12:00+00', 'YYYY-MM-DD HH24:MI TZ');
SET TIME ZONE 'America/Adak';
-- @must
SELECT to_char(timestamptz '2024-01-15 12:00+00', 'HH24:MI TZ'), to_char(timestamptz '2024-07-15 12:00+00', 'HH24:MI TZ');
SET TIME ZONE 'Australia/Eucla';
-- @must
SELECT to_char(timestamptz '2024-01-15 12:00+00', 'HH24:MI TZ OF');
SET TIME ZONE 'America/Miquelon';
-- @must
SELECT to_char(timestamptz '2024-01-15 12:00+00', 'TZ'), to_char(timestamptz '2024-07-15 12:00+00', 'TZ');
SET TIME ZONE 'Asia/Kathmandu';
SELECT to_char(timestamptz '2024-01-15 12:00+00', 'HH24:MI TZ OF');
SET TIME ZONE 'Europe/Moscow';
SELECT to_char(timestamptz '2024-01-15 12:00+00', 'HH24:MI TZ');
SET TIME ZONE 'UTC';
-- @must
SELECT to_char(timestamp '2024-07-04 15:05:09', '"quoted \" Q"'), to_char(timestamp '2024-07-04', '"a\\b" YYYY'), to_char(timestamp '2024-07-04', '"a\b" YYYY'), to_date('x"y 2024', '"x\"y" YYYY');
SET TIME ZONE 'America/New_York';
SET DateStyle = 'ISO, DMY';
CREATE TABLE s33w_chk (id int PRIMARY KEY, d date CHECK (d >= '07/04/2024'), tz timestamptz CHECK (tz BETWEEN '2024-01-01' AND '2025-01-01'), t time CHECK (t < '5:00 pm'), ts timestamp CHECK (ts IN ('01/01/2024 00:00', '02/01/2024 00:00')));
CREATE INDEX s33w_chk_recent ON s33w_chk (id) WHERE tz > '2024-06-01';
CREATE VIEW s33w_chkv AS SELECT id, timestamptz '2024-07-04 12:00' AS noon, date '01/08/2024' AS aug, d < '01/08/2024' AS early, tz >= '2024-07-01' AS h2 FROM s33w_chk;
RESET DateStyle;
SET TIME ZONE 'UTC';
-- @must
INSERT INTO s33w_chk VALUES (1, '2024-04-07', '2024-01-01 05:00+00', '16:59', '2024-01-01');
-- @must
INSERT INTO s33w_chk VALUES (2, '2024-04-06', '2024-01-01 05:00+00', '10:00', '2024-01-01');
-- @must
INSERT INTO s33w_chk VALUES (3, '2024-05-01', '2024-01-01 04:00+00', '10:00', '2024-01-01');
-- @must
INSERT INTO s33w_chk VALUES (4, '2024-05-01', '2024-02-01 00:00+00', '18:00', '2024-01-01');
-- @must
INSERT INTO s33w_chk VALUES (5, '2024-05-01', '2024-07-01 03:00+00', '10:00', '2024-01-02');
-- @must
INSERT INTO s33w_chk VALUES (6, '2024-09-01', '2024-07-01 04:00+00', '10:00', '2024-01-02 00:00');
-- @must
INSERT INTO s33w_chk VALUES (7, '2024-09-01', '2024-07-01 04:00+00', '10:00', '2024-02-01');
-- @must
SELECT id FROM s33w_chk ORDER BY id;
-- @must
SELECT id, noon, aug, early, h2 FROM s33w_chkv ORDER BY id;
SET TIME ZONE 'Asia/Tokyo';
-- @must
SELECT id, noon, aug, early, h2 FROM s33w_chkv ORDER BY id;
-- @must
SELECT id FROM s33w_chk WHERE tz > '2024-06-01' ORDER BY id;
RESET TIME ZONE;
CREATE TABLE s33w_fn (id int PRIMARY KEY, f float8, r real, n numeric);
INSERT INTO s33w_fn VALUES (1, 1.0/3, 1.0/3, 1.0/3), (2, 0.1, 0.1, 0.1), (3, 1e16, 1e16, 10000000000000001), (4, 'NaN', 'NaN', 'NaN');
-- @must
SELECT (1.0/3)::float8 = 1.0/3, 0.1::float8 = 0.10000000000000000001, (2.0/3)::float8 < 2.0/3, 0.1::real = 0.1, 1.5::real < 1.50000000000000000001;
-- @must
SELECT id, f = n, f < n, r = n, n >= f, f IS DISTINCT FROM n, nullif(f, n) FROM s33w_fn ORDER BY id;
-- @must
SELECT id FROM s33w_fn WHERE f IN (0.33333333333333333333, 0.1) ORDER BY id;
-- @must
SELECT coalesce(NULL::float8, 1.0/3), coalesce(NULL::real, 1.0/3), CASE WHEN id > 0 THEN n ELSE f END, greatest(f, 0.10000000000000000001) FROM s33w_fn ORDER BY id;
-- @must
SELECT a.id, b.id FROM s33w_fn a JOIN s33w_fn b ON a.f = b.n ORDER BY 1, 2;
-- @must
SELECT x, count(*) OVER (PARTITION BY x) FROM (VALUES (0.1::float8), (1.0/3), (0.10000000000000000001), (10000000000000001)) v(x) ORDER BY x;
-- params: ["0.33333333333333333333"]
SELECT id FROM s33w_fn WHERE f = $1::numeric ORDER BY id;

