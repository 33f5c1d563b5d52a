-- Whole rows as JSON (row_to_json, to_json(b), json(b)_agg of a FROM item), numeric(p,s) parameters.

-- params: ["1.5"]
SELECT $1::numeric(10,2) AS n;
-- params: ["1.5"]
SELECT $1::numeric(10,2) * 2 AS n;
-- params: ["12.345"]
SELECT $1::numeric(10,1) AS n, $1::numeric AS m;
SELECT row_to_json(t) FROM (SELECT 1 AS a, 'b' AS b) t;
SELECT to_json(t) FROM (SELECT 1 AS a, 'b' AS b) t;
SELECT to_jsonb(t) FROM (SELECT 1 AS a, 'b' AS b, 1.50 AS c, NULL::int AS d, true AS e) t;
SELECT row_to_json(c) FROM (SELECT 1 AS id, ARRAY[1,2] AS arr, '{"x":1}'::jsonb AS j) c;
SELECT json_agg(t) FROM (SELECT 1 AS a UNION ALL SELECT 2) t;
SELECT row_to_json(c) FROM (SELECT NULL::int AS a, NULL::jsonb AS j, 'x"y' AS "we ird", 2.50::numeric(5,2) AS n, false AS b, '2024-01-02'::date AS d) c;
SELECT json_agg(t ORDER BY a DESC) FROM (SELECT 1 AS a UNION ALL SELECT 2) t;
SELECT json_agg(t) FROM (SELECT 1 AS a WHERE false) t;
SELECT jsonb_agg(t) FROM (SELECT 1 AS a, 'q' AS b UNION ALL SELECT 2, 'r') t;
CREATE TABLE rj (id int PRIMARY KEY, tags text[], doc json);
INSERT INTO rj VALUES (1, ARRAY['a','b'], '{"k" :  [1, 2]}'), (2, NULL, NULL);
SELECT row_to_json(rj) FROM rj ORDER BY id;
SELECT to_jsonb(r) FROM rj r ORDER BY id;
SELECT id, row_to_json(x) FROM rj, LATERAL (SELECT rj.id * 2 AS dbl) x ORDER BY id;
DROP TABLE rj;
SELECT row(1, 'a');
SELECT ROW(1, 'two words', NULL, '', true, 2.50, 'q"u\o', ROW(3, 'x,y')) AS r;
SELECT (1, 'b') AS pair;
SELECT row(id, tags) FROM (SELECT 1 AS id, ARRAY['a', 'b c'] AS tags) t;
