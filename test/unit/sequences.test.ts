/**
 * Sequences on a SQLite connection, run as the worker runs requests (executor/worker.ts): the
 * sequences' state read before a request, written back after it whatever became of it. What each
 * session draws and sees, what a rollback does (nothing: a value drawn stays drawn), serial
 * columns, and the conflict keys that order draws on every replica. What they answer is compared
 * with PostgreSQL in test/corpus/17-sequences.sql.
 */
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { conflictKeys } from '../../mixer/statement-keys.js';
import { conflicts } from '../../mixer/keys.js';
import { NO_RULES } from '../../mixer/rules.js';
import { SchemaKeys } from '../../mixer/schema-keys.js';
import type { FunctionScope } from '../../dialect/runtime/function-scope.js';
import { registerFunctions } from '../../dialect/runtime/functions.js';
import { sequenceDraws } from '../../dialect/runtime/sequence-functions.js';
import { applySchemaEdit } from '../../dialect/runtime/schema-edit.js';
import { loadParser } from '../../dialect/translate/parse.js';
import { readSchema } from '../../dialect/schema-snapshot.js';
import { TranslatorSchema } from '../../dialect/translate/schema.js';
import { translate } from '../../dialect/translate/translate.js';
import type { SqliteValue } from '../../pg/types/registry.js';
import { sqlstate } from '../helpers/sqlstate.js';

let db: Database.Database;
let pid = 1;
/** Each session's settings, as the wire keeps them: what a request's functions hand back is adopted. */
const sessions = new Map<number, Record<string, string>>();
let scope: FunctionScope | undefined;

/** Runs a statement the way the worker does: its steps in order, the rows of the ones that read. */
function run(text: string, params: SqliteValue[] = []): { rows: SqliteValue[][]; changes: number } {
  const rows: SqliteValue[][] = [];
  let changes = 0;
  const draws = sequenceDraws(db);
  const settings = sessions.get(pid) ?? {};
  sessions.set(pid, settings);
  for (const t of translate(text, new TranslatorSchema(readSchema(db)))) {
    const ddl = t.steps.some((step) => step.edit || /^\s*(CREATE|DROP|ALTER)\b/i.test(step.sql));
    draws.ready();
    scope = { ctx: { user: 'u', database: 'd', settings, pid, now: 0, seed: 1 }, cancelled: () => false, settings: undefined, rng: 1 };
    db.exec('SAVEPOINT request');
    try {
      for (const step of t.steps) {
        draws.step();
        if (step.edit) {
          applySchemaEdit(db, step.edit);
          continue;
        }
        const stmt = db.prepare(step.sql);
        const args = step.params.map((p) => params[p - 1]!);
        if (stmt.reader) rows.push(...(stmt.raw(true).all(...args) as SqliteValue[][]));
        else changes += stmt.run(...args).changes;
      }
      db.exec('RELEASE request');
      Object.assign(settings, scope.settings);
      if (ddl) draws.reload();
    } catch (err) {
      db.exec('ROLLBACK TO request; RELEASE request');
      throw err;
    } finally {
      draws.flush();
    }
  }
  return { rows, changes };
}

const value = (text: string, params: SqliteValue[] = []) => run(text, params).rows.map((r) => r[0]);
const keys = (sql: string) => conflictKeys(translate(sql, new TranslatorSchema(readSchema(db)))[0]!, [], new SchemaKeys(readSchema(db)), NO_RULES);

beforeAll(async () => {
  await loadParser();
  db = new Database(':memory:');
  db.defaultSafeIntegers(true);
  registerFunctions(db, () => scope!);
});

describe('a sequence', () => {
  it('draws one value a call, and each session sees its own last one', () => {
    run('CREATE SEQUENCE s START 10 INCREMENT 10');
    pid = 1;
    expect(sqlstate(() => run('SELECT lastval()'))).toBe('55000');
    expect(value("SELECT nextval('s')")).toEqual([10n]);
    pid = 2;
    expect(sqlstate(() => run("SELECT currval('s')"))).toBe('55000');
    expect(value("SELECT nextval('s')")).toEqual([20n]);
    pid = 1;
    expect(value("SELECT currval('s')")).toEqual([10n]);
    expect(value("SELECT nextval('s')")).toEqual([30n]);
    expect(value("SELECT setval('s', $1)", [100n])).toEqual([100n]);
    // lastval() is the currval of the sequence nextval() last drew from, as in PostgreSQL.
    expect(run("SELECT currval('s'), lastval()").rows).toEqual([[100n, 100n]]);
    pid = 2;
    expect(value("SELECT currval('s')")).toEqual([20n]);
    expect(value("SELECT nextval('s')")).toEqual([110n]);
    expect(value("SELECT nextval('s') FROM generate_series(1, 3)")).toEqual([120n, 130n, 140n]);
  });

  it('is not transactional: a value drawn by a statement that fails or a transaction that rolls back stays drawn', () => {
    db.exec('BEGIN');
    const [drawn] = value("SELECT nextval('s')") as bigint[];
    db.exec('ROLLBACK');
    expect(value("SELECT nextval('s')")).toEqual([drawn! + 10n]);
    expect(sqlstate(() => run("SELECT nextval('s'), 1 / (SELECT 0)"))).toBe('22012');
    expect(value("SELECT nextval('s')")).toEqual([drawn! + 30n]);
  });

  it('takes ALTER SEQUENCE through the schema edit that rewrites its options', () => {
    run('ALTER SEQUENCE s INCREMENT BY 1 MAXVALUE 200 RESTART WITH 199');
    expect(value("SELECT nextval('s')")).toEqual([199n]);
    expect(value("SELECT nextval('s')")).toEqual([200n]);
    expect(sqlstate(() => run("SELECT nextval('s')"))).toBe('2200H');
    run('ALTER SEQUENCE s CYCLE MINVALUE 5');
    expect(value("SELECT nextval('s')")).toEqual([5n]);
  });

  it('takes no conflict key: a draw never waits, as in PostgreSQL, and every replica runs a batch in one order, so replicas draw alike', () => {
    expect(keys("SELECT nextval('s')")).toEqual([]);
    expect(keys("SELECT setval('s', 7)")).toEqual([]);
    expect(keys("SELECT currval('s')")).toEqual([]);
  });

  it('is drawn wherever an expression may call nextval()', () => {
    run('CREATE TABLE t (id int, n int8)');
    run("INSERT INTO t VALUES (1, nextval('s')), (2, nextval('s'))");
    run("UPDATE t SET n = nextval('s') WHERE id = 2");
    expect(run('SELECT id, n FROM t ORDER BY id').rows).toEqual([[1n, 6n], [2n, 8n]]);
    expect(keys("INSERT INTO t VALUES (1, nextval('s'))").map((k) => k.table)).toEqual(['t']);
    expect(sqlstate(() => run("SELECT nextval('t')"))).toBe('42809');
    expect(sqlstate(() => run("SELECT nextval('nope')"))).toBe('42P01');
  });

  it('is found at run time when a parameter or an expression names it, keyed then on every sequence', () => {
    run('CREATE SEQUENCE s2 START 100');
    const before = value("SELECT nextval('s')")[0] as bigint;
    expect(value('SELECT nextval($1)', ['s2'])).toEqual([100n]);
    expect(value('SELECT nextval($1)', ['public.s'])).toEqual([before + 1n]);
    expect(value("SELECT nextval('s' || '2'), currval($1)", ['s2'])).toEqual([101n]);
    expect(value('SELECT nextval($1)', [null])).toEqual([null]);
    expect(sqlstate(() => run('SELECT nextval($1)', ['nope']))).toBe('42P01');
    expect(sqlstate(() => run('SELECT nextval($1)', ['other.s']))).toBe('42P01');
    expect(keys('SELECT nextval($1)')).toEqual([]);
  });
});

describe('a serial column', () => {
  it('draws from its own sequence; an explicit value does not move it, so the next default collides as in PostgreSQL', () => {
    run('CREATE TABLE items (id serial PRIMARY KEY, name text)');
    expect(value("INSERT INTO items (name) VALUES ('a'), ('b') RETURNING id")).toEqual([1n, 2n]);
    run("INSERT INTO items (id, name) VALUES (3, 'c')");
    expect(() => run("INSERT INTO items (name) VALUES ('d')")).toThrow(/UNIQUE|duplicate/);
    expect(value("INSERT INTO items (name) VALUES ('e') RETURNING id")).toEqual([4n]);
    expect(value("INSERT INTO items (name) SELECT 'f' || g FROM generate_series(1, 2) AS g RETURNING id")).toEqual([5n, 6n]);
    expect(value("SELECT currval('items_id_seq')")).toEqual([6n]);
    // The row an insert adds with a drawn key is new: inserts do not wait for each other, but
    // anything naming a row by its key may be naming that row, and a scan sees it.
    const [a] = keys("INSERT INTO items (name) VALUES ('g')");
    const [b] = keys("INSERT INTO items (id, name) VALUES (DEFAULT, 'h'), (DEFAULT, 'i')");
    expect(a).toMatchObject({ mode: 'i', table: 'items', row: expect.stringMatching(/^id=\+\[\d+\]$/) });
    expect(b).toMatchObject({ mode: 'i', table: 'items', row: expect.stringMatching(/^id=\+\[\d+\]$/) });
    expect(conflicts(a!, b!)).toBe(false);
    expect(keys("INSERT INTO items (id, name) VALUES (9, 'g')")).toEqual([{ mode: 'i', table: 'items', row: 'id=["9"]' }]);
    for (const other of ["UPDATE items SET name = 'x' WHERE id = 9", 'SELECT name FROM items FOR UPDATE', "INSERT INTO items (id, name) VALUES (9, 'g')"]) {
      expect(keys(other).some((k) => conflicts(a!, k)), other).toBe(true);
    }
    // A key left to a default that is no draw (a given expression) pins nothing: the table's key.
    expect(keys("INSERT INTO items (id, name) VALUES (length('ab'), 'g')")).toEqual([{ mode: 'w', table: 'items' }]);
  });

  it('goes with its table, and TRUNCATE … RESTART IDENTITY starts it again', () => {
    run('TRUNCATE items RESTART IDENTITY');
    expect(value("INSERT INTO items (name) VALUES ('a') RETURNING id")).toEqual([1n]);
    run('DROP TABLE items');
    expect(sqlstate(() => run("SELECT nextval('items_id_seq')"))).toBe('42P01');
  });
});
