/**
 * What PostgreSQL refuses in DDL that SQLite would accept, checked against the schema before the
 * statement runs: a foreign key to a table that does not exist, dropping or truncating a table
 * another table's foreign key still references, a second primary key.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { unsupported } from './unsupported.js';
import { type Node, names } from './parse.js';
import type { TranslatorSchema } from './schema.js';

const DEPENDENT_OBJECTS_STILL_EXIST = '2BP01';
const INVALID_TABLE_DEFINITION = '42P16';

function constraints(s: Node): Node[] {
  const out: Node[] = [];
  for (const e of (s.tableElts ?? []) as Node[]) {
    if (e.Constraint) out.push(e.Constraint);
    for (const c of (e.ColumnDef?.constraints ?? []) as Node[]) out.push(c.Constraint);
  }
  return out;
}

/** CREATE TABLE: every referenced table exists (or is the table itself). */
export function checkCreateTable(schema: TranslatorSchema, s: Node): void {
  const self = s.relation.relname as string;
  for (const c of constraints(s)) {
    if (c.contype !== 'CONSTR_FOREIGN') continue;
    const target = c.pktable.relname as string;
    if (target !== self && !schema.lookupTable(target)) throw new PgError(SqlState.undefinedTable, `relation "${target}" does not exist`);
  }
}

/** DROP TABLE / TRUNCATE: no table outside the statement references one of the tables. */
function checkNotReferenced(schema: TranslatorSchema, tables: string[], cascade: boolean, refuse: (table: string, by: string) => PgError): void {
  for (const t of tables) {
    const by = schema.referencingTables(t).find((r) => !tables.includes(r));
    if (!by) continue;
    if (cascade) throw unsupported('CASCADE to referencing tables');
    throw refuse(t, by);
  }
}

export function checkDrop(schema: TranslatorSchema, s: Node): void {
  if (s.removeType !== 'OBJECT_TABLE') return;
  const tables = (s.objects as Node[]).map((o) => names(o.List?.items ?? [o]).at(-1)!).filter((t) => schema.lookupTable(t));
  checkNotReferenced(schema, tables, s.behavior === 'DROP_CASCADE', (t, by) =>
    new PgError(DEPENDENT_OBJECTS_STILL_EXIST, `cannot drop table ${t} because other objects depend on it`, {
      detail: `constraint on table ${by} depends on table ${t}`,
      hint: 'Use DROP ... CASCADE to drop the dependent objects too.',
    }),
  );
}

export function checkTruncate(schema: TranslatorSchema, s: Node): void {
  const tables = (s.relations as Node[]).map((r) => r.RangeVar.relname as string);
  checkNotReferenced(schema, tables, s.behavior === 'DROP_CASCADE', (t, by) =>
    new PgError(SqlState.featureNotSupported, 'cannot truncate a table referenced in a foreign key constraint', {
      detail: `Table "${by}" references "${t}".`,
      hint: `Truncate table "${by}" at the same time, or use TRUNCATE ... CASCADE.`,
    }),
  );
}

/** ALTER TABLE … ADD PRIMARY KEY on a table that has one. */
export function checkAlterTable(schema: TranslatorSchema, s: Node): void {
  const table = schema.lookupTable(s.relation.relname);
  if (!table) return;
  for (const c of s.cmds as Node[]) {
    const con = c.AlterTableCmd.def?.Constraint;
    if (c.AlterTableCmd.subtype === 'AT_AddConstraint' && con?.contype === 'CONSTR_PRIMARY' && table.columns.some((col) => col.primaryKey)) {
      throw new PgError(INVALID_TABLE_DEFINITION, `multiple primary keys for table "${table.name}" are not allowed`);
    }
  }
}
