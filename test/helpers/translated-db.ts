/**
 * An in-memory SQLite database with evsql's functions, on which unit tests run statements as the
 * translator writes them: the translation and SQLite's answer together, without a server. One per
 * test file (vitest gives each file its own modules).
 */
import Database from 'better-sqlite3';
import type { FunctionScope } from '../../dialect/runtime/function-scope.js';
import { registerFunctions } from '../../dialect/runtime/functions.js';
import { applySchemaEdit } from '../../dialect/runtime/schema-edit.js';
import { loadParser } from '../../dialect/translate/parse.js';
import { readSchema } from '../../dialect/schema-snapshot.js';
import { TranslatorSchema } from '../../dialect/translate/schema.js';
import { translate } from '../../dialect/translate/translate.js';
import type { SqliteValue } from '../../pg/types/registry.js';
import { SchemaKeys } from '../../mixer/schema-keys.js';
import { conflictKeys } from '../../mixer/statement-keys.js';
import { NO_RULES } from '../../mixer/rules.js';
import type { ConflictKey } from '../../mixer/keys.js';
import { sqlstate } from './sqlstate.js';

let db: Database.Database;

export async function openTranslatedDb(): Promise<Database.Database> {
  await loadParser();
  db = new Database(':memory:');
  db.defaultSafeIntegers(true);
  const scope: FunctionScope = { ctx: { user: 'u', database: 'd', settings: {}, pid: 1, now: 0, seed: 1 }, cancelled: () => false, settings: undefined, rng: 1 };
  registerFunctions(db, () => scope);
  return db;
}

/** Runs a statement's steps; the rows of the last that returns any. */
export function run(text: string): SqliteValue[][] {
  let rows: SqliteValue[][] = [];
  for (const step of translate(text, new TranslatorSchema(readSchema(db))).flatMap((t) => t.steps)) {
    if (step.edit) applySchemaEdit(db, step.edit);
    if (!step.sql) continue;
    const stmt = db.prepare(step.sql);
    if (stmt.reader) rows = stmt.raw(true).all() as SqliteValue[][];
    else stmt.run();
  }
  return rows;
}

/** The SQLSTATE a statement fails with, translated or run; undefined when it does not fail. */
export const fails = (text: string): string | undefined => sqlstate(() => run(text));

/** The mixer's conflict keys of a statement on the database as it is now, without rules. */
export function keysOf(text: string): ConflictKey[] {
  const snapshot = readSchema(db);
  const [t] = translate(text, new TranslatorSchema(snapshot));
  return conflictKeys(t!, [], new SchemaKeys(snapshot), NO_RULES);
}
