/**
 * Issue 10's leftovers the twentieth session fixed (test/corpus/39-leftovers20.sql): checked on
 * the translation and on what SQLite answers for it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fails, openTranslatedDb, run } from '../helpers/translated-db.js';

beforeAll(async () => {
  await openTranslatedDb();
  run('CREATE TABLE l20_j (id int, a json, b jsonb)');
  run(`INSERT INTO l20_j VALUES (1, '{"a":1}', '{}'), (2, '{"a": 1}', '[]')`);
  run('CREATE TABLE l20_g (n numeric, v int)');
  run('INSERT INTO l20_g VALUES (1.50, 1), (1.50, 2), (2.000, 3)');
});

describe('json values as keys', () => {
  it('have no equality or ordering operator (42883) wherever rows are compared', () => {
    for (const q of [
      'SELECT a FROM l20_j GROUP BY a',
      'SELECT a FROM l20_j GROUP BY 1',
      'SELECT count(*) FROM l20_j GROUP BY ROLLUP (a)',
      'SELECT DISTINCT a FROM l20_j',
      'SELECT DISTINCT * FROM l20_j',
      'SELECT DISTINCT ON (a) a FROM l20_j',
      'SELECT a FROM l20_j UNION SELECT a FROM l20_j',
      'SELECT a FROM l20_j EXCEPT ALL SELECT a FROM l20_j',
      'SELECT count(DISTINCT a) FROM l20_j',
      'SELECT array_agg(id ORDER BY a) FROM l20_j',
      'SELECT row_number() OVER (PARTITION BY a) FROM l20_j',
      'SELECT id FROM l20_j ORDER BY a',
      'SELECT a FROM l20_j WHERE a IN (SELECT a FROM l20_j)',
      'SELECT max(a) FROM l20_j',
      'SELECT min(b) FROM l20_j',
    ]) {
      expect(fails(q), q).toBe('42883');
    }
  });

  it('are kept apart by UNION ALL and compared as jsonb or text', () => {
    expect(run('SELECT a FROM l20_j UNION ALL SELECT a FROM l20_j')).toHaveLength(4);
    expect(run('SELECT count(*) FROM l20_j GROUP BY b ORDER BY 1')).toEqual([[1n], [1n]]);
    expect(run('SELECT count(*) FROM l20_j GROUP BY a ->> $$a$$')).toEqual([[2n]]);
  });
});

describe('a grouped numeric key written as JSON', () => {
  it('keeps the scale its group shows', () => {
    expect(run('SELECT to_json(n), json_build_object($$n$$, n) FROM l20_g GROUP BY n ORDER BY n')).toEqual([
      ['1.50', '{"n" : 1.50}'],
      ['2.000', '{"n" : 2.000}'],
    ]);
  });
});

describe('a literal its column cannot read', () => {
  it('is refused where PostgreSQL takes a CHECK or an index expression', () => {
    expect(fails("CREATE TABLE l20_c1 (x numeric CHECK (x > 'q'))")).toBe('22P02');
    expect(fails("CREATE TABLE l20_c2 (x date CHECK (x > 'q'))")).toBe('22007');
    expect(fails("CREATE INDEX ON l20_g ((n > 'q'))")).toBe('22P02');
    expect(fails("CREATE TABLE l20_c3 (x numeric CHECK (x > '1.5'))")).toBeUndefined();
  });
});

describe('pg_column_size of a text', () => {
  it('is its bytes and a 4-byte header where PostgreSQL makes the text anew; a stored one is refused', () => {
    expect(run("SELECT pg_column_size('é'::text), pg_column_size(lower('AB')), pg_column_size(n::text) FROM l20_g ORDER BY v LIMIT 1")).toEqual([[6n, 6n, 8n]]);
    expect(fails('SELECT pg_column_size(a::text) FROM l20_j')).toBe('0A000');
    expect(fails('CREATE TABLE l20_t (t text)')).toBeUndefined();
    expect(fails('SELECT pg_column_size(t) FROM l20_t')).toBe('0A000');
  });
});
