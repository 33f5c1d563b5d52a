/**
 * UPDATE or DELETE … WHERE CURRENT OF cursor: the row the cursor's last FETCH answered. A cursor
 * DECLAREd over one table's rows by a plain select (no join, grouping, DISTINCT, set operation or
 * WITH) keeps each row's primary key beside it (keyedCursorQuery; wire/connection.ts keeps the
 * keys apart from the rows FETCH answers). The statement then tests the table's key against the
 * current row's, given as parameters after its own when it runs (Translation.currentOf), which
 * every replica sees alike, as a ctid would not be. A cursor over a table without such a key, or
 * over anything else (a join, a grouping), is refused (0A000) when the statement runs, as its row
 * cannot be named so.
 */
import { hasAggregate, hasWindowFunction } from './functions.js';
import type { Node } from './parse.js';
import type { TableInfo, TranslatorSchema } from './schema.js';
import { OID } from '../../pg/types/registry.js';

export interface CurrentOf {
  cursor: string;
  /** The table written, by the name the session uses. */
  table: string;
  /** The first parameter number of the current row's key columns. */
  first: number;
  width: number;
}

/** The cursor's keyed table and how many key columns end each of its rows (CursorSpec.current). */
export interface CursorKeys {
  table: string;
  width: number;
  /** FOR UPDATE/SHARE: PostgreSQL names the table another statement writes by its row marks. */
  locked: boolean;
}

const KEY_COLUMN = '__evsql_current_key';

/** DECLARE's query with its table's primary key columns after its own; undefined where WHERE CURRENT OF could not name a row. */
export function keyedCursorQuery(schema: TranslatorSchema, query: Node): { query: Node; keys: CursorKeys } | undefined {
  const s = query.SelectStmt;
  const from = (s?.fromClause ?? []) as Node[];
  const rv = from.length === 1 ? from[0]!.RangeVar : undefined;
  if (!rv || (rv.schemaname && rv.schemaname !== 'public') || s.groupClause || s.havingClause || s.distinctClause || s.withClause || (s.op && s.op !== 'SETOP_NONE')) return undefined;
  if (hasAggregate(s.targetList) || hasWindowFunction(s.targetList)) return undefined;
  const table = schema.lookupTable(rv.relname);
  const keys = table ? primaryKey(table) : [];
  if (!keys.length) return undefined;
  const alias = (rv.alias?.aliasname as string | undefined) ?? (rv.relname as string);
  const targets = keys.map((k, i) => ({ ResTarget: { name: `${KEY_COLUMN}${i}`, val: { ColumnRef: { fields: [{ String: { sval: alias } }, { String: { sval: k } }] } } } }));
  return { query: { SelectStmt: { ...s, targetList: [...(s.targetList ?? []), ...targets] } }, keys: { table: table!.name, width: keys.length, locked: !!s.lockingClause?.length } };
}

/**
 * UPDATE/DELETE … WHERE CURRENT OF c: the statement testing its table's primary key against
 * parameters numbered after its own, and what fills them; undefined for another statement.
 */
export function currentOfStatement(schema: TranslatorSchema, n: Node): { node: Node; currentOf: CurrentOf } | undefined {
  const s = n.UpdateStmt ?? n.DeleteStmt;
  const cursor = s?.whereClause?.CurrentOfExpr?.cursor_name as string | undefined;
  if (cursor === undefined) return undefined;
  const rv = s.relation;
  const table = schema.lookupTable(rv.relname);
  const keys = table ? primaryKey(table) : [];
  const first = maxParam(n) + 1;
  const alias = (rv.alias?.aliasname as string | undefined) ?? (rv.relname as string);
  // No key: a test no row passes, which the run refuses before (the cursor then has no keys).
  const tests: Node[] = keys.map((k, i) => ({
    A_Expr: { kind: 'AEXPR_OP', name: [{ String: { sval: '=' } }], lexpr: { ColumnRef: { fields: [{ String: { sval: alias } }, { String: { sval: k } }] } }, rexpr: { ParamRef: { number: first + i } } },
  }));
  const where: Node = tests.length === 1 ? tests[0]! : tests.length ? { BoolExpr: { boolop: 'AND_EXPR', args: tests } } : { A_Const: { boolval: { boolval: false } } };
  const node = n.UpdateStmt ? { UpdateStmt: { ...s, whereClause: where } } : { DeleteStmt: { ...s, whereClause: where } };
  return { node, currentOf: { cursor, table: table?.name ?? rv.relname, first, width: keys.length } };
}

/**
 * A table's primary key columns, where the values a query answers for them are their stored
 * forms (integers and strings), which the statement is given back.
 */
function primaryKey(table: TableInfo): string[] {
  const keys = table.view ? [] : table.columns.filter((c) => c.primaryKey);
  return keys.every((c) => KEY_TYPES.has(c.type.oid)) ? keys.map((c) => c.name) : [];
}

const KEY_TYPES = new Set<number>([OID.int2, OID.int4, OID.int8, OID.text, OID.varchar]);

function maxParam(n: unknown): number {
  if (!n || typeof n !== 'object') return 0;
  const p = (n as Node).ParamRef?.number as number | undefined;
  return Math.max(p ?? 0, ...Object.values(n).map(maxParam));
}
