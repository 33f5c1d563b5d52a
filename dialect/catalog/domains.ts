/**
 * Domains made with CREATE DOMAIN, as evsql keeps them: a view of the main schema named
 * `pg_domain:<name>` that yields nothing and carries the definition in an annotation, as enum
 * types are kept (enums.ts), so a domain is replicated, hashed and undone like other DDL. A column
 * of the domain is a column of its base type with the domain's default and, for its NOT NULL and
 * each CHECK, a CHECK constraint named `evsql-domain:["<domain>", "<constraint>"|null]`: SQLite
 * enforces them on every write, the catalog shows them as the domain's, and a violation is
 * reported as PostgreSQL reports a domain's (executor/sqlite-errors.ts).
 */
import { objectOid } from './oids.js';

const PREFIX = 'pg_domain:';
const DEFINITION = /\/\* evsql-domain: (\{.*\}) \*\//s;
const CONSTRAINT_PREFIX = 'evsql-domain:';

/** A parse-tree node, kept as JSON. */
type Tree = Record<string, unknown>;

export interface DomainCheck {
  name: string;
  /** The CHECK expression's node, VALUE a column reference named `value`. */
  expr: Tree;
  /** As pg_get_constraintdef prints it: `CHECK ((VALUE > 0))`, pretty and plain. */
  display: { pretty: string; plain: string } | null;
}

export interface DomainType {
  name: string;
  /** The base type's TypeName node, and the type it denotes. */
  base: Tree;
  baseOid: number;
  baseTypmod: number;
  /** The DEFAULT expression's node, and its text as PostgreSQL prints it. */
  default: Tree | null;
  defaultText: string | null;
  notNull: boolean;
  checks: DomainCheck[];
}

/** After the DEFAULT a column takes from its domain: PostgreSQL's column has none of its own (pg_attrdef). */
export const DOMAIN_DEFAULT_MARKER = '/* evsql: domain default */';

export function isDomainView(relation: string): boolean {
  return relation.startsWith(PREFIX);
}

export function domainViewName(name: string): string {
  return PREFIX + name;
}

export function domainViewSql(d: DomainType, quote: (ident: string) => string): string {
  const text = JSON.stringify(d).replace(/\*\//g, '*\\/');
  return `CREATE VIEW ${quote(domainViewName(d.name))} AS SELECT NULL AS value WHERE 0 /* evsql-domain: ${text} */`;
}

export function readDomainView(sql: string): DomainType | undefined {
  const m = DEFINITION.exec(sql);
  return m ? (JSON.parse(m[1]!) as DomainType) : undefined;
}

export function domainOid(name: string): number {
  return objectOid('type', name);
}

/** The SQLite name of a domain column's constraint: its NOT NULL (null) or one of its CHECKs. */
export function domainConstraintName(domain: string, constraint: string | null): string {
  return CONSTRAINT_PREFIX + JSON.stringify([domain, constraint]);
}

export function readDomainConstraintName(name: string | null): [string, string | null] | undefined {
  if (!name?.startsWith(CONSTRAINT_PREFIX)) return undefined;
  try {
    return JSON.parse(name.slice(CONSTRAINT_PREFIX.length)) as [string, string | null];
  } catch {
    return undefined;
  }
}
