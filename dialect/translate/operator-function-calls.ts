/**
 * A call of an operator's function (operator-functions.ts) translated as the operator: the
 * signature its arguments take, untyped literals read as that signature's types.
 */
import { OID, formatType, type PgTypeInfo } from '../../pg/types/registry.js';
import type { EmitContext } from './emit-context.js';
import { noFunctionCall } from './no-function.js';
import { OPERATOR_FUNCTIONS, type Signature } from './operator-functions.js';
import { type Node, isUnknownLiteral, parseTypeName } from './parse.js';

const { text: TEXT, int4: INT, text_array: TEXTS } = OID;

/** The implicit casts these signatures' arguments take (a varchar is text, an int2 an int4). */
const IMPLICIT: Readonly<Record<number, readonly number[]>> = {
  [TEXT]: [OID.varchar, OID.bpchar, OID.name],
  [INT]: [OID.int2],
  [TEXTS]: [OID.varchar_array],
};

function takes(declared: number, given: Node, type: PgTypeInfo | null): boolean {
  return isUnknownLiteral(given) || !type || type.oid === OID.unknown || type.oid === declared || !!IMPLICIT[declared]?.includes(type.oid);
}

function fits(s: Signature, args: Node[], types: Array<PgTypeInfo | null>): boolean {
  const declared = (i: number) => s.args[Math.min(i, s.args.length - 1)]!;
  if (s.variadic ? args.length < s.args.length : args.length !== s.args.length) return false;
  return args.every((a, i) => takes(declared(i), a, types[i] ?? null));
}

/** The first signature that fits, preferring one whose typed arguments match exactly (an int4 index is not a text key). */
function resolve(signatures: readonly Signature[], args: Node[], types: Array<PgTypeInfo | null>): Signature | undefined {
  const fitting = signatures.filter((s) => fits(s, args, types));
  const exact = fitting.find((s) => args.every((a, i) => isUnknownLiteral(a) || types[i]?.oid === s.args[Math.min(i, s.args.length - 1)]));
  return exact ?? fitting[0];
}

const cast = (n: Node, oid: number): Node => ({ TypeCast: { arg: n, typeName: parseTypeName(formatType(oid, -1)) } });

/** The call as its operator's SQL, or undefined when `name` is no operator's function. */
export function operatorFunctionCall(em: EmitContext, name: string, args: Node[]): string | undefined {
  const signatures = OPERATOR_FUNCTIONS[name];
  if (!signatures) return undefined;
  const types = args.map((a) => (isUnknownLiteral(a) ? null : em.typeOf(a)));
  const s = resolve(signatures, args, types);
  if (!s) throw noFunctionCall(em, name, args);
  const operand = (n: Node, oid: number) => (isUnknownLiteral(n) ? cast(n, oid) : n);
  const right = s.variadic ? cast({ A_ArrayExpr: { elements: args.slice(1).map((a) => operand(a, TEXT)) } }, TEXTS) : operand(args[1]!, s.args[1]!);
  return em.expr({ A_Expr: { kind: 'AEXPR_OP', name: [{ String: { sval: s.op } }], lexpr: operand(args[0]!, s.args[0]!), rexpr: right } });
}
