/**
 * INSERT, UPDATE and DELETE of a view. PostgreSQL writes through a view that selects plain columns
 * of one table or view (an automatically updatable view) and refuses any other as
 * rewriteTargetView does; evsql writes through none, so it refuses the ones PostgreSQL refuses with
 * PostgreSQL's errors and the ones PostgreSQL would write through with 0A000.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { hasAggregate, hasWindowFunction } from './functions.js';
import { type Node, parseQuery } from './parse.js';
import type { TranslatorSchema } from './schema.js';
import { unsupported } from './unsupported.js';

export type ViewWrite = 'insert' | 'update' | 'delete';

const REFUSED: Record<ViewWrite, { message: string; column: string; hint: string }> = {
  insert: { message: 'cannot insert into view', column: 'cannot insert into column', hint: 'To enable inserting into the view, provide an INSTEAD OF INSERT trigger or an unconditional ON INSERT DO INSTEAD rule.' },
  update: { message: 'cannot update view', column: 'cannot update column', hint: 'To enable updating the view, provide an INSTEAD OF UPDATE trigger or an unconditional ON UPDATE DO INSTEAD rule.' },
  delete: { message: 'cannot delete from view', column: '', hint: 'To enable deleting from the view, provide an INSTEAD OF DELETE trigger or an unconditional ON DELETE DO INSTEAD rule.' },
};

const SINGLE_RELATION = 'Views that do not select from a single table or view are not automatically updatable.';

/** rewriteTargetView's refusal of a view PostgreSQL does not write through (55000). */
export function viewWriteRefused(view: string, write: ViewWrite, detail = SINGLE_RELATION): PgError {
  const r = REFUSED[write];
  return new PgError(SqlState.objectNotInPrerequisiteState, `${r.message} "${view}"`, { detail, hint: r.hint });
}

/** Whether each output of the view is a plain column of its one relation, which a write reaches. */
function updatableColumns(q: Node): boolean[] {
  return ((q.targetList ?? []) as Node[]).map((t) => {
    const ref = t.ResTarget.val.ColumnRef;
    return !!ref;
  });
}

/**
 * view_query_is_auto_updatable: why PostgreSQL does not write through a view of this query, or
 * undefined where it does; `columns` for INSERT and UPDATE, which need updatable columns.
 */
export function notAutoUpdatable(q: Node, columns: boolean): string | undefined {
  if (q.distinctClause) return 'Views containing DISTINCT are not automatically updatable.';
  if (q.groupClause) return 'Views containing GROUP BY are not automatically updatable.';
  if (q.havingClause) return 'Views containing HAVING are not automatically updatable.';
  if (q.op && q.op !== 'SETOP_NONE') return 'Views containing UNION, INTERSECT, or EXCEPT are not automatically updatable.';
  if (q.withClause) return 'Views containing WITH are not automatically updatable.';
  if (q.limitCount || q.limitOffset) return 'Views containing LIMIT or OFFSET are not automatically updatable.';
  if (columns && hasAggregate(q.targetList)) return 'Views that return aggregate functions are not automatically updatable.';
  if (columns && hasWindowFunction(q.targetList)) return 'Views that return window functions are not automatically updatable.';
  const from = (q.fromClause ?? []) as Node[];
  if (from.length !== 1) return SINGLE_RELATION;
  if (from[0]!.RangeTableSample) return 'Views containing TABLESAMPLE are not automatically updatable.';
  if (!from[0]!.RangeVar) return SINGLE_RELATION;
  if (columns && !updatableColumns(q).some(Boolean)) return 'Views that have no updatable columns are not automatically updatable.';
  return undefined;
}

/** The view's SELECT, undefined where its SQLite text is none PostgreSQL's parser reads. */
function viewQuery(schema: TranslatorSchema, sqlName: string): Node | undefined {
  const text = schema.viewQueryText(sqlName);
  if (text === undefined) return undefined;
  try {
    const node = parseQuery(text)[0]?.node;
    return node?.SelectStmt ?? node?.ViewStmt?.query.SelectStmt;
  } catch {
    return undefined;
  }
}

/**
 * The error for writing to view `name` (its SQLite name `sqlName`): PostgreSQL's where it refuses
 * the view or a column written, 0A000 where it would write through it. `written`: the view's
 * columns the statement writes, by place (INSERT) or name (UPDATE).
 */
export function viewWriteError(schema: TranslatorSchema, name: string, sqlName: string, write: ViewWrite, written: Array<number | string>): PgError {
  const q = viewQuery(schema, sqlName);
  if (!q) return unsupported(`${write.toUpperCase()} of a view`);
  const reason = notAutoUpdatable(q, write !== 'delete');
  if (reason) return viewWriteRefused(name, write, reason);
  const outputs = schema.lookupTable(name)?.columns.map((c) => c.name) ?? [];
  // A `*` stands for every column of the view's relation, each a plain one.
  const baseWidth = schema.lookupTable(q.fromClause[0].RangeVar.relname)?.columns.length ?? 0;
  const updatable = updatableColumns(q).flatMap((u, i) => (q.targetList[i].ResTarget.val.ColumnRef?.fields.some((f: Node) => f.A_Star) ? Array<boolean>(baseWidth).fill(true) : [u]));
  for (const w of written) {
    const at = typeof w === 'number' ? w : outputs.indexOf(w);
    if (at >= 0 && !updatable[at]) {
      return new PgError(SqlState.featureNotSupported, `${REFUSED[write].column} "${outputs[at]}" of view "${name}"`, { detail: 'View columns that are not columns of their base relation are not updatable.' });
    }
  }
  // PostgreSQL goes on to the view's own relation, which may be a view it refuses.
  const base = schema.lookupTable(q.fromClause[0].RangeVar.relname);
  if (base?.view) {
    const inner = viewWriteError(schema, base.name, base.sqlName, write, []);
    if (inner.code !== SqlState.featureNotSupported) return inner;
  }
  return unsupported(`${write.toUpperCase()} through an automatically updatable view ("${name}")`);
}
