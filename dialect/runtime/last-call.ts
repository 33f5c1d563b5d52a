/**
 * A function that answers its last call again when called with the same arguments in the same
 * state. SQLite evaluates an expression with now() in it once per row, since now() is not
 * deterministic to it, though it is constant in a statement: `WHERE created_at > now() - interval
 * '7 days'` computed the same timestamp for every row of the scan (20–25 µs a row).
 */
import type { SqliteValue } from '../../pg/types/registry.js';

/** Longer texts are not kept: the comparison and the retained value would cost more than they save. */
const MAX_KEPT_TEXT = 256;

/** `state()`: what else the result depends on (the session's zone); compared with ===. */
export function lastCall(impl: (...args: SqliteValue[]) => SqliteValue, state: () => unknown): (...args: SqliteValue[]) => SqliteValue {
  let lastArgs: SqliteValue[] | undefined;
  let lastState: unknown;
  let lastResult: SqliteValue = null;
  return (...args) => {
    const now = state();
    if (lastArgs && now === lastState && args.length === lastArgs.length && args.every((a, i) => a === lastArgs![i])) return lastResult;
    const result = impl(...args);
    const keep = args.every((a) => typeof a !== 'string' ? !Buffer.isBuffer(a) : a.length <= MAX_KEPT_TEXT);
    lastArgs = keep ? args : undefined;
    lastState = now;
    lastResult = result;
    return result;
  };
}
