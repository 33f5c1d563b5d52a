/**
 * Triggers (CREATE TRIGGER … EXECUTE FUNCTION f()) as evsql keeps them: each
 * event of a PostgreSQL trigger is a SQLite trigger of the main schema named
 * `pg_trigger:<name>:<event>:<table>`, whose text carries the PostgreSQL definition in an
 * annotation. SQLite keeps the text with the table (a rename rewrites it and its tbl_name), so
 * the trigger is replicated with the DDL, covered by the state hash, undone by ROLLBACK, and
 * dropped with its table, like an index.
 */
import { splitStoredName } from './namespaces.js';
import { objectOid } from './oids.js';

const PREFIX = 'pg_trigger:';
const DEFINITION = /\/\* evsql-trigger: (\{.*?\}) \*\//s;

export type TriggerEvent = 'insert' | 'update' | 'delete';

/** What the catalog and the translator need of a trigger; the function's body is the function's. */
export interface TriggerDefinition {
  name: string;
  /** 'instead': INSTEAD OF, a view's. */
  timing: 'before' | 'after' | 'instead';
  /** In PostgreSQL's order: INSERT, DELETE, UPDATE (tgtype's bits). */
  events: TriggerEvent[];
  /** UPDATE OF's columns; empty for any update. */
  columns: string[];
  /** The WHEN condition as written, or null. */
  when: string | null;
  function: string;
  /** The tables the function's statements write and read: the mixer keys a write of the trigger's table with them. */
  writes: string[];
  reads: string[];
  /** ALTER TABLE … DISABLE TRIGGER: kept, fires not. */
  disabled?: true;
  /**
   * FOR EACH STATEMENT: its SQLite trigger never fires; the function's statements run as steps of
   * each statement on the table, before or after its own (translate/statement-triggers.ts).
   */
  statement?: true;
}

/** A trigger as found in the schema: its definition and the table SQLite keeps it with. */
export interface StoredTrigger extends TriggerDefinition {
  table: string;
}

export function isTriggerObject(name: string): boolean {
  return name.startsWith(PREFIX);
}

/** The SQLite trigger of one event; `n` tells it from an earlier one of a renamed table. */
export function triggerObjectName(trigger: string, event: TriggerEvent, table: string, n = 0): string {
  return `${PREFIX}${trigger}:${event}:${table}${n ? `:${n}` : ''}`;
}

/** The annotation that goes right after the SQLite trigger's name. */
export function triggerAnnotation(t: TriggerDefinition): string {
  return `/* evsql-trigger: ${JSON.stringify(t).replace(/\*\//g, '*\\/')} */`;
}

export function readTriggerObject(table: string, sql: string): StoredTrigger | undefined {
  const m = DEFINITION.exec(sql);
  return m ? { ...(JSON.parse(m[1]!) as TriggerDefinition), table } : undefined;
}

/** The SQLite trigger's text with its annotation's definition changed. */
export function withTriggerDefinition(sql: string, change: (t: TriggerDefinition) => TriggerDefinition): string {
  return sql.replace(DEFINITION, (_, json: string) => triggerAnnotation(change(JSON.parse(json) as TriggerDefinition)));
}

export function triggerOid(table: string, name: string): number {
  return objectOid('trigger', `${table}.${name}`);
}

/** pg_trigger.tgtype: ROW 1, BEFORE 2, INSERT 4, DELETE 8, UPDATE 16, INSTEAD 64. */
export function triggerType(t: TriggerDefinition): number {
  return (t.statement ? 0 : 1) | (t.timing === 'before' ? 2 : t.timing === 'instead' ? 64 : 0) | (t.events.includes('insert') ? 4 : 0) | (t.events.includes('delete') ? 8 : 0) | (t.events.includes('update') ? 16 : 0);
}

/** pg_get_triggerdef's text; `pretty` drops the WHEN condition's outer parentheses, as the pretty form does. */
export function triggerDefinitionText(t: StoredTrigger, table: string, quote: (ident: string) => string, pretty = false, schemas: ReadonlySet<string> = new Set()): string {
  const events = t.events.map((e) => (e === 'update' && t.columns.length ? `UPDATE OF ${t.columns.map(quote).join(', ')}` : e.toUpperCase())).join(' OR ');
  const condition = pretty && t.when?.startsWith('(') && t.when.endsWith(')') ? t.when.slice(1, -1) : t.when;
  const when = condition === null ? '' : ` WHEN (${condition})`;
  return `CREATE TRIGGER ${quote(t.name)} ${timingText(t)} ${events} ON ${table} FOR EACH ${t.statement ? 'STATEMENT' : 'ROW'}${when} EXECUTE FUNCTION ${triggerFunctionText(t.function, schemas, quote)}()`;
}

/** A trigger's function as pg_get_triggerdef names it: qualified where it is another schema's than public. */
export function triggerFunctionText(fn: string, schemas: ReadonlySet<string>, quote: (ident: string) => string): string {
  const { schema, name } = splitStoredName(fn, schemas);
  return schema === 'public' ? quote(name) : `${quote(schema)}.${quote(name)}`;
}

/** The timing as PostgreSQL words it (pg_get_triggerdef, information_schema.triggers.action_timing). */
export function timingText(t: TriggerDefinition): string {
  return t.timing === 'instead' ? 'INSTEAD OF' : t.timing.toUpperCase();
}
