-- The thirty-sixth session's hunt for silent wrong answers in a booking/scheduling system and an
-- IoT time-series store: range overlaps and containment, date and timestamp series across DST,
-- date_bin, justify_*, age(), interval arithmetic and extract(epoch), width_bucket, ordered-set
-- aggregates, regression and dispersion aggregates of small sets, numeric rounding and scale,
-- ordered and filtered aggregates, window frames and ranking ties, gaps-and-islands, upserts with
-- RETURNING, summary triggers, CHECK constraints with functions, generated columns, INSERT … SELECT.

-- @must
CREATE TABLE w36_room (id int PRIMARY KEY, name text NOT NULL UNIQUE, capacity int NOT NULL CHECK (capacity > 0), floor smallint, hourly numeric(8,2) NOT NULL);
-- @must
INSERT INTO w36_room VALUES (1, 'Aurora', 8, 1, 25.50), (2, 'Borealis', 4, 1, 12.25), (3, 'Cirrus', 20, 2, 60.00), (4, 'Delta', 2, 3, 7.75), (5, 'Eos', 12, NULL, 33.33);
-- @must
CREATE TABLE w36_booking (id serial PRIMARY KEY, room int NOT NULL REFERENCES w36_room, guest text NOT NULL, during tstzrange NOT NULL, days daterange, seats int NOT NULL DEFAULT 1, price numeric(10,2), status text NOT NULL DEFAULT 'held' CHECK (status IN ('held', 'confirmed', 'cancelled')));
-- @must
INSERT INTO w36_booking (room, guest, during, days, seats, price, status) VALUES
  (1, 'ann', '[2024-03-01 09:00+00,2024-03-01 10:30+00)', '[2024-03-01,2024-03-02)', 4, 38.25, 'confirmed'),
  (1, 'bob', '[2024-03-01 10:30+00,2024-03-01 12:00+00)', '[2024-03-01,2024-03-02)', 6, 38.25, 'held'),
  (1, 'cy', '[2024-03-01 11:00+00,2024-03-01 11:30+00)', '[2024-03-01,2024-03-01]', 2, 12.75, 'cancelled'),
  (2, 'dee', '[2024-03-09 22:00+00,2024-03-10 02:00+00)', '[2024-03-09,2024-03-11)', 3, 49.00, 'confirmed'),
  (2, 'eve', '(2024-03-10 01:00+00,2024-03-10 03:00+00]', '[2024-03-10,2024-03-10]', 1, 24.50, 'held'),
  (3, 'fay', '[2024-03-30 23:00+00,2024-03-31 04:00+00)', '[2024-03-30,2024-04-01)', 18, 300.00, 'confirmed'),
  (3, 'gus', '[2024-11-02 20:00+00,infinity)', '[2024-11-02,)', 10, NULL, 'held'),
  (4, 'hal', 'empty', 'empty', 1, 0.00, 'cancelled'),
  (5, 'ivy', '[2024-10-27 00:00+00,2024-10-27 03:00+00)', '[2024-10-27,2024-10-28)', 12, 99.99, 'confirmed'),
  (5, 'jo', '[,2024-01-01 00:00+00)', '(,2024-01-01)', 5, 10.01, 'confirmed');
-- @must
SELECT id, guest, during FROM w36_booking ORDER BY id;
-- @must
SELECT id, days FROM w36_booking ORDER BY days, id;
-- @must
SELECT a.id, b.id FROM w36_booking a JOIN w36_booking b ON a.room = b.room AND a.id < b.id AND a.during && b.during ORDER BY 1, 2;
-- @must
SELECT a.id, b.id, a.during -|- b.during AS adjacent FROM w36_booking a JOIN w36_booking b ON a.room = b.room AND a.id < b.id ORDER BY 1, 2;
-- @must
SELECT id FROM w36_booking WHERE during @> '2024-03-01 10:30+00'::timestamptz ORDER BY id;
-- @must
SELECT id FROM w36_booking WHERE during @> tstzrange('2024-03-01 11:00+00', '2024-03-01 11:15+00') ORDER BY id;
-- @must
SELECT id FROM w36_booking WHERE during <@ tstzrange('2024-03-01', '2024-03-02') ORDER BY id;
-- @must
SELECT id, lower(during), upper(during), lower_inc(during), upper_inc(during), lower_inf(during), upper_inf(during), isempty(during) FROM w36_booking ORDER BY id;
-- @must
SELECT id, upper(during) - lower(during) AS length FROM w36_booking WHERE NOT isempty(during) ORDER BY id;
-- @must
SELECT id, days, upper(days) - lower(days) AS nights FROM w36_booking ORDER BY id;
-- @must
SELECT daterange('2024-03-01', '2024-03-05', '[]'), daterange('2024-03-01', '2024-03-05', '(]'), daterange('2024-03-01', '2024-03-05', '()');
-- @must
SELECT '[2024-03-01,2024-03-05]'::daterange * '[2024-03-03,2024-03-10)'::daterange, '[2024-03-01,2024-03-05]'::daterange + '[2024-03-04,2024-03-10)'::daterange;
-- @must
SELECT '[2024-03-01,2024-03-05)'::daterange - '[2024-03-03,2024-03-04)'::daterange;
-- @must
SELECT '[2024-03-01,2024-03-05)'::daterange - '[2024-03-01,2024-03-04)'::daterange, '[2024-03-01,2024-03-05)'::daterange - '[2024-02-01,2024-03-10)'::daterange;
-- @must
SELECT '[2024-03-01,2024-03-05)'::daterange << '[2024-03-05,2024-03-07)'::daterange, '[2024-03-01,2024-03-05]'::daterange << '[2024-03-05,2024-03-07)'::daterange, '[2024-03-01,2024-03-05)'::daterange &< '[2024-03-02,2024-03-04)'::daterange, '[2024-03-03,2024-03-05)'::daterange &> '[2024-03-02,2024-03-04)'::daterange;
-- @must
SELECT range_merge('[2024-03-01,2024-03-02)'::daterange, '[2024-03-10,2024-03-12)'::daterange);
-- @must
SELECT '[2024-03-01,2024-03-05)'::daterange = '[2024-03-01,2024-03-04]'::daterange, 'empty'::daterange = '[2024-03-01,2024-03-01)'::daterange;
-- @must
SELECT 'empty'::tstzrange && tstzrange('2024-01-01', '2024-02-01'), 'empty'::tstzrange <@ tstzrange('2024-01-01', '2024-02-01'), tstzrange('2024-01-01', '2024-02-01') @> 'empty'::tstzrange;
-- @must
SELECT r FROM (VALUES ('[2024-03-02,2024-03-05)'::daterange), ('empty'), ('[2024-03-01,)'), ('(,2024-03-01)'), ('[2024-03-01,2024-03-03)'), ('[2024-03-01,2024-03-02)')) v(r) ORDER BY r;
-- @must
SELECT room, range_agg(during) FROM w36_booking WHERE status <> 'cancelled' GROUP BY room ORDER BY room;
-- @must
SELECT room, range_intersect_agg(days) FROM w36_booking WHERE room = 1 GROUP BY room;
-- @must
SELECT int4range(1, 10) * int4range(5, 20), int4range(1, 10, '[]'), numrange(1.5, 2.5) @> 2.5, int8range(NULL, 5);
-- @must
SELECT isempty(int4range(5, 5)), int4range(5, 5, '[]'), upper(int4range(1, 3, '[]')), lower(int4range(1, 3, '(]'));
-- @must
SELECT tstzrange('2024-03-01 10:00+00', '2024-03-01 09:00+00');
-- @must
SELECT daterange('2024-03-05', '2024-03-01');
-- @must
SELECT '[2024-03-01,2024-03-05)'::daterange -  '[2024-03-02,2024-03-03)'::daterange;
-- @must
SELECT r.name, count(b.id) AS n, sum(b.seats) FILTER (WHERE b.status = 'confirmed') AS confirmed_seats FROM w36_room r LEFT JOIN w36_booking b ON b.room = r.id GROUP BY r.name ORDER BY r.name;
-- @must
SELECT id, guest FROM w36_booking WHERE days && daterange('2024-03-10', '2024-03-10', '[]') ORDER BY id;
-- @must
SELECT id, guest FROM w36_booking WHERE upper_inf(during) OR lower_inf(during) ORDER BY id;
-- @must
SELECT id, during * tstzrange('2024-03-01 10:00+00', '2024-03-01 11:00+00') AS clip FROM w36_booking WHERE room = 1 ORDER BY id;
-- @must
SELECT multirange(daterange('2024-01-01', '2024-01-05'), daterange('2024-01-03', '2024-01-08'), daterange('2024-02-01', '2024-02-02'));
-- @must
SELECT '{[2024-01-01,2024-01-05), [2024-01-10,2024-01-12)}'::datemultirange @> '2024-01-11'::date, '{[2024-01-01,2024-01-05), [2024-01-10,2024-01-12)}'::datemultirange @> '2024-01-07'::date;
-- @must
SELECT lower('{[2024-01-01,2024-01-05), [2024-01-10,2024-01-12)}'::datemultirange), upper('{[2024-01-01,2024-01-05), [2024-01-10,2024-01-12)}'::datemultirange);
-- @must
SELECT unnest('{[3,5), [1,2), [7,9)}'::int4multirange);

-- Dates and timestamps across daylight-saving changes.
-- @must
SET TimeZone = 'America/New_York';
-- @must
SELECT g FROM generate_series('2024-03-09 00:00'::timestamptz, '2024-03-11 00:00'::timestamptz, '12 hours') g;
-- @must
SELECT g FROM generate_series('2024-03-10 00:00'::timestamptz, '2024-03-10 05:00'::timestamptz, '1 hour') g;
-- @must
SELECT g FROM generate_series('2024-11-03 00:00'::timestamptz, '2024-11-03 03:00'::timestamptz, '30 minutes') g;
-- @must
SELECT g FROM generate_series('2024-03-08'::timestamptz, '2024-03-12'::timestamptz, '1 day') g;
-- @must
SELECT g FROM generate_series('2024-03-08'::timestamp, '2024-03-12'::timestamp, '1 day') g;
-- @must
SELECT g::date FROM generate_series('2024-01-31'::date, '2024-06-30'::date, '1 month') g;
-- @must
SELECT g FROM generate_series('2024-01-31'::date, '2024-05-01'::date, '1 month'::interval) g;
-- @must
SELECT count(*) FROM generate_series('2024-03-10 00:00'::timestamptz, '2024-03-11 00:00'::timestamptz, '1 hour') g;
-- @must
SELECT count(*) FROM generate_series('2024-11-03 00:00'::timestamptz, '2024-11-04 00:00'::timestamptz, '1 hour') g;
-- @must
SELECT '2024-03-10 12:00'::timestamptz - '2024-03-09 12:00'::timestamptz, '2024-11-03 12:00'::timestamptz - '2024-11-02 12:00'::timestamptz;
-- @must
SELECT '2024-03-09 12:00'::timestamptz + interval '1 day', '2024-03-09 12:00'::timestamptz + interval '24 hours';
-- @must
SELECT '2024-11-02 12:00'::timestamptz + interval '1 day', '2024-11-02 12:00'::timestamptz + interval '24 hours';
-- @must
SELECT '2024-03-10 02:30'::timestamptz, '2024-11-03 01:30'::timestamptz;
-- @must
SELECT date_trunc('day', '2024-03-10 15:00'::timestamptz), date_trunc('day', '2024-11-03 15:00'::timestamptz);
-- @must
SELECT date_trunc('hour', '2024-11-03 01:30-05'::timestamptz), date_trunc('hour', '2024-11-03 01:30-04'::timestamptz);
-- @must
SELECT date_trunc('week', '2024-03-10 15:00'::timestamptz), date_trunc('month', '2024-03-10 15:00'::timestamptz);
-- @must
SELECT extract(epoch FROM '2024-03-10 00:00'::timestamptz), extract(epoch FROM '2024-03-10 00:00'::timestamp), extract(epoch FROM '2024-03-10'::date);
-- @must
SELECT extract(hour FROM '2024-03-10 12:00+00'::timestamptz), extract(timezone_hour FROM '2024-03-10 12:00+00'::timestamptz), extract(timezone FROM '2024-03-09 12:00+00'::timestamptz);
-- @must
SELECT '2024-03-10 12:00+00'::timestamptz AT TIME ZONE 'Europe/Berlin', '2024-03-31 12:00+00'::timestamptz AT TIME ZONE 'Europe/Berlin';
-- @must
SELECT '2024-03-10 02:30'::timestamp AT TIME ZONE 'America/New_York', '2024-11-03 01:30'::timestamp AT TIME ZONE 'America/New_York';
-- @must
SELECT to_char('2024-03-10 03:15'::timestamptz, 'YYYY-MM-DD HH24:MI TZ OF'), to_char('2024-11-03 01:15-05'::timestamptz, 'YYYY-MM-DD HH24:MI TZ OF');
-- @must
SELECT date_bin('15 minutes', '2024-03-10 03:07:30'::timestamptz, '2024-01-01'::timestamptz);
-- @must
SELECT date_bin('1 hour', '2024-11-03 01:40-05'::timestamptz, '2000-01-01 00:00+00'::timestamptz), date_bin('1 hour', '2024-11-03 01:40-04'::timestamptz, '2000-01-01 00:00+00'::timestamptz);
-- @must
SELECT id, during, lower(during)::date, lower(during)::time FROM w36_booking WHERE room = 2 ORDER BY id;
-- @must
SELECT id, lower(during) AT TIME ZONE 'UTC' FROM w36_booking WHERE NOT lower_inf(during) AND NOT isempty(during) ORDER BY id;
-- @must
SELECT tstzrange('2024-03-10 00:00', '2024-03-10 04:00') @> '2024-03-10 03:30'::timestamptz, upper(tstzrange('2024-03-10 00:00', '2024-03-10 04:00')) - lower(tstzrange('2024-03-10 00:00', '2024-03-10 04:00'));
-- @must
SELECT '2024-03-10'::date + 1, '2024-03-10'::date + interval '1 day', '2024-03-10'::date + time '02:30';
-- @must
SELECT '2024-03-10'::date::timestamptz, ('2024-03-10'::date + 1)::timestamptz;
-- @must
SELECT age('2024-03-11 00:00'::timestamptz, '2024-03-10 00:00'::timestamptz), age('2024-11-04 00:00'::timestamptz, '2024-11-03 00:00'::timestamptz);
-- @must
SET TimeZone = 'Europe/London';
-- @must
SELECT g FROM generate_series('2024-03-30 22:00'::timestamptz, '2024-03-31 03:00'::timestamptz, '1 hour') g;
-- @must
SELECT g FROM generate_series('2024-10-26 12:00'::timestamptz, '2024-10-28 12:00'::timestamptz, '1 day') g;
-- @must
SELECT id, guest, during FROM w36_booking WHERE room IN (3, 5) ORDER BY id;
-- @must
SELECT date_trunc('day', '2024-10-27 12:00'::timestamptz, 'Asia/Tokyo'), date_trunc('day', '2024-10-27 12:00'::timestamptz, 'UTC');
-- @must
SELECT '2024-03-31 00:30'::timestamptz + interval '1 hour', '2024-03-31 00:30'::timestamptz + interval '2 hours';
-- @must
SELECT extract(epoch FROM ('2024-03-31 12:00'::timestamptz - '2024-03-30 12:00'::timestamptz)), extract(epoch FROM ('2024-10-27 12:00'::timestamptz - '2024-10-26 12:00'::timestamptz));
-- @must
SET TimeZone = 'UTC';

-- Interval arithmetic.
-- @must
SELECT justify_days(interval '35 days'), justify_days(interval '-35 days'), justify_days(interval '1 month -40 days');
-- @must
SELECT justify_hours(interval '27 hours'), justify_hours(interval '-27 hours'), justify_hours(interval '1 day -30 hours');
-- @must
SELECT justify_interval(interval '1 month -1 hour'), justify_interval(interval '-1 month 40 days 30 hours'), justify_interval(interval '400 days 50 hours');
-- @must
SELECT age('2024-03-31'::date, '2024-02-29'::date), age('2024-02-29'::date, '2023-03-31'::date), age('2024-03-01'::timestamp, '2024-01-31 12:00'::timestamp);
-- @must
SELECT age('2020-02-29'::timestamp, '2024-02-28'::timestamp), age('2024-01-01'::timestamptz, '2024-01-01'::timestamptz);
-- @must
SELECT interval '1 month' * 1.5, interval '1 day' * 1.5, interval '1 hour' * 2.5, interval '7 days' / 3;
-- @must
SELECT interval '1 month' / 2, interval '1 month 1 day' / 4, interval '3 days 4 hours' * 0.1, interval '1 year' / 7;
-- @must
SELECT interval '1 day 02:00' * -1, -interval '1 month 2 days 03:00', interval '1 month' * 0;
-- @must
SELECT interval '2 hours 30 minutes' / 1.5, interval '-7 days' / 2, interval '1 second' / 3;
-- @must
SELECT extract(epoch FROM interval '1 month'), extract(epoch FROM interval '1 year'), extract(epoch FROM interval '1 day 01:00:00.5'), extract(epoch FROM interval '-2 days');
-- @must
SELECT extract(day FROM interval '40 days 3 hours'), extract(hour FROM interval '40 days 27 hours'), extract(month FROM interval '14 months'), extract(year FROM interval '14 months'), extract(minute FROM interval '-90 minutes');
-- @must
SELECT date_part('epoch', interval '3 months 2 days'), date_part('day', '2024-02-29'::date), date_part('dow', '2024-03-10'::date), date_part('isodow', '2024-03-10'::date), date_part('doy', '2024-12-31'::date);
-- @must
SELECT extract(week FROM '2024-12-30'::date), extract(isoyear FROM '2024-12-30'::date), extract(quarter FROM '2024-07-01'::date), extract(century FROM '2000-12-31'::date), extract(millennium FROM '2001-01-01'::date), extract(decade FROM '2024-05-05'::date);
-- @must
SELECT extract(julian FROM '2024-03-10'::date), extract(epoch FROM '1969-12-31'::date), extract(epoch FROM '2024-03-10 12:34:56.789'::timestamp);
-- @must
SELECT interval '1 day' = interval '24 hours', interval '1 month' = interval '30 days', interval '1 month' > interval '29 days 23:59';
-- @must
SELECT i FROM (VALUES (interval '1 month'), (interval '30 days'), (interval '29 days 25 hours'), (interval '-1 day'), (interval '720 hours')) v(i) ORDER BY i, i::text;
-- @must
SELECT sum(i), avg(i), min(i), max(i) FROM (VALUES (interval '1 month'), (interval '10 days'), (interval '36 hours'), (NULL::interval)) v(i);
-- @must
SELECT '2024-01-31'::date + interval '1 month', '2024-02-29'::date + interval '1 year', '2024-03-31'::date - interval '1 month', '2024-01-31'::timestamp + interval '1 month 1 day';
-- @must
SELECT '2024-03-10'::date - '2024-02-10'::date, '2024-03-10'::timestamp - '2024-02-10'::timestamp, '2024-03-10 06:00'::timestamp - '2024-03-08 18:30'::timestamp;
-- @must
SELECT make_interval(days => 10, hours => 5), make_interval(months => 1, secs => 1.5), make_interval(weeks => 2, mins => -30);
-- @must
SELECT interval '1.5 months', interval '1.5 years', interval '2.5 days', interval '0.5 weeks';
-- @must
SELECT interval 'P1Y2M3DT4H5M6S', interval '1-2', interval '3 4:05:06', interval '-1 2:03';
-- @must
SELECT (interval '90 minutes')::time, (interval '1 day 01:00')::text, interval '100 hours' > interval '4 days';
-- @must
SELECT to_char(interval '27 hours 5 minutes', 'HH24:MI'), to_char(interval '3 days 04:05:06', 'DD HH24:MI:SS');
-- @must
SELECT date_bin('5 minutes', '2024-06-01 12:34:56'::timestamp, '2024-06-01 00:02:00'::timestamp), date_bin('1 day', '2024-06-01 12:34:56'::timestamp, '2024-01-01 06:00'::timestamp), date_bin('10 minutes', '2024-06-01 00:01'::timestamp, '2024-06-01 00:05'::timestamp);
-- @must
SELECT date_bin('1 month', '2024-06-01'::timestamp, '2024-01-01'::timestamp);
-- @must
SELECT date_bin('0 minutes', '2024-06-01'::timestamp, '2024-01-01'::timestamp);
-- @must
SELECT date_bin('-5 minutes', '2024-06-01'::timestamp, '2024-01-01'::timestamp);

-- An IoT time-series store.
-- @must
CREATE TABLE w36_device (id int PRIMARY KEY, serial text NOT NULL UNIQUE CHECK (length(serial) = 8 AND upper(serial) = serial), site text NOT NULL, installed date NOT NULL, calib numeric(6,3) NOT NULL DEFAULT 1.000);
-- @must
INSERT INTO w36_device VALUES (1, 'TX000001', 'north', '2024-01-15', 1.000), (2, 'TX000002', 'north', '2024-02-01', 0.985), (3, 'HX000003', 'south', '2024-02-20', 1.125), (4, 'HX000004', 'east', '2024-03-01', 1.000);
-- @must
INSERT INTO w36_device VALUES (5, 'tx000005', 'west', '2024-03-02', 1);
-- @must
INSERT INTO w36_device VALUES (6, 'TX06', 'west', '2024-03-02', 1);
-- @must
CREATE TABLE w36_reading (device int NOT NULL REFERENCES w36_device, ts timestamptz NOT NULL, temp double precision, hum numeric(5,2), volts real, ok boolean, PRIMARY KEY (device, ts));
-- @must
INSERT INTO w36_reading SELECT d, '2024-03-01 00:00+00'::timestamptz + (i * interval '7 minutes'), 20 + d + (i % 5) * 0.5, round((40 + (i * d) % 17)::numeric / 3, 2), 3.3 - (i % 3) * 0.05, i % 11 <> 0 FROM generate_series(1, 3) d, generate_series(0, 39) i;
-- @must
INSERT INTO w36_reading VALUES (4, '2024-03-01 00:00+00', NULL, NULL, NULL, NULL), (4, '2024-03-01 00:10+00', 18.5, 55.5, 3.1, true), (4, '2024-03-01 00:20+00', 18.5, 55.5, 3.1, true), (4, '2024-03-01 00:30+00', 18.5, NULL, 3.1, false);
-- @must
SELECT count(*), count(temp), count(hum), count(DISTINCT device), count(DISTINCT hum), count(DISTINCT ok) FROM w36_reading;
-- @must
SELECT device, count(*), min(ts), max(ts), round(avg(temp)::numeric, 4), sum(hum), avg(hum) FROM w36_reading GROUP BY device ORDER BY device;
-- @must
SELECT device, date_bin('30 minutes', ts, '2024-03-01'::timestamptz) AS bucket, count(*), round(avg(temp)::numeric, 3) AS t, max(hum) FROM w36_reading WHERE device = 1 GROUP BY 1, 2 ORDER BY 1, 2;
-- @must
SELECT date_trunc('hour', ts) AS h, device, count(*) FROM w36_reading GROUP BY 1, 2 ORDER BY 1, 2 LIMIT 8;
-- @must
SELECT device, width_bucket(temp, 20, 25, 5) AS b, count(*) FROM w36_reading WHERE temp IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2;
-- @must
SELECT width_bucket(5.35, 0.024, 10.06, 5), width_bucket(-1, 0, 10, 5), width_bucket(10, 0, 10, 5), width_bucket(0, 0, 10, 5), width_bucket(7, 10, 0, 5);
-- @must
SELECT width_bucket(now(), ARRAY['2020-01-01'::timestamptz, '2030-01-01']), width_bucket(5, ARRAY[1, 3, 5, 7]), width_bucket(0, ARRAY[1, 3, 5, 7]), width_bucket(8.5, ARRAY[1, 3, 5, 7]);
-- @must
SELECT width_bucket(1, 0, 0, 5);
-- @must
SELECT width_bucket(1, 0, 10, 0);
-- @must
SELECT width_bucket('NaN'::float8, 0, 10, 5);
-- @must
SELECT device, percentile_cont(0.5) WITHIN GROUP (ORDER BY temp), percentile_disc(0.5) WITHIN GROUP (ORDER BY temp), percentile_cont(0.9) WITHIN GROUP (ORDER BY hum) FROM w36_reading GROUP BY device ORDER BY device;
-- @must
SELECT percentile_cont(ARRAY[0, 0.25, 0.5, 0.75, 1]) WITHIN GROUP (ORDER BY x), percentile_disc(ARRAY[0, 0.25, 0.5, 0.75, 1]) WITHIN GROUP (ORDER BY x) FROM (VALUES (1), (2), (4), (8), (16), (NULL)) v(x);
-- @must
SELECT percentile_cont(0.3) WITHIN GROUP (ORDER BY x), percentile_disc(0.3) WITHIN GROUP (ORDER BY x), percentile_cont(0.3) WITHIN GROUP (ORDER BY x DESC) FROM (VALUES (10), (20), (30), (40)) v(x);
-- @must
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY d), percentile_disc(0.5) WITHIN GROUP (ORDER BY d) FROM (VALUES ('2024-01-01'::timestamp), ('2024-01-04'::timestamp)) v(d);
-- @must
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY i) FROM (VALUES (interval '1 hour'), (interval '2 hours')) v(i);
-- @must
SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY hum), percentile_cont(0.5) WITHIN GROUP (ORDER BY hum) FROM w36_reading WHERE false;
-- @must
SELECT percentile_cont(1.5) WITHIN GROUP (ORDER BY x) FROM (VALUES (1)) v(x);
-- @must
SELECT percentile_cont(ARRAY[0.5, NULL]) WITHIN GROUP (ORDER BY x) FROM (VALUES (1), (3)) v(x);
-- @must
SELECT mode() WITHIN GROUP (ORDER BY hum) FROM w36_reading WHERE device = 4;
-- @must
SELECT device, mode() WITHIN GROUP (ORDER BY ok) FROM w36_reading GROUP BY device ORDER BY device;
-- @must
SELECT mode() WITHIN GROUP (ORDER BY x), mode() WITHIN GROUP (ORDER BY x DESC) FROM (VALUES (3), (1), (3), (1), (2)) v(x);
-- @must
SELECT mode() WITHIN GROUP (ORDER BY s) FROM (VALUES ('b'), ('a'), (NULL), (NULL), (NULL)) v(s);
-- @must
SELECT stddev(x), stddev_pop(x), variance(x), var_pop(x), var_samp(x), stddev_samp(x) FROM (VALUES (5.0)) v(x);
-- @must
SELECT stddev(x), stddev_pop(x), variance(x), var_pop(x) FROM (VALUES (5.0), (5.0), (5.0)) v(x);
-- @must
SELECT stddev(x), variance(x), var_pop(x) FROM (VALUES (2), (4), (4), (4), (5), (5), (7), (9)) v(x);
-- @must
SELECT stddev(x), variance(x) FROM (VALUES (2::float8), (4), (4), (4), (5), (5), (7), (9)) v(x);
-- @must
SELECT stddev(x), variance(x), stddev_pop(x) FROM (VALUES (1::int), (2)) v(x);
-- @must
SELECT stddev(x) FROM (VALUES (NULL::numeric)) v(x);
-- @must
SELECT variance(x), stddev(x) FROM (VALUES (0.1::float8), (0.1), (0.1)) v(x);
-- @must
SELECT corr(y, x), covar_pop(y, x), covar_samp(y, x), regr_slope(y, x), regr_intercept(y, x), regr_r2(y, x), regr_count(y, x) FROM (VALUES (1, 2), (2, 4), (3, 6), (4, 8.5)) v(x, y);
-- @must
SELECT corr(y, x), regr_slope(y, x), regr_intercept(y, x), regr_r2(y, x), regr_sxx(y, x), regr_syy(y, x), regr_sxy(y, x), regr_avgx(y, x), regr_avgy(y, x) FROM (VALUES (1, 5), (2, 5), (3, 5)) v(x, y);
-- @must
SELECT corr(y, x), regr_slope(y, x), regr_r2(y, x), covar_samp(y, x) FROM (VALUES (2, 1), (2, 2), (2, 3)) v(x, y);
-- @must
SELECT corr(y, x), covar_samp(y, x), covar_pop(y, x), regr_count(y, x) FROM (VALUES (1, 1)) v(x, y);
-- @must
SELECT corr(y, x), regr_count(y, x), regr_avgx(y, x) FROM (VALUES (1, NULL), (NULL, 2), (3, 4), (5, 8)) v(x, y);
-- @must
SELECT device, round(corr(temp, extract(epoch FROM ts))::numeric, 6), round(regr_slope(temp, volts)::numeric, 6), regr_count(temp, volts) FROM w36_reading GROUP BY device ORDER BY device;
-- @must
SELECT pg_typeof(corr(1::int, 2::int)), pg_typeof(stddev(1::int)), pg_typeof(stddev(1::float4)), pg_typeof(variance(1::numeric)), pg_typeof(avg(1::int)), pg_typeof(avg(1::float4)), pg_typeof(sum(1::int2)), pg_typeof(sum(1::int8)), pg_typeof(sum(1::float4));
-- @must
SELECT avg(x), sum(x), avg(x::float8) FROM (VALUES (1), (2), (2)) v(x);
-- @must
SELECT sum(x), avg(x), max(x), min(x) FROM (VALUES (1.10), (2.205), (3.0000)) v(x);
-- @must
SELECT avg(x) FROM (VALUES (1.5::numeric(10,1)), (2.5)) v(x);
-- @must
SELECT avg(x), sum(x) FROM (VALUES (0.001), (0.002)) v(x);
-- @must
SELECT 1::numeric / 3, 10::numeric / 4, 1.0 / 3.00, 2.50 / 2, 100::numeric / 7.0000, 1 / 3.0;
-- @must
SELECT 1e20::numeric / 3, 0.000001::numeric / 7, 123456789.123 / 1000, (-7)::numeric / 2;
-- @must
SELECT 7.0 / 2, 7 / 2, -7 / 2, 7 % -3, -7 % 3, -7.5 % 2, 7::numeric % 2.5, mod(-7, 3), div(-7, 2), div(7.5, 2);
-- @must
SELECT 0.1 + 0.2, 0.1::float8 + 0.2::float8, 1.10 * 1.10, 1.5 * 2, 2.000 * 3.00;
-- @must
SELECT round(2.5), round(3.5), round(-2.5), round(2.5::float8), round(3.5::float8), round(-2.5::float8), round(0.5::float8), round(1.5::float8);
-- @must
SELECT round(2.345, 2), round(2.355, 2), round(-2.345, 2), round(2.345::float8::numeric, 2), round(1234.5678, -2), round(1250, -2), round(-1250, -2), round(1.5, 0);
-- @must
SELECT round(12345.6789::numeric, 10), round(0.000049, 4), round(0.00005, 4), round(99.995, 2), round(-0.5);
-- @must
SELECT trunc(1234.5678, 2), trunc(1234.5678, -2), trunc(-1234.5678, -1), trunc(1234.5678), trunc(-0.9), trunc(5.99::float8), trunc(-5.99::float8), trunc(1234.5678, -5);
-- @must
SELECT ceil(-0.5), ceil(1.0001), floor(-0.5), floor(1.9999), ceiling(2.0), ceil(-0.5::float8), floor(-1.5::float8);
-- @must
SELECT sign(-2.5), sign(0::numeric), sign(3::float8), abs(-0.00), abs(-7::int2);
-- @must
SELECT scale(1.2300), scale(round(2.5)), scale(trunc(1.2345, 2)), scale(1.5 * 2.25), scale(sum(x)), scale(avg(x)) FROM (VALUES (1.25), (2.5)) v(x);
-- @must
SELECT x::numeric(5,2), round(x, 1), x * 100 FROM (VALUES (1.005), (1.015), (2.675), (-0.125)) v(x);
-- @must
SELECT 2.675::float8 * 100, round((2.675::float8 * 100)::numeric), round(2.675::float8::numeric, 2), 1.005::float4;
-- @must
SELECT power(2, 10), power(2.0, 0.5), 2 ^ 3 ^ 2, power(-8, 1.0/3);
-- @must
SELECT sqrt(2::numeric), sqrt(2), exp(1::numeric), ln(10::numeric), log(1000), log(2, 64);
-- @must
SELECT 12345678901234567890::numeric * 98765432109876543210, 0.1::numeric ^ 20;
-- @must
SELECT 'NaN'::numeric = 'NaN'::numeric, 'NaN'::numeric > 1e100, round('NaN'::numeric, 2), 'Infinity'::numeric + 1, 'NaN'::float8 > 'Infinity'::float8;
-- @must
SELECT x FROM (VALUES (1.0::numeric), ('NaN'), (-1), ('Infinity'), ('-Infinity'), (0)) v(x) ORDER BY x;
-- @must
SELECT sum(x), avg(x) FROM (VALUES (1.0::numeric), ('NaN')) v(x);
-- @must
SELECT sum(x), avg(x) FROM (VALUES ('Infinity'::numeric), ('-Infinity')) v(x);
-- @must
SELECT 9223372036854775807::int8 + 1;
-- @must
SELECT sum(x) FROM (VALUES (9223372036854775807::int8), (1)) v(x);
-- @must
SELECT sum(x), pg_typeof(sum(x)) FROM (VALUES (2147483647), (1)) v(x);
-- @must
SELECT avg(x) FROM (VALUES (9223372036854775807::int8), (9223372036854775807)) v(x);
-- @must
SELECT 10::numeric(4,1) / 3, (10::numeric(4,1) / 3)::numeric(4,1), 1::numeric(10,2) / 8::numeric(10,2), 1.00 / 8;
-- @must
SELECT 12.345::numeric(4,2);
-- @must
SELECT 999.995::numeric(5,2);
-- @must
SELECT '0.5'::int;
-- @must
SELECT 0.5::int, 1.5::int, 2.5::int, -2.5::int, 2.5::float8::int, 3.5::float4::int, (-0.5)::float8::int2, 2.5::bigint;

-- Counting, ordered and filtered aggregates.
-- @must
SELECT count(DISTINCT x), count(x), count(*), count(DISTINCT (x, y)), count(DISTINCT y) FROM (VALUES (1, 'a'), (1, NULL), (NULL, NULL), (2, 'a'), (NULL, 'b')) v(x, y);
-- @must
SELECT count(DISTINCT ROW(x, y)) FROM (VALUES (1, NULL), (1, NULL), (NULL, NULL)) v(x, y);
-- @must
SELECT count(DISTINCT b.room) FILTER (WHERE b.status = 'confirmed'), count(*) FILTER (WHERE b.price IS NULL), count(b.price) FILTER (WHERE b.seats > 3) FROM w36_booking b;
-- @must
SELECT room, array_agg(guest ORDER BY guest DESC), string_agg(guest, ',' ORDER BY id) FROM w36_booking GROUP BY room ORDER BY room;
-- @must
SELECT array_agg(price ORDER BY price NULLS FIRST), array_agg(price ORDER BY price DESC NULLS LAST), array_agg(DISTINCT room ORDER BY room DESC) FROM w36_booking;
-- @must
SELECT string_agg(guest, '; ' ORDER BY seats DESC, guest) FILTER (WHERE status <> 'cancelled') FROM w36_booking;
-- @must
SELECT string_agg(DISTINCT status, '|' ORDER BY status) FROM w36_booking;
-- @must
SELECT string_agg(guest, ',') FILTER (WHERE false), array_agg(guest) FILTER (WHERE false), jsonb_agg(guest) FILTER (WHERE false), json_agg(guest) FILTER (WHERE false), count(*) FILTER (WHERE false), sum(seats) FILTER (WHERE false) FROM w36_booking;
-- @must
SELECT jsonb_agg(jsonb_build_object('g', guest, 's', seats) ORDER BY seats, guest) FILTER (WHERE room = 1) FROM w36_booking;
-- @must
SELECT room, jsonb_agg(price ORDER BY id) FROM w36_booking GROUP BY room ORDER BY room;
-- @must
SELECT json_agg(days ORDER BY id) FROM w36_booking WHERE room < 3;
-- @must
SELECT jsonb_object_agg(guest, seats ORDER BY guest) FROM w36_booking WHERE room = 1;
-- @must
SELECT jsonb_object_agg(k, v) FROM (VALUES ('a', 1), ('b', 2), ('a', 3)) t(k, v);
-- @must
SELECT json_object_agg(k, v) FROM (VALUES ('a', 1), ('b', 2), ('a', 3)) t(k, v);
-- @must
SELECT device, array_agg(hum ORDER BY ts DESC) FILTER (WHERE hum > 18) FROM w36_reading WHERE device = 4 GROUP BY device;
-- @must
SELECT array_agg(x ORDER BY x) FROM (VALUES (ARRAY[2, 1]), (ARRAY[1, 5])) v(x);
-- @must
SELECT array_agg(x) FROM (VALUES (ARRAY[1, 2]), (ARRAY[3])) v(x);
-- @must
SELECT bool_and(ok), bool_or(ok), every(ok), bit_and(device), bit_or(device) FROM w36_reading;
-- @must
SELECT device, bool_and(ok) FILTER (WHERE ok IS NOT NULL), count(*) FILTER (WHERE NOT ok) FROM w36_reading GROUP BY device ORDER BY device;
-- @must
SELECT min(during), max(days), min(status), max(guest COLLATE "C") FROM w36_booking;
-- @must
SELECT sum(price), avg(price), sum(price) / count(price), sum(price) / count(*) FROM w36_booking;
-- @must
SELECT room, sum(seats * r.hourly) FROM w36_booking b JOIN w36_room r ON r.id = b.room GROUP BY room ORDER BY room;
-- @must
SELECT avg(seats), avg(seats::numeric(6,1)), avg(hourly), sum(hourly) * 1.0, avg(hourly)::numeric(10,3) FROM w36_booking b JOIN w36_room r ON r.id = b.room;

-- Windows.
-- @must
SELECT device, ts, temp, first_value(temp) OVER w, last_value(temp) OVER w, nth_value(temp, 2) OVER w FROM w36_reading WHERE device = 4 WINDOW w AS (ORDER BY ts) ORDER BY ts;
-- @must
SELECT device, ts, temp, first_value(temp) OVER w, last_value(temp) OVER w FROM w36_reading WHERE device = 4 WINDOW w AS (ORDER BY ts ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) ORDER BY ts;
-- @must
SELECT ts, temp, last_value(temp) OVER (ORDER BY temp RANGE BETWEEN CURRENT ROW AND CURRENT ROW), count(*) OVER (ORDER BY temp) FROM w36_reading WHERE device = 4 ORDER BY ts;
-- @must
SELECT ts, temp, first_value(temp) IGNORE NULLS OVER (ORDER BY ts) FROM w36_reading WHERE device = 4 ORDER BY ts;
-- @must
SELECT ts, hum, sum(hum) OVER (ORDER BY ts ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING), avg(hum) OVER (ORDER BY ts ROWS 2 PRECEDING) FROM w36_reading WHERE device = 4 ORDER BY ts;
-- @must
SELECT ts, temp, avg(temp) OVER (ORDER BY ts RANGE BETWEEN interval '14 minutes' PRECEDING AND CURRENT ROW) AS moving FROM w36_reading WHERE device = 1 ORDER BY ts LIMIT 6;
-- @must
SELECT ts, count(*) OVER (ORDER BY ts RANGE BETWEEN interval '10 minutes' PRECEDING AND interval '10 minutes' FOLLOWING) FROM w36_reading WHERE device = 4 ORDER BY ts;
-- @must
SELECT ts, temp, first_value(ts) OVER (ORDER BY ts ROWS BETWEEN 1 FOLLOWING AND 2 FOLLOWING), last_value(ts) OVER (ORDER BY ts ROWS BETWEEN 1 FOLLOWING AND 2 FOLLOWING) FROM w36_reading WHERE device = 4 ORDER BY ts;
-- @must
SELECT ts, temp, nth_value(temp, 3) OVER (ORDER BY ts ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW), nth_value(ts, 1) OVER (ORDER BY ts DESC) FROM w36_reading WHERE device = 4 ORDER BY ts;
-- @must
SELECT ts, temp, sum(temp) OVER (ORDER BY temp GROUPS BETWEEN 1 PRECEDING AND CURRENT ROW EXCLUDE TIES) FROM w36_reading WHERE device = 4 ORDER BY ts;
-- @must
SELECT id, seats, lag(seats) OVER (ORDER BY id), lead(seats, 2) OVER (ORDER BY id), lag(seats, 1, 0) OVER (ORDER BY id), lead(guest, 1, 'none') OVER (ORDER BY id) FROM w36_booking ORDER BY id;
-- @must
SELECT id, lag(price, 1, 0) OVER (ORDER BY id), lead(price, 1, -1.5) OVER (ORDER BY id), pg_typeof(lag(price, 1, 0) OVER (ORDER BY id)) FROM w36_booking ORDER BY id;
-- @must
SELECT id, lag(seats, 1, 2.5) OVER (ORDER BY id) FROM w36_booking ORDER BY id;
-- @must
SELECT id, lag(lower(days), 1, '2000-01-01') OVER (ORDER BY id) FROM w36_booking ORDER BY id;
-- @must
SELECT id, lag(seats, 1, 'x') OVER (ORDER BY id) FROM w36_booking ORDER BY id;
-- @must
SELECT id, lead(seats, 1, NULL) OVER (ORDER BY id), lag(seats, 0) OVER (ORDER BY id), lag(seats, -1) OVER (ORDER BY id) FROM w36_booking ORDER BY id;
-- @must
SELECT id, lag(seats, NULL) OVER (ORDER BY id) FROM w36_booking ORDER BY id;
-- @must
SELECT x, rank() OVER w, dense_rank() OVER w, row_number() OVER w, percent_rank() OVER w, cume_dist() OVER w, ntile(3) OVER w FROM (VALUES (10), (20), (20), (30), (30), (30), (40)) v(x) WINDOW w AS (ORDER BY x) ORDER BY x;
-- @must
SELECT x, ntile(4) OVER (ORDER BY x), ntile(10) OVER (ORDER BY x), ntile(1) OVER (ORDER BY x) FROM generate_series(1, 6) x ORDER BY x;
-- @must
SELECT x, percent_rank() OVER (ORDER BY x), cume_dist() OVER (ORDER BY x) FROM (VALUES (5)) v(x);
-- @must
SELECT x, percent_rank() OVER (), cume_dist() OVER (), rank() OVER () FROM (VALUES (1), (2)) v(x) ORDER BY x;
-- @must
SELECT ntile(0) OVER () FROM (VALUES (1)) v(x);
-- @must
SELECT x, ntile(NULL) OVER (ORDER BY x) FROM (VALUES (1), (2)) v(x) ORDER BY x;
-- @must
SELECT rank(20) WITHIN GROUP (ORDER BY x), dense_rank(20) WITHIN GROUP (ORDER BY x), percent_rank(20) WITHIN GROUP (ORDER BY x), cume_dist(20) WITHIN GROUP (ORDER BY x) FROM (VALUES (10), (20), (20), (30)) v(x);
-- @must
SELECT room, guest, seats, rank() OVER (PARTITION BY room ORDER BY seats DESC), percent_rank() OVER (PARTITION BY room ORDER BY seats DESC) FROM w36_booking ORDER BY room, seats DESC, guest;
-- @must
SELECT device, ts, temp, temp - lag(temp) OVER (PARTITION BY device ORDER BY ts) AS delta FROM w36_reading WHERE device IN (3, 4) ORDER BY device, ts LIMIT 8;
-- @must
SELECT device, ts, sum(hum) OVER (PARTITION BY device ORDER BY ts) FROM w36_reading WHERE ts < '2024-03-01 00:30+00' ORDER BY device, ts;
-- @must
SELECT device, max(temp) OVER (PARTITION BY device), min(ts) OVER (PARTITION BY device ORDER BY ts DESC) FROM w36_reading WHERE ts = '2024-03-01 00:00+00' ORDER BY device;
-- @must
SELECT x, sum(x) OVER (ORDER BY x ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING EXCLUDE CURRENT ROW), sum(x) OVER (ORDER BY x RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE GROUP) FROM (VALUES (1), (2), (2), (3), (5)) v(x) ORDER BY x;
-- @must
SELECT x, avg(x) OVER (ORDER BY x RANGE BETWEEN 1.5 PRECEDING AND 0.5 FOLLOWING) FROM (VALUES (1.0), (2.0), (2.5), (4.0)) v(x) ORDER BY x;
-- @must
SELECT x, count(*) OVER (ORDER BY x DESC RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM (VALUES (1), (2), (3), (NULL)) v(x) ORDER BY x;
-- @must
SELECT d, count(*) OVER (ORDER BY d RANGE BETWEEN interval '1 day' PRECEDING AND CURRENT ROW) FROM (VALUES ('2024-03-01'::date), ('2024-03-02'), ('2024-03-04')) v(d) ORDER BY d;
-- @must
SELECT x, sum(x) OVER (ORDER BY x ROWS BETWEEN 1 FOLLOWING AND 1 PRECEDING) FROM (VALUES (1), (2)) v(x) ORDER BY x;
-- @must
SELECT x, sum(x) OVER (ORDER BY x ROWS BETWEEN -1 PRECEDING AND CURRENT ROW) FROM (VALUES (1), (2)) v(x) ORDER BY x;
-- @must
SELECT x, string_agg(x::text, ',') OVER (ORDER BY x ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW), array_agg(x) OVER (ORDER BY x DESC) FROM (VALUES (1), (2), (3)) v(x) ORDER BY x;
-- @must
SELECT x, percentile_cont(0.5) WITHIN GROUP (ORDER BY x) FROM (VALUES (1), (2)) v(x) GROUP BY x ORDER BY x;

-- Gaps and islands.
-- @must
CREATE TABLE w36_heartbeat (device int NOT NULL, day date NOT NULL, PRIMARY KEY (device, day));
-- @must
INSERT INTO w36_heartbeat SELECT 1, d::date FROM generate_series('2024-02-26'::date, '2024-03-03'::date, '1 day') d UNION ALL SELECT 1, d::date FROM generate_series('2024-03-06'::date, '2024-03-07'::date, '1 day') d UNION ALL VALUES (1, '2024-03-10'::date), (2, '2024-02-28'), (2, '2024-02-29'), (2, '2024-03-01'), (2, '2024-03-03');
-- @must
SELECT device, min(day) AS first, max(day) AS last, count(*) AS len FROM (SELECT device, day, day - (row_number() OVER (PARTITION BY device ORDER BY day))::int AS grp FROM w36_heartbeat) s GROUP BY device, grp ORDER BY device, first;
-- @must
SELECT device, day, next_day, next_day - day - 1 AS missing FROM (SELECT device, day, lead(day) OVER (PARTITION BY device ORDER BY day) AS next_day FROM w36_heartbeat) s WHERE next_day - day > 1 ORDER BY device, day;
-- @must
SELECT d::date FROM generate_series('2024-02-26'::date, '2024-03-10'::date, '1 day') d WHERE NOT EXISTS (SELECT 1 FROM w36_heartbeat h WHERE h.device = 1 AND h.day = d::date) ORDER BY 1;
-- @must
SELECT device, range_agg(daterange(day, day + 1)) FROM w36_heartbeat GROUP BY device ORDER BY device;
-- @must
SELECT device, count(*) FILTER (WHERE gap) + 1 AS islands FROM (SELECT device, day - lag(day) OVER (PARTITION BY device ORDER BY day) > 1 AS gap FROM w36_heartbeat) s GROUP BY device ORDER BY device;
-- @must
SELECT device, ts, ok, sum(CASE WHEN ok THEN 0 ELSE 1 END) OVER (PARTITION BY device ORDER BY ts) AS streak_id FROM w36_reading WHERE device = 1 AND ts < '2024-03-01 01:30+00' ORDER BY ts;
-- @must
WITH RECURSIVE cal(d) AS (SELECT '2024-02-27'::date UNION ALL SELECT d + 1 FROM cal WHERE d < '2024-03-04') SELECT d, extract(dow FROM d), to_char(d, 'Dy DD Mon') FROM cal ORDER BY d;
-- @must
SELECT s.slot, b.guest FROM generate_series('2024-03-01 08:00+00'::timestamptz, '2024-03-01 12:00+00'::timestamptz, '30 minutes') s(slot) LEFT JOIN w36_booking b ON b.room = 1 AND b.status <> 'cancelled' AND b.during @> s.slot ORDER BY s.slot, b.guest;
-- @must
SELECT r.name FROM w36_room r WHERE r.capacity >= 4 AND NOT EXISTS (SELECT 1 FROM w36_booking b WHERE b.room = r.id AND b.status <> 'cancelled' AND b.during && tstzrange('2024-03-01 10:00+00', '2024-03-01 11:00+00')) ORDER BY r.name;

-- Upserts and RETURNING.
-- @must
CREATE TABLE w36_latest (device int PRIMARY KEY, ts timestamptz NOT NULL, temp double precision, n int NOT NULL DEFAULT 1, updated boolean NOT NULL DEFAULT false);
-- @must
INSERT INTO w36_latest (device, ts, temp) VALUES (1, '2024-03-01 00:00+00', 21.0), (2, '2024-03-01 00:00+00', 22.0) RETURNING *;
-- @must
INSERT INTO w36_latest AS l (device, ts, temp) VALUES (1, '2024-03-01 01:00+00', 21.5), (3, '2024-03-01 01:00+00', 23.0) ON CONFLICT (device) DO UPDATE SET ts = excluded.ts, temp = excluded.temp, n = l.n + 1, updated = true RETURNING device, ts, temp, n, updated;
-- @must
INSERT INTO w36_latest AS l (device, ts, temp) VALUES (2, '2023-12-31 00:00+00', 0) ON CONFLICT (device) DO UPDATE SET ts = excluded.ts, temp = excluded.temp, n = l.n + 1 WHERE excluded.ts > l.ts RETURNING device, n;
-- @must
INSERT INTO w36_latest (device, ts) VALUES (2, now()), (4, '2024-03-01') ON CONFLICT DO NOTHING RETURNING device, ts;
-- @must
INSERT INTO w36_latest (device, ts, temp) VALUES (5, '2024-03-01', 1), (5, '2024-03-02', 2) ON CONFLICT (device) DO UPDATE SET temp = excluded.temp;
-- @must
SELECT * FROM w36_latest ORDER BY device;
-- @must
INSERT INTO w36_latest (device, ts, temp) SELECT device, max(ts), NULL FROM w36_reading GROUP BY device ON CONFLICT (device) DO UPDATE SET ts = excluded.ts, n = w36_latest.n + 10 RETURNING device, ts, n, temp;
-- @must
WITH up AS (INSERT INTO w36_latest (device, ts, temp) VALUES (1, '2024-04-01', 99), (9, '2024-04-01', 9) ON CONFLICT (device) DO UPDATE SET temp = excluded.temp RETURNING device, temp) SELECT count(*), sum(temp) FROM up;
-- @must
UPDATE w36_latest SET temp = temp * 2 WHERE device IN (1, 9) RETURNING device, temp, temp / 2 AS before;
-- @must
DELETE FROM w36_latest WHERE device = 9 RETURNING *;
-- @must
INSERT INTO w36_latest (device, ts) VALUES (1, now()) ON CONFLICT (ts) DO NOTHING;
-- @must
INSERT INTO w36_latest (device, ts, temp) VALUES (1, '2024-03-01', 1) ON CONFLICT ON CONSTRAINT w36_latest_pkey DO UPDATE SET temp = -1 RETURNING device, temp;
-- @must
SELECT device, n, updated FROM w36_latest ORDER BY device;

-- A trigger keeps a daily summary.
-- @must
CREATE TABLE w36_daily (device int NOT NULL, day date NOT NULL, n int NOT NULL, total double precision NOT NULL, hi double precision, PRIMARY KEY (device, day));
-- @must
CREATE FUNCTION w36_roll() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP = 'INSERT' THEN INSERT INTO w36_daily AS d VALUES (NEW.device, (NEW.ts AT TIME ZONE 'UTC')::date, 1, coalesce(NEW.temp, 0), NEW.temp) ON CONFLICT (device, day) DO UPDATE SET n = d.n + 1, total = d.total + excluded.total, hi = greatest(d.hi, excluded.hi); RETURN NEW; ELSIF TG_OP = 'DELETE' THEN UPDATE w36_daily SET n = n - 1, total = total - coalesce(OLD.temp, 0) WHERE device = OLD.device AND day = (OLD.ts AT TIME ZONE 'UTC')::date; DELETE FROM w36_daily WHERE device = OLD.device AND day = (OLD.ts AT TIME ZONE 'UTC')::date AND n = 0; RETURN OLD; END IF; RETURN NULL; END $$;
-- @must
CREATE TRIGGER w36_roll_t AFTER INSERT OR DELETE ON w36_reading FOR EACH ROW EXECUTE FUNCTION w36_roll();
-- @must
INSERT INTO w36_reading (device, ts, temp, hum) SELECT 4, '2024-03-02 00:00+00'::timestamptz + i * interval '6 hours', 10 + i, 50 FROM generate_series(0, 5) i;
-- @must
SELECT * FROM w36_daily ORDER BY device, day;
-- @must
DELETE FROM w36_reading WHERE device = 4 AND ts >= '2024-03-03 00:00+00';
-- @must
SELECT * FROM w36_daily ORDER BY device, day;
-- @must
INSERT INTO w36_reading (device, ts, temp) VALUES (4, '2024-03-02 23:59:59.999+00', NULL), (4, '2024-03-02 23:00-05', 40);
-- @must
SELECT device, day, n, total, hi FROM w36_daily ORDER BY device, day;
-- @must
INSERT INTO w36_reading (device, ts, temp) VALUES (4, '2024-03-05 00:00+00', 1), (4, '2024-03-02 00:00+00', 2);
-- @must
SELECT device, day, n, total FROM w36_daily ORDER BY device, day;
-- @must
SELECT count(*) FROM w36_reading WHERE device = 4 AND ts >= '2024-03-05';
-- @must
CREATE FUNCTION w36_noneg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.temp < -50 THEN RETURN NULL; END IF; NEW.hum := coalesce(NEW.hum, 0); RETURN NEW; END $$;
-- @must
CREATE TRIGGER w36_noneg_t BEFORE INSERT ON w36_reading FOR EACH ROW EXECUTE FUNCTION w36_noneg();
-- @must
INSERT INTO w36_reading (device, ts, temp) VALUES (3, '2024-03-09 00:00+00', -60), (3, '2024-03-09 01:00+00', 5) RETURNING device, ts, temp, hum;
-- @must
SELECT device, day, n, total FROM w36_daily WHERE device = 3 AND day = '2024-03-09';

-- CHECK constraints with functions, generated columns.
-- @must
CREATE FUNCTION w36_is_quarter_hour(t timestamptz) RETURNS boolean IMMUTABLE LANGUAGE sql AS $$ SELECT extract(minute FROM t)::int % 15 = 0 AND extract(second FROM t) = 0 $$;
-- @must
CREATE TABLE w36_slot (id int GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, room int NOT NULL, starts timestamp NOT NULL CHECK (w36_is_quarter_hour(starts AT TIME ZONE 'UTC')), mins int NOT NULL CHECK (mins BETWEEN 15 AND 480 AND mins % 15 = 0), ends timestamp GENERATED ALWAYS AS (starts + mins * interval '1 minute') STORED, cost numeric(10,2) GENERATED ALWAYS AS (round(mins * 0.4166667, 2)) STORED, label text CHECK (label IS NULL OR label ~ '^[A-Z][a-z]+$'), booked timestamptz NOT NULL DEFAULT '2024-02-01 12:00+00' CHECK ((booked AT TIME ZONE 'UTC')::date >= '2024-01-01'), CONSTRAINT w36_slot_day CHECK (date_trunc('day', starts) = date_trunc('day', starts + (mins - 1) * interval '1 minute')));
-- @must
INSERT INTO w36_slot (room, starts, mins, label) VALUES (1, '2024-03-01 09:00+00', 90, 'Standup'), (1, '2024-03-01 10:45+00', 15, NULL), (2, '2024-03-01 23:00+00', 60, 'Late') RETURNING id, ends, cost;
-- @must
INSERT INTO w36_slot (room, starts, mins) VALUES (1, '2024-03-01 09:05+00', 30);
-- @must
INSERT INTO w36_slot (room, starts, mins) VALUES (1, '2024-03-01 09:00+00', 20);
-- @must
INSERT INTO w36_slot (room, starts, mins) VALUES (1, '2024-03-01 23:30+00', 60);
-- @must
INSERT INTO w36_slot (room, starts, mins, label) VALUES (1, '2024-03-01 08:00+00', 30, 'lower');
-- @must
INSERT INTO w36_slot (room, starts, mins, ends) VALUES (1, '2024-03-01 08:00+00', 30, '2024-03-01 08:30+00');
-- @must
INSERT INTO w36_slot (room, starts, mins) VALUES (1, '2024-03-01 08:00:30+00', 30);
-- @must
INSERT INTO w36_slot (room, starts, mins, booked) VALUES (1, '2024-03-01 08:00', 30, '2023-12-31 23:30-01');
-- @must
INSERT INTO w36_slot (room, starts, mins, booked) VALUES (1, '2024-03-01 08:00', 30, '2023-12-31 23:30+00');
-- @must
SELECT id, room, starts, mins, ends, cost, label FROM w36_slot ORDER BY id;
-- @must
UPDATE w36_slot SET mins = mins * 2 WHERE room = 1 RETURNING id, ends, cost;
-- @must
UPDATE w36_slot SET mins = 600 WHERE id = 2;
-- @must
UPDATE w36_slot SET ends = now() WHERE id = 2;
-- @must
SELECT id, ends - starts AS len, cost FROM w36_slot ORDER BY id;
-- @must
INSERT INTO w36_slot (id, room, starts, mins) VALUES (10, 3, '2024-03-02 12:00+00', 45) RETURNING id, cost;
-- @must
INSERT INTO w36_slot (room, starts, mins) SELECT room, starts + interval '1 day', mins FROM w36_slot WHERE room = 1 RETURNING id, room, starts, ends;
-- @must
SELECT count(*), sum(cost), max(id) FROM w36_slot;
-- @must
CREATE TABLE w36_reading_c (device int, ts timestamptz, temp_f double precision GENERATED ALWAYS AS (temp * 9 / 5 + 32) STORED, temp double precision, day date GENERATED ALWAYS AS ((ts AT TIME ZONE 'UTC')::date) STORED, hot boolean GENERATED ALWAYS AS (temp > 22) STORED);
-- @must
INSERT INTO w36_reading_c (device, ts, temp) SELECT device, ts, temp FROM w36_reading WHERE device IN (1, 4) AND ts < '2024-03-01 00:20+00';
-- @must
SELECT device, ts, temp, temp_f, day, hot FROM w36_reading_c ORDER BY device, ts;
-- @must
INSERT INTO w36_reading_c SELECT device, ts, temp FROM w36_reading LIMIT 1;
-- @must
INSERT INTO w36_reading_c (device, ts, temp) VALUES (7, '2024-12-31 23:59:59.5-01', -40) RETURNING temp_f, day, hot;

-- CHECK constraints read their columns as their types.
-- @must
CREATE TABLE w36_shift (id int PRIMARY KEY, s timestamptz NOT NULL, e timestamptz NOT NULL, brk interval NOT NULL DEFAULT '30 minutes' CHECK (extract(epoch FROM brk) BETWEEN 0 AND 3600), rate float8 CHECK (rate > 0 AND rate < 'Infinity'), CHECK (e - s <= interval '8 hours'), CHECK ((s AT TIME ZONE 'UTC')::date = (e AT TIME ZONE 'UTC')::date), CHECK (extract(isodow FROM s) < 6));
-- @must
INSERT INTO w36_shift VALUES (1, '2024-03-01 09:00+00', '2024-03-01 17:00+00', '45 minutes', 21.5);
-- @must
INSERT INTO w36_shift VALUES (2, '2024-03-01 09:00+00', '2024-03-01 17:01+00', '30 minutes', 20);
-- @must
INSERT INTO w36_shift VALUES (3, '2024-03-01 20:00+00', '2024-03-02 01:00+00', '30 minutes', 20);
-- @must
INSERT INTO w36_shift VALUES (4, '2024-03-01 09:00+00', '2024-03-01 12:00+00', '2 hours', 20);
-- @must
INSERT INTO w36_shift VALUES (5, '2024-03-01 09:00+00', '2024-03-01 12:00+00', '30 minutes', 'Infinity');
-- @must
INSERT INTO w36_shift VALUES (6, '2024-03-02 09:00+00', '2024-03-02 12:00+00', '30 minutes', 1);
-- @must
INSERT INTO w36_shift VALUES (7, '2024-03-04 09:00-05', '2024-03-04 16:00-05', '1 hour', 1e300);
-- @must
UPDATE w36_shift SET e = e + interval '2 hours' WHERE id = 1;
-- @must
UPDATE w36_shift SET brk = brk * 2 WHERE id = 7 RETURNING brk;
-- @must
SELECT id, s, e, e - s AS len, brk, rate FROM w36_shift ORDER BY id;
-- @must
ALTER TABLE w36_shift ADD CONSTRAINT w36_shift_len CHECK (e - s - brk >= interval '2 hours');
-- @must
ALTER TABLE w36_shift ADD CONSTRAINT w36_shift_len2 CHECK (e - s - brk >= interval '5 hours');
-- @must
INSERT INTO w36_shift VALUES (8, '2024-03-05 09:00+00', '2024-03-05 10:00+00', '0 minutes', 1);
-- @must
CREATE TABLE w36_sensor_cfg (device int PRIMARY KEY, lo numeric(6,2) NOT NULL, hi numeric(6,2) NOT NULL, step numeric CHECK (step > 0 AND scale(step) <= 2), period interval CHECK (period >= interval '1 minute' AND period < interval '1 day'), CHECK (hi - lo > 0.5), CHECK (lo * 10 = round(lo * 10)));
-- @must
INSERT INTO w36_sensor_cfg VALUES (1, 10.00, 30.00, 0.25, '5 minutes');
-- @must
INSERT INTO w36_sensor_cfg VALUES (2, 10.00, 10.50, 0.25, '5 minutes');
-- @must
INSERT INTO w36_sensor_cfg VALUES (3, 10.05, 30.00, 0.25, '5 minutes');
-- @must
INSERT INTO w36_sensor_cfg VALUES (4, 9.90, 30.00, 0.125, '5 minutes');
-- @must
INSERT INTO w36_sensor_cfg VALUES (5, 9.90, 30.00, 0.10, '24 hours');
-- @must
INSERT INTO w36_sensor_cfg VALUES (6, 9.90, 30.00, 0.10, '23:59:59');
-- @must
INSERT INTO w36_sensor_cfg VALUES (7, -5, 100, 2, '30 seconds');
-- @must
SELECT * FROM w36_sensor_cfg ORDER BY device;

-- A partial unique index whose predicate reads timestamptz and float8 columns.
-- @must
CREATE TABLE w36_hold (id int, guest text, s timestamptz, e timestamptz, fee float8);
-- @must
CREATE UNIQUE INDEX w36_hold_long ON w36_hold (guest) WHERE e - s > interval '8 hours';
-- @must
CREATE UNIQUE INDEX w36_hold_paid ON w36_hold (id) WHERE fee < 'Infinity';
-- @must
INSERT INTO w36_hold VALUES (1, 'ann', '2024-03-01 09:00+00', '2024-03-01 17:01+00', 'Infinity');
-- @must
INSERT INTO w36_hold VALUES (1, 'ann', '2024-03-01 09:00+00', '2024-03-01 18:00+00', 'Infinity');
-- @must
INSERT INTO w36_hold VALUES (2, 'bob', '2024-03-01 09:00+00', '2024-03-01 10:00+00', 5), (3, 'bob', '2024-03-02 09:00+00', '2024-03-02 10:00+00', 'Infinity');
-- @must
INSERT INTO w36_hold VALUES (2, 'cy', '2024-03-01 09:00+00', '2024-03-01 10:00+00', 'Infinity');
-- @must
SELECT id, guest, e - s, fee FROM w36_hold ORDER BY id, guest;

-- More scale and rounding.
-- @must
SELECT x FROM (VALUES (1.50::numeric), ('-Infinity'), (NULL), (2)) v(x) ORDER BY x NULLS FIRST;
-- @must
SELECT x FROM (SELECT 1.50::numeric AS x UNION ALL SELECT 'NaN' UNION ALL SELECT 3) s ORDER BY x;
-- @must
SELECT round(avg(x), 3), round(sum(x) / 3, 2), trunc(avg(x), 1) FROM (VALUES (1), (2), (2)) v(x);
-- @must
CREATE TABLE w36_rollup AS SELECT device, round(avg(hum), 1) AS h, trunc(max(hum) - min(hum), 2) AS spread, abs(sum(hum) - 100) AS off, round(avg(temp)::numeric, 2) AS t FROM w36_reading GROUP BY device;
-- @must
SELECT * FROM w36_rollup ORDER BY device;
-- @must
CREATE TABLE w36_rollup2 AS SELECT round(sum(price), 0) AS total, round(avg(seats), 2) AS seats, ceil(avg(price)) AS ceil_price FROM w36_booking;
-- @must
SELECT * FROM w36_rollup2;
-- @must
SELECT width_bucket('Infinity'::float8, 0, 10, 5), width_bucket('-Infinity'::float8, 0, 10, 5), width_bucket(5, 0, 'Infinity'::float8, 5);

-- Bulk INSERT … SELECT.
-- @must
CREATE TABLE w36_hourly (device int, hour timestamptz, n bigint, t_avg numeric(8,3), t_min double precision, t_max double precision, hum_sum numeric, PRIMARY KEY (device, hour));
-- @must
INSERT INTO w36_hourly SELECT device, date_trunc('hour', ts), count(*), avg(temp), min(temp), max(temp), sum(hum) FROM w36_reading GROUP BY 1, 2;
-- @must
SELECT * FROM w36_hourly ORDER BY device, hour;
-- @must
INSERT INTO w36_hourly SELECT device, date_trunc('hour', ts), count(*), avg(temp), min(temp), max(temp), sum(hum) FROM w36_reading WHERE device = 1 GROUP BY 1, 2;
-- @must
SELECT count(*) FROM w36_hourly;
-- @must
INSERT INTO w36_hourly (device, hour, n) SELECT d, h, 0 FROM generate_series(1, 2) d, generate_series('2024-03-01 05:00+00'::timestamptz, '2024-03-01 06:00+00', '1 hour') h RETURNING device, hour, n, t_avg;
-- @must
INSERT INTO w36_hourly (device, hour, n, t_avg) VALUES (8, '2024-01-01', 1, 12345.6789);
-- @must
INSERT INTO w36_hourly (device, hour, n, t_avg) VALUES (8, '2024-01-01', 1, 99999.9995);
-- @must
INSERT INTO w36_hourly (device, hour, n, t_avg) SELECT 8, '2024-01-02'::timestamptz, '3', '1.23456';
-- @must
SELECT device, hour, n, t_avg FROM w36_hourly WHERE device = 8 ORDER BY hour;
-- @must
INSERT INTO w36_hourly (device, hour, n) SELECT 8, '2024-01-03', 2.5;
-- @must
INSERT INTO w36_hourly (device, hour, n) SELECT 8, '2024-01-04', '2.5';
-- @must
SELECT n, pg_typeof(n) FROM w36_hourly WHERE device = 8 ORDER BY hour;
-- @must
CREATE TABLE w36_copy AS SELECT device, ts::date AS day, round(avg(temp)::numeric, 2) AS t, count(*) AS n FROM w36_reading GROUP BY 1, 2;
-- @must
SELECT * FROM w36_copy ORDER BY device, day;
-- @must
SELECT column_name, data_type, numeric_precision, numeric_scale FROM information_schema.columns WHERE table_name = 'w36_copy' ORDER BY ordinal_position;

-- Scheduling odds and ends.
-- @must
SELECT (DATE '2024-03-01', DATE '2024-03-05') OVERLAPS (DATE '2024-03-05', DATE '2024-03-08'), (DATE '2024-03-01', DATE '2024-03-05') OVERLAPS (DATE '2024-03-04', DATE '2024-03-08'), (DATE '2024-03-05', DATE '2024-03-01') OVERLAPS (DATE '2024-03-02', DATE '2024-03-03');
-- @must
SELECT (TIMESTAMP '2024-03-01 10:00', INTERVAL '1 hour') OVERLAPS (TIMESTAMP '2024-03-01 10:59', INTERVAL '1 minute'), (TIME '09:00', TIME '10:00') OVERLAPS (TIME '10:00', TIME '11:00'), (DATE '2024-03-01', DATE '2024-03-01') OVERLAPS (DATE '2024-03-01', DATE '2024-03-01');
-- @must
SELECT make_date(2024, 2, 29), make_timestamp(2024, 3, 10, 2, 30, 0.5), make_timestamptz(2024, 3, 10, 2, 30, 0, 'America/New_York'), make_time(23, 59, 59.999999);
-- @must
SELECT make_date(2023, 2, 29);
-- @must
SELECT to_timestamp(1710036000), to_timestamp(1710036000.25), to_timestamp('2024-03-10 02:30', 'YYYY-MM-DD HH24:MI'), to_date('2024-060', 'YYYY-DDD');
-- @must
SELECT isfinite('infinity'::date), isfinite('2024-01-01'::timestamp), isfinite(interval '1 day'), 'infinity'::timestamptz > now(), '-infinity'::date < '0001-01-01 BC'::date;
-- @must
SELECT 'infinity'::date - '2024-01-01'::date;
-- @must
SELECT 'infinity'::timestamp - '2024-01-01'::timestamp;
-- @must
SELECT extract(epoch FROM 'infinity'::timestamptz), extract(year FROM 'infinity'::date), date_trunc('day', 'infinity'::timestamp);
-- @must
SELECT date '2024-03-31' - 31, date '2024-02-29' + 365, date '2024-12-31' - date '2024-01-01';
-- @must
SELECT d, d + interval '1 month' - interval '1 day' AS month_end FROM (VALUES ('2024-01-01'::date), ('2024-02-01'), ('2023-02-01')) v(d) ORDER BY d;
-- @must
SELECT (date_trunc('month', '2024-02-17'::date) + interval '1 month - 1 day')::date, date_trunc('quarter', '2024-05-17'::date), date_trunc('year', '2024-05-17'::timestamptz);
-- @must
SELECT pg_typeof(date_trunc('month', '2024-02-17'::date)), pg_typeof('2024-02-17'::date + 1), pg_typeof('2024-02-17'::date - '2024-01-01'::date), pg_typeof('2024-02-17'::date + interval '1 day'), pg_typeof(now() - now());
-- @must
SELECT date_part('epoch', '2024-03-10'::date), pg_typeof(date_part('epoch', '2024-03-10'::date)), pg_typeof(extract(epoch FROM '2024-03-10'::date)), pg_typeof(extract(epoch FROM interval '1 day'));
-- @must
SELECT extract(second FROM '12:34:56.789'::time), extract(millisecond FROM '12:34:56.789'::time), extract(microseconds FROM interval '1.5 seconds'), extract(second FROM interval '1 minute 1.5 seconds');
-- @must
SELECT '2024-03-10 12:34:56.789123'::timestamp(2), '2024-03-10 12:34:56.785'::timestamp(2), '12:34:56.5'::time(0), interval '1.56789 seconds'::interval(1);
-- @must
SELECT extract(dow FROM d), extract(isodow FROM d), to_char(d, 'D ID Day'), to_char(d, 'IYYY-IW') FROM (VALUES ('2024-03-10'::date), ('2024-12-30'::date), ('2021-01-03'::date)) v(d) ORDER BY d;
-- @must
SELECT d::date, count(b.id) FROM generate_series('2024-03-08'::date, '2024-03-11'::date, '1 day') d LEFT JOIN w36_booking b ON b.days @> d::date GROUP BY d ORDER BY d;
-- @must
SELECT b.guest, s.d::date FROM w36_booking b, generate_series(lower(b.days), upper(b.days) - 1, '1 day') s(d) WHERE b.room IN (2, 3) AND NOT upper_inf(b.days) ORDER BY 1, 2;
-- @must
SELECT id, guest, CASE WHEN during @> '2024-03-10 01:30+00'::timestamptz THEN 'busy' ELSE 'free' END FROM w36_booking WHERE room = 2 ORDER BY id;
-- @must
SELECT room, count(*) FILTER (WHERE during && tstzrange('2024-03-01', '2024-04-01')), max(upper(during)) FROM w36_booking GROUP BY room ORDER BY room;
-- @must
UPDATE w36_booking SET during = tstzrange(lower(during), upper(during) + interval '30 minutes') WHERE guest = 'ann' RETURNING during, upper(during) - lower(during);
-- @must
UPDATE w36_booking SET days = days * daterange('2024-03-10', NULL) WHERE room = 2 RETURNING id, days;
-- @must
UPDATE w36_booking SET status = 'done' WHERE id = 1;
-- @must
SELECT id, status FROM w36_booking WHERE id = 1;
-- @must
INSERT INTO w36_booking (room, guest, during) VALUES (1, 'kim', '[2024-03-02 10:00+00,2024-03-02 09:00+00)');
-- @must
INSERT INTO w36_booking (room, guest, during) VALUES (1, 'kim', '[2024-03-02 10:00+00,2024-03-02 11:00+00)') RETURNING id, seats, status, price, days;
-- @must
SELECT count(*), count(DISTINCT room), count(DISTINCT days), count(days) FROM w36_booking;
-- @must
SELECT guest, seats, ntile(3) OVER (ORDER BY seats DESC, guest), cume_dist() OVER (ORDER BY seats DESC) FROM w36_booking ORDER BY seats DESC, guest;
-- @must
SELECT guest, price, first_value(guest) OVER (PARTITION BY room ORDER BY price DESC NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING), last_value(guest) OVER (PARTITION BY room ORDER BY price DESC NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM w36_booking ORDER BY room, guest;
-- @must
SELECT room, percentile_disc(0.5) WITHIN GROUP (ORDER BY during), percentile_disc(0.5) WITHIN GROUP (ORDER BY guest) FROM w36_booking GROUP BY room ORDER BY room;
-- @must
SELECT percentile_cont(0.25) WITHIN GROUP (ORDER BY price), percentile_cont(0.75) WITHIN GROUP (ORDER BY price), percentile_disc(0.75) WITHIN GROUP (ORDER BY price DESC) FROM w36_booking;
-- @must
SELECT pg_typeof(percentile_cont(0.5) WITHIN GROUP (ORDER BY price)), pg_typeof(percentile_disc(0.5) WITHIN GROUP (ORDER BY price)), pg_typeof(percentile_cont(0.5) WITHIN GROUP (ORDER BY seats)), pg_typeof(mode() WITHIN GROUP (ORDER BY seats)) FROM w36_booking;
-- @must
SELECT width_bucket(price, 0, 300, 3), count(*), sum(price) FROM w36_booking GROUP BY 1 ORDER BY 1 NULLS FIRST;
-- @must
SELECT round(avg(price), 2), round(avg(price)::float8), round(stddev(price), 4), round(variance(price), 4), round(stddev_pop(price)::numeric, 4) FROM w36_booking;
-- @must
SELECT round(corr(seats, price)::numeric, 8), round(regr_slope(price, seats)::numeric, 8), round(regr_intercept(price, seats)::numeric, 8) FROM w36_booking;
-- @must
SELECT seats, price, round(price / nullif(seats, 0), 4), price / seats, trunc(price / seats, 1), pg_typeof(price / seats) FROM w36_booking ORDER BY id;
-- @must
SELECT sum(price)::numeric(10,1), sum(price / 3), sum(price) / 3, avg(price / 3) FROM w36_booking;
-- @must
SELECT 1.0 * sum(seats) / count(*), sum(seats)::float / count(*), sum(seats) / count(*), avg(seats)::numeric(10,2) FROM w36_booking;
-- @must
SELECT count(DISTINCT price), count(DISTINCT price::int), count(DISTINCT round(price, -1)) FROM w36_booking;
-- @must
SELECT device, count(DISTINCT date_trunc('hour', ts)), count(DISTINCT ok) FILTER (WHERE ok IS NOT NULL) FROM w36_reading GROUP BY device ORDER BY device;
-- @must
SELECT DISTINCT ON (device) device, ts, temp FROM w36_reading ORDER BY device, ts DESC;
-- @must
SELECT device, (array_agg(temp ORDER BY ts DESC))[1] AS last_temp, (array_agg(ts ORDER BY temp DESC NULLS LAST, ts))[1] AS hottest_at FROM w36_reading GROUP BY device ORDER BY device;
-- @must
SELECT device, jsonb_agg(jsonb_build_object('ts', ts, 't', temp) ORDER BY ts) FILTER (WHERE temp IS NOT NULL AND ts < '2024-03-01 00:15+00') FROM w36_reading GROUP BY device ORDER BY device;
-- @must
SELECT string_agg(to_char(ts, 'HH24:MI'), ' ' ORDER BY ts) FROM w36_reading WHERE device = 2 AND ts < '2024-03-01 01:00+00';
-- @must
SELECT device, round(avg(volts)::numeric, 5), max(volts), min(volts), sum(volts), pg_typeof(sum(volts)), pg_typeof(avg(volts)) FROM w36_reading GROUP BY device ORDER BY device;
-- @must
SELECT volts, volts::float8, volts::numeric, volts * 2 FROM w36_reading WHERE device = 1 ORDER BY ts LIMIT 3;
-- @must
SELECT hum, hum / 3, hum * 1.5, round(hum, 1), hum::int FROM w36_reading WHERE device = 2 ORDER BY ts LIMIT 4;

-- More of the store's reports.
-- @must
SELECT device, to_char(date_bin('20 minutes', ts, '2024-03-01 00:05+00'), 'HH24:MI') AS b, count(*), round(avg(hum), 2), round(stddev_samp(temp)::numeric, 4) FROM w36_reading WHERE device = 2 AND ts < '2024-03-01 02:00+00' GROUP BY 1, 2 ORDER BY 1, 2;
-- @must
SELECT device, percentile_cont(ARRAY[0.1, 0.5, 0.9]) WITHIN GROUP (ORDER BY hum), percentile_disc(ARRAY[0.1, 0.5, 0.9]) WITHIN GROUP (ORDER BY hum) FROM w36_reading GROUP BY device ORDER BY device;
-- @must
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY hum), avg(hum), sum(hum) / count(hum), min(hum), max(hum) FROM w36_reading WHERE device = 3;
-- @must
SELECT var_samp(hum), var_pop(hum), stddev_samp(hum), stddev_pop(hum) FROM w36_reading WHERE device = 4;
-- @must
SELECT regr_sxx(hum, temp), regr_syy(hum, temp), regr_sxy(hum, temp), covar_pop(hum, temp) FROM w36_reading WHERE device = 1;
-- @must
SELECT device, ts, hum, hum - first_value(hum) OVER w AS since_first, hum - avg(hum) OVER w AS vs_avg FROM w36_reading WHERE device = 4 WINDOW w AS (PARTITION BY device ORDER BY ts ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) ORDER BY ts;
-- @must
SELECT device, ts, volts, lag(volts, 1, 0) OVER (PARTITION BY device ORDER BY ts), lead(ok, 1, true) OVER (PARTITION BY device ORDER BY ts), lag(ts, 1, '2000-01-01') OVER (PARTITION BY device ORDER BY ts) FROM w36_reading WHERE device = 4 ORDER BY ts;
-- @must
SELECT id, price, lag(price, 1, 0.5) OVER (ORDER BY id), lead(price, 1, 1) OVER (ORDER BY id), lag(days, 1, 'empty') OVER (ORDER BY id) FROM w36_booking ORDER BY id;
-- @must
SELECT x, y, cume_dist() OVER (PARTITION BY x ORDER BY y), percent_rank() OVER (PARTITION BY x ORDER BY y DESC), ntile(2) OVER (PARTITION BY x ORDER BY y) FROM (VALUES (1, 1), (1, 1), (1, 2), (2, 5), (2, NULL), (2, 5)) v(x, y) ORDER BY x, y NULLS LAST;
-- @must
SELECT 100::numeric / 3 * 3, 2::numeric / 3 + 1::numeric / 3, 1 / 3::numeric(10,5), 5::numeric(10,4) / 2, 1234.5 / 0.5, 10::numeric / 0.3;
-- @must
SELECT 1::numeric / 7 * 7 = 1, round(1::numeric / 7, 20), 22::numeric / 7, (22::numeric / 7)::numeric(10,3), 1e-10::numeric / 3;
-- @must
SELECT avg(x), avg(x) * 3, sum(x) / 3 FROM (VALUES (0.1::numeric), (0.2), (0.3)) v(x);
-- @must
SELECT avg(x) FROM (VALUES (1::numeric(12,6)), (2)) v(x);
-- @must
SELECT interval '1 hour' * 1.0 / 3, interval '10 minutes' / 7, interval '1 month' / 3 * 3, interval '1 day' / 24 * 24;
-- @must
SELECT extract(epoch FROM interval '1 month 1 day 1 hour'), extract(epoch FROM interval '-1 year -1 month'), extract(epoch FROM interval '0.000001 seconds'), extract(epoch FROM interval '100 years');
-- @must
SELECT extract(epoch FROM '2024-03-10 02:30:00-05'::timestamptz) - extract(epoch FROM '2024-03-10'::date), extract(epoch FROM time '12:00'), extract(epoch FROM timetz '12:00+02');
-- @must
SELECT age(timestamp '2024-03-31 00:00', timestamp '2024-02-29 12:00'), age(timestamp '2024-02-29', timestamp '2024-03-31'), age(date '2025-02-28', date '2024-02-29');
-- @must
SELECT justify_interval(interval '35 days -1 hour'), justify_interval(interval '-35 days 1 hour'), justify_days(interval '30 days'), justify_hours(interval '24 hours'), justify_interval(interval '1 mon -1 day');
-- @must
SELECT date_bin('1 week', timestamp '2024-03-10 12:00', timestamp '2024-01-01'), date_bin('90 seconds', timestamp '2024-03-10 12:00:45', timestamp '2024-03-10 00:00:00'), date_bin('1 hour', timestamp '1999-12-31 23:30', timestamp '2000-01-01');
-- @must
SELECT date_bin('1 day', timestamptz '2024-03-10 12:00+00', timestamptz '2024-01-01 05:00-05');
-- @must
SELECT d, (d - date '2024-01-01') / 7 + 1 AS week, d - (extract(isodow FROM d)::int - 1) AS monday FROM generate_series(date '2024-02-26', date '2024-03-05', interval '1 day') g(d) ORDER BY d;
-- @must
SELECT pg_typeof(g) FROM generate_series(date '2024-02-26', date '2024-02-27', interval '1 day') g LIMIT 1;
-- @must
SELECT g FROM generate_series(timestamp '2024-01-31', timestamp '2024-05-31', interval '1 month') g;
-- @must
SELECT g FROM generate_series(timestamptz '2024-03-10 08:00+00', timestamptz '2024-03-10 04:00+00', interval '-1 hour') g;
-- @must
SELECT count(*) FROM generate_series(timestamptz '2024-01-01', timestamptz '2024-12-31', interval '1 week');
-- @must
SELECT array_agg(DISTINCT device ORDER BY device), array_agg(ok ORDER BY ok NULLS FIRST) FILTER (WHERE device = 4), string_agg(DISTINCT site, ', ' ORDER BY site) FROM w36_reading JOIN w36_device d ON d.id = device;
-- @must
SELECT jsonb_agg(DISTINCT status ORDER BY status), jsonb_agg(seats ORDER BY seats DESC) FILTER (WHERE seats > 4), json_agg(guest ORDER BY guest) FILTER (WHERE room = 5) FROM w36_booking;
-- @must
SELECT jsonb_agg(x) FROM (VALUES (1.50), (2.0), (NULL)) v(x);
-- @must
SELECT jsonb_agg(r ORDER BY r.id) FROM (SELECT id, seats, price FROM w36_booking WHERE room = 1) r;
-- @must
SELECT count(DISTINCT (room, status)), count(DISTINCT price) FILTER (WHERE price > 20), count(DISTINCT lower(days)) FROM w36_booking;
-- @must
INSERT INTO w36_latest AS l (device, ts, temp) SELECT device, max(ts), max(temp) FROM w36_reading WHERE device IN (1, 2) GROUP BY device ON CONFLICT (device) DO UPDATE SET temp = coalesce(excluded.temp, l.temp), n = l.n + 1 WHERE l.temp IS DISTINCT FROM excluded.temp RETURNING device, temp, n;
-- @must
WITH ins AS (INSERT INTO w36_latest (device, ts) VALUES (10, '2024-05-01'), (11, '2024-05-01') ON CONFLICT DO NOTHING RETURNING device) SELECT (SELECT count(*) FROM ins), (SELECT count(*) FROM w36_latest WHERE device >= 10);
-- @must
SELECT device, n FROM w36_latest ORDER BY device;
