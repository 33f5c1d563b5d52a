/**
 * What the seventeenth session's sweep (test/corpus/36-sweep17.sql) found evsql answering otherwise
 * than PostgreSQL 15, silently or with another SQLSTATE: checked on the translation and on what
 * SQLite answers for it.
 */
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSchema } from '../../dialect/schema-snapshot.js';
import { TranslatorSchema } from '../../dialect/translate/schema.js';
import { translate } from '../../dialect/translate/translate.js';
import { sqlstate } from '../helpers/sqlstate.js';
import { fails, openTranslatedDb, run } from '../helpers/translated-db.js';

let db: Database.Database;

beforeAll(async () => {
  db = await openTranslatedDb();
  run('CREATE TABLE s17 (id int PRIMARY KEY, flag boolean, qty int, amount numeric(10,2), day date, tags int[])');
  run("INSERT INTO s17 VALUES (1, true, 2, 199.00, '2024-01-31', '{1,2}'), (2, false, 40, 5.5, '2024-02-29', NULL), (3, NULL, 1, NULL, '2024-03-01', '{}')");
});

describe('booleans are no numbers', () => {
  it('reads a searched CASE’s WHEN as a condition', () => {
    expect(run("SELECT CASE WHEN 'on' THEN 1 END")).toEqual([[1n]]);
    expect(fails('SELECT CASE WHEN 1 THEN 2 END')).toBe('42804');
    expect(fails("SELECT CASE WHEN 'x' THEN 1 END")).toBe('22P02');
  });

  it('has no comparison of a boolean with an integer, nor LIKE over a number', () => {
    expect(fails('SELECT 1 = true')).toBe('42883');
    expect(fails('SELECT id FROM s17 WHERE flag = 1')).toBe('42883');
    expect(fails("SELECT id FROM s17 WHERE id LIKE '1%'")).toBe('42883');
    expect(run("SELECT id FROM s17 WHERE id::text LIKE '1%'")).toEqual([[1n]]);
  });

  it('assigns only where PostgreSQL has an assignment cast', () => {
    expect(fails('INSERT INTO s17 (id, flag) VALUES (10, 1)')).toBe('42804');
    expect(fails('INSERT INTO s17 (id, qty) VALUES (10, true)')).toBe('42804');
    expect(fails('UPDATE s17 SET qty = day')).toBe('42804');
    expect(fails('INSERT INTO s17 (id, qty) SELECT 10, flag FROM s17')).toBe('42804');
    expect(fails("INSERT INTO s17 (id, qty, amount, day) VALUES (10, 2.5, 3, '2024-01-01') RETURNING qty")).toBeUndefined();
    run('DELETE FROM s17 WHERE id = 10');
  });
});

describe('window functions', () => {
  it('sums numerics of mixed scales at the largest scale of the frame', () => {
    expect(run('SELECT sum(COALESCE(amount, 0)) OVER (ORDER BY id) FROM s17 ORDER BY id')).toEqual([['199.00'], ['204.50'], ['204.50']]);
  });

  it('wants an ORDER BY for GROUPS, and an offset that is not NULL', () => {
    expect(fails('SELECT sum(qty) OVER (GROUPS 1 PRECEDING) FROM s17')).toBe('42P20');
    expect(fails('SELECT sum(qty) OVER (ORDER BY id ROWS BETWEEN NULL PRECEDING AND CURRENT ROW) FROM s17')).toBe('22004');
  });

  it('fetches WITH TIES after an OFFSET and for a count that is no constant', () => {
    expect(run('SELECT count(*) FROM (SELECT id FROM (VALUES (1, 1), (2, 1), (3, 1), (4, 2)) v(id, k) ORDER BY k OFFSET 1 ROWS FETCH FIRST 1 ROW WITH TIES) t')).toEqual([[2n]]);
    expect(run('SELECT id FROM s17 ORDER BY qty DESC FETCH FIRST (1 + 1) ROWS WITH TIES')).toEqual([[2n], [1n]]);
  });
});

describe('signatures and operands PostgreSQL has none for', () => {
  it('has no generate_series of floats, nor of dates with a number step', () => {
    expect(fails('SELECT generate_series(1::float8, 2::float8, 0.5::float8)')).toBe('42883');
    expect(fails("SELECT generate_series(DATE '2024-01-01', DATE '2024-01-03', 1)")).toBe('42883');
    expect(run("SELECT count(*) FROM generate_series(DATE '2024-01-01', DATE '2024-01-03', INTERVAL '1 day')")).toEqual([[3n]]);
  });

  it('wants an array beside ANY, and a subquery of values beside a value', () => {
    expect(fails('SELECT 1 = ANY (1)')).toBe('42809');
    expect(fails('SELECT id FROM s17 WHERE qty = ANY (SELECT tags FROM s17)')).toBe('42883');
    expect(sqlstate(() => translate('SELECT id FROM s17 WHERE 2 = ANY (tags)', new TranslatorSchema(readSchema(db))))).toBeUndefined();
  });

  it('refuses format’s argument 0', () => {
    expect(fails("SELECT format('%0$s', 'a')")).toBe('22023');
  });
});

describe('errors SQLite raised without a SQLSTATE', () => {
  it('wants VALUES lists of one length', () => {
    expect(fails('SELECT * FROM (VALUES (1, 2), (3)) v')).toBe('42601');
    expect(fails('INSERT INTO s17 (id, qty) VALUES (10, 1), (11)')).toBe('42601');
  });

  it('wants a USING column on both sides, once', () => {
    expect(fails('SELECT * FROM s17 a JOIN s17 b USING (nope)')).toBe('42703');
    expect(fails('SELECT * FROM s17 a JOIN (SELECT 1 AS id) b USING (qty)')).toBe('42703');
    expect(fails('SELECT * FROM s17 a JOIN s17 b USING (id, id)')).toBe('42701');
  });

  it('sorts a set operation by its columns only', () => {
    expect(fails('SELECT id FROM s17 UNION SELECT qty FROM s17 ORDER BY id + 1')).toBe('0A000');
    expect(run('SELECT id FROM s17 UNION SELECT qty FROM s17 ORDER BY id DESC LIMIT 1')).toEqual([[40n]]);
  });

  it('names the target of UPDATE … FROM once', () => {
    expect(fails('UPDATE s17 SET qty = 1 FROM s17 WHERE true')).toBe('42712');
  });
});

describe('types as PostgreSQL resolves them', () => {
  it('rounds a numeric LIMIT', () => {
    expect(run('SELECT id FROM s17 ORDER BY id LIMIT 2.6')).toEqual([[1n], [2n], [3n]]);
  });

  it('reads a type’s name called as a function as its cast', () => {
    expect(run("SELECT int4(' 12 '), date('2024-01-02'), text(5), int4(2.5)")).toEqual([[12n, '2024-01-02', '5', 3n]]);
    expect(fails("SELECT int4('1x')")).toBe('22P02');
  });

  it('widens a set operation’s date column beside a timestamp', () => {
    expect(run("SELECT DATE '2024-01-01' AS d UNION ALL SELECT TIMESTAMP '2024-01-01 05:00' ORDER BY 1")).toEqual([['2024-01-01 00:00:00'], ['2024-01-01 05:00:00']]);
  });

  it('types a VALUES column by its typed values, not its untyped literals', () => {
    expect(run("SELECT x + 1 FROM (VALUES ('1'), (2)) v(x) ORDER BY 1")).toEqual([[2n], [3n]]);
    expect(fails("SELECT x FROM (VALUES ('a'), (2)) v(x)")).toBe('22P02');
  });
});
