-- The thirty-fifth session's fixes of earlier sessions' noticed differences: a VALUES list naming an
-- outer column in its first row, nested set operations of untyped literals, percentile_disc over an
-- array of fractions.
CREATE TABLE l35_t (id int PRIMARY KEY, b text);
INSERT INTO l35_t VALUES (1, 'x'), (2, 'y');
CREATE TABLE l35_n (x numeric(10,2), y numeric);
INSERT INTO l35_n VALUES (1.50, 1.50), (2.25, 2.5), (3.10, 3.125);
-- @must
SELECT t.id, s.value FROM l35_t t, LATERAL (SELECT v.value FROM (VALUES (t.id)) v(value)) s ORDER BY 1;
-- @must
SELECT t.id, v.a, v.b FROM l35_t t, LATERAL (VALUES (t.b, t.id), ('z', 9)) v(a, b) ORDER BY 1, 2;
SELECT (SELECT sum(column1) FROM (VALUES (t.id), (10)) v) FROM l35_t t ORDER BY 1;
SELECT t.id, (SELECT max(c) FROM (VALUES (t.id), (t.id * 2)) v(c)) FROM l35_t t ORDER BY 1;
SELECT * FROM l35_t t WHERE EXISTS (SELECT 1 FROM (VALUES (t.b)) v(s) WHERE v.s = 'x');
-- @must
SELECT '5' UNION ALL SELECT '6' UNION ALL SELECT 7;
SELECT NULL UNION SELECT NULL UNION SELECT 1;
SELECT 1 UNION (SELECT '2' UNION SELECT '3');
SELECT 7 UNION SELECT '5' UNION SELECT '6' ORDER BY 1;
SELECT NULL UNION SELECT '1' UNION SELECT 'a' ORDER BY 1;
SELECT '1' INTERSECT SELECT '1' EXCEPT SELECT 2;
SELECT 1, 'a' UNION SELECT '2', 'b' UNION SELECT 3, 'c' ORDER BY 1;
SELECT x FROM (SELECT '5' UNION SELECT '6') s(x) UNION SELECT 7;
-- @must
SELECT percentile_disc(ARRAY[0.25, 0.75]) WITHIN GROUP (ORDER BY y) FROM l35_n;
SELECT percentile_disc(ARRAY[0.25, 0.75]) WITHIN GROUP (ORDER BY x) AS p, 1 FROM l35_n;
SELECT (percentile_disc(ARRAY[0.25, 0.75]) WITHIN GROUP (ORDER BY x))[1] FROM l35_n;
SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY y), mode() WITHIN GROUP (ORDER BY y) FROM l35_n;
SELECT percentile_disc(ARRAY[0, 0.5, 1]) WITHIN GROUP (ORDER BY y DESC) FROM l35_n;
SELECT ARRAY[[[[[[[1]]]]]]];
SELECT '{{{{{{{1}}}}}}}'::int[];
SELECT array_fill(1, ARRAY[1,1,1,1,1,1,1]);
SELECT interval '178956971 years';
SELECT interval '178956970 years';
SELECT '1 year 2147483647 months'::interval;
SELECT interval '2147483648 years';
SELECT 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' ~ '(a+)+$';
SELECT 1 AS c WHERE false UNION ALL SELECT 2;
