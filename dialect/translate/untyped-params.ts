/**
 * Parameters no context gives a type. PostgreSQL resolves an unknown parameter from where it
 * stands (a boolean operand is boolean, `abs($1)` takes float8, numeric's preferred type) and
 * refuses one it cannot resolve: `$1 + $2` (42725), `concat($1)` (42P18), `to_json($1)` (42804).
 * Whether it can depends on the types the client declared at Parse, which the translation does
 * not see: the refusals are kept with the translation, each with the parameters it is about,
 * and raised at Parse when the client declared none of them (wire/statements.ts).
 */
import { OID } from '../../pg/types/registry.js';
import { SqlState } from '../../pg/errors.js';
import type { EmitContext, UntypedParamError } from './emit-context.js';
import { type Node, isUnknownLiteral, names } from './parse.js';
import { argumentTypes } from './argument-types.js';

export type { UntypedParamError };

/** Operators with several numeric candidates and none preferred for two unknowns (42725). */
const AMBIGUOUS_OPERATORS = new Set(['+', '-', '*', '/', '%']);

/** Functions of "any" (or VARIADIC "any") arguments: the argument positions from which an unknown parameter stays untyped. */
const ANY_ARGUMENTS = new Map<string, number>([
  ['concat', 0],
  ['concat_ws', 1],
  ['format', 1],
  ['json_build_object', 0],
  ['json_build_array', 0],
  ['jsonb_build_object', 0],
  ['jsonb_build_array', 0],
  ['count', 0],
  ['pg_typeof', 0],
  ['num_nulls', 0],
  ['num_nonnulls', 0],
]);

/** Polymorphic (anyelement) functions, whose type an unknown argument cannot tell (42804). */
const POLYMORPHIC = new Set(['to_json', 'to_jsonb', 'json_agg', 'jsonb_agg', 'array_to_json']);

/** Functions whose candidates for unknown arguments span type categories (42725). */
const AMBIGUOUS_FUNCTIONS = new Set(['sum', 'avg', 'array_agg', 'trunc', 'to_char', 'date_trunc', 'extract', 'date_part']);

/** Functions whose one argument, unknown, resolves to float8 (numeric's preferred type). */
const FLOAT8_FUNCTIONS = new Set(['abs', 'ceil', 'ceiling', 'floor', 'round', 'sqrt', 'exp', 'ln', 'sign', 'cbrt', 'degrees', 'radians']);

/** make_interval's arguments by name, in its positional order. */
const MAKE_INTERVAL_NAMES = ['years', 'months', 'weeks', 'days', 'hours', 'mins', 'secs'];

/** The argument position an argument stands for: its own, or its name's (`make_interval(days => $1)`). */
function argumentPosition(name: string, a: Node, i: number): number {
  const named = a.NamedArgExpr?.name as string | undefined;
  return named !== undefined && name === 'make_interval' ? MAKE_INTERVAL_NAMES.indexOf(named) : i;
}

/** Arguments of the one type of another: lag's and lead's default is of the value's type, age's moments of one timestamp type, width_bucket's operand and bounds. */
function sameTypeParams(em: EmitContext, name: string, args: Node[]): void {
  // Not beside a numeric: a numeric parameter there would cost the value's display scale (1.50 printed 1.5), as coalesce's does.
  if ((name === 'lag' || name === 'lead') && args.length === 3 && em.typeOf(args[0]!)?.oid !== OID.numeric) commonTypeParams(em, [args[0]!, args[2]!]);
  // width_bucket(operand, low, high, count) of float8 or of numeric: numeric when one of the three is.
  if (name === 'width_bucket' && args.length === 4) {
    const bounds = args.slice(0, 3);
    const oid = bounds.some((a) => em.typeOf(a)?.oid === OID.numeric) ? OID.numeric : OID.float8;
    for (const a of bounds) {
      const p = untypedParam(em, a);
      if (p !== undefined) em.paramTypes.set(p, { oid, typmod: -1 });
    }
  }
  if (name === 'age' && args.length === 2) {
    // A date converts to either timestamp type: the other is then timestamptz, the preferred one.
    const typed = args.map((a) => em.typeOf(a)?.oid);
    if (typed.every((x) => x === undefined || x === OID.timestamp || x === OID.timestamptz)) commonTypeParams(em, args);
  }
}

/** Sets the types argument-types.ts gives a call's unknown parameters. */
function positionalParams(em: EmitContext, name: string, args: Node[]): void {
  const types = argumentTypes(name, args.length);
  if (!types) return;
  args.forEach((a, i) => {
    const p = untypedParam(em, a.NamedArgExpr?.arg ?? a);
    const oid = types[argumentPosition(name, a, i)];
    if (p === undefined || oid === undefined) return;
    em.paramTypes.set(p, { oid, typmod: -1 });
    em.functionParams.add(p);
  });
}

function untypedParam(em: EmitContext, n: Node | undefined): number | undefined {
  const p = n?.ParamRef?.number as number | undefined;
  return p !== undefined && !em.paramTypes.has(p) ? p : undefined;
}

function note(em: EmitContext, params: number[], code: string, message: string): void {
  em.untypedParams.push({ params, code, message });
}

/** Operands of AND, OR, NOT and the conditions of WHERE or CASE WHEN: an unknown parameter there is boolean. */
export function booleanParams(em: EmitContext, args: Node[]): void {
  for (const a of args) {
    const p = untypedParam(em, a);
    if (p !== undefined) em.paramTypes.set(p, { oid: OID.bool, typmod: -1 });
  }
}

/** A count (LIMIT, OFFSET, a ROWS or GROUPS frame offset): an unknown parameter there is a bigint, which pgx and asyncpg encode it as. */
export function countParam(em: EmitContext, n: Node): void {
  const p = untypedParam(em, n);
  if (p !== undefined) em.paramTypes.set(p, { oid: OID.int8, typmod: -1 });
}

/** COALESCE, GREATEST, LEAST: an unknown parameter takes the first typed argument's type (select_common_type). */
export function commonTypeParams(em: EmitContext, args: Node[]): void {
  const typed = args.find((a) => untypedParam(em, a) === undefined && !isUnknownLiteral(a) && !a.A_Const?.isnull && em.typeOf(a));
  const type = typed && em.typeOf(typed);
  if (!type) return;
  for (const a of args) {
    const p = untypedParam(em, a);
    // A parameter has no typmod: beside a numeric(10,2) it is a numeric of its own scale.
    if (p !== undefined) em.paramTypes.set(p, { oid: type.oid, typmod: type.oid === OID.numeric ? -1 : type.typmod });
  }
}

/** A unary or binary operator over unknown parameters, before its operands are typed by each other. */
export function operatorParams(em: EmitContext, op: string, l: Node | undefined, r: Node | undefined): void {
  const rp = untypedParam(em, r);
  if (rp === undefined) return;
  if (!l) {
    if (op === '-') note(em, [rp], SqlState.ambiguousFunction, 'operator is not unique: - unknown');
    if (op === '+') em.paramTypes.set(rp, { oid: OID.float8, typmod: -1 });
    return;
  }
  const lp = untypedParam(em, l);
  // unknown || unknown is textcat: text is the preferred type of the candidates' category.
  if (lp !== undefined && op === '||') for (const p of [lp, rp]) em.paramTypes.set(p, { oid: OID.text, typmod: -1 });
  if (lp !== undefined && AMBIGUOUS_OPERATORS.has(op)) note(em, [lp, rp], SqlState.ambiguousFunction, `operator is not unique: unknown ${op} unknown`);
}

/** A function call's unknown parameters: typed where PostgreSQL resolves them, noted where it refuses. */
export function functionParams(em: EmitContext, f: Node, args: Node[]): void {
  const fname = names(f.funcname);
  const name = fname.at(-1)!;
  const from = ANY_ARGUMENTS.get(name);
  if (from !== undefined) {
    args.forEach((a, i) => {
      const p = i >= from ? untypedParam(em, a) : undefined;
      if (p !== undefined) note(em, [p], SqlState.indeterminateDatatype, `could not determine data type of parameter $${p}`);
    });
    return;
  }
  positionalParams(em, name, args);
  sameTypeParams(em, name, args);
  const params = args.map((a) => untypedParam(em, a)).filter((p): p is number => p !== undefined);
  if (params.length === 0) return;
  if (POLYMORPHIC.has(name)) {
    note(em, params, SqlState.datatypeMismatch, 'could not determine polymorphic type because input has type unknown');
  } else if (AMBIGUOUS_FUNCTIONS.has(name) && args.every((a) => a.ParamRef || isUnknownLiteral(a))) {
    note(em, params, SqlState.ambiguousFunction, `function ${fname.join('.')}(${args.map(() => 'unknown').join(', ')}) is not unique`);
  } else if (FLOAT8_FUNCTIONS.has(name) && args.length === 1) {
    em.paramTypes.set(params[0]!, { oid: OID.float8, typmod: -1 });
  }
}

/** `$1 IS NULL`, `row($1)`: an unknown parameter with nothing to resolve it (42P18). */
export function indeterminateParam(em: EmitContext, n: Node): void {
  const p = untypedParam(em, n);
  if (p !== undefined) note(em, [p], SqlState.indeterminateDatatype, `could not determine data type of parameter $${p}`);
}

