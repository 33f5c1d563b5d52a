/**
 * EXCLUDE constraints as evsql keeps them (translate/exclusion.ts): two SQLite triggers of the
 * main schema, before INSERT and before UPDATE, named `pg_exclude:<event>:<constraint>`. The
 * constraint's name is its index's in PostgreSQL, unique among the schema's relations, so one
 * trigger name per event is enough; SQLite keeps the triggers with their table (dropped with it,
 * moved by a rename).
 */
const PREFIX = 'pg_exclude:';

export function isExclusionObject(name: string): boolean {
  return name.startsWith(PREFIX);
}

export function exclusionObjectName(constraint: string, event: 'insert' | 'update'): string {
  return `${PREFIX}${event}:${constraint}`;
}

/** The constraint a trigger keeps. */
export function exclusionOfObject(name: string): string {
  return name.slice(name.indexOf(':', PREFIX.length) + 1);
}
