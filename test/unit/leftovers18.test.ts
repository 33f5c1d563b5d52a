/**
 * Issue 10's leftovers the eighteenth session fixed (test/corpus/37-leftovers18.sql): checked on
 * the translation and on what SQLite answers for it.
 */
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeSetting } from '../../pg/settings.js';
import { noCast } from '../../pg/types/casts.js';
import { OID } from '../../pg/types/registry.js';
import { readSchema } from '../../dialect/schema-snapshot.js';
import { TranslatorSchema } from '../../dialect/translate/schema.js';
import { translate } from '../../dialect/translate/translate.js';
import { sqlstate } from '../helpers/sqlstate.js';
import { fails, openTranslatedDb, run } from '../helpers/translated-db.js';

let db: Database.Database;

beforeAll(async () => {
  db = await openTranslatedDb();
  run('CREATE TABLE l18 (id int PRIMARY KEY, g int, n numeric, a text CHECK (a > \'5\'))');
  run("INSERT INTO l18 VALUES (1, 10, 1.50, '6'), (2, 20, 2.000, '7'), (3, 10, 0.1, '8')");
  run('CREATE TABLE l18b (id int PRIMARY KEY, a_id int, v int)');
  run('INSERT INTO l18b VALUES (1, 1, 5), (2, 1, 7), (3, 2, 9)');
});

describe('array slices', () => {
  it('reads a subscript beside a slice as a slice, of no more dimensions than the array has', () => {
    expect(run('SELECT (ARRAY[1,2,3])[1:2][1]')).toEqual([['[]']]);
    expect(run('SELECT (ARRAY[[1,2],[3,4]])[1:2][1]')).toEqual([['[[1],[3]]']]);
  });

  it('is NULL for a bound written as NULL, the dimension’s own for one left out', () => {
    expect(run('SELECT (ARRAY[1,2,3])[NULL:2], (ARRAY[1,2,3])[:2]')).toEqual([[null, '[1,2]']]);
  });
});

describe('ALTER COLUMN … TYPE', () => {
  it('parses a CHECK constraint reading the column again with its new type', () => {
    expect(fails('ALTER TABLE l18 ALTER COLUMN a TYPE int USING a::int')).toBe('42883');
    // Dropped before the values convert, made again after them, which checks the rows.
    const steps = translate('ALTER TABLE l18 ALTER COLUMN a TYPE varchar(20)', new TranslatorSchema(readSchema(db))).flatMap((t) => t.steps);
    expect(steps.map((s) => s.edit?.kind ?? 'sql')).toEqual(['dropConstraint', 'alterColumn', 'sql', 'addConstraint']);
  });
});

describe('numeric display scales', () => {
  it('prints a window sum of a derived table and a scalar subquery at the values’ scales', () => {
    expect(run('SELECT s FROM (SELECT id, sum(n) OVER (ORDER BY id) s FROM l18) x ORDER BY id').map((r) => String(r[0]))).toEqual(['1.50', '3.500', '3.600']);
    expect(run('SELECT (SELECT sum(n) FROM l18)').map((r) => String(r[0]))).toEqual(['3.600']);
  });
});

describe('LATERAL subqueries', () => {
  it('runs a set operation over each outer row, not the one-table flattening', () => {
    expect(run('SELECT v.a, l.b FROM (VALUES (1), (2)) v(a), LATERAL (SELECT v.a * 10 AS b UNION ALL SELECT v.a * 100) l ORDER BY 1, 2').flat()).toEqual([1n, 10n, 1n, 100n, 2n, 20n, 2n, 200n]);
  });

  it('answers a column of no aggregate beside an aggregate from the outer row', () => {
    expect(run('SELECT a.id, s.g, s.c FROM l18 a, LATERAL (SELECT a.g, count(*) c FROM l18b b WHERE b.a_id = a.id) s ORDER BY 1')).toEqual([
      [1n, 10n, 2n],
      [2n, 20n, 1n],
      [3n, 10n, 0n],
    ]);
  });

  it('refuses an aggregate of the outer row’s columns alone, which is the outer query’s', () => {
    expect(fails('SELECT a.id, s.* FROM l18 a, LATERAL (SELECT a.g, max(b.v) m, min(a.g) FROM l18b b WHERE b.a_id = a.id) s')).toBe('42803');
  });

  it('runs window functions and GROUP BY over each outer row’s rows', () => {
    expect(run('SELECT a.id, s.k FROM l18 a, LATERAL (SELECT v, count(*) OVER () k FROM l18b b WHERE b.a_id = a.id) s ORDER BY 1, 2')).toEqual([
      [1n, 2n],
      [1n, 2n],
      [2n, 1n],
    ]);
    expect(run('SELECT a.id, s.v, s.c FROM l18 a, LATERAL (SELECT b.v, count(*) c FROM l18b b WHERE b.a_id = a.id GROUP BY b.v) s ORDER BY 1, 2')).toEqual([
      [1n, 5n, 1n],
      [1n, 7n, 1n],
      [2n, 9n, 1n],
    ]);
  });
});

describe('JOIN … USING … AS', () => {
  it('names the merged columns alone', () => {
    expect(run('SELECT j.id FROM l18 FULL JOIN l18b USING (id) AS j ORDER BY 1')).toEqual([[1n], [2n], [3n]]);
    expect(fails('SELECT j.g FROM l18 JOIN l18b USING (id) AS j')).toBe('42703');
    expect(fails('SELECT 1 FROM l18 JOIN l18b USING (id) AS l18')).toBe('42712');
  });
});

describe('array_agg of numerics', () => {
  it('stores a numeric of more digits than a REAL holds as array_in does', () => {
    expect(run('SELECT array_agg(x) = ARRAY[12345678901234567890.12345, 1.5] FROM (VALUES (12345678901234567890.12345), (1.5)) v(x)')).toEqual([[1n]]);
  });
});

describe('constant folding', () => {
  it('divides constants by zero before reading a row', () => {
    expect(fails('SELECT 1/0 FROM l18 WHERE false')).toBe('22012');
    expect(fails('SELECT CASE WHEN id > 5 THEN 1/0 ELSE 0 END FROM l18')).toBe('22012');
    expect(fails('SELECT 1 % (2 - 2) FROM l18 LIMIT 0')).toBe('22012');
  });

  it('leaves out what the fold prunes', () => {
    expect(run('SELECT CASE WHEN false THEN 1/0 END, coalesce(1, 1/0), CASE 1 WHEN 1 THEN 1 ELSE 1/0 END')).toEqual([[null, 1n, 1n]]);
    expect(run('SELECT EXISTS (SELECT 1/0)')).toEqual([[1n]]);
    expect(run('WITH c AS (SELECT 1/0 x) SELECT 1')).toEqual([[1n]]);
    expect(fails('SELECT 1/1e-400 FROM l18 WHERE false')).toBeUndefined();
  });
});

describe('casts', () => {
  it('has PostgreSQL 15’s casts between built-in types', () => {
    expect(noCast(OID.int4, OID.date)).toBe(true);
    expect(noCast(OID.bool, OID.interval)).toBe(true);
    expect(noCast(OID.int4, OID.int4_array)).toBe(true);
    expect(noCast(OID.date, OID.timestamptz)).toBe(false);
    expect(noCast(OID.int4_array, OID.text_array)).toBe(false);
    expect(noCast(OID.jsonb, OID.int4)).toBe(false);
    expect(noCast(OID.uuid, OID.text)).toBe(false);
  });

  it('refuses the others with 42846', () => {
    expect(fails('SELECT 1::date')).toBe('42846');
    expect(fails('SELECT 1::json')).toBe('42846');
    expect(fails("SELECT '2020-01-01'::date::bytea")).toBe('42846');
  });
});

describe('DateStyle', () => {
  it('is checked as check_datestyle checks it', () => {
    expect(normalizeSetting('datestyle', 'iso, us')).toBe('ISO, MDY');
    expect(sqlstate(() => normalizeSetting('datestyle', 'ISO, SQL'))).toBe('22023');
    expect(sqlstate(() => normalizeSetting('datestyle', 'DMY, German, MDY'))).toBe('22023');
    expect(normalizeSetting('datestyle', 'German, MDY')).toBe('German, MDY');
    expect(normalizeSetting('datestyle', 'ISO, DMY')).toBe('ISO, DMY');
    expect(sqlstate(() => normalizeSetting('datestyle', 'bogus'))).toBe('22023');
  });
});
