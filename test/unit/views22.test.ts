/**
 * What the twenty-second session's sweep (test/corpus/41-views22.sql) made evsql answer: an
 * INSERT's RETURNING (xmax = 0) (dialect/translate/upsert-inserted.ts), checked on the
 * translation and on what SQLite answers for it, and pg_locks' names of advisory keys.
 */
import type Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { lockTag } from '../../wire/advisory-locks.js';
import { fails, openTranslatedDb, run } from '../helpers/translated-db.js';

let db: Database.Database;

beforeAll(async () => {
  db = await openTranslatedDb();
  run('CREATE TABLE s22_kv (k text PRIMARY KEY, v int NOT NULL)');
  run('CREATE TABLE s22_ids (id serial PRIMARY KEY, v int UNIQUE)');
});

describe('RETURNING (xmax = 0) of an INSERT', () => {
  it('is true for the rows inserted and false for the ones the DO UPDATE changed, in every spelling PostgreSQL takes', () => {
    expect(db).toBeDefined();
    expect(run("INSERT INTO s22_kv VALUES ('a', 1) ON CONFLICT (k) DO UPDATE SET v = excluded.v RETURNING k, (xmax = 0) AS inserted")).toEqual([['a', 1n]]);
    expect(run("INSERT INTO s22_kv VALUES ('a', 2), ('b', 3) ON CONFLICT (k) DO UPDATE SET v = excluded.v RETURNING k, xmax = 0, xmax <> 0, xmax::text::int = 0, xmax::text = '0', xmax = '0'")).toEqual([
      ['a', 0n, 1n, 0n, 0n, 0n],
      ['b', 1n, 0n, 1n, 1n, 1n],
    ]);
    // The DO UPDATE's WHERE decides: a row it passes over is neither updated nor returned.
    expect(run("INSERT INTO s22_kv AS t VALUES ('a', 4), ('c', 5) ON CONFLICT (k) DO UPDATE SET v = excluded.v WHERE t.v < 0 RETURNING t.k, t.xmax = 0")).toEqual([['c', 1n]]);
    expect(run("INSERT INTO s22_kv VALUES ('d', 6) RETURNING CASE WHEN xmax = 0 THEN 'insert' ELSE 'update' END")).toEqual([['insert']]);
  });

  it('leaves xmax unknown where its value, a PostgreSQL transaction id, would be read (the server answers 0A000, place-error.ts)', () => {
    expect(() => run("INSERT INTO s22_kv VALUES ('a', 1) ON CONFLICT (k) DO UPDATE SET v = 1 RETURNING xmax::text")).toThrow(/no such column: "?xmax/);
    expect(() => run("INSERT INTO s22_kv VALUES ('a', 1) ON CONFLICT (k) DO UPDATE SET v = 1 RETURNING xmax = 1")).toThrow(/no such column: "?xmax/);
    expect(() => run('SELECT xmax = 0 FROM s22_kv')).toThrow(/no such column: "?xmax/);
    expect(() => run('UPDATE s22_kv SET v = 1 RETURNING xmax = 0')).toThrow(/no such column: "?xmax/);
    // What no xid can be is PostgreSQL's error, wherever xmax is named.
    expect(fails("INSERT INTO s22_kv VALUES ('a', 1) ON CONFLICT (k) DO UPDATE SET v = 1 RETURNING 0 = xmax")).toBe('42883');
    expect(fails("INSERT INTO s22_kv VALUES ('a', 1) ON CONFLICT (k) DO UPDATE SET v = 1 RETURNING xmax > 0")).toBe('42883');
    expect(fails("INSERT INTO s22_kv VALUES ('a', 1) ON CONFLICT (k) DO UPDATE SET v = 1 RETURNING xmax = 0::bigint")).toBe('42883');
    expect(fails("INSERT INTO s22_kv VALUES ('a', 1) ON CONFLICT (k) DO UPDATE SET v = 1 RETURNING xmax::int")).toBe('42846');
    // No column of a table takes a system column's name, so xmax is always the system column.
    expect(fails('CREATE TABLE s22_sys (xmax int)')).toBe('42701');
    expect(fails('ALTER TABLE s22_kv ADD COLUMN ctid int')).toBe('42701');
    expect(fails('ALTER TABLE s22_kv RENAME v TO xmin')).toBe('42701');
    // The note is the row's rowid, which a serial key is: a DO UPDATE that sets it would lose it.
    expect(run('INSERT INTO s22_ids (id, v) VALUES (1, 1) ON CONFLICT (v) DO UPDATE SET v = 1 RETURNING id, xmax = 0')).toEqual([[1n, 1n]]);
    expect(run('INSERT INTO s22_ids (id, v) VALUES (1, 1) ON CONFLICT (v) DO UPDATE SET v = 2 RETURNING id, xmax = 0')).toEqual([[1n, 0n]]);
    expect(fails('INSERT INTO s22_ids (id, v) VALUES (4, 2) ON CONFLICT (v) DO UPDATE SET id = 5 RETURNING xmax = 0')).toBe('0A000');
  });
});

describe("pg_locks' names of an advisory lock's key", () => {
  it('splits a bigint into its high and low halves, keeps two integers apart, both as unsigned oids', () => {
    expect(lockTag('1:424242')).toEqual({ classid: 0n, objid: 424242n, objsubid: 1 });
    expect(lockTag('1:5000000000')).toEqual({ classid: 1n, objid: 705032704n, objsubid: 1 });
    expect(lockTag('1:-1')).toEqual({ classid: 4294967295n, objid: 4294967295n, objsubid: 1 });
    expect(lockTag('2:-3,8')).toEqual({ classid: 4294967293n, objid: 8n, objsubid: 2 });
  });
});

describe('defaults of a view’s columns (ALTER VIEW … ALTER COLUMN … SET DEFAULT)', () => {
  beforeAll(() => {
    run("CREATE TABLE s22_tasks (id int PRIMARY KEY, title text NOT NULL, status text NOT NULL DEFAULT 'new', priority int)");
    run('CREATE VIEW s22_open AS SELECT id, title, status, priority, priority * 10 AS weight FROM s22_tasks');
    run('CREATE VIEW s22_urgent AS SELECT id, title, status, priority FROM s22_open');
  });

  it('fill the columns an INSERT through the view leaves out or writes DEFAULT into, before the table’s', () => {
    run('ALTER VIEW s22_open ALTER COLUMN priority SET DEFAULT 1 + 2');
    expect(run("INSERT INTO s22_open (id, title) VALUES (1, 'a') RETURNING status, priority")).toEqual([['new', 3n]]);
    expect(run("INSERT INTO s22_open VALUES (2, 'b', DEFAULT, DEFAULT) RETURNING status, priority")).toEqual([['new', 3n]]);
    expect(run("INSERT INTO s22_open (id, title) SELECT 3, 'c' RETURNING priority")).toEqual([[3n]]);
    expect(run('UPDATE s22_open SET priority = 9 WHERE id = 3 RETURNING priority')).toEqual([[9n]]);
    // SET … = DEFAULT is the view's default; without one, NULL (not the table's), as PostgreSQL writes.
    expect(run('UPDATE s22_open SET priority = DEFAULT WHERE id = 3 RETURNING priority')).toEqual([[3n]]);
    expect(() => run('UPDATE s22_open SET status = DEFAULT WHERE id = 3')).toThrow(/NOT NULL/);
    // The outer view's default first, then the inner view's, then the table's.
    run("ALTER VIEW s22_urgent ALTER COLUMN status SET DEFAULT 'urgent'");
    expect(run("INSERT INTO s22_urgent (id, title) VALUES (4, 'd') RETURNING status, priority")).toEqual([['urgent', 3n]]);
    run('ALTER VIEW s22_open ALTER COLUMN priority DROP DEFAULT');
    expect(run("INSERT INTO s22_open (id, title) VALUES (5, 'e') RETURNING priority")).toEqual([[null]]);
    // A computed column's default is written, and refused as PostgreSQL refuses writing it.
    run('ALTER VIEW s22_open ALTER COLUMN weight SET DEFAULT 5');
    expect(fails("INSERT INTO s22_open (id, title) VALUES (6, 'f')")).toBe('0A000');
    run('ALTER VIEW s22_open ALTER COLUMN weight DROP DEFAULT');
  });

  it('are refused as PostgreSQL refuses them', () => {
    expect(fails('ALTER VIEW s22_open ALTER COLUMN nope SET DEFAULT 1')).toBe('42703');
    expect(fails("ALTER VIEW s22_open ALTER COLUMN priority SET DEFAULT 'high'")).toBe('22P02');
    expect(fails('ALTER VIEW s22_open ALTER COLUMN priority SET DEFAULT (SELECT 1)')).toBe('0A000');
    expect(fails('ALTER VIEW s22_open ALTER COLUMN priority SET DEFAULT id')).toBe('0A000');
    expect(fails('ALTER VIEW s22_tasks ALTER COLUMN priority SET DEFAULT 1')).toBe('42809');
    expect(fails('ALTER VIEW s22_none ALTER COLUMN priority SET DEFAULT 1')).toBe('42P01');
  });
});
