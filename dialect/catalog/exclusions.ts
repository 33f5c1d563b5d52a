/**
 * EXCLUDE constraints as evsql keeps them (translate/exclusion.ts): two SQLite triggers of the
 * main schema, before INSERT and before UPDATE, named `pg_exclude:<event>:<constraint>`, whose
 * text carries the constraint's definition in an annotation. The constraint's name is its index's
 * in PostgreSQL, unique among the schema's relations, so one trigger name per event is enough;
 * SQLite keeps the triggers with their table (dropped with it, moved by a rename).
 */
import type { PgTypeInfo } from '../../pg/types/registry.js';

const PREFIX = 'pg_exclude:';
const DEFINITION = /\/\* evsql-exclude: (\{.*?\}) \*\//s;

export interface ExclusionDefinition {
  name: string;
  /** The table's name as PostgreSQL shows it, which the violation's message names. */
  table: string;
  elements: Array<{ column: string; op: '=' | '&&'; type: PgTypeInfo }>;
}

export function isExclusionObject(name: string): boolean {
  return name.startsWith(PREFIX);
}

export function exclusionObjectName(constraint: string, event: 'insert' | 'update'): string {
  return `${PREFIX}${event}:${constraint}`;
}

/** The annotation that goes right after the trigger's name. */
export function exclusionAnnotation(d: ExclusionDefinition): string {
  return `/* evsql-exclude: ${JSON.stringify(d).replace(/\*\//g, '*\\/')} */`;
}

export function readExclusion(sql: string): ExclusionDefinition | undefined {
  const m = DEFINITION.exec(sql);
  return m ? (JSON.parse(m[1]!) as ExclusionDefinition) : undefined;
}
