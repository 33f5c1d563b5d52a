/**
 * The rows each partition of a partitioned table takes, as conditions on the parent's columns
 * (PostgreSQL's partition constraints): what the partitions' views select, what a write of the
 * parent checks (partitions.ts), and which partition a row read of the parent is in (its tableoid).
 */
import { formatType } from '../../pg/types/registry.js';
import { objectOid } from '../catalog/oids.js';
import type { Node } from './parse.js';
import type { TableInfo, TranslatorSchema } from './schema.js';

/** MINVALUE or MAXVALUE in a range bound, as the parser gives them. */
export function infinite(d: Node): 'minvalue' | 'maxvalue' | undefined {
  const word = d.ColumnRef?.fields.length === 1 ? (d.ColumnRef.fields[0].String?.sval as string | undefined) : undefined;
  return word === 'minvalue' || word === 'maxvalue' ? word : undefined;
}

function column(name: string, ref: string | null): Node {
  return { ColumnRef: { fields: [...(ref ? [{ String: { sval: ref } }] : []), { String: { sval: name } }] } };
}

function typed(d: Node, table: TableInfo, name: string): Node {
  const type = table.column(name)!.type;
  return { TypeCast: { arg: d, typeName: { names: formatType(type.oid, type.typmod).split('.').map((p) => ({ String: { sval: p } })), typemod: -1 } } };
}

function op(name: string, l: Node, r: Node): Node {
  return { A_Expr: { kind: 'AEXPR_OP', name: [{ String: { sval: name } }], lexpr: l, rexpr: r } };
}

export function and(args: Node[]): Node {
  return args.length === 1 ? args[0]! : { BoolExpr: { boolop: 'AND_EXPR', args } };
}

export function or(args: Node[]): Node {
  return args.length === 1 ? args[0]! : { BoolExpr: { boolop: 'OR_EXPR', args } };
}

export function isNull(e: Node, not: boolean): Node {
  return { NullTest: { arg: e, nulltesttype: not ? 'IS_NOT_NULL' : 'IS_NULL' } };
}

/** The rows a bound takes, as PostgreSQL's partition constraint: a range's keys not null and between its datums, a hash's hash. */
export function boundCondition(table: TableInfo, bound: Node, ref: string | null): Node {
  const keys = table.partitioned!.columns;
  if (bound.strategy === 'h') {
    const int = (ival: number) => ({ A_Const: { ival: { ival } } });
    return { FuncCall: { funcname: [{ String: { sval: 'evsql_hash_partition' } }], args: [int(bound.modulus), int(bound.remainder ?? 0), ...keys.map((k) => column(k, ref))], funcformat: 'COERCE_EXPLICIT_CALL' } };
  }
  if (bound.strategy === 'l') {
    const datums = bound.listdatums as Node[];
    const values = datums.filter((d) => !d.A_Const.isnull).map((d) => typed(d, table, keys[0]!));
    const parts: Node[] = [];
    if (values.length) parts.push({ A_Expr: { kind: 'AEXPR_IN', name: [{ String: { sval: '=' } }], lexpr: column(keys[0]!, ref), rexpr: { List: { items: values } } } });
    if (values.length < datums.length) parts.push(isNull(column(keys[0]!, ref), false));
    return or(parts);
  }
  // (k1, …) >= lower and (k1, …) < upper, written out column by column as row comparison does.
  const side = (datums: Node[], i: number, strict: '>' | '<', last: boolean): Node | boolean => {
    if (i === datums.length) return last;
    const inf = infinite(datums[i]!);
    if (inf) return inf === (strict === '>' ? 'minvalue' : 'maxvalue');
    const k = column(keys[i]!, ref);
    const v = typed(datums[i]!, table, keys[i]!);
    const rest = side(datums, i + 1, strict, last);
    const past = op(strict, k, v);
    if (rest === false) return past;
    return or([past, and([op('=', k, v), ...(rest === true ? [] : [rest])])]);
  };
  const parts: Node[] = keys.map((k) => isNull(column(k, ref), true));
  for (const s of [side(bound.lowerdatums, 0, '>', true), side(bound.upperdatums, 0, '<', false)]) {
    if (s === false) parts.push({ A_Const: { boolval: {} } });
    else if (s !== true) parts.push(s);
  }
  return and(parts);
}

/** A default partition's rows: those no other partition takes, NULL keys included. */
export function defaultCondition(table: TableInfo, siblings: Node[]): Node {
  if (!siblings.length) return { A_Const: { boolval: { boolval: true } } };
  const taken = or(siblings.map((b) => boundCondition(table, b, null)));
  return { BoolExpr: { boolop: 'NOT_EXPR', args: [{ CoalesceExpr: { args: [taken, { A_Const: { boolval: {} } }] } }] } };
}

/**
 * A partitioned table's tableoid, in the terms of `ref`: the OID of the partition the row's key
 * puts it in (a partitioned partition's own partition's), which is what PostgreSQL's row says it
 * was read from.
 */
export function partitionedTableoid(schema: TranslatorSchema, table: TableInfo, ref: string): Node {
  const partitions = schema.partitionsOf(table.name);
  const oidOf = (p: TableInfo): Node => (p.partitioned ? partitionedTableoid(schema, p, ref) : { TypeCast: { arg: { A_Const: { sval: { sval: String(objectOid('class', p.sqlName)) } } }, typeName: { names: [{ String: { sval: 'oid' } }], typemod: -1 } } });
  const bound = (p: TableInfo) => p.writes!.partition!.bound as Node;
  const fallback = partitions.find((p) => bound(p).is_default);
  const args = partitions.filter((p) => p !== fallback).map((p) => ({ CaseWhen: { expr: boundCondition(table, bound(p), ref), result: oidOf(p) } }));
  if (!args.length) return fallback ? oidOf(fallback) : { A_Const: { isnull: true } };
  return { CaseExpr: { args, defresult: fallback ? oidOf(fallback) : { A_Const: { isnull: true } } } };
}
