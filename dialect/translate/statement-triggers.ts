/**
 * FOR EACH STATEMENT triggers: PostgreSQL runs their function once for each INSERT, UPDATE or
 * DELETE of the table, whatever rows it changes (none too), the BEFORE ones ahead of the
 * statement and the AFTER ones behind it (after its row triggers). SQLite has row triggers only,
 * so the function's statements become steps of the statement itself (Step.fired), in the order
 * PostgreSQL fires the triggers. A write that reaches such a table from inside a statement (a WITH
 * query, MERGE, ON CONFLICT DO UPDATE's update) is refused rather than left unfired.
 */
import type { TriggerEvent } from '../catalog/triggers.js';
import type { Step } from '../plan.js';
import type { Node } from './parse.js';
import type { TranslatorSchema } from './schema.js';
import { PgError, SqlState } from '../../pg/errors.js';
import type { TriggerNotification } from './trigger-program.js';
import { type TranslateNode, statementTriggerNotifications, statementTriggerSteps } from './triggers.js';
import { unsupported } from './unsupported.js';

const EVENTS: Record<string, TriggerEvent> = { InsertStmt: 'insert', UpdateStmt: 'update', DeleteStmt: 'delete' };
const WRITES = ['InsertStmt', 'UpdateStmt', 'DeleteStmt', 'MergeStmt'];

/** The statement's steps with the statement-level triggers it fires around them, and the notifications they send. */
export function withStatementTriggers(schema: TranslatorSchema, node: Node, steps: Step[], translateNode: TranslateNode): { steps: Step[]; notifications?: TriggerNotification[] } {
  const [top] = Object.keys(node);
  // A statement that holds another (EXPLAIN, PREPARE) has it translated as a statement of its own.
  if (top !== 'SelectStmt' && !WRITES.includes(top!)) return { steps };
  const event = EVENTS[top!];
  const s = event ? node[top!] : undefined;
  refuseNestedWrites(schema, node, s);
  const table = s ? schema.lookupTable(String(s.relation.relname)) : undefined;
  if (!table || !event) return { steps };
  const triggers = schema.triggersOf(table.sqlName).filter((t) => t.statement && !t.disabled);
  if (!triggers.length) return { steps };
  if (s.onConflictClause?.action === 'ONCONFLICT_UPDATE' && triggers.some((t) => t.events.includes('update'))) throw unsupported(`INSERT … ON CONFLICT DO UPDATE on a table with statement-level UPDATE triggers`);
  const set = event === 'update' ? new Set(((s.targetList ?? []) as Node[]).map((r) => String(r.ResTarget.name))) : null;
  const fired = triggers.filter((t) => t.events.includes(event) && (!set || !t.columns.length || t.columns.some((c) => set.has(c))));
  const run = (timing: 'before' | 'after') => fired.filter((t) => t.timing === timing).flatMap((t) => statementTriggerSteps(schema, table, t, event, translateNode));
  const notifications = fired.flatMap((t) => statementTriggerNotifications(schema, t, event));
  // PostgreSQL's pg_notify refuses an empty channel as the trigger runs, failing the statement.
  if (notifications.some((n) => !n.channel)) throw new PgError(SqlState.invalidParameterValue, 'channel name cannot be empty');
  return { steps: [...run('before'), ...steps, ...run('after')], ...(notifications.length ? { notifications } : {}) };
}

/** A write below the statement's own target, to a table with statement-level triggers: 0A000. */
function refuseNestedWrites(schema: TranslatorSchema, node: Node, own: Node | undefined): void {
  const walk = (x: unknown): void => {
    if (x === null || typeof x !== 'object') return;
    if (Array.isArray(x)) return x.forEach(walk);
    for (const [k, v] of Object.entries(x as Node)) {
      if (WRITES.includes(k) && v !== own) {
        const table = schema.lookupTable(String(v.relation?.relname));
        if (table && schema.triggersOf(table.sqlName).some((t) => t.statement)) throw unsupported(`${k === 'MergeStmt' ? 'MERGE' : 'a data-modifying WITH query'} on a table with statement-level triggers`);
      }
      walk(v);
    }
  };
  walk(node);
}
