/**
 * `INSERT … ON CONFLICT … DO UPDATE … RETURNING (xmax = 0) AS inserted`: the idiom that tells a
 * row the statement inserted from one its DO UPDATE changed. PostgreSQL's xmax of a row an INSERT
 * returns is 0 when the row is new and the transaction's own id (the lock its DO UPDATE took)
 * when it was updated; the id itself is PostgreSQL's own, which no replica has, so only what is
 * exact is kept: xmax compared with 0 (`xmax = 0`, `xmax <> 0`, `xmax::text = '0'`,
 * `xmax::text::int = 0`) in an INSERT's RETURNING. Any other reading of xmax stays 0A000.
 *
 * The replica learns which rows the DO UPDATE changed from its WHERE: `pg_upsert_mark(where,
 * table, rowid)` notes each row it lets through (dialect/runtime/sql-functions.ts), and the
 * RETURNING reads `pg_upsert_updated(table, rowid)`. The notes live for one step of the statement.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { OID, type PgTypeInfo, formatType } from '../../pg/types/registry.js';
import { noOperator } from './no-function.js';
import { ROWID_NAMES } from '../catalog/definitions.js';
import { type Node, names } from './parse.js';
import type { ScopeColumn } from './scope.js';
import type { TableInfo } from './schema.js';
import { unsupported } from './unsupported.js';
import { quoteString } from '../sqlite-quote.js';

/** The system column the RETURNING's tests become: true for a row the statement inserted. */
export const INSERTED_COLUMN = 'evsql.inserted';

/** The RETURNING list with its xmax-is-0 tests made references to INSERTED_COLUMN; undefined where it has none. */
export function insertedTests(s: Node): Node[] | undefined {
  const list = (s.returningClause?.exprs ?? s.returningList) as Node[] | undefined;
  if (!list) return undefined;
  const own = new Set([s.relation.relname as string, s.relation.alias?.aliasname as string | undefined]);
  let found = false;
  const walk = (n: unknown): unknown => {
    if (n === null || typeof n !== 'object') return n;
    if (Array.isArray(n)) return n.map(walk);
    const wrong = xidMisuse(n as Node, own);
    if (wrong) throw wrong;
    const test = zeroTest(n as Node, own);
    if (test) {
      found = true;
      const inserted = { ColumnRef: { fields: [{ String: { sval: INSERTED_COLUMN } }] } };
      return test === 'zero' ? inserted : { BoolExpr: { boolop: 'NOT_EXPR', args: [inserted] } };
    }
    // A subquery's xmax would be its own tables'.
    if ((n as Node).SubLink) return n;
    return Object.fromEntries(Object.entries(n).map(([k, v]) => [k, walk(v)]));
  };
  // Unnamed, the test is `?column?` as PostgreSQL names an operator's result, not the column it becomes.
  const out = list.map((t) => (t.ResTarget.name === undefined && zeroTest(t.ResTarget.val, own) ? { ResTarget: { ...t.ResTarget, name: '?column?' } } : t));
  const rewritten = walk(out) as Node[];
  return found ? rewritten : undefined;
}

/** The scope's system column INSERTED_COLUMN of `table`, read in SQLite's RETURNING (which names the target's columns unqualified). */
export function insertedColumn(table: TableInfo): ScopeColumn {
  return { name: INSERTED_COLUMN, type: { oid: OID.bool, typmod: -1 }, constant: `(NOT pg_upsert_updated(${quoteString(table.sqlName)}, ${rowidOf(table)}))` };
}

/**
 * The DO UPDATE's WHERE (`where`, SQL, or none) noting each row it lets through, by the rowid the
 * target is known by under `qualifier`. A DO UPDATE that sets the rowid itself (an integer key)
 * would lose the note: refused.
 */
export function markedWhere(table: TableInfo, qualifier: string, where: string | undefined, assigned: string[]): string {
  const key = table.columns.find((c) => c.rowid);
  if (key && assigned.includes(key.name)) throw unsupported(`xmax in RETURNING of an upsert whose DO UPDATE sets its key "${key.name}"`);
  return `pg_upsert_mark(${where ?? '1'}, ${quoteString(table.sqlName)}, ${qualifier}.${rowidOf(table)})`;
}

/** The name SQLite's rowid goes by in `table`: the first of its names no column takes (ddl-checks.ts keeps one free). */
function rowidOf(table: TableInfo): string {
  const taken = new Set(table.columns.map((c) => c.name.toLowerCase()));
  return ROWID_NAMES.find((n) => !taken.has(n))!;
}

const INTEGERS: Record<string, PgTypeInfo> = { int2: { oid: OID.int2, typmod: -1 }, int4: { oid: OID.int4, typmod: -1 }, int8: { oid: OID.int8, typmod: -1 } };
/** PostgreSQL's xid, which evsql's type registry does not carry: named in errors only. */
const XID: PgTypeInfo = { oid: 28, typmod: -1 };

/**
 * PostgreSQL's errors for xmax used as no xid can be: a cast to an integer type (42846), an
 * operator xid has none of with an integer (42883: it has `=` and `<>` with int4 on its right only).
 */
function xidMisuse(n: Node, own: Set<string | undefined>): PgError | undefined {
  const cast = n.TypeCast;
  const to = castTo(n);
  if (cast && to && INTEGERS[to] && isXmax(cast.arg, own)) {
    return new PgError(SqlState.cannotCoerce, `cannot cast type xid to ${formatType(INTEGERS[to]!.oid, -1)}`, { position: cast.location + 1 });
  }
  const e = n.A_Expr;
  if (e?.kind !== 'AEXPR_OP' || e.name.length !== 1 || !e.lexpr) return undefined;
  const op = e.name[0].String?.sval as string;
  const integer = (x: Node): PgTypeInfo | undefined => (x.A_Const?.ival !== undefined ? INTEGERS.int4 : x.TypeCast && isIntegerConst(x.TypeCast.arg) ? INTEGERS[castTo(x) ?? ''] : undefined);
  const [l, r] = isXmax(e.lexpr, own) ? [XID, integer(e.rexpr)] : isXmax(e.rexpr, own) ? [integer(e.lexpr), XID] : [];
  if (!l || !r) return undefined;
  if (l === XID && r.oid === OID.int4 && (op === '=' || op === '<>')) return undefined;
  const err = noOperator(op, l, r, false, (oid) => (oid === XID.oid ? 'xid' : undefined));
  return new PgError(err.code, err.message, { ...err.fields, position: e.location + 1 });
}

function isIntegerConst(n: Node | undefined): boolean {
  return n?.A_Const?.ival !== undefined;
}

/** 'zero' for `xmax = 0` and its kin, 'nonzero' for `xmax <> 0`; undefined for anything else. */
function zeroTest(n: Node, own: Set<string | undefined>): 'zero' | 'nonzero' | undefined {
  const e = n.A_Expr;
  if (!e || e.kind !== 'AEXPR_OP' || e.name.length !== 1) return undefined;
  const op = e.name[0].String?.sval;
  if (op !== '=' && op !== '<>') return undefined;
  if (!isZero(e.rexpr, readsXmaxText(e.lexpr, own) ? 'text' : readsXmaxInteger(e.lexpr, own) ? 'int' : isXmax(e.lexpr, own) ? 'xid' : undefined)) return undefined;
  return op === '=' ? 'zero' : 'nonzero';
}

function isXmax(n: Node | undefined, own: Set<string | undefined>): boolean {
  const fields = n?.ColumnRef?.fields as Node[] | undefined;
  if (!fields || fields.some((f) => !f.String)) return false;
  const path = names(fields);
  return path.at(-1) === 'xmax' && (path.length === 1 || (path.length === 2 && own.has(path[0])));
}

function castTo(n: Node | undefined): string | undefined {
  return (n?.TypeCast?.typeName?.names as Node[] | undefined)?.at(-1)?.String?.sval;
}

/** `xmax::text`. */
function readsXmaxText(n: Node | undefined, own: Set<string | undefined>): boolean {
  return castTo(n) === 'text' && isXmax(n!.TypeCast.arg, own);
}

/** `xmax::text::int` (or bigint): xid has no cast to the integers but through its text. */
function readsXmaxInteger(n: Node | undefined, own: Set<string | undefined>): boolean {
  const to = castTo(n);
  return (to === 'int4' || to === 'int8' || to === 'int2') && readsXmaxText(n!.TypeCast.arg, own);
}

/** The constant 0 as the compared side's type reads it: xid = int4 and the integers take the number, text the string '0'. */
function isZero(n: Node | undefined, left: 'xid' | 'text' | 'int' | undefined): boolean {
  const c = n?.A_Const;
  if (!c || !left) return false;
  const number = c.ival !== undefined && (c.ival.ival ?? 0) === 0;
  const text = c.sval?.sval === '0';
  return left === 'text' ? text : number || text;
}
