/**
 * What the nineteenth session's sweep (test/corpus/38-sweep19.sql) found evsql answering otherwise
 * than PostgreSQL 15, silently or with another SQLSTATE: checked on the translation and on what
 * SQLite answers for it.
 */
import type Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { fails, openTranslatedDb, run } from '../helpers/translated-db.js';

let db: Database.Database;

beforeAll(async () => {
  db = await openTranslatedDb();
  run("CREATE TYPE s19_level AS ENUM ('low', 'mid', 'high')");
  run('CREATE TABLE s19_t (id int, s text, d date, b boolean, u uuid, lvl s19_level)');
  run("INSERT INTO s19_t VALUES (1, '1', '2024-03-05', true, NULL, 'high'), (2, 'x', '2024-03-06', false, NULL, 'low')");
});

describe('comparisons without an operator are 42883, not SQLite’s comparison of stored forms', () => {
  it('refuses values of different type families side by side', () => {
    expect(fails('SELECT id FROM s19_t WHERE d = id')).toBe('42883');
    expect(fails('SELECT id FROM s19_t WHERE b = s')).toBe('42883');
    expect(fails('SELECT id FROM s19_t WHERE u = s')).toBe('42883');
    expect(fails('SELECT id FROM s19_t WHERE d IN (1, 2)')).toBe('42883');
    expect(fails('SELECT id FROM s19_t WHERE lvl = s')).toBe('42883');
    expect(fails('SELECT id FROM s19_t WHERE s IN (SELECT lvl FROM s19_t)')).toBe('42883');
    expect(run("SELECT id FROM s19_t WHERE lvl = 'high' AND lvl::text = s || 'igh'")).toEqual([]);
    expect(run("SELECT id FROM s19_t WHERE d = '2024-03-05' AND s = '1' AND b = 't'")).toEqual([[1n]]);
  });

  it('refuses them against a subquery’s column', () => {
    expect(fails('SELECT id FROM s19_t WHERE id IN (SELECT s FROM s19_t)')).toBe('42883');
    expect(fails('SELECT id FROM s19_t WHERE id > ALL (SELECT s FROM s19_t)')).toBe('42883');
    expect(fails('SELECT id FROM s19_t WHERE (id, s) IN (SELECT s, id FROM s19_t)')).toBe('42883');
    expect(fails('SELECT id FROM s19_t WHERE id = (SELECT s FROM s19_t LIMIT 1)')).toBe('42883');
    expect(run('SELECT id FROM s19_t WHERE d IN (SELECT d FROM s19_t WHERE id = 2) AND id IN (SELECT 2::bigint)')).toEqual([[2n]]);
  });
});

describe('a VALUES list', () => {
  it('reads a quoted value of its first row as the column’s type', () => {
    expect(run("SELECT x FROM (VALUES ('10'), (9), ('-1')) v(x) ORDER BY x")).toEqual([[-1n], [9n], [10n]]);
  });
});

describe('ORDER BY a name two result columns carry', () => {
  it('is 42702 whichever sorts them', () => {
    expect(fails('SELECT v, v::int AS v FROM (VALUES (0.5), (1.5)) t(v) ORDER BY v')).toBe('42702');
    expect(run('SELECT v, v FROM (VALUES (2), (1)) t(v) ORDER BY v')).toEqual([[1n, 1n], [2n, 2n]]);
  });
});

describe('enum CHECK constraints', () => {
  it('compare labels for equality, and refuse an order comparison SQLite would make on the text', () => {
    run("CREATE TABLE s19_c (lvl s19_level CHECK (lvl <> 'low' AND lvl IN ('mid', 'high')))");
    expect(() => run("INSERT INTO s19_c VALUES ('low')")).toThrow(/CHECK constraint failed/);
    expect(fails("INSERT INTO s19_c VALUES ('high')")).toBeUndefined();
    expect(fails("CREATE TABLE s19_c2 (lvl s19_level CHECK (lvl >= 'mid'))")).toBe('0A000');
    expect(fails("ALTER TABLE s19_c ADD CHECK (lvl BETWEEN 'low' AND 'mid')")).toBe('0A000');
  });

  it('name the enum in the constraint’s text', () => {
    const sql = db.prepare("SELECT sql FROM sqlite_master WHERE name = 's19_c'").pluck().get() as string;
    expect(sql).toContain("(lvl = ANY (ARRAY['mid'::s19_level, 'high'::s19_level]))");
  });
});

describe('row locks', () => {
  it('are 0A000 after grouping, DISTINCT, aggregates, window functions, HAVING or a set operation', () => {
    for (const q of ['SELECT count(*) FROM s19_t', 'SELECT DISTINCT s FROM s19_t', 'SELECT s FROM s19_t GROUP BY s', 'SELECT id FROM s19_t UNION SELECT 1', 'SELECT rank() OVER (ORDER BY id) FROM s19_t', 'SELECT 1 FROM s19_t HAVING count(*) > 0', 'SELECT generate_series(1, 2) FROM s19_t']) {
      expect(fails(`${q} FOR UPDATE`), q).toBe('0A000');
    }
    expect(run('SELECT id FROM s19_t ORDER BY id FETCH FIRST 1 ROWS WITH TIES FOR UPDATE')).toEqual([[1n]]);
  });
});

describe('untyped operands', () => {
  it('make date + unknown ambiguous (42725) and a bare NULL take the other side’s type', () => {
    expect(fails("SELECT date '2024-03-05' + '1'")).toBe('42725');
    expect(fails("SELECT NULL + date '2024-03-05'")).toBe('42725');
    expect(fails('SELECT NULL + NULL')).toBe('42725');
    expect(run("SELECT timestamp '2024-03-05' + '1 day', 1 + NULL")).toEqual([['2024-03-06 00:00:00', null]]);
  });
});

describe('casts to an enum', () => {
  it('take text alone (42846 for a number or a boolean)', () => {
    expect(fails('SELECT id::s19_level FROM s19_t')).toBe('42846');
    expect(fails('SELECT b::s19_level FROM s19_t')).toBe('42846');
    expect(run("SELECT s::s19_level FROM s19_t WHERE false")).toEqual([]);
  });
});

describe('assignments of a subquery’s quoted literal', () => {
  it('are of text, which no enum, number or date column takes (42804)', () => {
    expect(fails("UPDATE s19_t SET lvl = (SELECT 'mid')")).toBe('42804');
    expect(fails("UPDATE s19_t SET (id, s) = (SELECT '3', 'x')")).toBe('42804');
    expect(fails('UPDATE s19_t SET lvl = s')).toBe('42804');
    expect(fails("UPDATE s19_t SET s = (SELECT 'y'), lvl = 'mid' WHERE id = 2")).toBeUndefined();
  });
});
