-- Results of no columns, and timestamps to the microsecond.

SELECT;
SELECT FROM generate_series(1, 3);
SELECT FROM generate_series(1, 3) AS g WHERE g > 1;
SELECT count(*) FROM generate_series(1, 3) AS g WHERE EXISTS (SELECT FROM generate_series(1, 2) AS h WHERE h = g);
-- params: [2]
SELECT FROM generate_series(1, 3) AS g WHERE g > $1;
SELECT to_timestamp(1700000000.1234567);
SELECT to_timestamp(1700000000.5);
SELECT to_timestamp(-1.0000005);
SELECT to_timestamp(0);
SELECT to_timestamp('infinity'::float8), to_timestamp('-infinity'::float8);
SELECT to_timestamp('NaN'::float8);
SELECT extract(epoch FROM to_timestamp(1700000000.123456));
SELECT '2024-01-01 12:00:00.1234567'::timestamp, '2024-01-01 12:00:00.9999995'::timestamp;
SELECT '2024-01-01 12:00:00.1235'::timestamp(3), '2024-01-01 12:00:00.5'::timestamp(0);
SELECT '2024-01-01 12:00:00.1234567+02'::timestamptz;
SELECT '12:00:00.1234567'::time, interval '1.2345678 seconds';
SELECT make_timestamp(2024, 1, 1, 12, 0, 1.2345678);
