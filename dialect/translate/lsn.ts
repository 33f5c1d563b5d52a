/**
 * pg_lsn's SQL (a count of WAL bytes, pg/types/lsn.ts): SQLite compares, sorts and takes min and
 * max of the integers as PostgreSQL does the positions, and subtracts them (pg_lsn - pg_lsn is
 * the numeric count of bytes between); adding or subtracting bytes is pg_lsn_add
 * (dialect/runtime/lsn-functions.ts), which rounds and checks the range as pg_lsn_pli does.
 */
import { parseLsn } from '../../pg/types/lsn.js';
import { OID, type PgTypeInfo } from '../../pg/types/registry.js';
import type { EmitContext } from './emit-context.js';
import { noOperator } from './no-function.js';
import { type Node, isUnknownLiteral } from './parse.js';
import { is, lsnResult } from './types.js';

const LSN: PgTypeInfo = { oid: OID.pg_lsn, typmod: -1 };
const NUMERIC: PgTypeInfo = { oid: OID.numeric, typmod: -1 };

/** The SQL of a cast to pg_lsn; undefined from a pg_lsn or to another type. */
export function lsnCast(arg: Node, sql: string, source: PgTypeInfo | null, target: PgTypeInfo): string | undefined {
  if (target.oid !== OID.pg_lsn || is(source, OID.pg_lsn)) return undefined;
  if (isUnknownLiteral(arg)) return String(parseLsn(String(arg.A_Const.sval?.sval ?? '')));
  // pg_lsn_in reads text; pg/types/casts.ts has refused the rest.
  return `pg_store(${sql}, ${OID.pg_lsn}, -1)`;
}

/** An arithmetic operator with a pg_lsn operand; undefined for the comparisons, which SQLite's own are right for. */
export function lsnOperator(em: EmitContext, op: string, ln: Node | undefined, rn: Node, l: string | undefined, r: string): string | undefined {
  if (!ln || (op !== '+' && op !== '-')) return undefined;
  // An untyped literal beside a position: a position after `-` (pg_lsn - pg_lsn takes it), a number after `+`.
  const read = (n: Node, other: Node): PgTypeInfo | null => (isUnknownLiteral(n) && op === '-' && is(em.typeOf(other), OID.pg_lsn) ? LSN : isUnknownLiteral(n) ? NUMERIC : em.typeOf(n));
  const [lt, rt] = [read(ln, rn), read(rn, ln)];
  if (!is(lt, OID.pg_lsn) && !is(rt, OID.pg_lsn)) return undefined;
  const sql = (n: Node, t: PgTypeInfo | null, s: string) => (isUnknownLiteral(n) && is(t, OID.pg_lsn) ? String(parseLsn(String(n.A_Const.sval?.sval ?? ''))) : s);
  const [a, b] = [sql(ln, lt, l!), sql(rn, rt, r)];
  const result = lsnResult(op, lt!, rt!);
  if (!result) throw noOperator(op, lt, rt);
  if (result.oid === OID.numeric) return `(${a} - ${b})`;
  return is(lt, OID.pg_lsn) ? `pg_lsn_add(${a}, ${b}, ${op === '+' ? 1 : -1})` : `pg_lsn_add(${b}, ${a}, 1)`;
}
