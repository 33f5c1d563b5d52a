/**
 * generate_series over timestamps, dates read as timestamptz: in FROM (table-functions.ts) and
 * LATERAL over an earlier item's columns (catalog-queries.ts), as the table-valued function every
 * replica registers (pg_generate_series_time).
 */
import { OID, type PgTypeInfo } from '../../pg/types/registry.js';
import type { EmitContext } from './emit-context.js';
import type { Node } from './parse.js';

/** The series type of generate_series over timestamps: timestamp, or timestamptz (dates are read as timestamptz). */
export function timeSeriesType(em: EmitContext, f: Node): PgTypeInfo | undefined {
  const args = (f.args ?? []) as Node[];
  if (args.length !== 3) return undefined;
  // An untyped literal takes the other bound's type (`generate_series(ts, '2024-05-31', …)` is over timestamps).
  const types = args.slice(0, 2).filter((a) => a.A_Const?.sval === undefined).map((a) => em.typeOf(a)?.oid);
  if (types.length && types.every((t) => t === OID.timestamp)) return { oid: OID.timestamp, typmod: -1 };
  return types.some((t) => t === OID.timestamp || t === OID.timestamptz || t === OID.date) ? { oid: OID.timestamptz, typmod: -1 } : undefined;
}

/** generate_series(start, stop, interval) over timestamps as the table-valued function; undefined for numbers. */
export function timeSeries(em: EmitContext, f: Node): string | undefined {
  const type = timeSeriesType(em, f);
  if (!type) return undefined;
  const tz = type.oid === OID.timestamptz;
  // A date is its midnight: for timestamptz, in the session's zone.
  const bound = (a: Node) => (em.typeOf(a)?.oid !== OID.date ? em.expr(a) : tz ? `pg_local_tstz((${em.expr(a)}) || ' 00:00:00')` : `(${em.expr(a)}) || ' 00:00:00'`);
  const [start, stop, step] = f.args as Node[];
  return `pg_generate_series_time(${bound(start!)}, ${bound(stop!)}, ${em.expr(step!)}, ${tz ? 1 : 0})`;
}
