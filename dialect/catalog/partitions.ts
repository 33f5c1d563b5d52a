/**
 * How the catalog prints a partitioned table's key (pg_get_partkeydef) and a partition's bound
 * (pg_class.relpartbound through pg_get_expr), from what CREATE TABLE recorded (markers.ts).
 */
import { quoteIdentifier, quoteLiteral } from '../../pg/ident.js';
import type { PartitionKey } from './markers.js';

type Datum = Record<string, any>;

export function partitionKeyText(key: PartitionKey): string {
  return `${key.strategy.toUpperCase()} (${key.columns.map(quoteIdentifier).join(', ')})`;
}

function datumText(d: Datum): string {
  const word = d.ColumnRef?.fields?.[0]?.String?.sval as string | undefined;
  if (word) return word.toUpperCase();
  const c = d.A_Const ?? {};
  if (c.isnull) return 'NULL';
  if (c.ival) return String(c.ival.ival ?? 0);
  if (c.fval) return String(c.fval.fval);
  if (c.boolval) return c.boolval.boolval ? 'true' : 'false';
  return quoteLiteral(String(c.sval?.sval ?? ''));
}

/** The bound as pg_get_expr prints it: `FOR VALUES FROM (…) TO (…)`, `FOR VALUES IN (…)`, `FOR VALUES WITH (…)`, `DEFAULT`. */
export function partitionBoundText(bound: Datum): string {
  if (bound.is_default) return 'DEFAULT';
  const list = (ds: Datum[]) => `(${ds.map(datumText).join(', ')})`;
  if (bound.strategy === 'l') return `FOR VALUES IN ${list(bound.listdatums)}`;
  if (bound.strategy === 'h') return `FOR VALUES WITH (modulus ${bound.modulus}, remainder ${bound.remainder ?? 0})`;
  return `FOR VALUES FROM ${list(bound.lowerdatums)} TO ${list(bound.upperdatums)}`;
}
