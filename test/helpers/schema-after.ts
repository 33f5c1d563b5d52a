/**
 * The translator's schema after some DDL, each statement's steps run on an in-memory SQLite
 * database as the writer runs them: for unit tests of what a statement translates to over it.
 */
import Database from 'better-sqlite3';
import { readSchema } from '../../dialect/schema-snapshot.js';
import { TranslatorSchema } from '../../dialect/translate/schema.js';
import { translate } from '../../dialect/translate/translate.js';

/** `setup` prepares the empty database first (a schema view, say). The parser must be loaded. */
export function schemaAfter(ddl: string[], setup?: (db: Database.Database) => void): TranslatorSchema {
  const db = new Database(':memory:');
  setup?.(db);
  let s = new TranslatorSchema(readSchema(db));
  for (const text of ddl) {
    for (const step of translate(text, s)[0]!.steps) db.exec(step.sql);
    s = new TranslatorSchema(readSchema(db));
  }
  db.close();
  return s;
}
