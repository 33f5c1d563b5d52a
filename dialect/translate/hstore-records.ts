/**
 * hstore's populate_record(r, h) and r #= h, read field by field: `(p #= 'age=>41').age`.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { formatType } from '../../pg/types/registry.js';
import type { EmitContext } from './emit-context.js';
import { type Node, names, parseTypeName } from './parse.js';

/**
 * A field of populate_record(r, h) or of r #= h (`(p #= 'age=>41').age`): h's value of that key
 * read as the field's type, r's field where h lacks the key, as populate_record fills the record.
 * `r` is a FROM item's whole row or a NULL of a table's row type. The expression it is; undefined
 * for another node.
 */
export function hstoreRecordField(em: EmitContext, n: Node): Node | undefined {
  const field = (n.A_Indirection.indirection as Node[]).length === 1 ? (n.A_Indirection.indirection[0].String?.sval as string | undefined) : undefined;
  if (field === undefined || !em.schema.hasExtension('hstore')) return undefined;
  const arg = n.A_Indirection.arg as Node;
  const call = arg.FuncCall && names(arg.FuncCall.funcname).at(-1) === 'populate_record' && (arg.FuncCall.args ?? []).length === 2 ? (arg.FuncCall.args as Node[]) : undefined;
  const operator = arg.A_Expr && names(arg.A_Expr.name ?? []).at(-1) === '#=' ? [arg.A_Expr.lexpr as Node, arg.A_Expr.rexpr as Node] : undefined;
  const [record, given] = call ?? operator ?? [];
  if (!record || !given) return undefined;
  const h = { TypeCast: { arg: given, typeName: { names: [{ String: { sval: 'hstore' } }], typemod: -1 } } };
  const ref = record.ColumnRef ? names(record.ColumnRef.fields) : [];
  const whole = ref.length === 1 ? em.scope?.wholeRowValue(ref[0]!) : undefined;
  const nullOf = record.TypeCast?.arg?.A_Const?.isnull ? names(record.TypeCast.typeName.names) : undefined;
  const table = nullOf && nullOf.length === 1 ? em.schema.lookupTable(nullOf[0]!) : undefined;
  const columns = whole?.columns ?? (table && !table.view ? table.columns : undefined);
  if (!columns) return undefined;
  const column = columns.find((c) => c.name === field);
  if (!column?.type) throw new PgError(SqlState.undefinedColumn, `column "${field}" not found in data type ${whole ? ref[0] : nullOf!.join('.')}`);
  const key = { A_Const: { sval: { sval: field } } };
  const value = { TypeCast: { arg: { A_Expr: { kind: 'AEXPR_OP', name: [{ String: { sval: '->' } }], lexpr: h, rexpr: key } }, typeName: parseTypeName(formatType(column.type.oid, column.type.typmod)) } };
  const own = whole ? { ColumnRef: { fields: [{ String: { sval: ref[0] } }, { String: { sval: field } }] } } : { A_Const: { isnull: true } };
  const has = { A_Expr: { kind: 'AEXPR_OP', name: [{ String: { sval: '?' } }], lexpr: h, rexpr: key } };
  return { CaseExpr: { args: [{ CaseWhen: { expr: has, result: value } }], defresult: own } };
}
