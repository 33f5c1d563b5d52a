/**
 * How the catalog prints a partitioned table's key (pg_get_partkeydef) and a partition's bound
 * (pg_class.relpartbound through pg_get_expr), from what CREATE TABLE recorded (markers.ts).
 */
import { quoteIdentifier, quoteLiteral } from '../../pg/ident.js';
import { OID } from '../../pg/types/registry.js';
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
