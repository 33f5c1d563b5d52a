/**
 * ALTER TABLE … ADD CONSTRAINT (FOREIGN KEY, CHECK) and DROP CONSTRAINT, which SQLite's ALTER
 * TABLE lacks: translated into a schema edit the executor applies to the table's definition
 * (dialect/runtime/schema-edit.ts). Constraints get the names PostgreSQL would choose, so a later
 * DROP CONSTRAINT finds them.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import type { SchemaEdit } from '../runtime/schema-edit.js';
import type { Step } from '../plan.js';
import type { TranslatorSchema } from './schema.js';
import { type Node, names, nodeType } from './parse.js';

/** A Step whose edit is always there. */
export type EditStep = Step & { edit: SchemaEdit };

function step(edit: SchemaEdit): EditStep {
  return { sql: '', params: [], edit };
}

/**
 * The columns a foreign key references: those it names, else the referenced table's primary key
 * ([] for a table not made yet: the one being created refers to itself). They must be the table's
 * primary key or a unique key (42830), as PostgreSQL requires; SQLite would take any columns and
 * fail every later write to the table with "foreign key mismatch".
 */
export function referencedColumns(schema: TranslatorSchema, con: Node): string[] {
  const name = con.pktable.relname as string;
  const given = con.pk_attrs ? names(con.pk_attrs) : null;
  const table = schema.lookupTable(name);
  if (!table || table.view) return given ?? [];
  const primary = schema.primaryKeyOf(name);
  // A column's REFERENCES has no list of its own: it is the one column.
  const referencing = con.fk_attrs ? (con.fk_attrs as Node[]).length : 1;
  const counted = (key: string[]) => {
    if (key.length !== referencing) throw new PgError(SqlState.invalidForeignKey, 'number of referencing and referenced columns for foreign key disagree');
    return key;
  };
  if (!given) {
    if (!primary.length) throw new PgError(SqlState.undefinedObject, `there is no primary key for referenced table "${name}"`);
    return counted(primary);
  }
  counted(given);
  const missing = given.find((c) => !table.column(c));
  if (missing) throw new PgError(SqlState.undefinedColumn, `column "${missing}" referenced in foreign key constraint does not exist`);
  if (!schema.isUniqueKey(name, given)) {
    throw new PgError(SqlState.invalidForeignKey, `there is no unique constraint matching given keys for referenced table "${name}"`);
  }
  return given;
}

/**
 * `render` writes a named table constraint as SQLite text (ddl.ts's CREATE TABLE rendering), and
 * `check` a CHECK's expression as the constraint's own text has it, typed by the table's columns,
 * for the rows already there; `sqlTable`: the table's SQLite name.
 */
export function addConstraintEdit(schema: TranslatorSchema, table: string, con: Node, render: (con: Node) => string, check: (expr: Node) => string, sqlTable = table): EditStep {
  if (con.contype === 'CONSTR_FOREIGN') {
    const columns = names(con.fk_attrs);
    const name = con.conname ?? `${table}_${columns.join('_')}_fkey`;
    const key = referencedColumns(schema, con);
    const foreignKey = { columns, refTable: con.pktable.relname as string, refColumns: key.length ? key : null };
    return step({ kind: 'addConstraint', table: sqlTable, name, definition: render({ ...con, conname: name }), validate: !con.skip_validation, foreignKey, ...(con.conname ? {} : { chosen: true }) });
  }
  const column = firstColumn(con.raw_expr);
  const name = con.conname ?? (column ? `${table}_${column}_check` : `${table}_check`);
  return step({ kind: 'addConstraint', table: sqlTable, name, definition: render({ ...con, conname: name }), validate: !con.skip_validation, check: check(con.raw_expr), ...(con.conname ? {} : { chosen: true }) });
}

export function dropConstraintEdit(table: string, name: string, missingOk: boolean): EditStep {
  return step({ kind: 'dropConstraint', table, name, missingOk });
}

/** The first column an expression names, which PostgreSQL puts in a CHECK constraint's name. */
export function firstColumn(n: unknown): string | undefined {
  if (Array.isArray(n)) {
    for (const item of n) {
      const found = firstColumn(item);
      if (found) return found;
    }
    return undefined;
  }
  if (n === null || typeof n !== 'object') return undefined;
  const node = n as Node;
  if (nodeType(node) === 'ColumnRef') return names(node.ColumnRef.fields).at(-1);
  for (const v of Object.values(node)) {
    const found = firstColumn(v);
    if (found) return found;
  }
  return undefined;
}
