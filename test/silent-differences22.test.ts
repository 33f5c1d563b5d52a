/**
 * The twenty-second session's silent differences (test/corpus/41-wrong22.sql), through a real
 * server and the `pg` driver: each answer here is PostgreSQL 15's, which evsql gave otherwise
 * without an error.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedClient } from './helpers/shared-client.js';

const { client, rows } = sharedClient();

describe('char(n) beside text and varchar', () => {
  beforeAll(async () => {
    await client().query('CREATE TABLE c22 (id int PRIMARY KEY, c char(5), v varchar(10), t text)');
    await client().query("INSERT INTO c22 VALUES (1, 'ab', 'ab', 'ab'), (2, 'ab ', 'ab ', 'ab '), (3, NULL, 'x', 'x  '), (4, 'x', NULL, NULL)");
  });

  it('meets in UNION, INTERSECT and EXCEPT without trailing blanks, as the bpchar column they make', async () => {
    expect(await rows('SELECT c FROM c22 UNION SELECT t FROM c22 ORDER BY 1')).toEqual([['ab   '], ['x    '], [null]]);
    expect(await rows('SELECT c FROM c22 UNION SELECT v FROM c22 ORDER BY 1')).toEqual([['ab   '], ['x    '], [null]]);
    expect(await rows('SELECT c FROM c22 INTERSECT SELECT t FROM c22 ORDER BY 1')).toEqual([['ab   '], ['x    '], [null]]);
    expect(await rows('SELECT c FROM c22 EXCEPT SELECT t FROM c22')).toEqual([]);
  });

  it('compares a varchar IN a subquery of char(n) as char(n)', async () => {
    expect(await rows('SELECT id FROM c22 WHERE v IN (SELECT c FROM c22) ORDER BY 1')).toEqual([[1], [2], [3]]);
    expect(await rows('SELECT id FROM c22 WHERE c NOT IN (SELECT v FROM c22 WHERE v IS NOT NULL) ORDER BY 1')).toEqual([]);
  });

  it('makes COALESCE and GREATEST of char(n) and text a bpchar, and keeps the padding max() returns', async () => {
    expect(await rows("SELECT coalesce(c, t) || '|', greatest(c, t) || '|' FROM c22 ORDER BY id")).toEqual([['ab|', 'ab|'], ['ab|', 'ab|'], ['x|', 'x|'], ['x|', 'x|']]);
    expect(await rows('SELECT max(c), min(c) FROM c22')).toEqual([['x    ', 'ab   ']]);
  });

  it('reads a parameter beside char(n) without its trailing blanks', async () => {
    expect(await rows('SELECT id FROM c22 WHERE c = $1 ORDER BY 1', ['ab   '])).toEqual([[1], [2]]);
  });
});

describe('numeric display scales', () => {
  beforeAll(async () => {
    await client().query('CREATE TABLE n22 (id int PRIMARY KEY, n numeric, f float8)');
    await client().query('CREATE TABLE src22 (k int, p numeric(10,4), q numeric)');
    await client().query('INSERT INTO n22 VALUES (1, 1, 1.5), (2, 2, NULL)');
    await client().query('INSERT INTO src22 VALUES (1, 12.5, 3.250), (2, 7, 4)');
  });

  it('keeps the scale of a scalar subquery written to an unconstrained numeric', async () => {
    await client().query('UPDATE n22 SET n = (SELECT p FROM src22 WHERE k = 1) WHERE id = 1');
    await client().query('UPDATE n22 SET n = (SELECT q FROM src22 WHERE k = 1) * 2 WHERE id = 2');
    expect(await rows('SELECT n FROM n22 ORDER BY id')).toEqual([['12.5000'], ['6.500']]);
    await client().query('INSERT INTO n22 (id, n) VALUES (3, (SELECT avg(q) FROM src22))');
    expect(await rows('SELECT n FROM n22 WHERE id = 3')).toEqual([['3.6250000000000000']]);
  });

  it('sums DISTINCT values at their largest scale, and refuses where equal values leave it to the sort', async () => {
    expect(await rows('SELECT sum(DISTINCT x) FROM (VALUES (1.0), (1.0), (2), (NULL)) v(x)')).toEqual([['3.0']]);
    await expect(client().query('SELECT sum(DISTINCT x) FROM (VALUES (1.0), (1.00), (2)) v(x)')).rejects.toMatchObject({ code: '0A000' });
  });

  it('prints a stored numeric at its scale in ARRAY[…] and in a row', async () => {
    expect(await rows('SELECT ARRAY[n, 2.0]::text, row(n, 1)::text FROM n22 WHERE id = 1')).toEqual([['{12.5000,2.0}', '(12.5000,1)']]);
  });

  it('prints float8::numeric at the digits float8 gives it, in arithmetic and beside stored scales', async () => {
    expect(await rows('SELECT f::numeric * 2, coalesce(f::numeric, n) FROM n22 ORDER BY id')).toEqual([['3.0', '1.5'], [null, '6.500'], [null, '3.6250000000000000']]);
  });
});

describe('an enum label renamed', () => {
  it('is the label of the column defaults that were it', async () => {
    await client().query("CREATE TYPE mood22 AS ENUM ('sad', 'ok', 'happy')");
    await client().query("CREATE TABLE e22 (id int, m mood22 DEFAULT 'ok', m2 mood22 DEFAULT 'happy'::mood22)");
    await client().query("ALTER TYPE mood22 RENAME VALUE 'ok' TO 'fine'");
    await client().query("ALTER TYPE mood22 RENAME VALUE 'happy' TO 'glad'");
    await client().query('INSERT INTO e22 (id) VALUES (1)');
    expect(await rows('SELECT m, m2 FROM e22')).toEqual([['fine', 'glad']]);
    expect(await rows("SELECT column_default FROM information_schema.columns WHERE table_name = 'e22' AND column_name <> 'id' ORDER BY ordinal_position")).toEqual([["'fine'::mood22"], ["'glad'::mood22"]]);
  });
});

describe('to_char of values that round to zero', () => {
  it('prints a float8’s sign as printf does and a numeric’s as its rounded value has it', async () => {
    expect(await rows("SELECT to_char(-0.0::float8, '9.9'), to_char(-0.04::float8, '9.9'), to_char(-0.04, '9.9'), to_char(-0.4::float8, '9'), to_char(-0.4, '9')")).toEqual([[' -.0', ' -.0', '  .0', '-0', ' 0']]);
    expect(await rows("SELECT to_char(0.0, 'FM9.9'), to_char(0.5, 'FM9.9'), to_char(-0.0::float8, 'FM9.9'), to_char(0, 'FM9.90')")).toEqual([['0.', '.5', '-0.', '.00']]);
  });
});
