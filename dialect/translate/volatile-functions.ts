/**
 * Built-in functions PostgreSQL marks VOLATILE that evsql provides: each call may answer another
 * value, so an expression calling one must be evaluated where and as often as PostgreSQL would
 * (not once for several columns, not early for a data-modifying WITH query).
 */
export const VOLATILE_FUNCTIONS: ReadonlySet<string> = new Set([
  'random',
  'setseed',
  'nextval',
  'setval',
  'currval',
  'lastval',
  'gen_random_uuid',
  'uuid_generate_v4',
  'clock_timestamp',
  'timeofday',
  'txid_current',
  'pg_advisory_lock',
  'pg_try_advisory_lock',
]);

/** Whether a parse tree calls one of them anywhere. */
export function callsVolatile(n: unknown): boolean {
  if (n === null || typeof n !== 'object') return false;
  if (Array.isArray(n)) return n.some(callsVolatile);
  const call = (n as { FuncCall?: { funcname: Array<{ String?: { sval: string } }> } }).FuncCall;
  if (call && VOLATILE_FUNCTIONS.has(call.funcname.at(-1)?.String?.sval ?? '')) return true;
  return Object.values(n).some(callsVolatile);
}
