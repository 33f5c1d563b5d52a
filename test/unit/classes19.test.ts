/**
 * Issue 10's differences the nineteenth session's sweep found (test/corpus/38-classes19.sql):
 * checked on the translation and on what SQLite answers for it.
 */
import type Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSchema } from '../../dialect/schema-snapshot.js';
import { placeError } from '../../dialect/translate/place-error.js';
import { TranslatorSchema } from '../../dialect/translate/schema.js';
import { translate } from '../../dialect/translate/translate.js';
import { PgError } from '../../pg/errors.js';
import { pgRegExp } from '../../pg/regex.js';
import { fails, openTranslatedDb, run } from '../helpers/translated-db.js';

let db: Database.Database;

beforeAll(async () => {
  db = await openTranslatedDb();
  run('CREATE TABLE c19 (id int PRIMARY KEY, v numeric, f numeric(6,2))');
  run('INSERT INTO c19 VALUES (1, 1.50, 1), (2, 2, 2.5), (3, 3.0, 2.5), (4, 1.50, NULL), (5, NULL, NULL)');
  run('CREATE TABLE c19s (id int, v numeric)');
  run('INSERT INTO c19s VALUES (1, 2.500)');
});

const texts = (rows: unknown[][]) => rows.map((r) => r.map((x) => (x === null ? null : String(x))));

describe('float8 NaN', () => {
  it('keeps NaN through floor, ceil and trunc, and signs it 0, where SQLite’s own answered NULL', () => {
    expect(texts(run("SELECT floor('NaN'::float8), ceil('NaN'::float8), trunc('NaN'::float8), sign('NaN'::float8), sign(-2.5::float8)"))).toEqual([['NaN', 'NaN', 'NaN', '0', '-1']]);
  });
});

describe('DISTINCT aggregates of numerics', () => {
  it('prints each value at its own scale, and one of equal values', () => {
    expect(texts(run('SELECT array_agg(DISTINCT v), jsonb_agg(DISTINCT v) FROM c19'))).toEqual([['[1.50,2,3.0,null]', '[1.50, 2, 3.0, null]']]);
  });

  it('refuses equal values of different scales, of which PostgreSQL keeps whichever its sort puts first', () => {
    expect(fails('SELECT jsonb_agg(DISTINCT x) FROM (VALUES (1.50), (1.5), (2)) t(x)')).toBe('0A000');
    expect(fails('SELECT array_agg(DISTINCT x) FROM (VALUES (2), (2.0)) t(x)')).toBe('0A000');
  });
});

describe('scale()', () => {
  it('reads the scale a stored value, an expression of it and an aggregate print with', () => {
    expect(texts(run('SELECT id, scale(v), scale(v * 2), scale(-v) FROM c19 ORDER BY id'))).toEqual([
      ['1', '2', '2', '2'],
      ['2', '0', '0', '0'],
      ['3', '1', '1', '1'],
      ['4', '2', '2', '2'],
      ['5', null, null, null],
    ]);
    expect(texts(run('SELECT scale(sum(v)), scale(avg(v)), scale(max(v)) FROM c19'))).toEqual([['2', '16', '1']]);
  });
});

describe('type resolution', () => {
  it('finds no || of arrays whose elements have no common type', () => {
    expect(fails("SELECT ARRAY[1,2] || ARRAY['a']")).toBe('42883');
    expect(fails("SELECT ARRAY['a'] || 1")).toBe('42883');
    expect(fails('SELECT ARRAY[1] || 2.5')).toBeUndefined();
  });

  it('finds no substring of a number', () => {
    expect(fails('SELECT substring(12345, 2)')).toBe('42883');
  });
});

describe('RETURNING', () => {
  it('reads a stored numeric’s display under the table’s name where the target has an alias', () => {
    expect(texts(run('UPDATE c19 d SET v = s.v FROM c19s s WHERE d.id = s.id RETURNING d.id, d.v, (SELECT count(*) FROM c19s WHERE c19s.id = d.id)'))).toEqual([['1', '2.500', '1']]);
    expect(texts(run('DELETE FROM c19 d WHERE d.id = 5 RETURNING d.v, d.*'))).toEqual([[null, '5', null, null]]);
  });
});

describe('LATERAL subqueries', () => {
  it('reads an earlier inlined subquery’s column unqualified', () => {
    expect(texts(run('SELECT * FROM generate_series(1, 2) g, LATERAL (SELECT g * 2 AS y) t, LATERAL (SELECT y + g AS z) u ORDER BY g'))).toEqual([
      ['1', '2', '3'],
      ['2', '4', '6'],
    ]);
  });
});

describe('unnest of an outer column in a scalar subquery', () => {
  it('types the subquery’s aggregate of it, which printed as text', () => {
    run('CREATE TABLE c19a (id int, nums int[])');
    run("INSERT INTO c19a VALUES (1, '{5,1,5}')");
    const [t] = translate('SELECT (SELECT array_agg(x) FROM unnest(nums) x) FROM c19a', new TranslatorSchema(readSchema(db)));
    expect(t!.columns?.[0]?.type?.oid).toBe(1007);
  });
});

describe('regular expressions', () => {
  it('takes an ARE’s leading embedded options', () => {
    expect(pgRegExp('(?i)b', '').test('ABC')).toBe(true);
    expect(pgRegExp('(?c)b', 'i').test('ABC')).toBe(false);
  });
});

describe('array_to_json', () => {
  it('breaks the outer dimension into lines where asked', () => {
    expect(texts(run('SELECT array_to_json(ARRAY[[1,2],[3,4]], true), array_to_json(ARRAY[1], false)'))).toEqual([['[[1,2],\n [3,4]]', '[1]']]);
  });
});

describe('json and jsonb', () => {
  it('keeps a bare number’s text in a column, which NUMERIC affinity made a REAL', () => {
    run('CREATE TABLE c19j (id int, j jsonb, k json, n numeric)');
    run("INSERT INTO c19j VALUES (1, '12.340', '1e2', 1.50), (2, '12345678901234567890', ' -0 ', NULL)");
    expect(texts(run('SELECT j, k FROM c19j ORDER BY id'))).toEqual([
      ['12.340', '1e2'],
      ['12345678901234567890', ' -0 '],
    ]);
  });

  it('writes a numeric expression’s scale into JSON, stored or nested', () => {
    run("UPDATE c19j SET j = jsonb_build_object('x', n * 2, 'y', to_jsonb(n)) WHERE id = 1");
    expect(texts(run('SELECT j, jsonb_agg(n * 2) FROM c19j WHERE id = 1 GROUP BY j'))).toEqual([['{"x": 3.00, "y": 1.50}', '[3.00]']]);
  });

  it('writes a float8 NaN as the string "NaN"', () => {
    expect(texts(run("SELECT to_jsonb('NaN'::float8)"))).toEqual([['"NaN"']]);
  });
});

describe('numeric math', () => {
  it('takes exp’s and sqrt’s scale from a quotient’s', () => {
    expect(texts(run('SELECT exp(n / 100) FROM c19j WHERE id = 1'))).toEqual([['1.01511306461571897928']]);
  });
});

describe('UPDATE … SET (a, b) = (subquery)', () => {
  it('keeps an aggregated subquery one row for each column taken apart', () => {
    expect(texts(run('UPDATE c19 SET (f, v) = (SELECT count(*), 7 FROM c19 c WHERE c.id < c19.id) WHERE id = 3 RETURNING f, v'))).toEqual([['2', '7']]);
  });
});

describe('DEFAULT expressions', () => {
  it('refuses what PostgreSQL refuses in them, before SQLite or a replica meets it', () => {
    expect(fails('CREATE TABLE c19d (a int, b int DEFAULT a)')).toBe('0A000');
    expect(fails('CREATE TABLE c19d (a int DEFAULT (SELECT 1))')).toBe('0A000');
    expect(fails('CREATE TABLE c19d (a int DEFAULT sum(1))')).toBe('42803');
    expect(fails('CREATE TABLE c19d (a int DEFAULT row_number() OVER ())')).toBe('42P20');
    expect(fails('CREATE TABLE c19d (a int DEFAULT generate_series(1, 2))')).toBe('0A000');
    expect(fails('ALTER TABLE c19 ALTER COLUMN v SET DEFAULT id')).toBe('0A000');
  });
});

describe('ALTER TABLE', () => {
  it('checks an added column’s REFERENCES target and CHECK columns, which SQLite’s ADD COLUMN does not', () => {
    expect(fails('ALTER TABLE c19 ADD COLUMN r int REFERENCES c19_nope (id)')).toBe('42P01');
    expect(fails('ALTER TABLE c19 ADD COLUMN r int CHECK (nope > 1)')).toBe('42703');
  });

  it('reports its DEFAULT and CHECK expressions’ errors without a position, a USING expression’s with one', () => {
    const placed = (sql: string) => placeError(new PgError('42883', 'operator does not exist: integer + text'), sql).fields.position;
    expect(placed("ALTER TABLE c19 ALTER COLUMN v SET DEFAULT 1 + 'x'::text")).toBeUndefined();
    expect(placed("ALTER TABLE c19 ALTER COLUMN v TYPE int USING 1 + 'x'::text")).toBe(49);
  });
});
