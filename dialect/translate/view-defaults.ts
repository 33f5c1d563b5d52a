/**
 * Defaults of a view's columns: `ALTER VIEW v ALTER COLUMN c SET DEFAULT expr` (or ALTER TABLE of
 * the view), which an INSERT through the view takes for a column it leaves out or writes DEFAULT
 * into, and an UPDATE's `SET c = DEFAULT`, before the table's own defaults below (PostgreSQL's
 * rewriteTargetListIU for the view). The expressions ride in the view's writes annotation as parse
 * trees; setting one makes the view again from its own CREATE VIEW statement with the new annotation.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { decodeTextParam } from '../../pg/types/text-format.js';
import { type ViewWrites, withViewWrites } from '../catalog/markers.js';
import type { Step } from '../plan.js';
import { quoteIdent } from '../sqlite-quote.js';
import type { Node } from './parse.js';
import { defaultDisplay } from './deparse.js';
import type { TableInfo, TranslatorSchema } from './schema.js';
import { unsupported } from './unsupported.js';

/**
 * The steps of an ALTER VIEW (or ALTER TABLE naming a view) whose commands all set or drop column
 * defaults; undefined for any other ALTER, which alter-table handles.
 */
export function alterViewDefaults(schema: TranslatorSchema, s: Node): { steps: Step[]; notices: PgError[] } | undefined {
  const cmds = (s.cmds ?? []) as Node[];
  if (!cmds.length || cmds.some((c) => c.AlterTableCmd.subtype !== 'AT_ColumnDefault')) return undefined;
  const name = s.relation.relname as string;
  const view = !s.relation.schemaname || s.relation.schemaname === 'public' ? schema.lookupTable(name) : undefined;
  if (s.objtype !== 'OBJECT_VIEW' && !view?.view) return undefined;
  if (!view) {
    if (s.missing_ok) return { steps: [], notices: [new PgError(SqlState.successfulCompletion, `relation "${name}" does not exist, skipping`, { severity: 'NOTICE' })] };
    throw new PgError(SqlState.undefinedTable, `relation "${name}" does not exist`);
  }
  if (!view.view) throw new PgError(SqlState.wrongObjectType, `"${name}" is not a view`);
  const statement = schema.viewStatement(view.sqlName);
  if (!view.writes || !statement) throw unsupported(`ALTER VIEW … SET DEFAULT of view "${name}", made by an older evsql (CREATE OR REPLACE VIEW remakes it)`);
  const defaults = { ...(view.writes.defaults ?? {}) };
  const texts = { ...(view.writes.defaultTexts ?? {}) };
  for (const c of cmds) {
    const cmd = c.AlterTableCmd;
    const column = view.column(cmd.name);
    if (!column) throw new PgError(SqlState.undefinedColumn, `column "${cmd.name}" of relation "${name}" does not exist`);
    delete texts[cmd.name];
    if (!cmd.def) {
      delete defaults[cmd.name];
      continue;
    }
    const text = JSON.stringify(cmd.def);
    if (text.includes('"SubLink"')) throw new PgError(SqlState.featureNotSupported, 'cannot use subquery in DEFAULT expression');
    if (text.includes('"ColumnRef"')) throw new PgError(SqlState.featureNotSupported, 'cannot use column reference in DEFAULT expression');
    // A string constant is read by the column type's input function as the default is made.
    const constant = cmd.def.A_Const?.sval?.sval as string | undefined;
    if (constant !== undefined) decodeTextParam(constant, column.type.oid);
    defaults[cmd.name] = cmd.def;
    const shown = defaultDisplay(cmd.def, column.type, () => undefined);
    if (shown) texts[cmd.name] = shown;
  }
  const steps: Step[] = [
    { sql: `DROP VIEW ${quoteIdent(view.sqlName)}`, params: [] },
    { sql: withViewWrites(statement, { ...view.writes, defaults, defaultTexts: texts }), params: [] },
    ...keptTriggers(schema, view.sqlName),
  ];
  // The view made again keeps its owner and privileges, as ALTER VIEW leaves its pg_class row.
  const acl = schema.relationAcl(view.sqlName);
  if (acl) steps.push({ sql: '', params: [], edit: { kind: 'acl', table: view.sqlName, view: true, acl } });
  return { steps, notices: [] };
}

/** The steps that make a view's INSTEAD OF triggers again after the view is made again (SQLite's DROP VIEW drops them; PostgreSQL's view keeps them). */
export function keptTriggers(schema: TranslatorSchema, sqlName: string): Step[] {
  return schema.triggerObjects(sqlName).map((o) => ({ sql: o.sql, params: [] }));
}

/** A replaced view's writes annotation keeping the defaults of the view it replaces (CREATE OR REPLACE VIEW keeps its columns' defaults). */
export function keptDefaults(writes: ViewWrites, replaced: TableInfo | undefined): ViewWrites {
  const kept = replaced?.view ? replaced.writes : undefined;
  return kept?.defaults ? { ...writes, defaults: kept.defaults, ...(kept.defaultTexts ? { defaultTexts: kept.defaultTexts } : {}) } : writes;
}

/** The view's column defaults, by column name. */
export function viewDefaults(view: TableInfo): Map<string, Node> {
  return new Map(Object.entries((view.writes?.defaults ?? {}) as Record<string, Node>));
}

/**
 * An INSERT through the view with the view's defaults written in: for `DEFAULT` in its VALUES,
 * and for the columns it leaves out (`cols`: the view's columns it names, in order), as values
 * of its VALUES rows, of DEFAULT VALUES, or beside each row of its query.
 */
export function insertWithDefaults(s: Node, cols: Node[], defaults: Map<string, Node>): { s: Node; cols: Node[] } {
  if (!defaults.size) return { s, cols };
  const named = new Set(cols.map((c) => c.ResTarget.name as string));
  const missing = [...defaults.keys()].filter((c) => !named.has(c));
  const location = s.relation.location;
  const allCols = [...cols, ...missing.map((name) => ({ ResTarget: { name, location } }))];
  const added = missing.map((c) => structuredClone(defaults.get(c)!));
  const select = s.selectStmt?.SelectStmt as Node | undefined;
  if (!select) {
    if (!missing.length) return { s, cols };
    return { s: { ...s, selectStmt: { SelectStmt: { valuesLists: [{ List: { items: added } }], limitOption: 'LIMIT_OPTION_DEFAULT', op: 'SETOP_NONE' } } }, cols: allCols };
  }
  if (select.valuesLists) {
    const rows = (select.valuesLists as Node[]).map((r) => {
      const items = (r.List.items as Node[]).map((v, i) => {
        const d = v.SetToDefault ? defaults.get(cols[i]?.ResTarget.name) : undefined;
        return d ? structuredClone(d) : v;
      });
      return { List: { items: [...items, ...missing.map((c) => structuredClone(defaults.get(c)!))] } };
    });
    return { s: { ...s, selectStmt: { SelectStmt: { ...select, valuesLists: rows } } }, cols: allCols };
  }
  if (!missing.length) return { s, cols };
  // The query's rows, each with the defaults after its own columns.
  const star = { ResTarget: { val: { ColumnRef: { fields: [{ A_Star: {} }] } } } };
  const wrapped = {
    SelectStmt: {
      targetList: [star, ...added.map((val) => ({ ResTarget: { val } }))],
      fromClause: [{ RangeSubselect: { subquery: s.selectStmt, alias: { aliasname: 'evsql.rows' } } }],
      limitOption: 'LIMIT_OPTION_DEFAULT',
      op: 'SETOP_NONE',
    },
  };
  return { s: { ...s, selectStmt: wrapped }, cols: allCols };
}
