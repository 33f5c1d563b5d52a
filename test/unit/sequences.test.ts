/**
 * CREATE SEQUENCE and its functions on a SQLite connection, as the translator writes them: what
 * each session draws and sees, what a rollback does, and the conflict key that keeps two
 * transactions from drawing at once. What they answer is compared with PostgreSQL in
 * test/corpus/17-sequences.sql.
 */
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { conflictKeys } from '../../mixer/statement-keys.js';
import { NO_RULES } from '../../mixer/rules.js';
import type { FunctionScope } from '../../dialect/runtime/function-scope.js';
import { registerFunctions } from '../../dialect/runtime/functions.js';
import { applySchemaEdit } from '../../dialect/runtime/schema-edit.js';
import { loadParser } from '../../dialect/translate/parse.js';
import { readSchema } from '../../dialect/schema-snapshot.js';
import { TranslatorSchema } from '../../dialect/translate/schema.js';
import { translate } from '../../dialect/translate/translate.js';
import type { SqliteValue } from '../../pg/types/registry.js';
import { sqlstate } from '../helpers/sqlstate.js';

let db: Database.Database;
let pid = 1;

/** Runs a statement the way the worker does: its steps in order, the rows of the ones that read. */
function run(text: string, params: SqliteValue[] = []): { rows: SqliteValue[][]; changes: number } {
  const rows: SqliteValue[][] = [];
  let changes = 0;
  for (const t of translate(text, new TranslatorSchema(readSchema(db)))) {
    for (const step of t.steps) {
      if (step.edit) {
        applySchemaEdit(db, step.edit);
        continue;
      }
      const stmt = db.prepare(step.sql);
      const args = step.params.map((p) => params[p - 1]!);
      if (stmt.reader) rows.push(...(stmt.raw(true).all(...args) as SqliteValue[][]));
      else changes += stmt.run(...args).changes;
    }
  }
  return { rows, changes };
}

const value = (text: string, params: SqliteValue[] = []) => run(text, params).rows.map((r) => r[0]);

beforeAll(async () => {
  await loadParser();
  db = new Database(':memory:');
  db.defaultSafeIntegers(true);
  const scope = (): FunctionScope => ({ ctx: { user: 'u', database: 'd', settings: {}, pid, now: 0, seed: 1 }, cancelled: () => false, settings: undefined, rng: 1 });
  registerFunctions(db, scope);
});

describe('a sequence', () => {
  it('draws one value a statement, and each session sees its own last one', () => {
    run('CREATE SEQUENCE s START 10 INCREMENT 10');
    pid = 1;
    expect(value("SELECT nextval('s')")).toEqual([10n]);
    pid = 2;
    expect(sqlstate(() => run("SELECT currval('s')"))).toBe('55000');
    expect(value("SELECT nextval('s')")).toEqual([20n]);
    pid = 1;
    expect(value("SELECT currval('s')")).toEqual([10n]);
    expect(value("SELECT nextval('s')")).toEqual([30n]);
    expect(value("SELECT setval('s', $1)", [100n])).toEqual([100n]);
    expect(value("SELECT currval('s')")).toEqual([100n]);
    pid = 2;
    expect(value("SELECT currval('s')")).toEqual([20n]);
    expect(value("SELECT nextval('s')")).toEqual([110n]);
  });

  it('changes one row as PostgreSQL counts it: the statement reports one', () => {
    expect(run("SELECT nextval('s')").rows).toHaveLength(1);
    // The session's row is written by a step the executor reads (WITH … RETURNING): only row 0 counts.
    expect(run("SELECT nextval('s')").changes).toBe(1);
  });

  it('is transactional: a rolled-back draw is drawn again (PostgreSQL would skip it)', () => {
    db.exec('BEGIN');
    const drawn = value("SELECT nextval('s')");
    db.exec('ROLLBACK');
    expect(value("SELECT nextval('s')")).toEqual(drawn);
  });

  it('takes ALTER SEQUENCE through the schema edit that rewrites its options', () => {
    run('ALTER SEQUENCE s INCREMENT BY 1 MAXVALUE 200 RESTART WITH 199');
    expect(value("SELECT nextval('s')")).toEqual([199n]);
    expect(value("SELECT nextval('s')")).toEqual([200n]);
    expect(sqlstate(() => run("SELECT nextval('s')"))).toBe('2200H');
    run('ALTER SEQUENCE s CYCLE MINVALUE 5');
    expect(value("SELECT nextval('s')")).toEqual([5n]);
  });

  it('is written by the whole database as far as the mixer knows, so two transactions never draw at once', () => {
    const schema = new TranslatorSchema(readSchema(db));
    const keys = (sql: string) => conflictKeys(translate(sql, schema)[0]!, [], { table: () => undefined }, NO_RULES);
    expect(keys("SELECT nextval('s')")).toEqual([{ mode: 'w', table: '*' }]);
    expect(keys("SELECT setval('s', 7)")).toEqual([{ mode: 'w', table: '*' }]);
    expect(keys("SELECT currval('s')")).not.toContainEqual({ mode: 'w', table: '*' });
  });

  it('is refused where it would be evaluated per row', () => {
    run('CREATE TABLE t (id int)');
    expect(sqlstate(() => run("INSERT INTO t VALUES (nextval('s'))"))).toBe('0A000');
    expect(sqlstate(() => run("SELECT nextval('s') FROM t"))).toBe('0A000');
    expect(sqlstate(() => run("SELECT nextval('t')"))).toBe('42809');
    expect(sqlstate(() => run("SELECT nextval('nope')"))).toBe('42P01');
  });
});
