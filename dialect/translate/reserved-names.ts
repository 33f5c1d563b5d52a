/**
 * No statement may name evsql's or SQLite's own objects (undo records, sqlite_schema, the
 * catalog's temp tables, SQLite's collations): each one is refused before translation as
 * PostgreSQL refuses a relation (42P01) or collation (42704) that does not exist, and creating an
 * object of such a name is refused as a reserved name.
 * This runs on every statement, catalog queries included, so nothing downstream needs to care.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { isReservedName } from '../catalog/definitions.js';
import { type Node, names } from './parse.js';

function reservedError(name: string): PgError {
  return new PgError(SqlState.reservedName, `name "${name}" is reserved for evsql's internal use`);
}

function absent(name: string): PgError {
  return new PgError(SqlState.undefinedTable, `relation "${name}" does not exist`);
}

/** SQLite's built-in collations, which it matches in any case; PostgreSQL has none of these names. */
const SQLITE_COLLATIONS = new Set(['binary', 'nocase', 'rtrim']);

/** Names a statement gives to new objects: a new relation, index, constraint, or a new name. */
const CREATED_NAMES = ['idxname', 'conname', 'indexname', 'newname'] as const;

export function checkReservedNames(statement: Node): void {
  const type = Object.keys(statement)[0]!;
  const s = statement[type];
  const created = type === 'CreateStmt' ? s.relation : type === 'ViewStmt' ? s.view : type === 'CreateTableAsStmt' ? s.into?.IntoClause?.rel : undefined;
  if (created && isReservedName(created.relname)) throw reservedError(created.relname);
  if (type === 'DropStmt' && !s.missing_ok) {
    for (const o of (s.objects ?? []) as Node[]) {
      const name = names(o.List?.items ?? [o]).at(-1);
      if (name !== undefined && isReservedName(name)) throw absent(name);
    }
  }
  walk(statement);
}

function walk(n: unknown): void {
  if (Array.isArray(n)) {
    for (const x of n) walk(x);
    return;
  }
  if (!n || typeof n !== 'object') return;
  const o = n as Node;
  // A RangeVar is inlined where a field's type says so, so it is told by its relname, not a wrapper.
  if (typeof o.relname === 'string' && isReservedName(o.relname)) throw absent(o.relname);
  // A COLLATE clause (an expression's, or a column definition's inlined one) naming SQLite's own collation.
  if (Array.isArray(o.collname)) {
    const collation = names(o.collname).at(-1)!;
    if (SQLITE_COLLATIONS.has(collation.toLowerCase())) throw new PgError(SqlState.undefinedObject, `collation "${collation}" for encoding "UTF8" does not exist`);
  }
  for (const key of CREATED_NAMES) {
    if (typeof o[key] === 'string' && isReservedName(o[key]) && o.renameType !== 'OBJECT_COLUMN') throw reservedError(o[key]);
  }
  for (const v of Object.values(o)) walk(v);
}
