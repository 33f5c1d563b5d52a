/**
 * The types of range expressions (types.ts asks here): the constructors', the range functions',
 * and the operators' over ranges. Their SQL is ranges.ts's.
 */
import { multirangeOf, multirangeRange } from '../../pg/types/multirange.js';
import { rangeSubtype } from '../../pg/types/range.js';
import { OID, type PgTypeInfo } from '../../pg/types/registry.js';

export function isRange(t: PgTypeInfo | null | undefined): boolean {
  return !!t && rangeSubtype(t.oid) !== 0;
}

export function isMultirange(t: PgTypeInfo | null | undefined): boolean {
  return !!t && multirangeRange(t.oid) !== 0;
}

/** The multirange types' constructors, by name. */
export const MULTIRANGE_CONSTRUCTORS: Record<string, number> = {
  int4multirange: OID.int4multirange, int8multirange: OID.int8multirange, nummultirange: OID.nummultirange, tsmultirange: OID.tsmultirange, tstzmultirange: OID.tstzmultirange, datemultirange: OID.datemultirange,
};

export const TESTS = new Set(['@>', '<@', '&&', '<<', '>>', '&<', '&>', '-|-']);

export const CONSTRUCTORS: Record<string, number> = { int4range: OID.int4range, int8range: OID.int8range, numrange: OID.numrange, tsrange: OID.tsrange, tstzrange: OID.tstzrange, daterange: OID.daterange };

/** Functions of one range. */
export const RANGE_FUNCTIONS = new Set(['lower', 'upper', 'isempty', 'lower_inc', 'upper_inc', 'lower_inf', 'upper_inf']);

/** The result type of an operator with a range on one side; undefined when it is none of the range's. */
export function rangeOperatorType(op: string, lt: PgTypeInfo | null, rt: PgTypeInfo | null): PgTypeInfo | undefined {
  if (TESTS.has(op)) return { oid: OID.bool, typmod: -1 };
  if (op === '+' || op === '*' || op === '-') return (isMultirange(lt) ? lt : isMultirange(rt) ? rt : isRange(lt) ? lt : rt) ?? undefined;
  return undefined;
}

/** The result type of a range function; undefined when `name` is none or its argument no range. `userConstructor`: the user range `name` makes. */
export function rangeFunctionType(name: string, first: PgTypeInfo | null, userConstructor?: number): PgTypeInfo | undefined {
  if (userConstructor !== undefined) return { oid: userConstructor, typmod: -1 };
  if (CONSTRUCTORS[name] !== undefined) return { oid: CONSTRUCTORS[name], typmod: -1 };
  if (MULTIRANGE_CONSTRUCTORS[name] !== undefined) return { oid: MULTIRANGE_CONSTRUCTORS[name], typmod: -1 };
  if ((name === 'multirange' || name === 'range_agg') && isRange(first) && multirangeOf(first!.oid)) return { oid: multirangeOf(first!.oid), typmod: -1 };
  if (isMultirange(first)) {
    const range = multirangeRange(first!.oid);
    if (name === 'lower' || name === 'upper') return { oid: rangeSubtype(range), typmod: -1 };
    if (RANGE_FUNCTIONS.has(name)) return { oid: OID.bool, typmod: -1 };
    return name === 'range_merge' ? { oid: range, typmod: -1 } : undefined;
  }
  if (!isRange(first)) return undefined;
  if (name === 'lower' || name === 'upper') return { oid: rangeSubtype(first!.oid), typmod: -1 };
  if (RANGE_FUNCTIONS.has(name)) return { oid: OID.bool, typmod: -1 };
  return name === 'range_merge' || name === 'range_intersect_agg' ? first! : undefined;
}
