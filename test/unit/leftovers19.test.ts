/**
 * Issue 10's leftovers the nineteenth session fixed (test/corpus/38-leftovers19.sql): checked on
 * the translation, on what SQLite answers for it, and on the pieces beside it.
 */
import type Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeSetting } from '../../pg/settings.js';
import { formatTsvector, parseTsvector } from '../../pg/text-search/tsvector.js';
import { withUncommittedLabels } from '../../dialect/catalog/enums.js';
import { parseCreateTable } from '../../dialect/runtime/catalog/sqlite-ddl.js';
import { parseQuery } from '../../dialect/translate/parse.js';
import { TranslatorSchema } from '../../dialect/translate/schema.js';
import { notAutoUpdatable } from '../../dialect/translate/view-writes.js';
import { StatementStore } from '../../wire/statements.js';
import { sqlstate } from '../helpers/sqlstate.js';
import { fails, openTranslatedDb, run } from '../helpers/translated-db.js';

let db: Database.Database;

beforeAll(async () => {
  db = await openTranslatedDb();
  run('CREATE TABLE l19 (a int, b text, c int, UNIQUE (a) INCLUDE (b, c))');
  run("INSERT INTO l19 VALUES (1, 'x', 1), (2, 'x', 1), (3, 'y', 2)");
  run('CREATE VIEW l19_plain AS SELECT a, c + 1 AS c1 FROM l19');
  run('CREATE VIEW l19_grouped AS SELECT b, count(*) FROM l19 GROUP BY b');
  run("CREATE TYPE l19_mood AS ENUM ('sad', 'ok', 'new')");
});

describe('constant division by zero', () => {
  it('is met through a one-row VALUES or constant subquery the planner pulls up, even under WHERE false', () => {
    expect(fails('SELECT x/y FROM (VALUES (1,0)) v(x,y) WHERE false')).toBe('22012');
    expect(fails('SELECT v.x % v.y FROM (SELECT 1 AS x, 0 AS y) v WHERE false')).toBe('22012');
    expect(fails('SELECT x/y FROM (VALUES (1,0)) v(x,y) JOIN (VALUES (1)) w(z) ON true WHERE false')).toBe('22012');
  });

  it('is not met through a VALUES of many rows, the nullable side of an outer join, or a CASE that skips it', () => {
    expect(fails('SELECT x/y FROM (VALUES (1,0),(2,1)) v(x,y) WHERE false')).toBeUndefined();
    expect(fails('SELECT z/y FROM (VALUES (1)) w(z) LEFT JOIN (VALUES (1,0)) v(x,y) ON false WHERE false')).toBeUndefined();
    expect(run('SELECT CASE WHEN y = 0 THEN 0 ELSE x/y END FROM (VALUES (1,0)) v(x,y)')).toEqual([[0n]]);
  });

  it('waits for EXECUTE after PREPARE, as planning does', () => {
    const store = new StatementStore(() => new TranslatorSchema({ relations: [], indexes: [] }));
    store.prepare('p', 'SELECT 1/0 WHERE false', []);
    expect(sqlstate(() => store.executable('p', []))).toBe('22012');
  });
});

describe('GROUP BY t.*', () => {
  it("groups by the row's columns, NULLs alike", () => {
    run('INSERT INTO l19 (a) VALUES (NULL), (NULL)');
    expect(run('SELECT count(*) FROM l19 t GROUP BY t.* ORDER BY 1')).toEqual([[1n], [1n], [1n], [2n]]);
    expect(fails('SELECT t.a FROM l19 t GROUP BY t.*')).toBe('42803');
    run('DELETE FROM l19 WHERE a IS NULL');
  });
});

describe('whole-row references', () => {
  it('are refused (0A000) rather than read as a missing column, but of a table (a value since test/unit/rows23.test.ts)', () => {
    expect(fails('SELECT t FROM l19 t')).toBeUndefined();
    expect(fails('SELECT s FROM (SELECT 1 AS z) s')).toBe('0A000');
  });

  it('yield to a result column of the name in ORDER BY, as Prisma sorts its introspection (… AS namespace … ORDER BY namespace)', () => {
    expect(run('SELECT ns.b AS ns, ns.a FROM l19 AS ns ORDER BY ns, a')).toEqual([['x', 1n], ['x', 2n], ['y', 3n]]);
  });
});

describe('writes to views', () => {
  const view = (sql: string) => parseQuery(sql)[0]!.node.SelectStmt;
  it("give rewriteTargetView's reasons for views PostgreSQL does not write through", () => {
    expect(notAutoUpdatable(view('SELECT DISTINCT a FROM t'), true)).toMatch(/DISTINCT/);
    expect(notAutoUpdatable(view('SELECT a FROM t UNION SELECT 1'), true)).toMatch(/UNION/);
    expect(notAutoUpdatable(view('SELECT a FROM t, u'), false)).toMatch(/single table/);
    expect(notAutoUpdatable(view('SELECT a + 1 AS b FROM t'), true)).toMatch(/no updatable columns/);
    expect(notAutoUpdatable(view('SELECT a + 1 AS b FROM t'), false)).toBeUndefined();
    expect(notAutoUpdatable(view('SELECT a FROM t WHERE a > 1'), true)).toBeUndefined();
  });

  it('are refused: 55000 or a column’s 0A000 as PostgreSQL refuses them (view-write-through.test.ts writes through the others)', () => {
    expect(fails('DELETE FROM l19_grouped')).toBe('55000');
    expect(fails('INSERT INTO l19_plain VALUES (9, 9)')).toBe('0A000');
    expect(fails('UPDATE l19_plain SET c1 = 9')).toBe('0A000');
    expect(run('SELECT count(*) FROM l19')).toEqual([[3n]]);
    expect(fails('CREATE VIEW l19_checked AS SELECT b, count(*) FROM l19 GROUP BY b WITH CHECK OPTION')).toBe('0A000');
  });
});

describe('UNIQUE … INCLUDE', () => {
  it('keeps the key alone unique and its INCLUDE columns for the catalog', () => {
    expect(() => run("INSERT INTO l19 VALUES (1, 'z', 5)")).toThrow(/UNIQUE/);
    const sql = (db.prepare("SELECT sql FROM sqlite_master WHERE name = 'l19'").raw(true).get() as [string])[0];
    expect(parseCreateTable('l19', sql).constraints.map((c) => [c.columns, c.include])).toEqual([[['a'], ['b', 'c']]]);
  });
});

describe('ALTER TYPE … ADD VALUE in a transaction block', () => {
  it('makes the label unsafe (55P04) until the block commits', () => {
    const added = new Map([['l19_mood', new Set(['new'])]]);
    expect(withUncommittedLabels(added, () => fails("SELECT 'new'::l19_mood"))).toBe('55P04');
    expect(withUncommittedLabels(added, () => fails("SELECT 'new'::text::l19_mood"))).toBe('55P04');
    expect(withUncommittedLabels(added, () => fails("SELECT 'ok'::l19_mood"))).toBeUndefined();
    expect(fails("SELECT 'new'::l19_mood")).toBeUndefined();
    // enum_range, enum_first and enum_last read the labels they return.
    expect(withUncommittedLabels(added, () => fails('SELECT enum_range(NULL::l19_mood)'))).toBe('55P04');
    expect(withUncommittedLabels(added, () => fails('SELECT enum_last(NULL::l19_mood)'))).toBe('55P04');
    expect(withUncommittedLabels(added, () => run("SELECT enum_first(NULL::l19_mood), enum_range(NULL::l19_mood, 'ok')"))).toEqual([['sad', '["sad","ok"]']]);
  });
});

describe('tsvector input', () => {
  it('takes a quote inside a bare word as it is', () => {
    expect(formatTsvector(parseTsvector("a'x b'"))).toBe("'a''x' 'b'''");
  });
});

describe('SET', () => {
  it("checks integer settings' ranges and boolean settings' values as PostgreSQL does", () => {
    expect(sqlstate(() => normalizeSetting('extra_float_digits', '99'))).toBe('22023');
    expect(normalizeSetting('extra_float_digits', '2.5')).toBe('2');
    expect(sqlstate(() => normalizeSetting('enable_seqscan', 'maybe'))).toBe('22023');
    expect(normalizeSetting('enable_seqscan', 'yes')).toBe('on');
    expect(sqlstate(() => normalizeSetting('default_with_oids', 'on'))).toBe('0A000');
  });
});
