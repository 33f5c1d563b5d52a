/**
 * INSERT, UPDATE and DELETE of a view. PostgreSQL writes through a view that selects plain columns
 * of one table or view (an automatically updatable view), which view-write-through.ts rewrites
 * into the write of its table, and refuses any other as rewriteTargetView does: here are its
 * reasons and errors, and what CREATE VIEW records of a view for its writes.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { hasAggregate, hasWindowFunction } from './functions.js';
import { type Node, names, parseQuery } from './parse.js';
import { resolveSchemas } from './namespaces.js';
import type { ViewWrites } from '../catalog/markers.js';
import type { TranslatorSchema } from './schema.js';
import { unsupported } from './unsupported.js';

export type ViewWrite = 'insert' | 'update' | 'delete';

const REFUSED: Record<ViewWrite, { message: string; column: string; hint: string }> = {
  insert: { message: 'cannot insert into view', column: 'cannot insert into column', hint: 'To enable inserting into the view, provide an INSTEAD OF INSERT trigger or an unconditional ON INSERT DO INSTEAD rule.' },
  update: { message: 'cannot update view', column: 'cannot update column', hint: 'To enable updating the view, provide an INSTEAD OF UPDATE trigger or an unconditional ON UPDATE DO INSTEAD rule.' },
  delete: { message: 'cannot delete from view', column: '', hint: 'To enable deleting from the view, provide an INSTEAD OF DELETE trigger or an unconditional ON DELETE DO INSTEAD rule.' },
};

export const SINGLE_RELATION = 'Views that do not select from a single table or view are not automatically updatable.';

export const NOT_BASE_COLUMN = 'View columns that are not columns of their base relation are not updatable.';

/** Whether the view (by its SQLite name) has an INSTEAD OF trigger of the write, which then does it in the view's place. */
export function firesInsteadOf(schema: TranslatorSchema, sqlName: string, write: ViewWrite): boolean {
  return schema.triggersOf(sqlName).some((t) => t.timing === 'instead' && t.events.includes(write));
}

/** rewriteTargetView's refusal of a view PostgreSQL does not write through (55000). */
export function viewWriteRefused(view: string, write: ViewWrite, detail = SINGLE_RELATION): PgError {
  const r = REFUSED[write];
  return new PgError(SqlState.objectNotInPrerequisiteState, `${r.message} "${view}"`, { detail, hint: r.hint });
}

/** PostgreSQL's set-returning functions evsql knows, which a select list may call. */
const SET_RETURNING = new Set(['generate_series', 'generate_subscripts', 'unnest', 'regexp_matches', 'regexp_split_to_table', 'json_array_elements', 'json_array_elements_text', 'jsonb_array_elements', 'jsonb_array_elements_text', 'json_each', 'json_each_text', 'jsonb_each', 'jsonb_each_text', 'json_object_keys', 'jsonb_object_keys', 'json_populate_recordset', 'jsonb_populate_recordset', 'json_to_recordset', 'jsonb_to_recordset', 'jsonb_path_query', 'string_to_table', 'pg_options_to_table']);

function returnsSets(n: unknown): boolean {
  if (!n || typeof n !== 'object') return false;
  const node = n as Node;
  if (node.SubLink) return false;
  if (node.FuncCall && SET_RETURNING.has(String(node.FuncCall.funcname.at(-1)?.String?.sval))) return true;
  return Object.values(node).some(returnsSets);
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
  if (hasAggregate([q.targetList, q.sortClause])) return 'Views that return aggregate functions are not automatically updatable.';
  if (hasWindowFunction(q.targetList)) return 'Views that return window functions are not automatically updatable.';
  if (returnsSets(q.targetList)) return 'Views that return set-returning functions are not automatically updatable.';
  const from = (q.fromClause ?? []) as Node[];
  if (from.length !== 1) return SINGLE_RELATION;
  if (from[0]!.RangeTableSample) return 'Views containing TABLESAMPLE are not automatically updatable.';
  if (!from[0]!.RangeVar) return SINGLE_RELATION;
  if (columns && !updatableColumns(q).some(Boolean)) return 'Views that have no updatable columns are not automatically updatable.';
  return undefined;
}

/**
 * The view's query as PostgreSQL prints it (pg_get_viewdef), its relation by its SQLite name as a
 * statement's own are (namespaces.ts); undefined where evsql has only SQLite's text of it.
 */
export function printedQuery(schema: TranslatorSchema, text: string | undefined): Node | undefined {
  if (text === undefined) return undefined;
  try {
    const node = parseQuery(text)[0]?.node;
    return node?.SelectStmt && resolveSchemas(node, schema).SelectStmt;
  } catch {
    return undefined;
  }
}

/** The view's check option and which of its columns a write reaches, for its annotation (CREATE VIEW). */
export function viewWrites(schema: TranslatorSchema, s: Node, printed: string | undefined): ViewWrites {
  // `WITH (check_option = local)`: the parser reads the bare word as a type name, a quoted one as a string.
  const arg = ((s.options ?? []) as Node[]).find((o) => o.DefElem?.defname === 'check_option')?.DefElem.arg;
  const option = (arg?.String?.sval ?? arg?.TypeName?.names.at(-1)?.String?.sval) as string | undefined;
  const check = s.withCheckOption === 'LOCAL_CHECK_OPTION' ? 'local' : s.withCheckOption === 'CASCADED_CHECK_OPTION' ? 'cascaded' : option === 'local' || option === 'cascaded' ? option : null;
  const q = printedQuery(schema, printed);
  if (!q || notAutoUpdatable(q, false)) return { check, columns: [] };
  const from = q.fromClause[0].RangeVar as Node;
  const relation = schema.lookupTable(from.relname);
  if (!relation || relation.matview) return { check, columns: [] };
  const inner = from.alias?.aliasname ?? from.relname;
  const columns = (q.targetList as Node[]).map((t) => {
    const ref = t.ResTarget.val.ColumnRef;
    if (ref?.fields.length !== 2 || !ref.fields[1].String || names(ref.fields)[0] !== inner) return false;
    const at = relation.columns.findIndex((c) => c.name === ref.fields[1].String.sval);
    return at >= 0 && (!relation.view || (relation.writes?.columns[at] ?? false));
  });
  return { check, columns };
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
      return new PgError(SqlState.featureNotSupported, `${REFUSED[write].column} "${outputs[at]}" of view "${name}"`, { detail: NOT_BASE_COLUMN });
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
