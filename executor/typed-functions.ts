/**
 * evsql's SQL functions whose behaviour follows PostgreSQL's types rather than SQLite's, registered
 * on every connection of every replica; the translator picks them from the operand types
 * (proxy/sql/types.ts, proxy/sql/normalize.ts). Assignment coercion of values written to typed
 * columns, numeric division at PostgreSQL's scale, date/time and interval arithmetic, text output
 * of typed values, and the jsonb operators beyond -> and ->>. Deterministic.
 */
import type Database from 'better-sqlite3';
import { storeValue } from '../proxy/coerce.js';
import * as dt from '../proxy/datetime.js';
import { type Decimal, add, decimalText, divide, toDecimal } from '../proxy/decimal.js';
import { PgError, SqlState } from '../proxy/errors.js';
import { OID, decodeTextParam, encodeText, formatType, type SqliteValue } from '../proxy/pgtypes.js';

function text(v: SqliteValue): string {
  return v === null ? '' : Buffer.isBuffer(v) ? v.toString('utf8') : String(v);
}

function num(v: SqliteValue): number {
  return typeof v === 'bigint' ? Number(v) : typeof v === 'number' ? v : Number(text(v));
}

function jsonOf(v: SqliteValue): unknown {
  try {
    return JSON.parse(text(v));
  } catch {
    throw new PgError(SqlState.invalidTextRepresentation, 'invalid input syntax for type json');
  }
}

/** jsonb's text: keys sorted and spaced as PostgreSQL prints them. */
function jsonbText(v: unknown): string {
  return decodeTextParam(JSON.stringify(v), OID.jsonb) as string;
}

interface AvgState {
  sum: Decimal;
  count: bigint;
}

function decimal(v: SqliteValue, scale: SqliteValue): Decimal {
  const d = toDecimal(v, Number(scale));
  if (!d) throw new PgError(SqlState.featureNotSupported, 'division of NaN or infinite numerics is not supported by evsql');
  return d;
}

/** format()'s %s, %I, %L and %%. */
function format(fmt: string, args: SqliteValue[]): string {
  let next = 0;
  return fmt.replace(/%(?:(\d+)\$)?([sIL%])/g, (_m, pos: string | undefined, kind: string) => {
    if (kind === '%') return '%';
    const i = pos !== undefined ? Number(pos) - 1 : next++;
    if (i >= args.length) throw new PgError(SqlState.invalidParameterValue, 'too few arguments for format()');
    const v = args[i]!;
    if (kind === 's') return v === null ? '' : text(v);
    if (kind === 'I') {
      if (v === null) throw new PgError(SqlState.nullValueNotAllowed, 'null values cannot be formatted as an SQL identifier');
      const s = text(v);
      return /^[a-z_][a-z0-9_$]*$/.test(s) ? s : `"${s.replace(/"/g, '""')}"`;
    }
    return v === null ? 'NULL' : `'${text(v).replace(/'/g, "''")}'`;
  });
}

export function registerTypedFunctions(db: Database.Database): void {
  const fn = (name: string, impl: (...args: SqliteValue[]) => SqliteValue, varargs = false) =>
    db.function(name, { deterministic: true, safeIntegers: true, varargs }, impl as (...args: unknown[]) => unknown);
  /** A function of non-null arguments: null in, null out, as PostgreSQL's strict functions. */
  const strict = (name: string, impl: (...args: SqliteValue[]) => SqliteValue) =>
    fn(name, (...args) => (args.some((a) => a === null) ? null : impl(...args)), true);

  fn('pg_store', (v, oid, typmod) => storeValue(v, Number(oid), Number(typmod)));
  // Casting to text prints booleans as words; the output function (concat, format) as t/f.
  fn('pg_text', (v, oid, typmod) => (v === null ? null : Number(oid) === OID.bool ? (v ? 'true' : 'false') : encodeText(v, Number(oid), Number(typmod))));
  fn('pg_output', (v, oid, typmod) => encodeText(v, Number(oid), Number(typmod)));
  strict('pg_cast_chars', (v, oid, typmod) => {
    // An explicit cast to varchar(n)/char(n) truncates, where assignment refuses.
    let s = text(v);
    const n = Number(typmod) - 4;
    if (n > 0 && s.length > n) s = [...s].slice(0, n).join('');
    return Number(oid) === OID.bpchar ? s.replace(/ +$/, '') : s;
  });

  strict('pg_fdiv', (a, b) => {
    const d = num(b);
    if (d === 0) throw new PgError(SqlState.divisionByZero, 'division by zero');
    return num(a) / d;
  });
  strict('pg_numeric_div', (a, b, sa, sb) => decimalText(divide(decimal(a, sa), decimal(b, sb))));
  const avgStep = (sign: 1n | -1n) => (state: AvgState, v: SqliteValue): AvgState => {
    if (v === null) return state;
    const d = decimal(v, -1);
    return { sum: add(state.sum, { units: sign * d.units, scale: d.scale }), count: state.count + sign };
  };
  // The typings model the step's value as an element of the state; SQLite passes the argument.
  db.aggregate<AvgState>('pg_avg_numeric', {
    start: () => ({ sum: { units: 0n, scale: 0 }, count: 0n }),
    step: avgStep(1n) as never,
    inverse: avgStep(-1n) as never,
    result: (state) => (state.count === 0n ? null : decimalText(divide(state.sum, { units: state.count, scale: 0 }))),
    safeIntegers: true,
  });

  strict('pg_date_add', (d, n) => dt.datePlusDays(text(d), num(n)));
  strict('pg_date_diff', (a, b) => BigInt(dt.dateMinusDate(text(a), text(b))));
  strict('pg_date_add_interval', (d, iv, sign) => dt.datePlusInterval(text(d), text(iv), num(sign)));
  strict('pg_date_time', (d, t) => dt.dateAtTime(text(d), text(t)));
  strict('pg_timestamp_add', (ts, iv, sign, tz) => dt.timestampPlusInterval(text(ts), text(iv), num(sign), num(tz) !== 0));
  strict('pg_timestamp_diff', (a, b, tz) => dt.timestampMinusTimestamp(text(a), text(b), num(tz) !== 0));
  strict('pg_time_add', (t, iv, sign) => dt.timePlusInterval(text(t), text(iv), num(sign)));
  strict('pg_interval_add', (a, b, sign) => dt.intervalPlusInterval(text(a), text(b), num(sign)));
  strict('pg_interval_mul', (iv, f) => dt.intervalTimes(text(iv), num(f)));
  strict('pg_interval_div', (iv, d) => dt.intervalDividedBy(text(iv), num(d)));
  strict('pg_interval_cmp', (a, b) => BigInt(dt.intervalCompare(text(a), text(b))));
  strict('pg_extract_field', (field, v, kind) => dt.extractField(text(field), text(v), text(kind) as 'date'));
  strict('pg_age', (a, b, tz) => dt.age(text(a), text(b), num(tz) !== 0));
  strict('pg_justify_hours', (iv) => dt.justifyHours(text(iv)));
  strict('pg_justify_days', (iv) => dt.justifyDays(text(iv)));
  strict('pg_make_date', (y, m, d) => decodeTextParam(`${num(y)}-${num(m)}-${num(d)}`, OID.date));
  strict('pg_to_timestamp', (epoch) => encodeText(new Date(num(epoch) * 1000).toISOString().replace('T', ' ').replace('Z', '+00'), OID.timestamptz));
  strict('pg_regtype_name', (oid) => formatType(num(oid), -1));

  strict('pg_jsonb_concat', (a, b) => {
    const x = jsonOf(a);
    const y = jsonOf(b);
    if (x && y && typeof x === 'object' && typeof y === 'object' && !Array.isArray(x) && !Array.isArray(y)) return jsonbText({ ...x, ...y });
    return jsonbText([...(Array.isArray(x) ? x : [x]), ...(Array.isArray(y) ? y : [y])]);
  });
  strict('pg_jsonb_delete', (a, key) => {
    const x = jsonOf(a);
    if (Array.isArray(x)) return jsonbText(typeof key === 'bigint' ? x.filter((_, i) => BigInt(i) !== key) : x.filter((e) => e !== text(key)));
    if (x && typeof x === 'object') return jsonbText(Object.fromEntries(Object.entries(x).filter(([k]) => k !== text(key))));
    throw new PgError(SqlState.invalidParameterValue, 'cannot delete from scalar');
  });
  strict('pg_jsonb_exists', (a, key) => {
    const x = jsonOf(a);
    const k = text(key);
    if (Array.isArray(x)) return x.some((e) => e === k) ? 1n : 0n;
    return x && typeof x === 'object' && Object.prototype.hasOwnProperty.call(x, k) ? 1n : 0n;
  });
  strict('pg_json_path', (a, path) => {
    let v: unknown = jsonOf(a);
    for (const k of text(path).replace(/^\{|\}$/g, '').split(',').filter((p) => p !== '')) {
      if (v === null || typeof v !== 'object') return null;
      v = Array.isArray(v) ? v[Number(k) < 0 ? v.length + Number(k) : Number(k)] : (v as Record<string, unknown>)[k];
      if (v === undefined) return null;
    }
    return jsonbText(v);
  });
  fn('pg_format', (f, ...args) => (f === null ? null : format(text(f), args)), true);
}
