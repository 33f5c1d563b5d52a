/**
 * inet and cidr functions and operators (network.c), over values stored as their output text
 * (pg/types/inet.ts): text(), host(), masklen(), family(), abbrev(), network(), broadcast(),
 * netmask(), hostmask(), set_masklen(), inet_same_family(), inet_merge(), `<<`, `<<=`, `>>`,
 * `>>=`, `&&`, `+`, `-`, and network_cmp's order for ORDER BY, comparisons, min and max.
 */
import type Database from 'better-sqlite3';
import { PgError, SqlState } from '../../pg/errors.js';
import {
  abbrevCidr, addToInet, broadcastOf, formatInet, hostText, inetBits, inetDifference, inetSortKey, inetTextWithWidth, maskOf, networkOf, overlaps, storedInet, withMaskLength, within,
} from '../../pg/types/inet.js';
import type { SqliteValue } from '../../pg/types/registry.js';
import { text } from './arguments.js';

const inet = (v: SqliteValue) => storedInet(text(v));

/** Whether a value of sort key `key` comes strictly after (sign 1) or before (-1) the best so far: the first of equals stays. */
const beats = (key: string, best: string, sign: 1 | -1) => (sign > 0 ? key > best : key < best);

export function registerInetFunctions(db: Database.Database): void {
  const options = { deterministic: true, safeIntegers: true, varargs: true };
  const strict = (name: string, f: (...args: SqliteValue[]) => SqliteValue) =>
    db.function(name, options, ((...args: SqliteValue[]) => (args.some((a) => a === null) ? null : f(...args))) as (...args: unknown[]) => unknown);
  strict('pg_inet_text', (v) => inetTextWithWidth(inet(v)));
  strict('pg_inet_host', (v) => hostText(inet(v)));
  strict('pg_inet_masklen', (v) => BigInt(inet(v).bits));
  strict('pg_inet_family', (v) => BigInt(inet(v).family));
  strict('pg_inet_abbrev', (v, cidr) => (cidr ? abbrevCidr(inet(v)) : formatInet(inet(v), false)));
  strict('pg_inet_network', (v) => formatInet(networkOf(inet(v)), true));
  strict('pg_inet_broadcast', (v) => formatInet(broadcastOf(inet(v)), false));
  strict('pg_inet_mask', (v, host) => formatInet(maskOf(inet(v), !!host), false));
  strict('pg_inet_set_masklen', (v, bits, cidr) => formatInet(withMaskLength(inet(v), Number(bits), !!cidr), !!cidr));
  strict('pg_inet_same_family', (a, b) => (inet(a).family === inet(b).family ? 1n : 0n));
  strict('pg_inet_merge', (a, b) => {
    const [x, y] = [inet(a), inet(b)];
    if (x.family !== y.family) throw new PgError(SqlState.invalidParameterValue, 'cannot merge addresses from different families');
    let bits = Math.min(x.bits, y.bits);
    while (bits > 0 && !overlaps({ ...x, bits }, { ...y, bits })) bits--;
    return formatInet(networkOf({ ...x, bits }), true);
  });
  strict('pg_inet_key', (v) => inetSortKey(inet(v)));
  strict('pg_inet_op', (op, a, b) => {
    const [x, y] = [inet(a), inet(b)];
    switch (text(op)) {
      case '<<':
        return within(x, y, false) ? 1n : 0n;
      case '<<=':
        return within(x, y, true) ? 1n : 0n;
      case '>>':
        return within(y, x, false) ? 1n : 0n;
      case '>>=':
        return within(y, x, true) ? 1n : 0n;
      default:
        return overlaps(x, y) ? 1n : 0n;
    }
  });
  strict('pg_inet_add', (v, n) => formatInet(addToInet(inet(v), BigInt(n as bigint)), false));
  strict('pg_inet_sub', (a, b) => inetDifference(inet(a), inet(b)));
  // inetnot, inetand, inetor: an inet of the family, the wider netmask of the two.
  db.function('pg_inet_bits', { deterministic: true, safeIntegers: true }, ((op: SqliteValue, a: SqliteValue, b: SqliteValue) => {
    if (a === null || (op !== '~' && b === null)) return null;
    return formatInet(inetBits(text(op) as '~' | '&' | '|', inet(a), op === '~' ? undefined : inet(b)), false);
  }) as (...args: unknown[]) => unknown);
  // GREATEST and LEAST skip NULLs; all NULL is NULL.
  for (const [name, sign] of [['pg_inet_least', -1], ['pg_inet_greatest', 1]] as const) {
    db.function(name, options, ((...args: SqliteValue[]) => {
      let best: { value: SqliteValue; key: string } | null = null;
      for (const v of args) {
        if (v === null) continue;
        const key = inetSortKey(inet(v));
        if (best === null || beats(key, best.key, sign)) best = { value: v, key };
      }
      return best?.value ?? null;
    }) as (...args: unknown[]) => unknown);
  }
  for (const [name, sign] of [['pg_inet_min', -1], ['pg_inet_max', 1]] as const) {
    db.aggregate<{ best: string | null; key: string }>(name, {
      start: () => ({ best: null, key: '' }),
      step: ((state: { best: string | null; key: string }, v: SqliteValue) => {
        if (v === null) return state;
        const key = inetSortKey(inet(v));
        return state.best === null || beats(key, state.key, sign) ? { best: text(v), key } : state;
      }) as never,
      result: (state) => state.best,
      safeIntegers: true,
    });
  }
}
