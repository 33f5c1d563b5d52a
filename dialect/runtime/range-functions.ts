/**
 * The range types' functions and operators (rangetypes.c) over ranges stored as range_out's text
 * (pg/types/range.ts): the constructors, lower(), upper(), isempty() and the bound tests,
 * range_merge(), range_cmp's order and key, the containment, position and adjacency operators,
 * `+`, `*`, `-`, and range_intersect_agg().
 */
import type Database from 'better-sqlite3';
import { storeValue } from '../../pg/coerce.js';
import { PgError, SqlState } from '../../pg/errors.js';
import {
  compareRanges, containsElement, elementText, formatRange, makeRange, numericInputText, parseRange, rangeDifference, rangeFlags, rangeIntersection, rangeKey, rangeSubtype, rangeTest, rangeUnion, type Range,
} from '../../pg/types/range.js';
import { OID, type SqliteValue } from '../../pg/types/registry.js';
import { canonical, compareMultiranges, formatMultirange, merged, multirangeContainsElement, multirangeKey, multirangeOperation, multirangeRange, multirangeTest, parseMultirange } from '../../pg/types/multirange.js';
import { decodeTextParam } from '../../pg/types/text-format.js';
import { text } from './arguments.js';

const range = (v: SqliteValue, oid: SqliteValue): Range => parseRange(text(v), Number(oid), decodeTextParam);

/**
 * A value as an element of the range type: assigned as to a column of the element type, a
 * numeric given as text (a result column's, at its display scale) read with its digits.
 */
function element(v: SqliteValue, subtype: number): string {
  return subtype === OID.numeric && typeof v === 'string' ? numericInputText(v) : elementText(storeValue(v, subtype, -1), subtype);
}

const bool = (b: boolean) => (b ? 1n : 0n);

export function registerRangeFunctions(db: Database.Database): void {
  const options = { deterministic: true, safeIntegers: true, varargs: true };
  const strict = (name: string, f: (...args: SqliteValue[]) => SqliteValue) =>
    db.function(name, options, ((...args: SqliteValue[]) => (args.some((a) => a === null) ? null : f(...args))) as (...args: unknown[]) => unknown);
  // The constructors are not strict: a NULL bound is an unbounded side; NULL flags are refused.
  db.function('pg_range_make', options, ((oid: SqliteValue, lower: SqliteValue, upper: SqliteValue, flags: SqliteValue) => {
    if (flags === null) throw new PgError(SqlState.dataException, 'range constructor flags argument must not be null');
    const [lowerInc, upperInc] = rangeFlags(text(flags));
    const subtype = rangeSubtype(Number(oid));
    const bound = (v: SqliteValue, inclusive: boolean) => ({ value: v === null ? null : element(v, subtype), inclusive });
    return formatRange(makeRange(Number(oid), bound(lower, lowerInc), bound(upper, upperInc)));
  }) as (...args: unknown[]) => unknown);
  strict('pg_range_in', (v, oid) => formatRange(range(v, oid)));
  strict('pg_range_key', (v, oid) => rangeKey(Number(oid), range(v, oid)));
  strict('pg_range_cmp', (a, b, oid) => BigInt(compareRanges(Number(oid), range(a, oid), range(b, oid))));
  strict('pg_range_test', (op, a, b, oid) => bool(rangeTest(text(op), Number(oid), range(a, oid), range(b, oid))));
  strict('pg_range_has', (r, v, oid) => bool(containsElement(Number(oid), range(r, oid), element(v, rangeSubtype(Number(oid))))));
  strict('pg_range_op', (op, a, b, oid) => {
    const [x, y, o] = [range(a, oid), range(b, oid), Number(oid)];
    switch (text(op)) {
      case '+':
        return formatRange(rangeUnion(o, x, y, true));
      case 'merge':
        return formatRange(rangeUnion(o, x, y, false));
      case '*':
        return formatRange(rangeIntersection(o, x, y));
      default:
        return formatRange(rangeDifference(o, x, y));
    }
  });
  strict('pg_range_fn', (name, v, oid) => {
    const r = range(v, oid);
    switch (text(name)) {
      case 'lower':
        return r.lower.value === null ? null : decodeTextParam(r.lower.value, rangeSubtype(Number(oid)));
      case 'upper':
        return r.upper.value === null ? null : decodeTextParam(r.upper.value, rangeSubtype(Number(oid)));
      case 'lower_text':
        return r.lower.value;
      case 'upper_text':
        return r.upper.value;
      case 'isempty':
        return bool(r.empty);
      case 'lower_inc':
        return bool(r.lower.inclusive);
      case 'upper_inc':
        return bool(r.upper.inclusive);
      case 'lower_inf':
        return bool(!r.empty && r.lower.value === null);
      default:
        return bool(!r.empty && r.upper.value === null);
    }
  });
  // An EXCLUDE constraint's conflict (translate/exclusion.ts): the row being written and the one it
  // meets, or, where the constraint is being added, two rows there.
  db.function('pg_exclusion_violation', options, ((name: SqliteValue, table: SqliteValue, keys: SqliteValue, mine: SqliteValue, theirs: SqliteValue, creating: SqliteValue) => {
    const message = creating ? `could not create exclusion constraint "${text(name)}"` : `conflicting key value violates exclusion constraint "${text(name)}"`;
    throw new PgError(SqlState.exclusionViolation, message, {
      detail: `Key (${text(keys)})=(${text(mine)}) conflicts with ${creating ? '' : 'existing '}key (${text(keys)})=(${text(theirs)}).`,
      schema: 'public',
      table: text(table),
      constraint: text(name),
    });
  }) as (...args: unknown[]) => unknown);
  const multirange = (v: SqliteValue, oid: SqliteValue): Range[] => parseMultirange(text(v), Number(oid), decodeTextParam);
  const rangeOf = (oid: SqliteValue) => multirangeRange(Number(oid));
  strict('pg_multirange_in', (v, oid) => formatMultirange(multirange(v, oid)));
  strict('pg_multirange_of', (v, oid) => formatMultirange(canonical(Number(oid), [range(v, oid)])));
  // multirange_constructor1 is strict; the variadic one refuses a NULL member.
  db.function('pg_multirange_make', options, ((oid: SqliteValue, ...ranges: SqliteValue[]) => {
    if (ranges.length === 1 && ranges[0] === null) return null;
    if (ranges.some((r) => r === null)) throw new PgError(SqlState.nullValueNotAllowed, 'multirange values cannot contain null members');
    return formatMultirange(canonical(rangeOf(oid), ranges.map((r) => range(r, rangeOf(oid)))));
  }) as (...args: unknown[]) => unknown);
  strict('pg_multirange_key', (v, oid) => multirangeKey(rangeOf(oid), multirange(v, oid)));
  strict('pg_multirange_cmp', (a, b, oid) => BigInt(compareMultiranges(rangeOf(oid), multirange(a, oid), multirange(b, oid))));
  strict('pg_multirange_test', (op, a, b, oid) => bool(multirangeTest(text(op), rangeOf(oid), multirange(a, oid), multirange(b, oid))));
  strict('pg_multirange_has', (m, v, oid) => bool(multirangeContainsElement(rangeOf(oid), multirange(m, oid), element(v, rangeSubtype(rangeOf(oid))))));
  strict('pg_multirange_op', (op, a, b, oid) => formatMultirange(multirangeOperation(text(op), rangeOf(oid), multirange(a, oid), multirange(b, oid))));
  strict('pg_multirange_fn', (name, v, oid) => {
    const m = multirange(v, oid);
    const r = rangeOf(oid);
    const [first, last] = [m[0], m.at(-1)];
    switch (text(name)) {
      case 'range_merge':
        return formatRange(merged(r, m));
      case 'isempty':
        return bool(m.length === 0);
      case 'lower':
        return first?.lower.value == null ? null : decodeTextParam(first.lower.value, rangeSubtype(r));
      case 'upper':
        return last?.upper.value == null ? null : decodeTextParam(last.upper.value, rangeSubtype(r));
      case 'lower_text':
        return first?.lower.value ?? null;
      case 'upper_text':
        return last?.upper.value ?? null;
      case 'lower_inc':
        return bool(!!first?.lower.inclusive);
      case 'upper_inc':
        return bool(!!last?.upper.inclusive);
      case 'lower_inf':
        return bool(!!first && first.lower.value === null);
      default:
        return bool(!!last && last.upper.value === null);
    }
  });
  // range_agg: the union of its ranges as a multirange, NULL ranges skipped; NULL of none.
  db.aggregate<{ acc: Range[] | null; oid: number }>('pg_range_agg', {
    start: () => ({ acc: null, oid: 0 }),
    step: ((state: { acc: Range[] | null; oid: number }, v: SqliteValue, oid: SqliteValue) => (v === null ? state : { acc: [...(state.acc ?? []), range(v, oid)], oid: Number(oid) })) as never,
    result: (state) => (state.acc === null ? null : formatMultirange(canonical(state.oid, state.acc))),
    safeIntegers: true,
  });
  db.aggregate<{ acc: Range | null }>('pg_range_intersect_agg', {
    start: () => ({ acc: null }),
    step: ((state: { acc: Range | null }, v: SqliteValue, oid: SqliteValue) => {
      if (v === null) return state;
      const r = range(v, oid);
      return { acc: state.acc === null ? r : rangeIntersection(Number(oid), state.acc, r) };
    }) as never,
    result: (state) => (state.acc === null ? null : formatRange(state.acc)),
    safeIntegers: true,
  });
}
