/**
 * What the sixteenth session's sweep (test/corpus/35-sweep16.sql) found evsql answering otherwise
 * than PostgreSQL 15, silently or with another SQLSTATE: checked on the translation and on what
 * SQLite answers for it.
 */
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSchema } from '../../dialect/schema-snapshot.js';
import { TranslatorSchema } from '../../dialect/translate/schema.js';
import { translate } from '../../dialect/translate/translate.js';
import { intervalPlusInterval } from '../../pg/datetime.js';
import { sqlstate } from '../helpers/sqlstate.js';
import { fails, openTranslatedDb, run } from '../helpers/translated-db.js';

let db: Database.Database;

beforeAll(async () => {
  db = await openTranslatedDb();
  run('CREATE TABLE s16 (id int PRIMARY KEY, n numeric, t text)');
  run("INSERT INTO s16 VALUES (1, 1.50, 'a'), (2, 1.50, 'b'), (3, 2.00, 'c')");
});

describe('untyped literals read as the type beside them', () => {
  it('reads an array literal beside ANY with the array type (22P02 for a bad element)', () => {
    expect(fails("SELECT 1 = ANY ('{1,x}')")).toBe('22P02');
    expect(sqlstate(() => translate("SELECT 2 = ANY ('{1,2}')", new TranslatorSchema(readSchema(db))))).toBeUndefined();
  });

  it('reads a simple CASE’s WHEN literal as the operand’s type', () => {
    expect(fails("SELECT CASE 1 WHEN 'a' THEN 1 END")).toBe('22P02');
    expect(run("SELECT CASE 1 WHEN '1' THEN 'y' END")).toEqual([['y']]);
  });
});

describe('operators PostgreSQL has no candidate for', () => {
  it('has no comparison of json', () => {
    expect(fails(`SELECT '{"a": 1}'::json = '{"a": 1}'::json`)).toBe('42883');
  });

  it('types a CHECK expression by the table’s columns', () => {
    expect(fails('CREATE TABLE s16_check (q text CHECK (q > 0))')).toBe('42883');
    expect(fails('ALTER TABLE s16 ADD CONSTRAINT s16_t CHECK (t > 0)')).toBe('42883');
    expect(fails("CREATE TABLE s16_check (q text CHECK (q > 'a'), n numeric CHECK (n > 0))")).toBeUndefined();
  });

  it('knows the aggregates by their number of arguments', () => {
    expect(fails('SELECT array_agg()')).toBe('42883');
    expect(fails('SELECT sum(1, 2)')).toBe('42883');
  });
});

describe('rows', () => {
  it('compares rows field by field, with each pair’s types', () => {
    expect(run("SELECT (1, 'a') < (1, 'b'), (1, NULL) = (1, NULL), (1, 2) <> (1, NULL), (2, NULL) > (1, 5), (1, 2, 3) <= (1, 2, 3)")).toEqual([[1n, null, null, 1n, 1n]]);
    expect(fails("SELECT (1, 2) < (1, 'x')")).toBe('22P02');
    expect(fails('SELECT ROW(1, 2) = ROW(1, 2, 3)')).toBe('42601');
  });

  it('tests a row for NULL by its fields', () => {
    expect(run('SELECT ROW(1, NULL) IS NULL, ROW(NULL, NULL) IS NULL, (1, 2) IS NOT NULL, (1, NULL) IS NOT NULL')).toEqual([[0n, 1n, 1n, 0n]]);
  });
});

describe('clauses', () => {
  it('makes GROUP BY () one group', () => {
    expect(run('SELECT 1 FROM s16 GROUP BY ()')).toEqual([[1n]]);
  });

  it('resolves ORDER BY names as PostgreSQL does', () => {
    expect(fails('SELECT id AS x FROM s16 ORDER BY x + 1')).toBe('42703');
    expect(fails('SELECT 1 AS a, 2 AS a ORDER BY a')).toBe('42702');
    expect(run('SELECT id AS x FROM s16 ORDER BY x DESC, id + 1').map((r) => r[0])).toEqual([3n, 2n, 1n]);
    expect(run('SELECT id, id FROM s16 ORDER BY id').length).toBe(3);
  });

  it('checks a row beside a subquery and a multiple-column SET; runs ROWS FROM side by side', () => {
    expect(fails('SELECT * FROM s16 WHERE (id, t) = (SELECT id FROM s16)')).toBe('42601');
    expect(fails('SELECT * FROM s16 WHERE (id, t) = (SELECT id, t FROM s16)')).toBe('0A000');
    expect(fails('UPDATE s16 SET (n, t) = (1.0) WHERE id = 1')).toBe('0A000');
    expect(run('SELECT * FROM ROWS FROM (generate_series(1, 2), generate_series(1, 3)) AS r(a, b)')).toEqual([[1n, 1n], [2n, 2n], [null, 3n]]);
  });

  it('takes only a boolean FILTER', () => {
    expect(fails('SELECT count(*) FILTER (WHERE 1) FROM s16')).toBe('42804');
  });

  it('locks only relations of its FROM clause', () => {
    expect(fails('SELECT * FROM s16 FOR UPDATE OF nothing')).toBe('42P01');
    expect(fails('SELECT * FROM s16 s FOR UPDATE OF s16')).toBe('42P01');
    expect(fails('SELECT * FROM s16 s FOR UPDATE OF s')).toBeUndefined();
  });
});

describe('values', () => {
  it('prints a GROUP BY key of an unconstrained numeric with its rows’ display scale', () => {
    expect(run('SELECT n, count(*) FROM s16 GROUP BY n ORDER BY n')).toEqual([['1.50', 2n], ['2.00', 1n]]);
    expect(run('SELECT DISTINCT n FROM s16 ORDER BY n')).toEqual([['1.50'], ['2.00']]);
    run('INSERT INTO s16 VALUES (4, 2, null)');
    expect(fails('SELECT n FROM s16 GROUP BY n')).toBe('0A000');
    run('DELETE FROM s16 WHERE id = 4');
  });

  it('takes abs of float8 as PostgreSQL does (no -0, NaN kept)', () => {
    expect(run("SELECT abs(-0.0::float8), abs('NaN'::float8), @ (-2.5::float8)")).toEqual([[0, 'NaN', 2.5]]);
  });

  it('joins bytea with string_agg as bytea, NULLs left out', () => {
    const [[joined]] = run("SELECT string_agg(b, '\\x2c'::bytea ORDER BY b DESC) FROM (VALUES ('\\x41'::bytea), ('\\x42'), (NULL)) v(b)");
    expect(Buffer.from(joined as Buffer).toString()).toBe('B,A');
    expect(run("SELECT string_agg(b, '\\x2c'::bytea) FROM (VALUES (NULL::bytea)) v(b)")).toEqual([[null]]);
  });

  it('refuses an interval sum its fields cannot hold (22008)', () => {
    expect(sqlstate(() => intervalPlusInterval('2147483647 days', '1 day', 1))).toBe('22008');
    expect(intervalPlusInterval('1 day', '1 day', -1)).toBe('00:00:00');
  });

  it('reads the Default set’s zone abbreviations in timestamptz input', () => {
    expect(run("SELECT '2024-10-05 12:00 EST'::timestamptz, '2024-10-05 12:00 CEST'::timestamptz")).toEqual([['2024-10-05 17:00:00+00', '2024-10-05 10:00:00+00']]);
  });
});
