/**
 * The type an unknown argument takes at each position of functions that have one candidate there,
 * as PostgreSQL's function resolution gives it from the one signature that fits: `left($1, $2)` is
 * text, int4; `substr('abc', '2')` reads '2' as an integer (22P02 where it spells none). Unknown
 * parameters (untyped-params.ts, what Describe reports) and unknown literals (emit-expressions.ts,
 * a cast before the call) consult this one table. Keyed by name, or `name/arity` where arities
 * differ; checked against PostgreSQL 15's parameter_types. Positions left out resolve otherwise.
 */
import { OID } from '../../pg/types/registry.js';
import { OPERATOR_FUNCTIONS } from './operator-functions.js';

const { int4: I, int8: L, float8: F, numeric: N, text: T, bytea: B, bool: BOOL, regclass: R, inet: INET } = OID;

const ARGUMENT_TYPES = new Map<string, ReadonlyArray<number | undefined>>([
  ['substr', [T, I, I]],
  ['left', [T, I]],
  ['right', [T, I]],
  ['repeat', [T, I]],
  ['lpad', [T, I, T]],
  ['rpad', [T, I, T]],
  ['split_part', [T, T, I]],
  ['regexp_count', [T, T, I, T]],
  ['regexp_instr', [T, T, I, I, I, T, I]],
  ['regexp_substr', [T, T, I, I, T, I]],
  ['regexp_replace/5', [T, T, T, I, I]],
  ['regexp_replace/6', [T, T, T, I, I, T]],
  ['chr', [I]],
  ['get_byte', [B, I]],
  ['set_byte', [B, I, I]],
  ['get_bit', [B, L]],
  ['set_bit', [B, L, I]],
  ['encode', [B, T]],
  ['convert_from', [B, T]],
  ...['sha224', 'sha256', 'sha384', 'sha512'].map((f): [string, number[]] => [f, [B]]),
  ...['pg_relation_size', 'pg_table_size', 'pg_total_relation_size', 'pg_indexes_size'].map((f): [string, number[]] => [f, [R]]),
  ...['host', 'masklen', 'family', 'network', 'broadcast', 'netmask', 'hostmask'].map((f): [string, number[]] => [f, [INET]]),
  ['set_masklen', [INET, I]],
  ['pg_index_column_has_property', [R, I, T]],
  ['pg_index_has_property', [R, T]],
  ['pg_indexam_has_property', [OID.oid, T]],
  ['nextval', [R]],
  ['currval', [R]],
  ['setval', [R, L, BOOL]],
  ['make_date', [I, I, I]],
  ['make_time', [I, I, F]],
  ['make_timestamp', [I, I, I, I, I, F]],
  ['make_timestamptz', [I, I, I, I, I, F, T]],
  ['make_interval', [I, I, I, I, I, I, F]],
  ['round/2', [N, I]],
  ['trunc/2', [N, I]],
  ['to_timestamp/1', [F]],
  ['pg_sleep', [F]],
  ['width_bucket/4', [undefined, undefined, undefined, I]],
  ['ntile', [I]],
  ['nth_value', [undefined, I]],
  ['lag', [undefined, I]],
  ['lead', [undefined, I]],
  ['percentile_cont', [F]],
  ['percentile_disc', [F]],
  // jsonb_concat(doc, $1): the operator functions of one signature (jsonb_delete's second argument has two candidates)
  ...Object.entries(OPERATOR_FUNCTIONS).map(([name, [first, ...others]]): [string, readonly number[]] => [name, others.length ? first!.args.slice(0, 1) : first!.args]),
]);

/** The types of a call's argument positions that have one candidate, or undefined when the function has none. */
export function argumentTypes(name: string, arity: number): ReadonlyArray<number | undefined> | undefined {
  return ARGUMENT_TYPES.get(`${name}/${arity}`) ?? ARGUMENT_TYPES.get(name);
}
