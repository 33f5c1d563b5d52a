import { PgError, SqlState } from '../../pg/errors.js';
import { OID, formatType, type PgTypeInfo } from '../../pg/types/registry.js';
import type { EmitContext } from './emit-context.js';
import type { Node } from './parse.js';
import { isUnknownLiteral } from './types.js';

/** 42883 as PostgreSQL words it: the call's argument types (`unknown` for an untyped literal) in the name. */
export function noFunction(name: string, args: Array<PgTypeInfo | null>): PgError {
  return noFunctionOf(name, args.map((x) => formatType(x?.oid ?? OID.unknown, -1)));
}

/** 42883 naming the call's arguments as written out (`unknown`, `nosuch => integer`); a CALL's names a procedure. */
export function noFunctionOf(name: string, args: string[], noun: 'function' | 'procedure' = 'function'): PgError {
  return new PgError(SqlState.undefinedFunction, `${noun} ${name}(${args.join(', ')}) does not exist`, {
    hint: `No ${noun} matches the given name and argument types. You might need to add explicit type casts.`,
  });
}

/** noFunction for a call: each argument's type as the expression has it, an untyped literal's as `unknown`. */
export function noFunctionCall(em: EmitContext, name: string, args: Node[]): PgError {
  return noFunction(name, args.map((a) => (isUnknownLiteral(a) ? null : em.typeOf(a))));
}

/** 42883 for an operator, its operands' types in the message (`prefix`: one operand, on the right; `named`: a type the registry does not know, an enum). */
export function noOperator(op: string, l: PgTypeInfo | null, r: PgTypeInfo | null, prefix = false, named: (oid: number) => string | undefined = () => undefined): PgError {
  const shown = (t: PgTypeInfo | null) => named(t?.oid ?? OID.unknown) ?? formatType(t?.oid ?? OID.unknown, -1);
  const operands = prefix ? `${op} ${shown(r)}` : `${shown(l)} ${op} ${shown(r)}`;
  return new PgError(SqlState.undefinedFunction, `operator does not exist: ${operands}`, {
    hint: `No operator matches the given name and argument type${prefix ? '' : 's'}. You might need to add explicit type casts.`,
  });
}
