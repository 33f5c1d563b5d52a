/**
 * Schemas (CREATE SCHEMA) as evsql keeps them, shared by the translator, the mixer and the
 * catalog. A schema is recorded as a view of the main schema named `pg_namespace:<name>` that
 * yields nothing, as extensions are (extensions.ts): in SQLite's schema text, so it is replicated
 * with the DDL and undone with it. A relation of a schema other than public is an SQLite object
 * named `<schema>.<name>`: one name, so change capture, the state hash and the mixer's conflict
 * keys treat it as any other table, and two schemas' tables of one name never meet.
 */
import { objectOid } from './oids.js';

const PREFIX = 'pg_namespace:';

/** The schemas every database has, which no CREATE SCHEMA makes. */
export const BUILTIN_SCHEMAS = new Set(['public', 'pg_catalog', 'information_schema', 'pg_toast']);

export function isSchemaView(relation: string): boolean {
  return relation.startsWith(PREFIX);
}

export function schemaViewName(schema: string): string {
  return PREFIX + schema;
}

export function schemaOfView(relation: string): string {
  return relation.slice(PREFIX.length);
}

/** The SQLite name of relation `name` of `schema`: public's keep their own name. */
export function storedName(schema: string, name: string): string {
  return schema === 'public' ? name : `${schema}.${name}`;
}

/** A stored name's schema and name, given the schemas there are: public where no schema's prefix matches. */
export function splitStoredName(stored: string, schemas: ReadonlySet<string>): { schema: string; name: string } {
  const dot = stored.indexOf('.');
  const schema = dot > 0 ? stored.slice(0, dot) : '';
  return schemas.has(schema) ? { schema, name: stored.slice(dot + 1) } : { schema: 'public', name: stored };
}

export function namespaceOid(schema: string): number {
  return objectOid('namespace', schema);
}

/** search_path's text as the schema names it lists, `$user` as the session's user, in order. */
export function searchPathNames(setting: string | undefined, user: string): string[] {
  if (setting === undefined) return ['public'];
  const out: string[] = [];
  for (const raw of setting.split(',')) {
    const item = raw.trim();
    if (!item) continue;
    const name = item.startsWith('"') && item.endsWith('"') && item.length > 1 ? item.slice(1, -1).replace(/""/g, '"') : item.toLowerCase();
    out.push(name === '$user' ? user : name);
  }
  return out;
}
