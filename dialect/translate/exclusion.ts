/**
 * EXCLUDE USING gist (c WITH =, r WITH &&), and btree's of `=`: a SQLite trigger before each INSERT
 * and each UPDATE of its columns looks for another row whose values conflict, and raises
 * PostgreSQL's 23P01 naming both rows' keys. PostgreSQL checks each row as it is written, against
 * the rows written so far, as these triggers do. Columns compared with `=` must be of a type whose
 * equality is SQLite's (scalar ones through btree_gist, as PostgreSQL requires it); `&&` is the
 * ranges' overlap. Renaming the table, a column or the constraint writes the triggers again;
 * dropping a column drops the constraints over it, as PostgreSQL does.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { rangeSubtype, rangeKind } from '../../pg/types/range.js';
import { OID, formatType, type PgTypeInfo } from '../../pg/types/registry.js';
import { type ExclusionDefinition, exclusionAnnotation, exclusionObjectName } from '../catalog/exclusions.js';
import type { Step } from '../plan.js';
import { quoteIdent, quoteString } from '../sqlite-quote.js';
import type { ColumnTypes } from './deparse.js';
import type { Node } from './parse.js';
import type { TranslatorSchema } from './schema.js';
import { unsupported } from './unsupported.js';

/** Types whose equal values have one stored form, so that SQLite's `=` is theirs. */
const PLAIN_EQUALITY = new Set<number>([OID.int2, OID.int4, OID.int8, OID.text, OID.varchar, OID.bool, OID.date, OID.timestamp, OID.timestamptz, OID.uuid, OID.int4range, OID.int8range, OID.daterange, OID.tsrange, OID.tstzrange]);

/** An EXCLUDE constraint of table `table` (its PostgreSQL name) as CREATE TABLE or ALTER TABLE ADD writes it. */
export function exclusionDefinition(schema: TranslatorSchema, c: Node, table: string, columns: ColumnTypes): ExclusionDefinition {
  const method = c.access_method as string;
  if (method !== 'gist' && method !== 'btree') throw unsupported(`EXCLUDE USING ${method}`);
  if (c.where_clause) throw unsupported('EXCLUDE … WHERE');
  if (c.including?.length) throw unsupported('EXCLUDE … INCLUDE');
  if (c.deferrable || c.initdeferred) throw unsupported('a DEFERRABLE EXCLUDE constraint');
  const elements = (c.exclusions as Node[]).map((x) => {
    const [elem, ops] = x.List.items as Node[];
    const column = elem!.IndexElem.name as string | undefined;
    if (column === undefined) throw unsupported('EXCLUDE over an expression');
    const op = (ops!.List.items as Node[]).map((o) => o.String.sval).join('.');
    const type = columns(column);
    if (!type) throw new PgError(SqlState.undefinedColumn, `column "${column}" named in key does not exist`);
    checkOperator(schema, method, op, type);
    return { column, op: op as '=' | '&&', type: { oid: type.oid, typmod: type.typmod } };
  });
  return { name: (c.conname as string | undefined) ?? `${table}_${elements.map((e) => e.column).join('_')}_excl`, table, elements };
}

/**
 * What PostgreSQL finds for each element: an operator class of its type for the access method
 * (gist's of a scalar type are btree_gist's), and the operator in it: btree has only `=`.
 */
function checkOperator(schema: TranslatorSchema, method: string, op: string, type: PgTypeInfo): void {
  const range = rangeSubtype(type.oid) !== 0;
  if (method === 'btree' && op === '&&' && range) {
    throw new PgError(SqlState.wrongObjectType, 'operator &&(anyrange,anyrange) is not a member of operator family "range_ops"', { detail: 'The exclusion operator must be related to the index operator class for the constraint.' });
  }
  if (method === 'btree' && op !== '=') throw unsupported(`EXCLUDE USING btree … WITH ${op}`);
  if (method === 'gist' && !range && !schema.hasExtension('btree_gist')) {
    throw new PgError(SqlState.undefinedObject, `data type ${formatType(type.oid, -1)} has no default operator class for access method "gist"`, {
      hint: 'You must specify an operator class for the index or define a default operator class for the data type.',
    });
  }
  if (op === '=' && PLAIN_EQUALITY.has(type.oid)) return;
  if (op === '&&' && range) return;
  throw unsupported(`EXCLUDE … WITH ${op} over type ${formatType(type.oid, -1)}`);
}

/**
 * The triggers of a constraint, `t` naming its table in SQL; on a table with rows, after a check
 * of those (the first row, in the table's order, that meets another), as ALTER TABLE ADD makes it.
 */
export function exclusionSteps(d: ExclusionDefinition, t: string, existingRows = false): Step[] {
  const matches = (mine: string, theirs: string) =>
    d.elements.map(({ column, op, type }) => {
      const [a, b] = [`${mine}.${quoteIdent(column)}`, `${theirs}.${quoteIdent(column)}`];
      return op === '=' ? `${a} = ${b}` : `pg_range_test('&&', ${a}, ${b}, ${rangeKind(type.oid)})`;
    });
  const keys = d.elements.map((e) => e.column).join(', ');
  const shown = (row: string) => d.elements.map(({ column, type }) => `pg_output(${row}.${quoteIdent(column)}, ${type.oid}, ${type.typmod})`).join(` || ', ' || `);
  const raise = (mine: string, theirs: string, creating: boolean) => `SELECT pg_exclusion_violation(${quoteString(d.name)}, ${quoteString(d.table)}, ${quoteString(keys)}, ${shown(mine)}, ${shown(theirs)}, ${creating ? 1 : 0})`;
  const trigger = (event: 'insert' | 'update') => {
    const on = event === 'insert' ? 'INSERT' : `UPDATE OF ${d.elements.map((e) => quoteIdent(e.column)).join(', ')}`;
    const others = event === 'update' ? [`${t}.rowid <> NEW.rowid`] : [];
    return `CREATE TRIGGER ${quoteIdent(exclusionObjectName(d.name, event))} ${exclusionAnnotation(d)} BEFORE ${on} ON ${t} FOR EACH ROW BEGIN ${raise('NEW', t, false)} FROM ${t} WHERE ${[...others, ...matches('NEW', t)].join(' AND ')} LIMIT 1; END`;
  };
  const check = `${raise('a', 'b', true)} FROM ${t} AS a JOIN ${t} AS b ON a.rowid <> b.rowid AND ${matches('a', 'b').join(' AND ')} ORDER BY a.rowid, b.rowid LIMIT 1`;
  return [...(existingRows ? [{ sql: check, params: [] }] : []), { sql: trigger('insert'), params: [] }, { sql: trigger('update'), params: [] }];
}

/**
 * The constraints that use btree_gist's operator classes (`=` over a scalar column), each named
 * once with one of them, as DROP EXTENSION's detail names them.
 */
export function btreeGistUses(schema: TranslatorSchema): string[] {
  return schema.allExclusions().flatMap(({ table, definition: d }) => {
    const scalar = d.elements.filter((e) => e.op === '=' && rangeSubtype(e.type.oid) === 0).at(-1);
    return scalar ? [`constraint ${d.name} on table ${table} depends on operator class gist_${GIST_OPCLASS[scalar.type.oid]}_ops for access method gist`] : [];
  });
}

const GIST_OPCLASS: Record<number, string> = { [OID.int2]: 'int2', [OID.int4]: 'int4', [OID.int8]: 'int8', [OID.text]: 'text', [OID.varchar]: 'text', [OID.bool]: 'bool', [OID.date]: 'date', [OID.timestamp]: 'timestamp', [OID.timestamptz]: 'timestamptz', [OID.uuid]: 'uuid' };

export function dropExclusionSteps(name: string): Step[] {
  return (['insert', 'update'] as const).map((event) => ({ sql: `DROP TRIGGER ${quoteIdent(exclusionObjectName(name, event))}`, params: [] }));
}

/**
 * The steps that follow a change of table `sqlTable`'s constraints (`t` naming it in SQL once the
 * change is made): each that `change` gives anew is written again, each it gives null dropped.
 */
export function changedExclusions(schema: TranslatorSchema, sqlTable: string, t: string, change: (d: ExclusionDefinition) => ExclusionDefinition | null): Step[] {
  return schema.exclusions(sqlTable).flatMap((d) => {
    const changed = change(d);
    if (changed === d) return [];
    return [...dropExclusionSteps(d.name), ...(changed ? exclusionSteps(changed, t) : [])];
  });
}
