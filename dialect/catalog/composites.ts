/**
 * Composite types (CREATE TYPE … AS (…)) as evsql keeps them, shared by the translator and the
 * catalog. A type is a view of the main schema named `pg_composite:<name>` that yields nothing and
 * carries its attributes in an annotation, so the type is in SQLite's schema text: replicated
 * with the DDL, covered by the state hash, undone by ROLLBACK like a table. A column of the type
 * is declared `TEXT /* evsql-composite-type: "<name>" *\/` and holds the text record_out prints of
 * the value: its output text as PostgreSQL sends it, from which a field is read back by its type's
 * input (dialect/runtime's pg_record_field).
 */
import { typedColumnType, typedColumnsOf } from './markers.js';
import { objectOid } from './oids.js';

const PREFIX = 'pg_composite:';
const ATTRIBUTES = /\/\* evsql-composite: (\[.*\]) \*\//s;

export interface CompositeAttribute {
  name: string;
  oid: number;
  typmod: number;
  /** As format_type prints it, which parses back to the type (`character varying(20)`). */
  typeText: string;
}

export interface CompositeType {
  name: string;
  attributes: CompositeAttribute[];
}

export function isCompositeView(relation: string): boolean {
  return relation.startsWith(PREFIX);
}

export function compositeViewName(type: string): string {
  return PREFIX + type;
}

/** The SQLite statement that records the type. */
export function compositeViewSql(c: CompositeType, quote: (ident: string) => string): string {
  const attributes = JSON.stringify(c.attributes.map((a) => [a.name, a.oid, a.typmod, a.typeText])).replace(/\*\//g, '*\\/');
  return `CREATE VIEW ${quote(compositeViewName(c.name))} AS SELECT NULL AS attribute WHERE 0 /* evsql-composite: ${attributes} */`;
}

/** The type a `pg_composite:` view's SQL records. */
export function readCompositeView(relation: string, sql: string): CompositeType {
  const m = ATTRIBUTES.exec(sql);
  const rows = m ? (JSON.parse(m[1]!) as Array<[string, number, number, string]>) : [];
  return { name: relation.slice(PREFIX.length), attributes: rows.map(([name, oid, typmod, typeText]) => ({ name, oid, typmod, typeText })) };
}

/** A column's SQLite type for a composite type, with the annotation naming the type. */
export function compositeColumnType(type: string): string {
  return typedColumnType('composite', type);
}

/** The composite-typed columns of a CREATE TABLE text: column name → type name. */
export function compositeColumnsOf(tableSql: string): Map<string, string> {
  return typedColumnsOf('composite', tableSql);
}

export function compositeOid(type: string): number {
  return objectOid('type', type);
}

/** The OID of the type's array type, `_name`, as PostgreSQL makes one with each composite type. */
export function compositeArrayOid(type: string): number {
  return objectOid('type', `_${type}`);
}

/** The pg_class row PostgreSQL makes for the type (relkind 'c'), which pg_type's typrelid names. */
export function compositeRelOid(type: string): number {
  return objectOid('class', compositeViewName(type));
}
