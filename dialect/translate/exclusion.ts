/**
 * EXCLUDE USING gist (c WITH =, r WITH &&), and btree's of `=`: a SQLite trigger before each INSERT
 * and each UPDATE of its columns looks for another row whose values conflict, and raises
 * PostgreSQL's 23P01 naming both rows' keys. PostgreSQL checks each row as it is written, against
 * the rows written so far, as these triggers do. Columns compared with `=` must be of a type whose
 * equality is SQLite's (scalar ones through btree_gist, as PostgreSQL requires it); `&&` is the
 * ranges' overlap.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { rangeSubtype } from '../../pg/types/range.js';
import { OID, formatType, type PgTypeInfo } from '../../pg/types/registry.js';
import { exclusionObjectName } from '../catalog/exclusions.js';
import type { Step } from '../plan.js';
import { quoteIdent, quoteString } from '../sqlite-quote.js';
import type { ColumnTypes } from './deparse.js';
import type { Node } from './parse.js';
import type { TranslatorSchema } from './schema.js';
import { unsupported } from './unsupported.js';

/** Types whose equal values have one stored form, so that SQLite's `=` is theirs. */
const PLAIN_EQUALITY = new Set<number>([OID.int2, OID.int4, OID.int8, OID.text, OID.varchar, OID.bool, OID.date, OID.timestamp, OID.timestamptz, OID.uuid, OID.int4range, OID.int8range, OID.daterange, OID.tsrange, OID.tstzrange]);

/**
 * The triggers of an EXCLUDE constraint of table `table` (its PostgreSQL name), `t` as SQL names
 * it; added to a table with rows, after a check of those (the first row, in the table's order,
 * that meets another).
 */
export function exclusionSteps(schema: TranslatorSchema, c: Node, table: string, t: string, columns: ColumnTypes, existingRows = false): Step[] {
  const method = c.access_method as string;
  if (method !== 'gist' && method !== 'btree') throw unsupported(`EXCLUDE USING ${method}`);
  if (c.where_clause) throw unsupported('EXCLUDE … WHERE');
  if (c.including?.length) throw unsupported('EXCLUDE … INCLUDE');
  if (c.deferrable || c.initdeferred) throw unsupported('a DEFERRABLE EXCLUDE constraint');
  const elements = (c.exclusions as Node[]).map((x) => {
    const [elem, ops] = x.List.items as Node[];
    const name = elem!.IndexElem.name as string | undefined;
    if (name === undefined) throw unsupported('EXCLUDE over an expression');
    const op = (ops!.List.items as Node[]).map((o) => o.String.sval).join('.');
    const type = columns(name);
    if (!type) throw new PgError(SqlState.undefinedColumn, `column "${name}" named in key does not exist`);
    return { name, op, type };
  });
  for (const { op, type } of elements) checkOperator(schema, method, op, type);
  const name = (c.conname as string | undefined) ?? `${table}_${elements.map((e) => e.name).join('_')}_excl`;
  const matches = (mine: string, theirs: string) =>
    elements.map(({ name: col, op, type }) => {
      const [a, b] = [`${mine}.${quoteIdent(col)}`, `${theirs}.${quoteIdent(col)}`];
      return op === '=' ? `${a} = ${b}` : `pg_range_test('&&', ${a}, ${b}, ${type.oid})`;
    });
  const keyList = elements.map((e) => e.name).join(', ');
  const shown = (row: string) => elements.map(({ name: col, type }) => `pg_output(${row}.${quoteIdent(col)}, ${type.oid}, ${type.typmod})`).join(` || ', ' || `);
  const raise = (mine: string, theirs: string, creating: boolean) => `SELECT pg_exclusion_violation(${quoteString(name)}, ${quoteString(table)}, ${quoteString(keyList)}, ${shown(mine)}, ${shown(theirs)}, ${creating ? 1 : 0})`;
  const trigger = (event: 'insert' | 'update') => {
    const on = event === 'insert' ? 'INSERT' : `UPDATE OF ${elements.map((e) => quoteIdent(e.name)).join(', ')}`;
    const others = event === 'update' ? [`${t}.rowid <> NEW.rowid`] : [];
    return `CREATE TRIGGER ${quoteIdent(exclusionObjectName(name, event))} BEFORE ${on} ON ${t} FOR EACH ROW BEGIN ${raise('NEW', t, false)} FROM ${t} WHERE ${[...others, ...matches('NEW', t)].join(' AND ')} LIMIT 1; END`;
  };
  const check = `${raise('a', 'b', true)} FROM ${t} AS a JOIN ${t} AS b ON a.rowid <> b.rowid AND ${matches('a', 'b').join(' AND ')} ORDER BY a.rowid, b.rowid LIMIT 1`;
  return [...(existingRows ? [{ sql: check, params: [] }] : []), { sql: trigger('insert'), params: [] }, { sql: trigger('update'), params: [] }];
}

/**
 * What PostgreSQL finds for each element: an operator class of its type for the access method
 * (gist's of a scalar type are btree_gist's), and the operator in it: btree has only `=`.
 */
function checkOperator(schema: TranslatorSchema, method: string, op: string, type: PgTypeInfo): void {
  const range = rangeSubtype(type.oid) !== 0;
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
