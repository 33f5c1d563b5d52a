-- Types evsql refused until the thirtieth session: bit strings (bit(n), varbit(n)), money and
-- timetz, as applications, ORMs and tools use them: columns, literals, casts, operators,
-- functions, aggregates, ordering, indexes and constraints, parameters and wrong inputs.

-- bit strings: literals and casts
-- @must
SELECT B'1011';
-- @must
SELECT X'1F';
-- @must
SELECT B'1011'::bit(6);
-- @must
SELECT B'101101'::bit(3);
-- @must
SELECT B'1011'::varbit(2);
-- @must
SELECT B'1011'::varbit(8);
-- @must
SELECT '1011'::bit(4);
-- @must
SELECT '1011'::bit;
-- @must
SELECT 'x1F'::bit(8);
-- @must
SELECT 'X1f'::varbit;
-- @must
SELECT 'b0101'::varbit;
-- @must
SELECT '102'::bit(3);
-- @must
SELECT 'xZZ'::varbit;
-- @must
SELECT B'1021';
-- @must
SELECT X'1G';
-- @must
SELECT ''::varbit;
-- @must
SELECT pg_typeof(B'101'), pg_typeof(B'101'::varbit), pg_typeof('1'::bit(3));
-- @must
SELECT 5::bit(8), 255::bit(8), 256::bit(8), (-1)::bit(8);
-- @must
SELECT 5::bigint::bit(12), (-2)::bigint::bit(70);
-- @must
SELECT B'00000101'::integer, B'11111111'::int4, B'1111'::bigint;
-- @must
SELECT B'10000000000000000000000000000000'::int4;
-- @must
SELECT B'111111111111111111111111111111111'::int4;
-- @must
SELECT B'1011'::text, (B'1011'::varbit(3))::text;
-- @must
SELECT 'abc'::text::bit(3);
-- @must
SELECT CAST(B'1' AS bit varying(5));
-- @must
SELECT CAST('0101' AS bit varying);
-- @must
SELECT B'1010' = B'1010', B'1010' = B'10100', B'1010' < B'1011', B'101' < B'1010', B'11' > B'1010';
-- @must
SELECT B'1010' <> B'0101', B'0' <= B'00', B'1' >= B'0111';
-- @must
SELECT B'1010'::bit(4) = B'1010'::varbit;

-- bit string operators
-- @must
SELECT B'1100' & B'1010', B'1100' | B'1010', B'1100' # B'1010', ~ B'1100';
-- @must
SELECT B'1100' & B'101';
-- @must
SELECT B'1100' | B'10';
-- @must
SELECT B'1100' # B'1';
-- @must
SELECT B'10011' << 1, B'10011' >> 2, B'10011' << 7, B'10011' >> -1, B'10011' << 0;
-- @must
SELECT B'101' || B'11', B'101'::bit(3) || B'0'::bit(1);
-- @must
SELECT pg_typeof(B'101' || B'11');
-- @must
SELECT ~ B'';
-- @must
SELECT B'1'::varbit || '01';

-- bit string functions
-- @must
SELECT length(B'10110'), bit_length(B'10110'), octet_length(B'10110'), octet_length(B'101101011');
-- @must
SELECT get_bit(B'10110', 0), get_bit(B'10110', 1), get_bit(B'10110', 4);
-- @must
SELECT get_bit(B'10110', 5);
-- @must
SELECT set_bit(B'10110', 1, 1), set_bit(B'10110', 0, 0);
-- @must
SELECT set_bit(B'10110', 9, 1);
-- @must
SELECT set_bit(B'10110', 1, 2);
-- @must
SELECT position(B'011' IN B'1001101'), position(B'111' IN B'1001101'), position(B'' IN B'101');
-- @must
SELECT substring(B'1101001' FROM 2 FOR 3), substring(B'1101001' FROM 5), substring(B'1101001' FOR 2);
-- @must
SELECT substring(B'1101001', 3, 2);
-- @must
SELECT substring(B'1101001' FROM 2 FOR -1);
-- @must
SELECT overlay(B'1111111' PLACING B'000' FROM 2), overlay(B'1111111' PLACING B'00' FROM 3 FOR 4);
-- @must
SELECT bit_count(B'1101101');
-- @must
SELECT B'1011' IS NULL, NULL::bit(3) IS NULL;
-- @must
SELECT bit_and(v), bit_or(v), bit_xor(v) FROM (VALUES (B'1100'), (B'1010'), (B'0110')) t(v);
-- @must
SELECT max(v), min(v) FROM (VALUES (B'1100'::varbit), (B'101'), (B'11')) t(v);
-- @must
SELECT count(DISTINCT v) FROM (VALUES (B'1100'), (B'1100'), (B'0110')) t(v);

-- bit string columns
-- @must
CREATE TABLE s30t_flags (
  id int PRIMARY KEY,
  perms bit(8) NOT NULL DEFAULT B'00000000',
  mask varbit(16),
  anyb bit varying
);
-- @must
INSERT INTO s30t_flags VALUES (1, B'10100000', B'1', B'1010');
-- @must
INSERT INTO s30t_flags VALUES (2, '11110000', '1111', '');
-- @must
INSERT INTO s30t_flags (id, mask) VALUES (3, B'0000111100001111');
-- @must
INSERT INTO s30t_flags VALUES (4, X'0F', X'FF', X'ABCD');
-- @must
INSERT INTO s30t_flags VALUES (5, B'101', NULL, NULL);
-- @must
INSERT INTO s30t_flags VALUES (6, B'101000001', NULL, NULL);
-- @must
INSERT INTO s30t_flags VALUES (7, B'00000001', B'00001111000011110', NULL);
-- @must
INSERT INTO s30t_flags VALUES (8, '1020', NULL, NULL);
-- @must
INSERT INTO s30t_flags VALUES (9, 5, NULL, NULL);
-- @must
INSERT INTO s30t_flags VALUES (9, 5::bit(8), NULL, NULL);
-- @must
-- params: [10, "01010101", "110", "1"]
INSERT INTO s30t_flags VALUES ($1, $2, $3, $4);
-- @must
-- params: [11, "0101", null, null]
INSERT INTO s30t_flags VALUES ($1, $2, $3, $4);
-- @must
-- params: [12, "x0f", "xff", "b01"]
INSERT INTO s30t_flags VALUES ($1, $2, $3, $4);
-- @must
INSERT INTO s30t_flags VALUES (13, B'10100000', B'10', B'1010');
-- @must
SELECT * FROM s30t_flags ORDER BY id;
-- @must
SELECT id, perms FROM s30t_flags ORDER BY perms, id;
-- @must
SELECT id, perms FROM s30t_flags ORDER BY perms DESC, id;
-- @must
SELECT id, mask FROM s30t_flags ORDER BY mask NULLS FIRST, id;
-- @must
SELECT id, anyb FROM s30t_flags ORDER BY anyb, id;
-- @must
SELECT id FROM s30t_flags WHERE perms = B'10100000' ORDER BY id;
-- @must
SELECT id FROM s30t_flags WHERE perms > B'10000000' ORDER BY id;
-- @must
SELECT id FROM s30t_flags WHERE perms & B'10000000' = B'10000000' ORDER BY id;
-- @must
SELECT id FROM s30t_flags WHERE get_bit(perms, 7) = 1 ORDER BY id;
-- @must
SELECT id, perms::int, mask::varbit(4), length(mask) FROM s30t_flags ORDER BY id;
-- @must
SELECT id, perms | B'00000011', perms >> 4, ~perms FROM s30t_flags ORDER BY id;
-- @must
SELECT id, perms::text, pg_typeof(perms), pg_typeof(mask) FROM s30t_flags WHERE id = 1;
-- @must
SELECT perms, count(*) FROM s30t_flags GROUP BY perms ORDER BY perms;
-- @must
SELECT DISTINCT perms FROM s30t_flags ORDER BY 1;
-- @must
UPDATE s30t_flags SET perms = perms | B'00000001' WHERE id = 1;
-- @must
UPDATE s30t_flags SET perms = set_bit(perms, 0, 1) WHERE id = 2;
-- @must
UPDATE s30t_flags SET mask = mask || B'0' WHERE id = 2;
-- @must
UPDATE s30t_flags SET perms = B'1' WHERE id = 3;
-- @must
UPDATE s30t_flags SET mask = B'11111111111111111' WHERE id = 3;
-- @must
SELECT id, perms, mask FROM s30t_flags WHERE id IN (1, 2, 3) ORDER BY id;
-- @must
SELECT perms FROM s30t_flags WHERE id = 1 FOR UPDATE;
-- @must
-- params: ["10100001"]
SELECT id FROM s30t_flags WHERE perms = $1;
-- @must
-- params: [1]
SELECT perms, mask FROM s30t_flags WHERE id = $1;
-- @must
CREATE UNIQUE INDEX s30t_flags_mask ON s30t_flags (mask);
-- @must
INSERT INTO s30t_flags VALUES (20, B'00000000', B'1111', NULL);
-- @must
INSERT INTO s30t_flags VALUES (21, B'00000000', B'11110', NULL);
-- @must
INSERT INTO s30t_flags VALUES (22, B'00000000', B'11110', NULL) ON CONFLICT (mask) DO UPDATE SET perms = B'11111111';
-- @must
SELECT id, perms, mask FROM s30t_flags WHERE id >= 20 ORDER BY id;
-- @must
CREATE TABLE s30t_bitkey (k bit(4) PRIMARY KEY, v varbit UNIQUE);
-- @must
INSERT INTO s30t_bitkey VALUES (B'0001', B'1'), (B'0010', B'10');
-- @must
INSERT INTO s30t_bitkey VALUES (B'0001', B'11');
-- @must
INSERT INTO s30t_bitkey VALUES (B'0011', B'10');
-- @must
SELECT * FROM s30t_bitkey ORDER BY k;
-- @must
CREATE TABLE s30t_bitref (k bit(4) REFERENCES s30t_bitkey);
-- @must
INSERT INTO s30t_bitref VALUES (B'0010');
-- @must
INSERT INTO s30t_bitref VALUES (B'0111');
-- @must
SELECT a.k, b.v FROM s30t_bitref a JOIN s30t_bitkey b USING (k);
-- @must
ALTER TABLE s30t_bitkey ADD COLUMN extra bit(3) DEFAULT B'111';
-- @must
SELECT k, extra FROM s30t_bitkey ORDER BY k;
-- @must
SELECT column_name, data_type, character_maximum_length, udt_name FROM information_schema.columns WHERE table_name = 's30t_flags' ORDER BY ordinal_position;
-- @must
SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a WHERE a.attrelid = 's30t_flags'::regclass AND a.attnum > 0 ORDER BY a.attnum;
-- @must
SELECT ARRAY[B'101', B'11'];
-- @must
SELECT '{101,011}'::bit(3)[];
-- @must
SELECT array_agg(perms ORDER BY id) FROM s30t_flags WHERE id < 3;
-- @must
SELECT to_json(B'101'), row_to_json(f) FROM s30t_flags f WHERE id = 1;
-- @must
SELECT B'101'::bit(3) IN (B'101', B'111'), B'101' BETWEEN B'100' AND B'110';
-- @must
SELECT CASE WHEN B'1' = B'1' THEN B'10' ELSE B'01' END;
-- @must
SELECT COALESCE(NULL::varbit, B'1');

-- money: input and output
-- @must
SELECT '12.34'::money;
-- @must
SELECT '$1,234.56'::money, '-$1,234.56'::money, '($5.00)'::money;
-- @must
SELECT '1234'::money, '0.005'::money, '0.015'::money, '1.999'::money;
-- @must
SELECT '-0.01'::money, ' $ 3 '::money;
-- @must
SELECT 'abc'::money;
-- @must
SELECT '$1,2,3.4'::money;
-- @must
SELECT '92233720368547758.07'::money;
-- @must
SELECT '92233720368547758.08'::money;
-- @must
SELECT '-92233720368547758.08'::money;
-- @must
SELECT 12.345::money, 100::money, (-7)::money, 1e3::money;
-- @must
SELECT 12.5::float8::money;
-- @must
SELECT 1234567.891::numeric::money;
-- @must
SELECT pg_typeof('1'::money);
-- @must
SELECT '$1,234.56'::money::numeric, '$-5.5'::money::numeric(10,1);
-- @must
SELECT '12.34'::money::text;
-- @must
SELECT 5::money::int;
-- @must
SELECT 5::int8::money, 5::int4::money;

-- money: arithmetic and comparison
-- @must
SELECT '1.50'::money + '2.25'::money, '1.50'::money - '2.25'::money;
-- @must
SELECT '10.00'::money * 3, 3 * '10.00'::money, '10.00'::money * 1.5, '10.00'::money * 0.333::float8;
-- @must
SELECT '10.00'::money / 3, '10.00'::money / 4::float8, '10.00'::money / '4.00'::money;
-- @must
SELECT '10.00'::money * 2.5::numeric;
-- @must
SELECT '10.00'::money / 0;
-- @must
SELECT '10.00'::money / '0'::money;
-- @must
SELECT '92233720368547758.07'::money + '0.01'::money;
-- @must
SELECT '92233720368547758.07'::money * 2;
-- @must
SELECT -'5.00'::money;
-- @must
SELECT '1.00'::money < '2.00'::money, '1.00'::money = '$1'::money, '3'::money >= '3.00'::money, '1'::money <> '1.01'::money;
SELECT cash_mul_int4('2.50'::money, 3);
-- @must
SELECT cashlarger('1'::money, '2'::money), cashsmaller('1'::money, '2'::money);
-- @must
SELECT cash_words('123.45'::money);
-- @must
SELECT '12.34'::money + 1;

-- money columns
-- @must
CREATE TABLE s30t_ledger (
  id serial PRIMARY KEY,
  account text NOT NULL,
  amount money NOT NULL,
  fee money DEFAULT '$0.25'
);
-- @must
INSERT INTO s30t_ledger (account, amount) VALUES ('a', '$100.00'), ('a', '-$25.50'), ('b', '1,000.10'), ('b', 0.05), ('c', 7);
-- @must
INSERT INTO s30t_ledger (account, amount, fee) VALUES ('c', '12.345', '$1.005');
-- @must
INSERT INTO s30t_ledger (account, amount) VALUES ('d', 'twelve');
-- @must
INSERT INTO s30t_ledger (account, amount) VALUES ('d', 12.5::real);
-- @must
-- params: ["e", "$42.10"]
INSERT INTO s30t_ledger (account, amount) VALUES ($1, $2);
-- @must
-- params: ["e", "17"]
INSERT INTO s30t_ledger (account, amount) VALUES ($1, $2) RETURNING amount, fee;
-- @must
SELECT * FROM s30t_ledger ORDER BY id;
-- @must
SELECT account, sum(amount), min(amount), max(amount), count(*) FROM s30t_ledger GROUP BY account ORDER BY account;
-- @must
SELECT sum(amount) FROM s30t_ledger;
-- @must
SELECT avg(amount) FROM s30t_ledger;
-- @must
SELECT account, amount FROM s30t_ledger ORDER BY amount DESC, id;
-- @must
SELECT account, amount FROM s30t_ledger WHERE amount > '$10' ORDER BY id;
-- @must
SELECT account, amount * 2, amount / 2, amount + fee FROM s30t_ledger ORDER BY id;
-- @must
SELECT account, amount::numeric, amount::numeric * 2 FROM s30t_ledger ORDER BY id;
-- @must
SELECT sum(amount)::numeric / count(*) FROM s30t_ledger;
-- @must
UPDATE s30t_ledger SET amount = amount + '$0.99' WHERE account = 'a' RETURNING id, amount;
-- @must
UPDATE s30t_ledger SET fee = fee * 2 WHERE account = 'b';
-- @must
SELECT id, fee FROM s30t_ledger WHERE account = 'b' ORDER BY id;
-- @must
-- params: ["$10.00"]
SELECT count(*) FROM s30t_ledger WHERE amount < $1;
-- @must
SELECT id, amount FROM s30t_ledger WHERE amount BETWEEN '$0' AND '$50' ORDER BY amount, id;
-- @must
CREATE INDEX s30t_ledger_amount ON s30t_ledger (amount);
-- @must
SELECT id FROM s30t_ledger WHERE amount = '$7.00';
-- @must
SELECT sum(amount) OVER (ORDER BY id) FROM s30t_ledger ORDER BY id;
-- @must
SELECT column_name, data_type, udt_name FROM information_schema.columns WHERE table_name = 's30t_ledger' ORDER BY ordinal_position;
SELECT ARRAY['$1'::money, '$2.5'];
-- @must
SELECT to_json('$1,234.5'::money);
-- @must
SELECT to_char('1234.5'::money::numeric, 'FM9999.00');
-- @must
SELECT amount FROM s30t_ledger WHERE id = 1 UNION SELECT '$3'::money ORDER BY 1;

-- timetz: input and output
-- @must
SELECT '12:34:56+02'::timetz;
-- @must
SELECT '12:34:56.789-05:30'::timetz, '00:00+00'::timetz, '23:59:59.999999+14'::timetz;
-- @must
SELECT '12:34:56'::timetz;
-- @must
SELECT '12:34:56 PST'::timetz;
-- @must
SELECT '12:34:56 UTC'::timetz, '12:34:56Z'::timetz;
-- @must
SELECT '1:2:3+1'::timetz, '12:00:00+05:45'::timetz, '12:00:00-00:30:15'::timetz;
-- @must
SELECT '24:00:00+01'::timetz;
-- @must
SELECT '25:00:00+01'::timetz;
-- @must
SELECT '12:00+16'::timetz;
-- @must
SELECT 'noon'::timetz;
-- @must
SELECT '12:34:56.1234567+02'::timetz;
SELECT '12:34:56.123456+02'::timetz(2), '12:34:56.125+02'::time with time zone(2);
-- @must
SELECT TIME WITH TIME ZONE '08:00:00-07';
-- @must
SELECT pg_typeof('12:00+02'::timetz);
-- @must
SELECT '12:00+02'::timetz::time, '12:00:00'::time::timetz;
-- @must
SELECT '12:00+02'::timetz::text;
-- @must
SELECT '2024-03-01 12:00:00+02'::timestamptz::timetz;
-- @must
SELECT '12:00+02'::timetz = '10:00+00'::timetz, '12:00+02'::timetz = '12:00+02'::timetz;
-- @must
SELECT '12:00+02'::timetz < '11:00+00'::timetz, '12:00+02'::timetz > '10:00+00'::timetz, '10:00+00'::timetz > '12:00+02'::timetz;
-- @must
SELECT '23:00-05'::timetz > '01:00+00'::timetz;
-- @must
SELECT '12:00+02'::timetz + interval '1 hour', '12:00+02'::timetz - interval '13 hours';
-- @must
SELECT '12:00+02'::timetz AT TIME ZONE 'UTC', '12:00+02'::timetz AT TIME ZONE '-03:00', '12:00+02'::timetz AT TIME ZONE INTERVAL '05:30';
-- @must
SELECT '12:00+02'::timetz AT TIME ZONE 'America/New_York';
-- @must
SELECT extract(hour FROM '12:34:56.5+02'::timetz), extract(minute FROM '12:34:56.5+02'::timetz), extract(second FROM '12:34:56.5+02'::timetz);
-- @must
SELECT extract(timezone FROM '12:00-03:30'::timetz), extract(timezone_hour FROM '12:00-03:30'::timetz), extract(timezone_minute FROM '12:00-03:30'::timetz);
-- @must
SELECT extract(epoch FROM '12:00+02'::timetz);
-- @must
SELECT date_part('hour', '07:15+09'::timetz);
SELECT extract(day FROM '12:00+02'::timetz);
-- @must
SELECT '2024-01-15'::date + '12:00+02'::timetz;

-- timetz columns
-- @must
CREATE TABLE s30t_shifts (
  id int PRIMARY KEY,
  starts timetz NOT NULL,
  ends time with time zone
);
-- @must
INSERT INTO s30t_shifts VALUES (1, '09:00+02', '17:00+02'), (2, '08:00+01', '16:30:15+01'), (3, '07:00+00', NULL);
-- @must
INSERT INTO s30t_shifts VALUES (4, '12:00:00.5-04', '20:00-04'), (5, '09:00+02', '09:00+02');
-- @must
INSERT INTO s30t_shifts VALUES (6, '25:00+00', NULL);
-- @must
INSERT INTO s30t_shifts VALUES (7, '10:00 Europe/Paris', NULL);
-- @must
-- params: [8, "06:30:00-08", "14:30:00-08"]
INSERT INTO s30t_shifts VALUES ($1, $2, $3);
-- @must
SELECT * FROM s30t_shifts ORDER BY id;
-- @must
SELECT id, starts FROM s30t_shifts ORDER BY starts, id;
-- @must
SELECT id, starts FROM s30t_shifts ORDER BY starts DESC, id;
-- @must
SELECT id FROM s30t_shifts WHERE starts = '07:00+00' ORDER BY id;
-- @must
SELECT id FROM s30t_shifts WHERE starts < '08:00+00' ORDER BY id;
-- @must
SELECT starts, count(*) FROM s30t_shifts GROUP BY starts ORDER BY starts;
-- @must
SELECT min(starts), max(starts) FROM s30t_shifts;
-- @must
SELECT id, starts AT TIME ZONE 'UTC', extract(timezone_hour FROM starts) FROM s30t_shifts ORDER BY id;
-- @must
UPDATE s30t_shifts SET ends = starts + interval '8 hours' WHERE ends IS NULL RETURNING id, ends;
-- @must
CREATE UNIQUE INDEX s30t_shifts_starts ON s30t_shifts (starts, id);
-- @must
SELECT column_name, data_type, datetime_precision FROM information_schema.columns WHERE table_name = 's30t_shifts' ORDER BY ordinal_position;
-- @must
SELECT format_type('timetz'::regtype, 3), format_type('money'::regtype, -1), format_type('varbit'::regtype, 20), format_type('bit'::regtype, 1);
-- @must
DROP TABLE s30t_shifts;
-- @must
DROP TABLE s30t_ledger;
-- @must
DROP TABLE s30t_bitref;
-- @must
DROP TABLE s30t_bitkey;
-- @must
DROP TABLE s30t_flags;
