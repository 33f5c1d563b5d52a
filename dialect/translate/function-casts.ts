/**
 * A type's name called as a function of one argument (`date(created_at)`, `int4('12')`,
 * `text(5)`): PostgreSQL's functions of those names are its casts, and where none takes the
 * argument's type it coerces as a cast does (func_get_detail's FUNCDETAIL_COERCION). Rewritten
 * to the casts they are, which keep the function's name for their result column (`asFunction`).
 */
import type { Node } from './parse.js';
import { names } from './parse.js';

const CAST_FUNCTIONS = new Set(['int2', 'int4', 'int8', 'float4', 'float8', 'date', 'text', 'bool', 'timestamptz', 'bpchar']);

/** Only statements whose text calls one are walked. */
const CALLS_ONE = /\b(int[248]|float[48]|date|text|bool|timestamptz|bpchar)\s*\(/i;

export function withFunctionCasts(text: string, node: Node): Node {
  if (!CALLS_ONE.test(text)) return node;
  const walk = (n: Node): Node => {
    if (n === null || typeof n !== 'object') return n;
    if (Array.isArray(n)) return n.map(walk);
    const f = n.FuncCall;
    const fname = f ? names(f.funcname) : [];
    const name = fname.at(-1)!;
    if (f && CAST_FUNCTIONS.has(name) && (fname.length === 1 || fname[0] === 'pg_catalog') && f.args?.length === 1 && !f.over && !f.agg_star && !f.agg_distinct && !f.agg_order && !f.agg_filter && !f.func_variadic) {
      return { TypeCast: { arg: walk(f.args[0]), typeName: { names: [{ String: { sval: 'pg_catalog' } }, { String: { sval: name } }], typemod: -1, location: -1 }, location: f.location, asFunction: name } };
    }
    return Object.fromEntries(Object.entries(n).map(([k, v]) => [k, walk(v)]));
  };
  return walk(node);
}
