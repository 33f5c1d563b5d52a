/**
 * How the catalog prints a partitioned table's key (pg_get_partkeydef) and a partition's bound
 * (pg_class.relpartbound through pg_get_expr), from what CREATE TABLE recorded (markers.ts).
 */
import { quoteIdentifier, quoteLiteral } from '../../pg/ident.js';
import { OID, formatType } from '../../pg/types/registry.js';
import type { PartitionKey } from './markers.js';

type Datum = Record<string, any>;

export function partitionKeyText(key: PartitionKey): string {
  return `${key.strategy.toUpperCase()} (${key.columns.map(quoteIdentifier).join(', ')})`;
}

/**
 * A datum as its key type's output function gives it back: an integer unquoted and without its
 * spelling's zeros, a timestamp to the second; anything else as it was written.
 */
function datumText(d: Datum, type: number | undefined): string {
  const word = d.ColumnRef?.fields?.[0]?.String?.sval as string | undefined;
  if (word) return word.toUpperCase();
  const c = d.A_Const ?? {};
  if (c.isnull) return 'NULL';
  const written = c.sval ? String(c.sval.sval ?? '') : undefined;
  if (type !== undefined && INTEGER_TYPES.has(type) && (c.ival || /^\s*[-+]?\d+\s*$/.test(written ?? ''))) return String(BigInt(c.ival ? Number(c.ival.ival ?? 0) : written!.trim()));
  if (type === OID.timestamp && written !== undefined) {
    const time = /^(\d{4}-\d{2}-\d{2})(?: (\d{2}:\d{2})(:\d{2})?)?$/.exec(written);
    if (time) return quoteLiteral(`${time[1]} ${time[2] ?? '00:00'}${time[3] ?? ':00'}`);
  }
  if (c.ival) return String(c.ival.ival ?? 0);
  if (c.fval) return String(c.fval.fval);
  if (c.boolval) return c.boolval.boolval ? 'true' : 'false';
  return quoteLiteral(written ?? '');
}

const INTEGER_TYPES = new Set<number>([OID.int2, OID.int4, OID.int8]);

/**
 * The bound as pg_get_expr prints it: `FOR VALUES FROM (…) TO (…)`, `FOR VALUES IN (…)`,
 * `FOR VALUES WITH (…)`, `DEFAULT`; `types`, the key columns' type OIDs, where known.
 */
export function partitionBoundText(bound: Datum, types: readonly (number | undefined)[] = []): string {
  if (bound.is_default) return 'DEFAULT';
  const list = (ds: Datum[]) => `(${ds.map((d, i) => datumText(d, types[bound.strategy === 'l' ? 0 : i])).join(', ')})`;
  if (bound.strategy === 'l') return `FOR VALUES IN ${list(bound.listdatums)}`;
  if (bound.strategy === 'h') return `FOR VALUES WITH (modulus ${bound.modulus}, remainder ${bound.remainder ?? 0})`;
  return `FOR VALUES FROM ${list(bound.lowerdatums)} TO ${list(bound.upperdatums)}`;
}

/**
 * A key datum as a constant of its key's type in ruleutils.c's get_const_expr: an int4 or a
 * numeric with a point bare, anything else quoted and cast to the type.
 */
function constantText(d: Datum, type: number): string {
  const c = d.A_Const ?? {};
  const written = c.ival ? String(c.ival.ival ?? 0) : c.fval ? String(c.fval.fval) : c.boolval ? String(!!c.boolval.boolval) : String(c.sval?.sval ?? '');
  // An integer as its type's output function gives it back: `'07'` is 7.
  const value = INTEGER_TYPES.has(type) && /^\s*[-+]?\d+\s*$/.test(written) ? String(BigInt(written.trim())) : written;
  if (type === OID.int4 && /^\d+$/.test(value)) return value;
  if (type === OID.numeric && /^\d/.test(value) && /[.eE]/.test(value)) return value;
  if (type === OID.bool) return value;
  return `${quoteLiteral(value)}::${formatType(type, -1)}`;
}

/**
 * The partition constraint of a bound, as pg_get_partition_constraintdef prints it
 * (partbounds.c's get_qual_for_list/range/hash, deparsed): `key` the parent's key columns,
 * `types` their type OIDs, `parentOid` the parent's OID (a hash bound's), `siblings` the other
 * partitions' bounds (a default partition's constraint is none of theirs).
 */
export function partitionConstraintText(bound: Datum, key: readonly string[], types: readonly number[], parentOid: number, siblings: readonly Datum[]): string {
  const col = key.map(quoteIdentifier);
  if (bound.strategy === 'h') return `satisfies_hash_partition('${parentOid}'::oid, ${bound.modulus}, ${bound.remainder ?? 0}, ${col.join(', ')})`;
  if (bound.is_default) {
    const others = siblings.filter((b) => !b.is_default);
    if (!others.length) return '';
    if (others[0]!.strategy === 'l') return `(NOT ${listQual({ strategy: 'l', listdatums: others.flatMap((b) => b.listdatums as Datum[]) }, col[0]!, types[0]!, true)})`;
    // get_qual_for_range for a default partition: the keys not null, and some sibling's range.
    const ranges = others.map((b) => rangeSides(b, col, types)).map((sides) => (sides.length === 1 ? sides[0]! : `(${sides.join(' AND ')})`));
    return `(NOT (${[...col.map((c) => `(${c} IS NOT NULL)`), ranges.length === 1 ? ranges[0]! : `(${ranges.join(' OR ')})`].join(' AND ')}))`;
  }
  return bound.strategy === 'l' ? listQual(bound, col[0]!, types[0]!, false) : rangeQual(bound, col, types);
}

/**
 * `(k IS NOT NULL) AND (k = ANY (ARRAY[…]))`, NULL taken as `(k IS NULL) OR …`: a partition's
 * values as it lists them, a default partition's (`sort`) in the key's order, as PostgreSQL's
 * bound info holds them; each value once.
 */
function listQual(bound: Datum, col: string, type: number, sort: boolean): string {
  const datums = bound.listdatums as Datum[];
  const values = [...new Map(datums.filter((d) => !d.A_Const?.isnull).map((d) => [constantText(d, type), d])).keys()];
  const nulls = values.length < datums.length;
  const numeric = (t: string) => Number(t.replace(/^'|'::.*$/g, ''));
  const textual = type === OID.text || type === OID.varchar || type === OID.bpchar || type === OID.date || type === OID.timestamp || type === OID.timestamptz;
  const sorted = !sort ? values : textual ? values.sort() : values.sort((a, b) => numeric(a) - numeric(b));
  const test = sorted.length === 1 ? `(${col} = ${sorted[0]})` : `(${col} = ANY (ARRAY[${sorted.join(', ')}]))`;
  if (!sorted.length) return `(${col} IS NULL)`;
  return nulls ? `((${col} IS NULL) OR ${test})` : `((${col} IS NOT NULL) AND ${test})`;
}

/** Every key NOT NULL, then the lower and the upper bound written out column by column. */
function rangeQual(bound: Datum, col: string[], types: readonly number[]): string {
  const quals = [...col.map((c) => `(${c} IS NOT NULL)`), ...rangeSides(bound, col, types)];
  return quals.length === 1 ? quals[0]! : `(${quals.join(' AND ')})`;
}

/** The tests of a range's lower and upper bounds (none for MINVALUE and MAXVALUE). */
function rangeSides(bound: Datum, col: string[], types: readonly number[]): string[] {
  const word = (d: Datum) => d.ColumnRef?.fields?.[0]?.String?.sval as string | undefined;
  // (k1, …) >= lower and (k1, …) < upper, written out as row comparison does; past a MINVALUE
  // or MAXVALUE nothing more is tested.
  const side = (datums: Datum[], lower: boolean, i = 0): string | undefined => {
    if (i >= datums.length || word(datums[i]!)) return undefined;
    const v = constantText(datums[i]!, types[i]!);
    if (i === datums.length - 1) return `(${col[i]} ${lower ? '>=' : '<'} ${v})`;
    const next = word(datums[i + 1]!);
    if (next) return `(${col[i]} ${lower ? (next === 'minvalue' ? '>=' : '>') : next === 'maxvalue' ? '<=' : '<'} ${v})`;
    return `((${col[i]} ${lower ? '>' : '<'} ${v}) OR ((${col[i]} = ${v}) AND ${side(datums, lower, i + 1)}))`;
  };
  // Leading columns both bounds give the same value are tested once, for equality.
  const [lower, upper] = [bound.lowerdatums as Datum[], bound.upperdatums as Datum[]];
  let equal = 0;
  while (equal < lower.length - 1 && !word(lower[equal]!) && !word(upper[equal]!) && constantText(lower[equal]!, types[equal]!) === constantText(upper[equal]!, types[equal]!)) equal++;
  const equalities = lower.slice(0, equal).map((d, i) => `(${col[i]} = ${constantText(d, types[i]!)})`);
  return [...equalities, side(lower, true, equal), side(upper, false, equal)].filter((q): q is string => q !== undefined);
}
