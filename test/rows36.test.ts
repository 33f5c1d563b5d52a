/**
 * The thirty-sixth session's rows topic (test/corpus/55-rows36.sql), on a real server through the
 * `pg` driver; each expected value is PostgreSQL 15's answer to the same statement: WITH RECURSIVE's
 * SEARCH DEPTH/BREADTH FIRST and CYCLE clauses, arrays of rows, and arrays whose lower bound is not 1
 * (refused, 0A000, never answered as though their bound were 1).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedClient } from './helpers/shared-client.js';

const { client, rows, failure } = sharedClient();

const tree = (clause: string, select: string) =>
  `WITH RECURSIVE t(id, name) AS (SELECT id, name FROM r36_tree WHERE parent IS NULL UNION ALL SELECT c.id, c.name FROM r36_tree c JOIN t ON c.parent = t.id) ${clause} ${select}`;
const graph = (clause: string, select: string) =>
  `WITH RECURSIVE g(src, dst) AS (SELECT src, dst FROM r36_edge WHERE src = 1 UNION ALL SELECT e.src, e.dst FROM r36_edge e JOIN g ON e.src = g.dst) ${clause} ${select}`;

beforeAll(async () => {
  // Ids past 9, so that an order by the ordering column's text ('(10)' before '(9)') shows.
  await client().query('CREATE TABLE r36_tree (id int PRIMARY KEY, parent int, name text)');
  await client().query("INSERT INTO r36_tree SELECT g, CASE WHEN g = 1 THEN NULL ELSE g / 3 END, 'n' || g FROM generate_series(1, 40) g");
  await client().query('CREATE TABLE r36_edge (src int, dst int)');
  await client().query('INSERT INTO r36_edge VALUES (1, 2), (2, 3), (3, 1), (3, 4), (4, 5), (5, 4)');
});

describe('SEARCH DEPTH FIRST', () => {
  it('orders a tree depth first by an array of rows, compared field by field as numbers', async () => {
    const got = await rows(tree('SEARCH DEPTH FIRST BY id SET ord', 'SELECT id, ord FROM t ORDER BY ord LIMIT 8'));
    expect(got).toEqual([
      [1, '{(1)}'], [3, '{(1),(3)}'], [9, '{(1),(3),(9)}'], [27, '{(1),(3),(9),(27)}'],
      [28, '{(1),(3),(9),(28)}'], [29, '{(1),(3),(9),(29)}'], [10, '{(1),(3),(10)}'], [30, '{(1),(3),(10),(30)}'],
    ]);
    const typed = await client().query(tree('SEARCH DEPTH FIRST BY name, id SET ord', 'SELECT ord, pg_typeof(ord)::text AS t FROM t WHERE id = 3'));
    expect(typed.fields[0]!.dataTypeID).toBe(2287);
    expect(typed.rows).toEqual([{ ord: '{"(n1,1)","(n3,3)"}', t: 'record[]' }]);
  });
});

describe('SEARCH BREADTH FIRST', () => {
  it('orders by a record of the depth and the columns', async () => {
    const got = await rows(tree('SEARCH BREADTH FIRST BY id SET ord', 'SELECT id, ord FROM t ORDER BY ord LIMIT 7'));
    expect(got).toEqual([[1, '(0,1)'], [3, '(1,3)'], [4, '(1,4)'], [5, '(1,5)'], [9, '(2,9)'], [10, '(2,10)'], [11, '(2,11)']]);
    const typed = await client().query(tree('SEARCH BREADTH FIRST BY id SET ord', 'SELECT ord FROM t LIMIT 1'));
    expect(typed.fields[0]!.dataTypeID).toBe(2249);
  });
});

describe('CYCLE', () => {
  it('marks the row that closes a cycle and stops there, with the path of rows', async () => {
    const got = await rows(graph('CYCLE dst SET looped USING trail', 'SELECT src, dst, looped, trail FROM g ORDER BY trail'));
    expect(got).toEqual([
      [1, 2, false, '{(2)}'], [2, 3, false, '{(2),(3)}'], [3, 1, false, '{(2),(3),(1)}'], [1, 2, true, '{(2),(3),(1),(2)}'],
      [3, 4, false, '{(2),(3),(4)}'], [4, 5, false, '{(2),(3),(4),(5)}'], [5, 4, true, '{(2),(3),(4),(5),(4)}'],
    ]);
    expect(await rows(graph("CYCLE src, dst SET c TO 'Y' DEFAULT 'N' USING p", "SELECT p FROM g WHERE c = 'Y' ORDER BY p"))).toEqual([
      ['{"(1,2)","(2,3)","(3,1)","(1,2)"}'], ['{"(1,2)","(2,3)","(3,4)","(4,5)","(5,4)","(4,5)"}'],
    ]);
    expect(await rows(graph('SEARCH BREADTH FIRST BY dst SET o CYCLE dst SET c USING p', 'SELECT dst, o, c FROM g ORDER BY o LIMIT 4'))).toEqual([
      [2, '(0,2)', false], [3, '(1,3)', false], [1, '(2,1)', false], [4, '(2,4)', false],
    ]);
  });

  it('takes parameters through the extended protocol, and a VALUES non-recursive term', async () => {
    const sql = 'WITH RECURSIVE g(src, dst) AS (SELECT src, dst FROM r36_edge WHERE src = $1 UNION ALL SELECT e.src, e.dst FROM r36_edge e JOIN g ON e.src = g.dst) CYCLE dst SET c USING p SELECT dst, c FROM g ORDER BY p';
    expect(await rows(sql, [4])).toEqual([[5, false], [4, false], [5, true]]);
    expect(await rows('WITH RECURSIVE n(x) AS (VALUES (1) UNION ALL SELECT x % 3 + 1 FROM n) CYCLE x SET c USING p SELECT x, c, p FROM n')).toEqual([
      [1, false, '{(1)}'], [2, false, '{(1),(2)}'], [3, false, '{(1),(2),(3)}'], [1, true, '{(1),(2),(3),(1)}'],
    ]);
  });

  it("writes out a term's * and g.* as its table's columns (PostgreSQL's regression tests' form)", async () => {
    const sql = 'WITH RECURSIVE sg AS (SELECT * FROM r36_edge e WHERE src = 1 UNION ALL SELECT e.* FROM r36_edge e, sg WHERE e.src = sg.dst) CYCLE src SET c USING p SELECT src, dst, c FROM sg ORDER BY p, dst';
    expect(await rows(sql)).toEqual([[1, 2, false], [2, 3, false], [3, 1, false], [3, 4, false], [1, 2, true], [4, 5, false], [5, 4, false], [4, 5, true]]);
  });

  it('raises PostgreSQL errors for a clause that names what the query has not', async () => {
    expect(await failure(graph('CYCLE nope SET c USING p', 'SELECT * FROM g'))).toEqual({ code: '42601', message: 'cycle column "nope" not in WITH query column list' });
    expect(await failure(graph('CYCLE dst, dst SET c USING p', 'SELECT * FROM g'))).toEqual({ code: '42701', message: 'cycle column "dst" specified more than once' });
    expect(await failure(graph('CYCLE dst SET c USING c', 'SELECT * FROM g'))).toEqual({ code: '42601', message: 'cycle mark column name and cycle path column name are the same' });
    expect(await failure(graph('CYCLE dst SET src USING p', 'SELECT * FROM g'))).toEqual({ code: '42601', message: 'cycle mark column name "src" already used in WITH query column list' });
    expect(await failure(graph('SEARCH DEPTH FIRST BY dst SET p CYCLE dst SET c USING p', 'SELECT * FROM g'))).toEqual({ code: '42601', message: 'search sequence column name and cycle path column name are the same' });
    expect(await failure(tree('SEARCH DEPTH FIRST BY nope SET ord', 'SELECT * FROM t'))).toEqual({ code: '42601', message: 'search column "nope" not in WITH query column list' });
    expect(await failure('WITH t(id) AS (SELECT 1) SEARCH DEPTH FIRST BY id SET ord SELECT * FROM t')).toEqual({ code: '42601', message: 'WITH query is not recursive' });
    expect(await failure('WITH RECURSIVE t(id) AS (SELECT 1) SEARCH DEPTH FIRST BY id SET ord SELECT * FROM t')).toEqual({ code: '42601', message: 'WITH query is not recursive' });
    // A simple query's statements are one implicit transaction: the INSERT before the failing one is rolled back with it.
    await client().query('CREATE TABLE r36_ran (x int)');
    await expect(client().query(`INSERT INTO r36_ran VALUES (1); ${graph('CYCLE nope SET c USING p', 'SELECT * FROM g')}`)).rejects.toMatchObject({ code: '42601' });
    expect(await rows('SELECT x FROM r36_ran')).toEqual([]);
  });
});

describe('arrays of rows', () => {
  it('print each row as record_out quotes it, inside array_out quoting', async () => {
    const got = await client().query(`SELECT ARRAY[ROW(1)] AS a, ARRAY[ROW(1, 'a b'), ROW(2, 'c,d')] AS b, ARRAY[ROW(1, NULL), ROW(1, ''), ROW(1, 'say "hi"')] AS c, ARRAY[ROW(1, 2), NULL] AS d`);
    expect(got.fields.map((f) => f.dataTypeID)).toEqual([2287, 2287, 2287, 2287]);
    expect(got.rows[0]).toEqual({ a: '{(1)}', b: '{"(1,\\"a b\\")","(2,\\"c,d\\")"}', c: '{"(1,)","(1,\\"\\")","(1,\\"say \\"\\"hi\\"\\"\\")"}', d: '{"(1,2)",NULL}' });
  });

  it('compare and sort row by row, field by field', async () => {
    expect(await rows('SELECT ARRAY[ROW(2, 2)] > ARRAY[ROW(10, 1)], ARRAY[ROW(1, 2)] = ARRAY[ROW(1, 2)], ARRAY[ROW(1, 2), ROW(3, 4)] @> ARRAY[ROW(3, 4)]')).toEqual([[false, true, true]]);
    expect(await rows('SELECT x FROM (VALUES (ARRAY[ROW(10)]), (ARRAY[ROW(9)]), (ARRAY[ROW(9), ROW(1)])) v(x) ORDER BY x')).toEqual([['{(9)}'], ['{(9),(1)}'], ['{(10)}']]);
  });
});

describe('unnest with a column definition list', () => {
  it("is refused as PostgreSQL refuses it, where the list was ignored", async () => {
    expect(await failure("SELECT * FROM unnest(ARRAY[ROW(1, 'a')]) AS u(a int, b text)")).toEqual({ code: '42804', message: 'function return row and query-specified return row do not match' });
    expect(await failure('SELECT * FROM unnest(ARRAY[1, 2]) AS u(a int)')).toEqual({ code: '42601', message: 'a column definition list is only allowed for functions returning "record"' });
    expect(await rows("SELECT unnest(ARRAY[ROW(1, 'a'), ROW(2, 'b')])")).toEqual([['(1,a)'], ['(2,b)']]);
  });
});

describe('arrays whose lower bound is not 1', () => {
  it('are refused (0A000), not answered as though their bound were 1', async () => {
    for (const sql of ["SELECT '[0:2]={a,b,c}'::text[]", 'SELECT array_fill(7, ARRAY[3], ARRAY[0])', "SELECT array_lower('[0:2]={1,2,3}'::int[], 1)"]) {
      expect(await failure(sql)).toMatchObject({ code: '0A000' });
    }
    await client().query("CREATE TABLE r36_lb (id int PRIMARY KEY, a int[]); INSERT INTO r36_lb VALUES (1, '{1,2,3}')");
    expect(await failure('UPDATE r36_lb SET a[0] = 0')).toMatchObject({ code: '0A000' });
    expect(await rows('SELECT a FROM r36_lb')).toEqual([[[1, 2, 3]]]);
  });
});
