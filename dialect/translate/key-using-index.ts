/**
 * ALTER TABLE … ADD [CONSTRAINT name] { PRIMARY KEY | UNIQUE } USING INDEX index: the zero-downtime
 * way migration guides add a key (the unique index made CONCURRENTLY first). The index becomes the
 * key's, renamed to the constraint's name, and a primary key's columns NOT NULL; the index is
 * checked as PostgreSQL's transformIndexConstraint checks it, each error placed at the constraint.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { indexConstraintMarker } from '../catalog/markers.js';
import { parseCreateIndex } from '../runtime/catalog/sqlite-ddl.js';
import type { Step } from '../plan.js';
import { quoteIdent } from '../sqlite-quote.js';
import type { Node } from './parse.js';
import type { TranslatorSchema } from './schema.js';
import { deferrableKey } from './unsupported.js';

export function keyUsingIndex(schema: TranslatorSchema, tableName: string, sqlTable: string, con: Node, notices: PgError[]): Step[] {
  const given = con.indexname as string;
  const fail = (code: string, message: string, detail?: string) =>
    new PgError(code, message, { ...(detail ? { detail } : {}), ...(con.location >= 0 ? { position: con.location + 1 } : {}) });
  const stored = schema.indexSqlName(given);
  const own = schema.indexDefinitions(tableName).find((i) => i.name === stored);
  if (!own) {
    if (schema.indexTable(stored) !== undefined) throw fail(SqlState.objectNotInPrerequisiteState, `index "${given}" does not belong to table "${tableName}"`);
    throw fail(SqlState.undefinedObject, `index "${given}" does not exist`);
  }
  if (con.deferrable || con.initdeferred) throw deferrableKey(con.contype);
  const index = parseCreateIndex(own.name, sqlTable, own.sql);
  const such = 'Cannot create a primary key or unique constraint using such an index.';
  if (index.constraint) throw fail(SqlState.objectNotInPrerequisiteState, `index "${given}" is already associated with a constraint`);
  if (!index.unique) throw fail(SqlState.wrongObjectType, `"${given}" is not a unique index`, such);
  if (index.columns.some((c) => c.column === null)) throw fail(SqlState.wrongObjectType, `index "${given}" contains expressions`, such);
  if (index.where !== null) throw fail(SqlState.wrongObjectType, `"${given}" is a partial index`, such);
  const unsorted = index.columns.findIndex((c) => c.desc || c.nullsFirst !== null);
  if (unsorted >= 0) throw fail(SqlState.wrongObjectType, `index "${given}" column number ${unsorted + 1} does not have default sorting behavior`, such);
  const kind = con.contype === 'CONSTR_PRIMARY' ? 'p' : 'u';
  // The constraint is named for the index unless named otherwise, and the index takes its name.
  const name = (con.conname as string | undefined) ?? given;
  if (name !== given) notices.push(new PgError(SqlState.successfulCompletion, `ALTER TABLE / ADD CONSTRAINT USING INDEX will rename index "${given}" to "${name}"`, { severity: 'NOTICE' }));
  const notNull: Step[] = kind === 'p' ? index.columns.map((c) => ({ sql: '', params: [], edit: { kind: 'alterColumn', table: sqlTable, column: c.column!, notNull: true } })) : [];
  // A session's temporary table's index is stored under its prefix (indexSqlName), which the new name keeps.
  const prefix = stored.slice(0, stored.length - given.length);
  const definition = own.sql.replace(/^CREATE UNIQUE INDEX\s+(?:"(?:[^"]|"")*"|\S+)/i, `CREATE UNIQUE INDEX ${quoteIdent(prefix + name)}`);
  return [...notNull, { sql: `DROP INDEX ${quoteIdent(own.name)}`, params: [] }, { sql: `${definition}${indexConstraintMarker(kind)}`, params: [] }];
}
