/**
 * COPY … FROM … WHERE: PostgreSQL inserts only the rows its condition holds for. The condition
 * is translated as an EXISTS over one row whose columns are the COPY's fields, as parameters of
 * the columns' types (the values COPY has already read them into), so the INSERT that COPY FROM
 * runs per row can test it (wire/copy.ts).
 */
import type { Step } from '../plan.js';
import { PgError, SqlState } from '../../pg/errors.js';
import { formatType, type PgTypeInfo } from '../../pg/types/registry.js';
import { quoteIdentifier } from '../../pg/ident.js';
import { Emitter } from './emit.js';
import { withDeclaredParams } from './declared-params.js';
import { hasAggregate, hasWindowFunction } from './functions.js';
import { type Node, parseQuery } from './parse.js';
import { locationOf } from './node-location.js';
import { placeParams } from './param-slots.js';
import { unsupported } from './unsupported.js';
import type { TranslatorSchema } from './schema.js';

/**
 * `EXISTS (…)` over the row of fields: parameter n is the COPY's column n (of `columns`, with
 * their types), as `step.params` numbers them.
 */
export function copyWhere(condition: Node, table: string, columns: Array<{ name: string; type: PgTypeInfo }>, schema: TranslatorSchema): Step {
  refuseInCondition(condition);
  const listed = new Set(columns.map((c) => c.name));
  const defaults = [...columnNames(condition)].filter((name) => !listed.has(name) && schema.lookupTable(table)?.column(name)).map((name) => `${filledIn(schema, table, name)} AS ${quoteIdentifier(name)}`);
  const fields = [...columns.map((c, i) => `$${i + 1} AS ${quoteIdentifier(c.name)}`), ...defaults].join(', ');
  const [row] = parseQuery(`SELECT 1 FROM (SELECT ${fields}) AS ${quoteIdentifier(table)}`);
  const test: Node = { SelectStmt: { ...row!.node.SelectStmt, whereClause: condition } };
  const types = new Map(columns.map((c, i) => [i + 1, c.type]));
  const em = new Emitter(schema);
  const { sql } = withDeclaredParams(types, () => em.select(test));
  return placeParams(`EXISTS (${sql})`, em.params);
}

/**
 * PostgreSQL tests the row with the columns COPY leaves out filled in: their defaults (NULL where
 * none), as the row is inserted with them. A default that calls a function is computed again for
 * the test, which a volatile one (nextval, random) would answer apart: refused, as are generated
 * and identity columns.
 */
function filledIn(schema: TranslatorSchema, table: string, name: string): string {
  const column = schema.catalogTable(table)?.columns.find((c) => c.name === name);
  const type = schema.lookupTable(table)!.column(name)!.type;
  if (!column || column.generated || column.identity) throw unsupported('COPY FROM WHERE on a generated or identity column the COPY does not list');
  const text = column.default?.plain;
  if (text === undefined) return `NULL::${formatType(type.oid, type.typmod)}`;
  if (find(parseQuery(`SELECT ${text}`), (n) => n.FuncCall !== undefined)) throw unsupported('COPY FROM WHERE on a column the COPY does not list whose default calls a function');
  return `(${text})::${formatType(type.oid, type.typmod)}`;
}

/** What PostgreSQL's transformExpr refuses in COPY FROM's WHERE (EXPR_KIND_COPY_WHERE). */
function refuseInCondition(condition: Node): void {
  const at = (n: unknown) => {
    const location = locationOf(n);
    return location === undefined ? {} : { position: location + 1 };
  };
  const sublink = find(condition, (n) => n.SubLink !== undefined);
  if (sublink) throw new PgError(SqlState.featureNotSupported, 'cannot use subquery in COPY FROM WHERE condition', at(sublink.SubLink));
  if (hasAggregate(condition)) throw new PgError(SqlState.groupingError, 'aggregate functions are not allowed in COPY FROM WHERE conditions', at(find(condition, (n) => n.FuncCall !== undefined)?.FuncCall));
  if (hasWindowFunction(condition)) throw new PgError(SqlState.windowingError, 'window functions are not allowed in COPY FROM WHERE conditions', at(find(condition, (n) => n.FuncCall?.over !== undefined)?.FuncCall));
}

function find(n: unknown, test: (n: Node) => boolean): Node | undefined {
  if (!n || typeof n !== 'object') return undefined;
  if (!Array.isArray(n) && test(n as Node)) return n as Node;
  for (const v of Object.values(n)) {
    const found = find(v, test);
    if (found) return found;
  }
  return undefined;
}

/** The column names a condition refers to (the last field of each column reference). */
function columnNames(n: unknown, out = new Set<string>()): Set<string> {
  if (!n || typeof n !== 'object') return out;
  const ref = (n as Node).ColumnRef;
  const last = ref?.fields?.at(-1)?.String?.sval as string | undefined;
  if (last !== undefined) out.add(last);
  for (const v of Object.values(n)) columnNames(v, out);
  return out;
}
