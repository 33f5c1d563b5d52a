/**
 * Enum types (CREATE TYPE … AS ENUM) as evsql keeps them, shared by the translator and the
 * catalog. A type is a view of the main schema named `pg_enum:<name>` that yields nothing and
 * carries its labels and their sort orders in an annotation, so the type is in SQLite's schema
 * text: replicated with the DDL, covered by the state hash, undone by ROLLBACK like a table. A
 * column of the type is declared `TEXT /* evsql-enum-type: "<name>" *\/` (TEXT affinity: a label is
 * never read as a number; the annotation names the type) and holds the label itself.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { typedColumnType, typedColumnsOf } from './markers.js';
import { objectOid } from './oids.js';

const PREFIX = 'pg_enum:';
const LABELS = /\/\* evsql-enum: (\[.*\]) \*\//s;

export interface EnumType {
  name: string;
  /** In sort order, with PostgreSQL's enumsortorder (ALTER TYPE … ADD VALUE BEFORE/AFTER puts a value between two). */
  labels: Array<{ label: string; sortOrder: number }>;
}

export function isEnumView(relation: string): boolean {
  return relation.startsWith(PREFIX);
}

export function enumViewName(type: string): string {
  return PREFIX + type;
}

/** The SQLite statement that records the type. */
export function enumViewSql(e: EnumType, quote: (ident: string) => string): string {
  const labels = JSON.stringify(e.labels.map((l) => [l.label, l.sortOrder])).replace(/\*\//g, '*\\/');
  return `CREATE VIEW ${quote(enumViewName(e.name))} AS SELECT NULL AS label WHERE 0 /* evsql-enum: ${labels} */`;
}

/** The type a `pg_enum:` view's SQL records. */
export function readEnumView(relation: string, sql: string): EnumType {
  const m = LABELS.exec(sql);
  const pairs = m ? (JSON.parse(m[1]!) as Array<[string, number]>) : [];
  return { name: relation.slice(PREFIX.length), labels: pairs.map(([label, sortOrder]) => ({ label, sortOrder })) };
}

/** A column's SQLite type for an enum type, with the annotation naming the type. */
export function enumColumnType(type: string): string {
  return typedColumnType('enum', type);
}

/** The enum type a comment token after a column's type names, if it is that annotation. */
export function readEnumColumnMarker(comment: string): string | undefined {
  const m = /^\/\* evsql-enum-type: (".*") \*\/$/s.exec(comment);
  return m ? (JSON.parse(m[1]!) as string) : undefined;
}

/** The enum-typed columns of a CREATE TABLE text: column name → type name. */
export function enumColumnsOf(tableSql: string): Map<string, string> {
  return typedColumnsOf('enum', tableSql);
}

export function enumOid(type: string): number {
  return objectOid('type', type);
}

export function enumArrayOid(type: string): number {
  return objectOid('type', `_${type}`);
}

/** Room left above a type's first label OID, so its labels' OIDs stay below 2^31. */
const LABEL_OID_ROOM = 1 << 16;

/**
 * The OID of a type's label at a place in its sort order. PostgreSQL numbers the labels of CREATE
 * TYPE (and values added at the end) in sort order, and clients rely on it: SQLAlchemy reads an
 * enum's labels `ORDER BY e.oid`.
 */
export function enumLabelOid(type: string, place: number): number {
  const first = objectOid('enum', type);
  return first - (first >= 0x80000000 - LABEL_OID_ROOM ? LABEL_OID_ROOM : 0) + place;
}

/** enum_in's error for a value that is no label of the type. */
export function invalidEnumLabel(type: string, value: string): PgError {
  return new PgError(SqlState.invalidTextRepresentation, `invalid input value for enum ${type}: "${value}"`);
}

/**
 * Labels ALTER TYPE … ADD VALUE added in the session's open transaction block, by type:
 * PostgreSQL reads none of them until the block commits (check_safe_enum_use). Set around the
 * session's translations.
 */
let uncommitted: ReadonlyMap<string, ReadonlySet<string>> = new Map();

/** `fn` translated with these labels uncommitted. */
export function withUncommittedLabels<T>(labels: ReadonlyMap<string, ReadonlySet<string>>, fn: () => T): T {
  const before = uncommitted;
  uncommitted = labels;
  try {
    return fn();
  } finally {
    uncommitted = before;
  }
}

/** What translations are cached under besides the text: the uncommitted labels, '' for none. */
export function uncommittedLabelsKey(): string {
  return uncommitted.size ? JSON.stringify([...uncommitted].map(([type, labels]) => [type, [...labels]])) : '';
}

function unsafeUse(type: string, label: string): PgError {
  return new PgError(SqlState.unsafeNewEnumValueUsage, `unsafe use of new value "${label}" of enum type ${type}`, { hint: 'New enum values must be committed before they can be used.' });
}

/** enum_in of a literal: 22P02 for no label of the type, 55P04 for one not committed yet. */
export function checkEnumLabel(e: EnumType, label: string): void {
  if (!e.labels.some((l) => l.label === label)) throw invalidEnumLabel(e.name, label);
  if (uncommitted.get(e.name)?.has(label)) throw unsafeUse(e.name, label);
}

/** enum_in of a value known when the statement runs (pg_enum_in, dialect/runtime/sql-functions.ts). */
export function enumInSql(value: string, e: EnumType, quote: (text: string) => string): string {
  const pending = uncommitted.get(e.name);
  const unsafe = pending?.size ? `, ${quote(JSON.stringify([...pending]))}` : '';
  return `pg_enum_in(${value}, ${quote(e.name)}, ${quote(JSON.stringify(e.labels.map((l) => l.label)))}${unsafe})`;
}

/** pg_enum_in's check of a label the statement did not write, where the translation named uncommitted ones. */
export function checkUnsafeLabel(type: string, label: string, unsafe: string[]): void {
  if (unsafe.includes(label)) throw unsafeUse(type, label);
}
