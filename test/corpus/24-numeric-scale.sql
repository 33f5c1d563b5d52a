-- Display scale of text read as a numeric: numeric_in keeps the digits the text was written with
-- ('2.500'::text::numeric prints 2.500), in a result column, its arithmetic, ORDER BY and RETURNING,
-- from text, varchar and char columns, json(b) ->>, jsonb numbers and parameters, and a numeric cast to text or
-- written to a text column prints each value's scale; DISTINCT and GROUP BY make values equal at
-- different scales one.

CREATE TABLE ns_src (id int PRIMARY KEY, s text, v varchar(30), c char(8), doc jsonb, j json);
INSERT INTO ns_src VALUES
  (1, '2.500', '12.50', '0.10', '{"n": 2.500, "t": "2.500"}', '{"n": 12.50}'),
  (2, '12.50', '-7.00', '3', '{"n": 12.50, "t": "12.50"}', '{"n": 0.000}'),
  (3, ' 1e3 ', '1.5E-2', '-0.0', '{"n": 1e3, "t": " 1e3 "}', '{"n": -3.10}'),
  (4, '-0.000', '100', '5.5000', '{"n": -0.000, "t": "-0.000"}', '{"n": 7}'),
  (5, '1.23456789012345678900', '99999999999999999999.90', '1.0', '{"n": 1.23456789012345678900, "t": "1.2345678901234567890"}', '{"n": 1.10}'),
  (6, NULL, NULL, NULL, '{}', '{}'),
  (7, 'NaN', 'Infinity', '-1', '{"t": "NaN"}', '{"n": 2}');
SELECT id, s::numeric FROM ns_src ORDER BY id;
SELECT id, v::numeric, c::numeric FROM ns_src ORDER BY id;
SELECT id, CAST(s AS numeric) AS n FROM ns_src ORDER BY id;
SELECT id, (doc ->> 'n')::numeric, (doc ->> 't')::numeric FROM ns_src ORDER BY id;
SELECT id, (j ->> 'n')::numeric FROM ns_src ORDER BY id;
SELECT id, (doc #>> '{n}')::numeric FROM ns_src ORDER BY id;
SELECT id, (doc -> 'n')::numeric, (j -> 'n')::jsonb::numeric FROM ns_src ORDER BY id;
SELECT id, (doc -> 'n')::numeric * 2, (j -> 'n')::jsonb::numeric / 3, ((doc -> 'n')::numeric)::text FROM ns_src WHERE id < 6 ORDER BY id;
SELECT (doc -> 'n')::numeric(6,1), (doc -> 'n')::numeric::numeric(8,4) FROM ns_src WHERE id < 5 ORDER BY id;
SELECT (j -> 'n')::numeric FROM ns_src;
SELECT (j -> 'n')::int FROM ns_src;
SELECT '1'::json::float8;
SELECT '{"b": true}'::json::bool;
SELECT (doc -> 'n')::numeric FROM ns_src WHERE id = 3;
SELECT (doc -> 't')::numeric FROM ns_src WHERE id = 1;
SELECT ('{"a": null}'::jsonb -> 'a')::numeric;
SELECT ('[1.50, true]'::jsonb -> 1)::numeric;
SELECT id, s::numeric * 2, s::numeric + 1.5, s::numeric - v::numeric FROM ns_src WHERE id < 6 ORDER BY id;
SELECT id, -s::numeric, abs(v::numeric), mod(c::numeric, 2) FROM ns_src WHERE id < 7 ORDER BY id;
SELECT id, s::numeric / 3, c::numeric / 7 FROM ns_src WHERE id < 6 ORDER BY id;
SELECT id, v::numeric * c::numeric FROM ns_src WHERE id < 6 ORDER BY id;
SELECT id, (doc ->> 'n')::numeric * 10, (doc ->> 'n')::numeric / 4 FROM ns_src WHERE id < 6 ORDER BY id;
SELECT s::numeric FROM ns_src WHERE id < 6 ORDER BY 1;
SELECT s::numeric AS n FROM ns_src WHERE id < 6 ORDER BY n DESC;
SELECT v::numeric FROM ns_src ORDER BY v::numeric NULLS FIRST;
SELECT s::numeric * 2 FROM ns_src WHERE id < 6 ORDER BY 1;
SELECT id, s::numeric FROM ns_src WHERE s::numeric = 2.5;
SELECT id, s::numeric FROM ns_src WHERE s::numeric > 2 AND id < 6 ORDER BY s::numeric;
SELECT id, v::numeric FROM ns_src WHERE id BETWEEN 2 AND 3 ORDER BY id LIMIT 1;
SELECT count(DISTINCT s::numeric), count(DISTINCT (doc ->> 'n')::numeric) FROM ns_src;
SELECT max(s::numeric), min(s::numeric), max(v::numeric) * 2, min((doc ->> 'n')::numeric / 3) FROM ns_src WHERE id < 6;
SELECT max(s::numeric) FILTER (WHERE id < 3), min(c::numeric) FROM ns_src;
SELECT max(x::numeric), min(x::numeric) FROM (VALUES ('2.5'), ('2.500'), ('1.0'), ('1.00')) v(x);
SELECT id, max(s::numeric) OVER (ORDER BY id) FROM ns_src WHERE id < 6 ORDER BY id;
SELECT id, min(s::numeric) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND CURRENT ROW), max(v::numeric) OVER w FROM ns_src WINDOW w AS (ORDER BY id ROWS BETWEEN CURRENT ROW AND 1 FOLLOWING) ORDER BY id;
SELECT id, max(s::numeric) FROM ns_src WHERE id < 6 GROUP BY id ORDER BY id;
SELECT sum(s::numeric), avg(s::numeric), sum(v::numeric), avg((doc ->> 'n')::numeric) FROM ns_src WHERE id < 6;
SELECT id % 2, sum(c::numeric), avg(c::numeric), sum(c::numeric) * 2 FROM ns_src WHERE id < 6 GROUP BY id % 2 ORDER BY 1;
SELECT sum(x::numeric), avg(x::numeric) FROM (VALUES ('1.5'), ('2.500'), ('-4')) v(x);
SELECT sum(s::numeric / 3), sum(-s::numeric) FROM ns_src WHERE id < 3;
-- params: ["12.50"]
SELECT sum($1::numeric), avg($1::numeric), max($1::numeric) FROM ns_src WHERE id < 4;
SELECT DISTINCT (doc ->> 'n')::numeric = 2.5 FROM ns_src WHERE id = 1;
SELECT s::numeric(10,1), v::numeric(25,3) FROM ns_src WHERE id < 5 ORDER BY id;
SELECT s::numeric::numeric(8,2) FROM ns_src WHERE id < 5 ORDER BY id;
SELECT s::numeric::text, v::numeric::text FROM ns_src WHERE id < 6 ORDER BY id;
SELECT c::numeric::varchar(4), CAST((doc ->> 't')::numeric AS text) FROM ns_src WHERE id < 6 ORDER BY id;
SELECT id FROM ns_src WHERE s::numeric::text = '2.500' OR v::numeric::text = '2.5';
SELECT 'v=' || (s::numeric * 2)::text, (s::numeric / 4)::varchar, (c::numeric + v::numeric)::text FROM ns_src WHERE id < 3 ORDER BY id;
SELECT (1.5 / 2)::text, (sqrt(2.0))::text, (round(2.5, 3) * 2)::text;
-- params: ["12.50"]
SELECT $1::numeric::text, ($1::numeric / 4)::text;
SELECT s::numeric::float8, s::numeric::int4 FROM ns_src WHERE id < 3 ORDER BY id;
SELECT '2.500'::text::numeric, '12.50'::varchar::numeric, '-0.10'::text::numeric * 3;
SELECT 'abc'::text::numeric;
SELECT ''::text::numeric;
SELECT (s || '0')::numeric FROM ns_src WHERE id = 1;
SELECT id, s::numeric FROM ns_src WHERE id IN (SELECT id FROM ns_src WHERE v::numeric > 10) ORDER BY id;
-- params: [1]
SELECT s::numeric, v::numeric * 2 FROM ns_src WHERE id = $1;
-- params: ["2.500"]
SELECT $1::text::numeric, $1::varchar::numeric * 2;
-- params: ["12.50"]
SELECT $1::numeric, $1::numeric * 2 FROM ns_src WHERE v::numeric = $1::numeric;
-- params: ["2.500"]
SELECT id, $1::numeric + s::numeric FROM ns_src WHERE s::numeric >= $1::numeric AND id < 6 ORDER BY id;
-- params: ["1e2", "a?b"]
SELECT $1::numeric, $2::text || '?' WHERE $1::numeric = 100 AND $2::text LIKE 'a?b';
-- params: []
SELECT id, (doc ->> 't')::numeric FROM ns_src WHERE id < 4 ORDER BY id;
UPDATE ns_src SET c = '2.50' WHERE id = 3 RETURNING id, c::numeric, s::numeric * 2;
DELETE FROM ns_src WHERE id = 7 RETURNING s::numeric, v::numeric;
INSERT INTO ns_src (id, s) VALUES (8, '4.2000') RETURNING s::numeric, s::numeric / 2;
CREATE TABLE ns_dst (id int, t text, n2 numeric(10,2), f float8, i int);
INSERT INTO ns_dst SELECT id, s::numeric, s::numeric, s::numeric, round(s::numeric) FROM ns_src WHERE id IN (1, 2, 4, 8);
SELECT * FROM ns_dst ORDER BY id;
INSERT INTO ns_dst (id, t) SELECT id, (doc ->> 'n')::numeric * 2 FROM ns_src WHERE id = 5;
SELECT t FROM ns_dst WHERE id = 5;
-- params: ["0.50"]
INSERT INTO ns_dst (id, t) VALUES (9, $1::text::numeric);
SELECT t FROM ns_dst WHERE id = 9;
SELECT id, s::numeric, count(*) OVER () FROM ns_src WHERE id < 3 ORDER BY id;
SELECT id, s::numeric, row_number() OVER (ORDER BY s::numeric) FROM ns_src WHERE id < 6 ORDER BY id;
DROP TABLE ns_dst;
DROP TABLE ns_src;
