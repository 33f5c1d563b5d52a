/**
 * Range types of the user's (CREATE TYPE … AS RANGE) as evsql keeps them, shared by the translator
 * and the catalog. As an enum (enums.ts), a type is a view of the main schema, `pg_range:<name>`,
 * that yields nothing and carries the type in an annotation: replicated with the DDL, covered by
 * the state hash, undone by ROLLBACK. A column of the type is declared with the type's name (its
 * values, range_out's text, start with a bracket or are `empty`: no affinity reads them as numbers).
 */
import { objectOid } from './oids.js';

const PREFIX = 'pg_range:';
const DEFINITION = /\/\* evsql-range: (\{.*\}) \*\//s;

export interface UserRange {
  name: string;
  subtype: number;
  /** pg_range.rngsubdiff's function name; '' for none. */
  subdiff: string;
  /** The multirange type PostgreSQL makes beside it. */
  multirange: string;
  /** pg_range.rngcollation: 0 for a subtype without collation, 100 the default, 950 "C", 951 "POSIX". */
  collation: number;
}

export function isRangeView(relation: string): boolean {
  return relation.startsWith(PREFIX);
}

export function rangeViewName(type: string): string {
  return PREFIX + type;
}

export function rangeViewSql(r: UserRange, quote: (ident: string) => string): string {
  const definition = JSON.stringify({ subtype: r.subtype, subdiff: r.subdiff, multirange: r.multirange, collation: r.collation }).replace(/\*\//g, '*\\/');
  return `CREATE VIEW ${quote(rangeViewName(r.name))} AS SELECT NULL AS range WHERE 0 /* evsql-range: ${definition} */`;
}

export function readRangeView(relation: string, sql: string): UserRange {
  const m = DEFINITION.exec(sql);
  const d = (m ? JSON.parse(m[1]!) : {}) as Partial<UserRange>;
  return { name: relation.slice(PREFIX.length), subtype: d.subtype ?? 0, subdiff: d.subdiff ?? '', multirange: d.multirange ?? '', collation: d.collation ?? 0 };
}

export function userRangeOid(type: string): number {
  return objectOid('type', type);
}

export function userRangeArrayOid(type: string): number {
  return objectOid('type', `_${type}`);
}

export function multirangeOid(r: UserRange): number {
  return objectOid('type', r.multirange);
}

export function multirangeArrayOid(r: UserRange): number {
  return objectOid('type', `_${r.multirange}`);
}

/** makeMultirangeTypeName: `range` in the name becomes `multirange`, else `_multirange` is appended. */
export function multirangeName(type: string): string {
  return type.includes('range') ? type.replace('range', 'multirange') : `${type}_multirange`;
}
