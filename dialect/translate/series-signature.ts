/**
 * generate_series's signatures, which evsql's one series function would otherwise take any
 * arguments to: integers or numerics with an optional step of their type, or timestamps with an
 * interval step.
 */
import { OID, type PgTypeInfo } from '../../pg/types/registry.js';
import type { EmitContext } from './emit-context.js';
import { noFunctionCall } from './no-function.js';
import { type Node, names } from './parse.js';
import { isNullLiteral, isUnknownLiteral } from './types.js';

const NUMBERS = new Set<number>([OID.int2, OID.int4, OID.int8, OID.numeric]);
const TIMES = new Set<number>([OID.date, OID.timestamp, OID.timestamptz]);

/**
 * 42883 for a generate_series in FROM (or moved there from the select list) that no signature
 * takes: a float (whose cast to numeric is no implicit one), a number step between dates, or dates
 * without a step.
 */
export function checkSeriesSignatures(em: EmitContext, r: Node): void {
  for (const f of r.functions as Node[]) {
    const call = (f.List?.items as Node[] | undefined)?.[0]?.FuncCall;
    if (!call || names(call.funcname).at(-1) !== 'generate_series') continue;
    const args = (call.args ?? []) as Node[];
    const types = args.map((a) => (isUnknownLiteral(a) || isNullLiteral(a) || a.ParamRef ? null : em.typeOf(a)));
    const is = (t: PgTypeInfo | null | undefined, kinds: Set<number>) => !t || kinds.has(t.oid);
    const [start, stop, step] = types;
    const overTimes = [start, stop].some((t) => t && TIMES.has(t.oid));
    const matches = overTimes ? args.length === 3 && is(start, TIMES) && is(stop, TIMES) && (!step || step.oid === OID.interval) : types.every((t) => is(t, NUMBERS));
    if (!matches) throw noFunctionCall(em, 'generate_series', args);
  }
}
