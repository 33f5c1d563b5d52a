-- The twenty-first session's silent differences (issue 10): numeric display scales through untyped
-- parameters, nested branches, quotients, NULLIF, DISTINCT and GROUP BY keys; a BEFORE trigger's NEW
-- as the column's type; grouping sets whose subqueries read grouped columns and output names; a date
-- BETWEEN timestamps; a qualified name the nearer relation of its qualifier lacks.
CREATE TABLE w21_k (id int PRIMARY KEY, n numeric(10,2), g text, x int, u numeric, f float8);
INSERT INTO w21_k VALUES (1, 1.5, 'a', 1, 2.50, 1.5), (2, NULL, 'b', 2, 2.5, 2), (3, 2, 'a', 3, 2, NULL), (4, -1.25, 'c', NULL, NULL, 0.1);
CREATE TABLE w21_u (y int, g text);
INSERT INTO w21_u VALUES (1, 'a'), (2, 'z');
-- params: ["3"]
SELECT id, coalesce(n, $1) FROM w21_k ORDER BY id;
-- params: ["3.0"]
SELECT id, coalesce(n, $1::numeric), coalesce(u, $1) FROM w21_k ORDER BY id;
-- params: ["3"]
SELECT id, greatest(n, $1), least(n, $1), CASE WHEN id = 1 THEN n ELSE $1 END FROM w21_k ORDER BY id;
-- params: ["3.0"]
SELECT coalesce(n, $1) AS c FROM w21_k GROUP BY n ORDER BY 1;
SELECT u || 'x', count(*) FROM w21_k WHERE id <> 2 GROUP BY u ORDER BY 1;
SELECT n || 'x' FROM w21_k GROUP BY n ORDER BY 1;
SELECT id, CASE WHEN id = 1 THEN n ELSE CASE WHEN id = 2 THEN n ELSE 2 END END FROM w21_k ORDER BY 1;
SELECT id, CASE WHEN id = 1 THEN coalesce(n, 2.5) ELSE n + 8 END, coalesce(CASE WHEN id = 3 THEN n END, 3) FROM w21_k ORDER BY 1;
SELECT id, CASE WHEN id > 2 THEN 7.77 / 4 ELSE n * 2 END, coalesce(n / 4, 2) FROM w21_k ORDER BY 1;
SELECT id, nullif(n / 4, 100), nullif(coalesce(n, 2.5), 1.50), greatest(n / 4, x) FROM w21_k ORDER BY 1;
SELECT id, CASE WHEN id > 2 THEN u / 3 ELSE u END FROM w21_k ORDER BY 1;
SELECT DISTINCT coalesce(n, 2) || '' FROM w21_k ORDER BY 1;
SELECT DISTINCT u || '' FROM w21_k ORDER BY 1;
SELECT CASE WHEN id = 1 THEN n ELSE 2 END AS c, count(*) FROM w21_k GROUP BY CASE WHEN id = 1 THEN n ELSE 2 END ORDER BY 1;
-- Equal values of different scales in one group: PostgreSQL prints the plan's first row's, evsql refuses (0A000).
SELECT coalesce(n, 2) AS c, count(*) FROM w21_k GROUP BY 1 ORDER BY 1;
SELECT DISTINCT coalesce(n, 2) FROM w21_k ORDER BY 1;
CREATE TABLE w21_t (id int PRIMARY KEY, n numeric(10,2), t text, t2 text, t3 text, i int, u numeric);
CREATE FUNCTION w21_tr() RETURNS trigger LANGUAGE plpgsql AS $$ DECLARE v text; BEGIN v := NEW.n; NEW.t := NEW.n; NEW.t2 := NEW.n::text; NEW.t3 := v || '/' || NEW.i; NEW.u := NEW.n; RAISE NOTICE '% %', NEW.n, NEW.i; RETURN NEW; END $$;
CREATE TRIGGER w21_t_before BEFORE INSERT OR UPDATE ON w21_t FOR EACH ROW EXECUTE FUNCTION w21_tr();
INSERT INTO w21_t (id, n, i) VALUES (1, 7, 1), (2, 7.125, 2.5), (3, '1.5', '3'), (4, NULL, NULL);
SELECT * FROM w21_t ORDER BY id;
UPDATE w21_t SET n = 9, i = 7.7 WHERE id = 1;
SELECT id, n, t, t2, t3, i, u, u * 2 FROM w21_t ORDER BY id;
SELECT g, x, (SELECT g || '!') FROM w21_k GROUP BY ROLLUP (g, x) ORDER BY 1, 2;
SELECT (SELECT g) FROM w21_k GROUP BY ROLLUP (g) ORDER BY 1;
SELECT g, (SELECT count(*) FROM w21_u WHERE w21_u.y = w21_k.x) FROM w21_k GROUP BY ROLLUP (g, x) ORDER BY 1, 2;
SELECT g, (SELECT count(*) FROM w21_u WHERE w21_u.g = w21_k.g) FROM w21_k GROUP BY CUBE (g) ORDER BY 1, 2;
SELECT g, (SELECT max(g) FROM w21_u) FROM w21_k GROUP BY ROLLUP (g) ORDER BY 1, 2;
SELECT g, g IN (SELECT g FROM w21_u), EXISTS (SELECT 1 FROM w21_u WHERE w21_u.g = w21_k.g) FROM w21_k GROUP BY ROLLUP (g) ORDER BY 1, 2;
SELECT g, (SELECT sum(w21_k.x) FROM w21_u) FROM w21_k GROUP BY ROLLUP (g) HAVING (SELECT sum(w21_k.x) FROM w21_u) > 0 ORDER BY 1;
SELECT (SELECT sum(w21_k.x) FROM w21_u LIMIT 1) FROM w21_k;
SELECT (SELECT sum(w21_k.x) FROM w21_u) FROM w21_k HAVING true;
SELECT (SELECT sum(w21_k.x) FROM w21_u) FROM w21_k WHERE false HAVING true;
SELECT g AS gg, count(*) FROM w21_k GROUP BY ROLLUP (gg) ORDER BY 1;
SELECT g AS gg, count(*) FROM w21_k GROUP BY GROUPING SETS ((gg), ()) ORDER BY 1;
SELECT g AS gg, x AS xx, sum(id) FROM w21_k GROUP BY CUBE (gg, xx) ORDER BY 1, 2;
SELECT g AS x, count(*) FROM w21_k GROUP BY ROLLUP (x) ORDER BY 1, 2;
SELECT upper(g) AS ug, count(*) FROM w21_k GROUP BY ROLLUP (ug) ORDER BY 1;
SELECT w21_k.g, count(*) FROM w21_k GROUP BY ROLLUP (g) ORDER BY 1;
SELECT g, count(*) FROM w21_k GROUP BY ROLLUP (w21_k.g) ORDER BY 1;
SELECT g, (SELECT count(*) FROM w21_u k WHERE k.g = w21_k.g) FROM w21_k GROUP BY ROLLUP (g) ORDER BY 1;
CREATE TABLE w21_d (d date, ts timestamptz);
INSERT INTO w21_d VALUES ('2024-01-01', '2024-01-01 10:00+00'), ('2024-01-02', '2024-01-01 10:00+00'), ('2024-01-01', '2024-01-01 00:00+00');
SELECT d, ts, d BETWEEN timestamptz '2024-01-01 00:00+00' AND ts, d NOT BETWEEN timestamptz '2024-01-01 00:00+00' AND ts FROM w21_d ORDER BY 1, 2;
SELECT d, ts FROM w21_d WHERE d BETWEEN timestamptz '2024-01-01 00:00+00' AND ts ORDER BY 1, 2;
SELECT count(*) FROM w21_d WHERE ts BETWEEN d AND date '2024-01-02';
SELECT (SELECT s.n FROM w21_u s LIMIT 1) FROM w21_k s;
SELECT EXISTS (SELECT 1 FROM w21_u s WHERE s.n = 1) FROM w21_k s;
