/**
 * PostgreSQL query features SQLite lacks, rewritten into ones it has: DISTINCT ON (a row_number()
 * per group, first row kept), DELETE … USING (a correlated EXISTS), comparisons with ANY/ALL of an
 * array or subquery (IN, or an EXISTS over the elements), and window frames and named windows.
 * The rewrites work on the parse tree where they can, so the emitter types and names the result
 * as it would the original.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { quoteIdent } from '../sqlite-quote.js';
import type { EmitContext } from './emit-context.js';
import { columnName, resolveOutput } from './column-name.js';
import { type StarColumn, fromItemColumns } from './star-columns.js';
import { unsupported } from './unsupported.js';
import { type Node, names } from './parse.js';
import type { TranslatorSchema } from './schema.js';
import { selectColumns } from './types.js';
import { AGGREGATES, FUNCTIONS, hasAggregate, hasWindowFunction } from './functions.js';
import { TEXT_SET_RETURNING } from './text-set-functions.js';
import { JSON_SET_RETURNING, jsonArity } from './json-set-functions.js';
import { subqueryForGroupingSet } from './grouping-set-subqueries.js';
import { hiddenColumn, windowsOverSets } from './grouping-set-windows.js';
import { aggregateInSubquery, fromMayName, sameColumn } from './query-checks.js';

const ROW_NUMBER = '__evsql_rn';

function columnRef(name: string): Node {
  return { ColumnRef: { fields: [{ String: { sval: name } }] } };
}

/**
 * SELECT DISTINCT over set-returning functions of the select list (`SELECT DISTINCT unnest(tags)`):
 * PostgreSQL takes the distinct rows of the series' rows, so the series run in a subquery and
 * DISTINCT, ORDER BY and LIMIT over it. Undefined for any other query.
 */
export function distinctSeriesQuery(s: Node, returnsSet: (n: unknown) => boolean): Node | undefined {
  const distinct = s.distinctClause as Node[] | undefined;
  const targets = (s.targetList ?? []) as Node[];
  if (!distinct || distinct.some((d) => d && Object.keys(d).length) || !returnsSet(targets)) return undefined;
  if (targets.some((t) => t.ResTarget.val.ColumnRef && names(t.ResTarget.val.ColumnRef.fields).at(-1) === '*')) return undefined;
  const column = (i: number) => columnRef(`__evsql_c${i + 1}`);
  const hidden: Node[] = [];
  const sortClause = ((s.sortClause ?? []) as Node[]).map((o) => {
    const node = resolveOutput(o.SortBy.node, targets);
    const at = targets.findIndex((t) => t.ResTarget.val === node || JSON.stringify(t.ResTarget.val) === JSON.stringify(node));
    if (at >= 0) return { SortBy: { ...o.SortBy, node: column(at) } };
    hidden.push({ ResTarget: { name: `__evsql_s${hidden.length + 1}`, val: node } });
    return { SortBy: { ...o.SortBy, node: columnRef(`__evsql_s${hidden.length}`) } };
  });
  const inner: Node = {
    ...s,
    targetList: [...targets.map((t, i) => ({ ResTarget: { name: `__evsql_c${i + 1}`, val: t.ResTarget.val } })), ...hidden],
    distinctClause: undefined,
    sortClause: undefined,
    limitCount: undefined,
    limitOffset: undefined,
    limitOption: undefined,
    withClause: undefined,
  };
  return {
    op: 'SETOP_NONE',
    distinctClause: distinct,
    targetList: targets.map((t, i) => ({ ResTarget: { name: t.ResTarget.name ?? columnName(t.ResTarget.val), val: column(i) } })),
    fromClause: [{ RangeSubselect: { subquery: { SelectStmt: inner }, alias: { aliasname: '__evsql_distinct' } } }],
    sortClause: sortClause.length ? sortClause : undefined,
    limitCount: s.limitCount,
    limitOffset: s.limitOffset,
    limitOption: s.limitOption,
    withClause: s.withClause,
  };
}

/**
 * SELECT DISTINCT ON (keys) … ORDER BY …: the first row of each group of equal keys in the
 * ORDER BY order, as the query
 *   SELECT cols FROM (SELECT …, row_number() OVER (PARTITION BY keys ORDER BY …) AS rn, sort keys …)
 *   WHERE rn = 1 ORDER BY sort keys
 */
export function distinctOnQuery(s: Node): Node {
  const targets = (s.targetList ?? []) as Node[];
  if (targets.some((t) => t.ResTarget.val.ColumnRef && names(t.ResTarget.val.ColumnRef.fields).at(-1) === '*')) throw unsupported('DISTINCT ON with *');
  const keys = (s.distinctClause as Node[]).map((k) => resolveOutput(k, targets));
  // Without ORDER BY, PostgreSQL sorts by the keys to find the groups: its rows come in their order.
  const sortClause = (s.sortClause ?? keys.map((node) => ({ SortBy: { node, sortby_dir: 'SORTBY_DEFAULT', sortby_nulls: 'SORTBY_NULLS_DEFAULT' } }))) as Node[];
  const sorts = sortClause.map((o) => ({ ...o.SortBy, node: resolveOutput(o.SortBy.node, targets) }));
  if (s.sortClause) checkDistinctOnOrder(keys, sorts);
  if ([...targets, ...keys, ...sorts.map((o) => o.node)].some(hasWindowFunction)) return distinctOnQuery(windowsFirst(s, targets, keys, sorts));
  const innerTargets: Node[] = targets.map((t, i) => ({ ResTarget: { name: `__evsql_c${i + 1}`, val: t.ResTarget.val } }));
  innerTargets.push({
    ResTarget: {
      name: ROW_NUMBER,
      val: { FuncCall: { funcname: [{ String: { sval: 'row_number' } }], over: { partitionClause: keys, orderClause: sorts.map((o) => ({ SortBy: o })), frameOptions: 1058 } } },
    },
  });
  sorts.forEach((o, i) => innerTargets.push({ ResTarget: { name: `__evsql_s${i + 1}`, val: o.node } }));
  const inner: Node = { ...s, targetList: innerTargets, distinctClause: undefined, sortClause: undefined, limitCount: undefined, limitOffset: undefined, withClause: undefined };
  return {
    ...s,
    distinctClause: undefined,
    fromClause: [{ RangeSubselect: { subquery: { SelectStmt: inner }, alias: { aliasname: '__evsql_distinct' } } }],
    whereClause: { A_Expr: { kind: 'AEXPR_OP', name: [{ String: { sval: '=' } }], lexpr: columnRef(ROW_NUMBER), rexpr: { A_Const: { ival: { ival: 1 } } } } },
    groupClause: undefined,
    havingClause: undefined,
    windowClause: undefined,
    targetList: targets.map((t, i) => ({ ResTarget: { name: t.ResTarget.name ?? columnName(t.ResTarget.val), val: columnRef(`__evsql_c${i + 1}`) } })),
    sortClause: sorts.map((o, i) => ({ SortBy: { ...o, node: columnRef(`__evsql_s${i + 1}`) } })),
  };
}

/**
 * DISTINCT ON whose select list, keys or order read a window function (`DISTINCT ON (region) region,
 * rank() OVER (…) … ORDER BY region, 2`): the windows are computed in a query of their own first,
 * which names each column, key and sort key, and DISTINCT ON reads those names, as it reads a
 * window's value computed before it. A sort key that is a DISTINCT ON key is named once.
 */
function windowsFirst(s: Node, targets: Node[], keys: Node[], sorts: Array<{ node: Node }>): Node {
  const columns = targets.map((t, i) => ({ ResTarget: { name: `__evsql_c${i + 1}`, val: t.ResTarget.val } }));
  const named = new Map<string, string>();
  const name = (n: Node, prefix: string) => {
    const k = exprKey(n);
    if (!named.has(k)) {
      named.set(k, `__evsql_${prefix}${named.size + 1}`);
      columns.push({ ResTarget: { name: named.get(k)!, val: n } });
    }
    return columnRef(named.get(k)!);
  };
  const distinctClause = keys.map((k) => name(k, 'k'));
  const sortClause = s.sortClause ? sorts.map((o) => ({ SortBy: { ...o, node: name(o.node, 's') } })) : undefined;
  const windowed: Node = { ...s, targetList: columns, distinctClause: undefined, sortClause: undefined, limitCount: undefined, limitOffset: undefined, limitOption: undefined, withClause: undefined };
  return {
    ...s,
    fromClause: [{ RangeSubselect: { subquery: { SelectStmt: windowed }, alias: { aliasname: '__evsql_windowed' } } }],
    whereClause: undefined,
    groupClause: undefined,
    havingClause: undefined,
    windowClause: undefined,
    targetList: targets.map((t, i) => ({ ResTarget: { name: t.ResTarget.name ?? columnName(t.ResTarget.val), val: columnRef(`__evsql_c${i + 1}`) } })),
    distinctClause,
    sortClause,
  };
}

/**
 * `… ORDER BY k FETCH FIRST n ROWS WITH TIES`: the rows whose rank() over the ORDER BY is at most
 * n, in that order — n rows and those tied with the last. Without OFFSET, DISTINCT or a `*`.
 */
export function withTiesQuery(s: Node): Node {
  const targets = (s.targetList ?? []) as Node[];
  if (s.distinctClause || (s.op && s.op !== 'SETOP_NONE') || !s.sortClause || !s.limitCount || targets.some((t) => t.ResTarget.val.ColumnRef && names(t.ResTarget.val.ColumnRef.fields).at(-1) === '*')) {
    throw unsupported('FETCH … WITH TIES with DISTINCT, a set operation or *');
  }
  const sorts = (s.sortClause as Node[]).map((o) => ({ ...o.SortBy, node: resolveOutput(o.SortBy.node, targets) }));
  const innerTargets: Node[] = targets.map((t, i) => ({ ResTarget: { name: `__evsql_c${i + 1}`, val: t.ResTarget.val } }));
  innerTargets.push({ ResTarget: { name: TIE_RANK, val: { FuncCall: { funcname: [{ String: { sval: 'rank' } }], over: { orderClause: sorts.map((o) => ({ SortBy: o })), frameOptions: 1058 } } } } });
  sorts.forEach((o, i) => innerTargets.push({ ResTarget: { name: `__evsql_s${i + 1}`, val: o.node } }));
  // A row ranked no later than the last one fetched ties with it or comes before it; after an
  // OFFSET, the rows skipped are the first ones in the order (which of tied rows is the plan's).
  const op = (name: string, lexpr: Node, rexpr: Node): Node => ({ A_Expr: { kind: 'AEXPR_OP', name: [{ String: { sval: name } }], lexpr, rexpr } });
  const offset = s.limitOffset as Node | undefined;
  let whereClause = op('<=', columnRef(TIE_RANK), offset ? op('+', offset, s.limitCount) : s.limitCount);
  if (offset) {
    innerTargets.push({ ResTarget: { name: TIE_ROW, val: { FuncCall: { funcname: [{ String: { sval: 'row_number' } }], over: { orderClause: sorts.map((o) => ({ SortBy: o })), frameOptions: 1058 } } } } });
    whereClause = { BoolExpr: { boolop: 'AND_EXPR', args: [whereClause, op('>', columnRef(TIE_ROW), offset)] } };
  }
  const inner: Node = { ...s, targetList: innerTargets, sortClause: undefined, limitCount: undefined, limitOffset: undefined, limitOption: 'LIMIT_OPTION_DEFAULT', withClause: undefined };
  return {
    ...s,
    fromClause: [{ RangeSubselect: { subquery: { SelectStmt: inner }, alias: { aliasname: '__evsql_ties' } } }],
    whereClause,
    groupClause: undefined,
    havingClause: undefined,
    windowClause: undefined,
    limitCount: undefined,
    limitOffset: undefined,
    limitOption: 'LIMIT_OPTION_DEFAULT',
    targetList: targets.map((t, i) => ({ ResTarget: { name: t.ResTarget.name ?? columnName(t.ResTarget.val), val: columnRef(`__evsql_c${i + 1}`) } })),
    sortClause: sorts.map((o, i) => ({ SortBy: { ...o, node: columnRef(`__evsql_s${i + 1}`) } })),
  };
}

const TIE_RANK = '__evsql_rank';
const TIE_ROW = '__evsql_row';

/**
 * transformDistinctOnClause's rule: the ORDER BY items before its first item that is not a DISTINCT
 * ON key must hold every key (the rest of the keys sort after the ORDER BY only when none was skipped).
 */
function checkDistinctOnOrder(keys: Node[], sorts: Array<{ node: Node }>): void {
  const wanted = new Set(keys.map(exprKey));
  const found = new Set<string>();
  let skipped = false;
  for (const o of sorts) {
    const k = exprKey(o.node);
    if (!wanted.has(k)) skipped = true;
    else if (skipped) break;
    else found.add(k);
  }
  if (skipped && found.size < wanted.size) {
    throw new PgError(SqlState.invalidColumnReference, 'SELECT DISTINCT ON expressions must match initial ORDER BY expressions');
  }
}

/**
 * A set-returning call this rewrite runs in the select list: generate_series, unnest of one array,
 * json elements or keys — the item itself, or the one such call inside it (`unnest(a) * 10`,
 * `generate_series(…)::date`) outside CASE, COALESCE, aggregates and subqueries, which refuse it.
 */
function selectListSrf(t: Node): Node | undefined {
  const found: Node[] = [];
  const visit = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(visit);
    const node = n as Node;
    if (node.SubLink || node.CaseExpr || node.CoalesceExpr) return;
    if (node.FuncCall) {
      const call = srfCall(node.FuncCall);
      if (call) return void found.push(call);
      if (AGGREGATES.has(names(node.FuncCall.funcname).at(-1)!) || node.FuncCall.over) return;
    }
    Object.values(node).forEach(visit);
  };
  visit(t.ResTarget.val);
  return found.length === 1 ? found[0] : undefined;
}

function srfCall(f: Node): Node | undefined {
  if (f.over || f.agg_star) return undefined;
  const name = names(f.funcname).at(-1);
  const n = (f.args ?? []).length;
  const json = name ? JSON_SET_RETURNING[name] : undefined;
  if (name && TEXT_SET_RETURNING[name]) return n === 2 || n === 3 ? f : undefined;
  if (json && json.kind !== 'each') return jsonArity(name!, n) ? f : undefined;
  return (name === 'generate_series' && (n === 2 || n === 3)) || (name === 'unnest' && n === 1) ? f : undefined;
}

function srfItem(call: Node, alias: string, join?: string): Node {
  return { RangeFunction: { functions: [{ List: { items: [{ FuncCall: call }, {}] } }], alias: { aliasname: alias, colnames: [{ String: { sval: 'value' } }] }, selectListSrf: join ?? true } };
}

/**
 * `ROWS FROM (f(…), g(…)) AS t(a, b)`: the functions side by side, the shorter padded with NULLs,
 * which is what a select list of them gives (selectListSeries), so it becomes that subquery (of
 * one function, the function in FROM it is). Each
 * column is named by the alias list, else by its function; the relation by the alias, else by the
 * first function. WITH ORDINALITY and column definition lists are refused.
 */
export function rowsFromQuery(s: Node): Node | undefined {
  let found = false;
  const item = (n: Node): Node => {
    if (n.JoinExpr) return { JoinExpr: { ...n.JoinExpr, larg: item(n.JoinExpr.larg), rarg: item(n.JoinExpr.rarg) } };
    const r = n.RangeFunction;
    if (!r?.is_rowsfrom) return n;
    found = true;
    if ((r.functions as Node[]).length === 1) return { RangeFunction: { ...r, is_rowsfrom: false } };
    if (r.ordinality) throw unsupported('ROWS FROM … WITH ORDINALITY of several functions');
    const calls = (r.functions as Node[]).map((f) => {
      const [call, defs] = f.List.items as Node[];
      if (!call?.FuncCall || (defs && Object.keys(defs).length > 0)) throw unsupported('ROWS FROM of this function');
      return call.FuncCall;
    });
    const colnames = names(r.alias?.colnames);
    if (colnames.length > calls.length) {
      throw new PgError(SqlState.invalidColumnReference, `table "${r.alias.aliasname}" has ${calls.length} columns available but ${colnames.length} columns specified`);
    }
    const targetList = calls.map((f, i) => ({ ResTarget: { name: colnames[i] ?? names(f.funcname).at(-1)!, val: { FuncCall: f } } }));
    const alias = { aliasname: r.alias?.aliasname ?? names(calls[0]!.funcname).at(-1)! };
    // A function in FROM sees the FROM items before it; the subquery, not LATERAL, would not.
    if (JSON.stringify(calls).includes('"ColumnRef"')) throw unsupported('ROWS FROM of several functions of columns');
    return { RangeSubselect: { subquery: { SelectStmt: { targetList, limitOption: 'LIMIT_OPTION_DEFAULT', op: 'SETOP_NONE' } }, alias } };
  };
  const fromClause = ((s.fromClause ?? []) as Node[]).map(item);
  return found ? { ...s, fromClause } : undefined;
}

/**
 * A built-in scalar function in a FROM list that reads the items before it (`FROM t, abs(t.x) a`),
 * as the one-row LATERAL subquery it is in PostgreSQL (`LATERAL (SELECT abs(t.x) AS a) a`), which
 * inlineLateral writes as the expression: one column named by the column alias, else the alias,
 * else the function. A call of constants keeps rangeFunction's one-row subquery.
 */
export function scalarFunctionLaterals(s: Node): Node | undefined {
  let found = false;
  const fromClause = ((s.fromClause ?? []) as Node[]).map((n, i) => {
    const r = n.RangeFunction;
    const [call, defs] = (r && !r.is_rowsfrom && !r.lateral && !r.ordinality && (r.functions as Node[]).length === 1 ? r.functions[0].List.items : []) as Node[];
    const f = call?.FuncCall;
    const name = f && !f.over && names(f.funcname).length === 1 ? names(f.funcname)[0]! : undefined;
    if (i === 0 || !name || !FUNCTIONS[name] || AGGREGATES.has(name) || (defs && Object.keys(defs).length > 0)) return n;
    const colnames = names(r.alias?.colnames);
    if (colnames.length > 1 || !JSON.stringify(f.args ?? []).includes('"ColumnRef"')) return n;
    found = true;
    const alias = r.alias?.aliasname ?? name;
    const targetList = [{ ResTarget: { name: colnames[0] ?? alias, val: call } }];
    return { RangeSubselect: { lateral: true, subquery: { SelectStmt: { targetList, limitOption: 'LIMIT_OPTION_DEFAULT', op: 'SETOP_NONE' } }, alias: { aliasname: alias } } };
  });
  return found ? { ...s, fromClause } : undefined;
}

/**
 * A select list with a set-returning function other than unnest (generate_series, json, regexp):
 * selectListSeries then runs every one of them, unnest too, in one lockstep.
 */
export function mixedSetReturning(s: Node): boolean {
  return ((s.targetList ?? []) as Node[]).some((t) => {
    const f = selectListSrf(t);
    return f !== undefined && names(f.funcname).at(-1) !== 'unnest';
  });
}

/**
 * Set-returning functions in the select list, as PostgreSQL 10+ runs them: one row per value, the
 * rest of the row repeated, and several of them in lockstep (the shorter ones padded with NULLs).
 * They become table-valued functions after the FROM items, which SQLite lets take the row's own
 * columns as arguments; several are LEFT JOINed on their ordinality to a counter running to the
 * longest (SRF_ROWS, emitted by rangeFunction).
 */
export function selectListSeries(s: Node): Node | undefined {
  const targets = (s.targetList ?? []) as Node[];
  const calls = targets.map(selectListSrf);
  const srfs = calls.filter((c): c is Node => c !== undefined);
  if (srfs.length === 0) return undefined;
  // selectListArrays runs these, not beside the ones here (mixedSetReturning).
  if (targets.some((t) => /"sval":"(generate_subscripts|_pg_expandarray)"/.test(JSON.stringify(t.ResTarget.val)))) throw unsupported('generate_subscripts or _pg_expandarray beside another set-returning function');
  if (s.groupClause || s.havingClause || s.distinctClause) return undefined;
  const from = [...((s.fromClause ?? []) as Node[])];
  if (srfs.length === 1) from.push(srfItem(srfs[0]!, '__evsql_srf1'));
  else {
    let tree: Node = { RangeFunction: { functions: [], alias: { aliasname: '__evsql_srf0', colnames: [{ String: { sval: 'value' } }] }, selectListSrf: true, srfRows: srfs } };
    srfs.forEach((call, i) => {
      const alias = `__evsql_srf${i + 1}`;
      const quals = { A_Expr: { kind: 'AEXPR_OP', name: [{ String: { sval: '=' } }], lexpr: { ColumnRef: { fields: [{ String: { sval: alias } }, { String: { sval: 'ordinality' } }] } }, rexpr: { ColumnRef: { fields: [{ String: { sval: '__evsql_srf0' } }, { String: { sval: 'value' } }] } } } };
      tree = { JoinExpr: { jointype: 'JOIN_LEFT', larg: tree, rarg: srfItem(call, alias, 'joined'), quals } };
    });
    from.push(tree);
  }
  let next = 0;
  const targetList = targets.map((t, i) => {
    if (!calls[i]) return t;
    const value = { ColumnRef: { fields: [{ String: { sval: `__evsql_srf${++next}` } }, { String: { sval: 'value' } }] } };
    // The call's place in its item takes the series' value; the item keeps its name.
    const replace = (n: unknown): unknown =>
      n && typeof n === 'object' ? (Array.isArray(n) ? n.map(replace) : (n as Node).FuncCall === calls[i] ? value : Object.fromEntries(Object.entries(n).map(([k, v]) => [k, replace(v)]))) : n;
    return { ResTarget: { name: t.ResTarget.name ?? columnName(t.ResTarget.val), val: replace(t.ResTarget.val) } };
  });
  return { ...s, fromClause: from, targetList };
}

/**
 * `SELECT *` over a join with USING (or NATURAL): PostgreSQL lists the joined columns once, first, then the
 * other columns of each side; SQLite keeps the left table's order. The star is spelled out.
 */
export function usingJoinStar(schema: TranslatorSchema, s: Node): Node | undefined {
  const targets = (s.targetList ?? []) as Node[];
  const star = (t: Node) => t.ResTarget.val.ColumnRef?.fields.length === 1 && t.ResTarget.val.ColumnRef.fields[0].A_Star !== undefined;
  const from = (s.fromClause ?? []) as Node[];
  const text = JSON.stringify(from);
  if (!targets.some(star) || !(text.includes('"usingClause"') || text.includes('"isNatural":true'))) return undefined;
  const columns: StarColumn[] = [];
  for (const item of from) {
    const c = fromItemColumns(schema, item);
    if (!c) return undefined;
    columns.push(...c);
  }
  const targetList = targets.flatMap((t) => (star(t) ? columns.map((c) => ({ ResTarget: { name: c.name, val: c.value } })) : [t]));
  return { ...s, targetList };
}

/**
 * DELETE FROM t USING u WHERE cond: SQLite has no USING, so the other tables move into a
 * correlated EXISTS. RETURNING may then name only the target table's columns.
 */
export function deleteUsing(s: Node): Node {
  const exists: Node = {
    SubLink: {
      subLinkType: 'EXISTS_SUBLINK',
      subselect: { SelectStmt: { targetList: [{ ResTarget: { val: { A_Const: { ival: { ival: 1 } } } } }], fromClause: s.usingClause, whereClause: s.whereClause, op: 'SETOP_NONE' } },
    },
  };
  return { ...s, usingClause: undefined, whereClause: exists };
}

/** The names a FROM list's items are known by (their aliases, or the tables' names). */
function fromNames(items: Node[]): string[] {
  return items.flatMap((f): string[] => {
    if (f.JoinExpr) return fromNames([f.JoinExpr.larg, f.JoinExpr.rarg]);
    const item = f.RangeVar ?? f.RangeSubselect ?? f.RangeFunction;
    const name = (item?.alias?.aliasname ?? f.RangeVar?.relname) as string | undefined;
    return name ? [name] : [];
  });
}

/**
 * `FROM t AS x(a, b)`: SQLite has no column aliases on a table, a subquery has them
 * (emit-query.ts renames its columns around it): the table becomes `(SELECT * FROM t) AS x(a, b)`.
 */
export function aliasedTables(s: Node): Node | undefined {
  let changed = false;
  const item = (n: Node): Node => {
    if (n.JoinExpr) return { JoinExpr: { ...n.JoinExpr, larg: item(n.JoinExpr.larg), rarg: item(n.JoinExpr.rarg) } };
    const r = n.RangeVar;
    if (!r?.alias?.colnames) return n;
    // The table's row keeps its columns' own names (row_to_json(x)), which a subquery's would not.
    if (JSON.stringify(s).includes(`{"ColumnRef":{"fields":[{"String":{"sval":${JSON.stringify(r.alias.aliasname)}}}]`)) throw unsupported('a whole-row reference to a table with column aliases');
    changed = true;
    const star = { ResTarget: { val: { ColumnRef: { fields: [{ A_Star: {} }] } } } };
    const subquery = { SelectStmt: { targetList: [star], fromClause: [{ RangeVar: { ...r, alias: undefined } }], op: 'SETOP_NONE', limitOption: 'LIMIT_OPTION_DEFAULT' } };
    return { RangeSubselect: { subquery, alias: r.alias } };
  };
  const fromClause = ((s.fromClause ?? []) as Node[]).map(item);
  return changed ? { ...s, fromClause } : undefined;
}

/**
 * RETURNING of UPDATE … FROM or DELETE … USING names the joined row's columns: `*` is the
 * target's then each listed item's (graphile-worker's completeJobs: `DELETE … USING
 * unnest($1::bigint[]) n(n) … RETURNING *`), and a bare name the one relation's that has it
 * (42702 where two have it), which joinedReturning then finds again. Left as written (`*`
 * refused there) where an item's columns are not known here: a subquery, a join, a function of
 * several columns without their names.
 */
export function starReturning(s: Node, columnsOf: (relname: string) => string[] | undefined): Node {
  const list = (s.returningClause?.exprs ?? s.returningList) as Node[] | undefined;
  const isStar = (t: Node) => t.ResTarget?.val?.ColumnRef?.fields?.length === 1 && t.ResTarget.val.ColumnRef.fields[0].A_Star;
  const bare = (n: Node) => n.ColumnRef?.fields?.length === 1 && n.ColumnRef.fields[0].String;
  if (!list || !(s.fromClause ?? s.usingClause)?.length || !JSON.stringify(list).includes('"fields":[{')) return s;
  const listed = listedColumns(s, columnsOf);
  if (!listed) return s;
  const { own, items } = listed;
  const target = (s.relation.alias?.aliasname ?? s.relation.relname) as string;
  const column = (table: string, name: string): Node => ({ ColumnRef: { fields: [{ String: { sval: table } }, { String: { sval: name } }] } });
  // A bare name is the one item's that has it: two having it is PostgreSQL's 42702.
  const qualified = (n: Node): Node => {
    if (n === null || typeof n !== 'object' || n.SubLink) return n;
    if (Array.isArray(n)) return n.map(qualified);
    if (!bare(n)) return Object.fromEntries(Object.entries(n).map(([k, v]) => [k, qualified(v)]));
    const name = n.ColumnRef.fields[0].String.sval as string;
    const having = items.filter((i) => i.columns.includes(name));
    if (having.length + (own.includes(name) ? 1 : 0) > 1) {
      throw new PgError(SqlState.ambiguousColumn, `column reference "${name}" is ambiguous`, typeof n.ColumnRef.location === 'number' ? { position: n.ColumnRef.location + 1 } : {});
    }
    return having.length === 1 ? { ColumnRef: { ...column(having[0]!.name, name).ColumnRef, location: n.ColumnRef.location } } : n;
  };
  const expanded = list.flatMap((t) =>
    isStar(t) ? [...own.map((c) => column(target, c)), ...items.flatMap((i) => i.columns.map((c) => column(i.name, c)))].map((val) => ({ ResTarget: { val } })) : [{ ResTarget: { ...t.ResTarget, val: qualified(t.ResTarget.val) } }],
  );
  return s.returningClause ? { ...s, returningClause: { ...s.returningClause, exprs: expanded } } : { ...s, returningList: expanded };
}

/** A WITH query's column names, where its list names each (a column or an alias; not `*`); undefined for another name. */
function cteColumns(withClause: Node | undefined, name: string): string[] | undefined {
  const cte = ((withClause?.ctes ?? []) as Node[]).find((c) => c.CommonTableExpr.ctename === name)?.CommonTableExpr;
  if (!cte) return undefined;
  if (cte.aliascolnames) return names(cte.aliascolnames);
  const q = cte.ctequery.SelectStmt;
  if (!q || (q.op && q.op !== 'SETOP_NONE') || !q.targetList) return undefined;
  const columns = (q.targetList as Node[]).map((t) => (t.ResTarget.name as string | undefined) ?? t.ResTarget.val.ColumnRef?.fields?.at(-1)?.String?.sval);
  return columns.every((c): c is string => typeof c === 'string') ? columns : undefined;
}

/** Set-returning functions of one column (unnest of one array). */
const SINGLE_COLUMN_FUNCTIONS = new Set(['generate_series', 'json_array_elements', 'jsonb_array_elements', 'json_array_elements_text', 'jsonb_array_elements_text', 'regexp_split_to_table']);

/** The target's columns and each FROM or USING item's, by the name it is known by; undefined where one's cannot be told here. */
function listedColumns(s: Node, columnsOf: (relname: string) => string[] | undefined): { own: string[]; items: Array<{ name: string; columns: string[] }> } | undefined {
  const own = columnsOf(s.relation.relname as string);
  const items: Array<{ name: string; columns: string[] }> = [];
  for (const f of ((s.fromClause ?? s.usingClause) as Node[]) ?? []) {
    const r = f.RangeVar;
    const fn = f.RangeFunction;
    const alias = r?.alias ?? fn?.alias;
    if (r) {
      const columns = (!r.schemaname && cteColumns(s.withClause, r.relname as string)) || columnsOf(r.relname as string);
      if (!columns || alias?.colnames) return undefined;
      items.push({ name: (alias?.aliasname ?? r.relname) as string, columns });
    } else if (alias && !fn.lateral && !fn.ordinality && (fn.functions as Node[]).length === 1) {
      const colnames = names(alias.colnames ?? []);
      // Unnamed, a function's one column is named after the alias: only those known to have one column.
      const call = fn.functions[0].List?.items?.[0]?.FuncCall;
      const fname = call ? names(call.funcname).at(-1)! : '';
      const single = SINGLE_COLUMN_FUNCTIONS.has(fname) || (fname === 'unnest' && call.args?.length === 1);
      if (!colnames.length && !single) return undefined;
      items.push({ name: alias.aliasname as string, columns: colnames.length ? colnames : [alias.aliasname as string] });
    } else return undefined;
  }
  return own && { own, items };
}

/**
 * SQLite's RETURNING sees only the table written. A column of UPDATE's FROM or DELETE's USING
 * tables (`RETURNING d.name`), which PostgreSQL returns from the joined row, becomes a subquery
 * that finds that row again: over the same tables, under the same WHERE, the target row's columns
 * named by the table's own name (RETURNING knows no alias; emit.ts puts the name in scope). Each is
 * in `joined`, whose SQL refuses a target row that several rows join (PostgreSQL would take one
 * of them, which no subquery can tell after an UPDATE); DELETE's takes the first. Refused where the joined row may not be found again: an
 * UPDATE that assigns a column its WHERE reads (the subquery sees the new value), a FROM list
 * naming the target table (it sees the new rows), `*` of the joined tables.
 */
export function joinedReturning(s: Node, joined: WeakSet<Node>): Node {
  const list = (s.returningClause?.exprs ?? s.returningList) as Node[] | undefined;
  const from = ((s.fromClause ?? s.usingClause) as Node[] | undefined) ?? [];
  const others = fromNames(from);
  if (!list || !others.length) return s;
  const relname = s.relation.relname as string;
  const alias = s.relation.alias?.aliasname as string | undefined;
  const own = new Set([relname, alias]);
  const what = s.usingClause ? 'USING' : 'FROM';
  const refused = (why: string) => unsupported(`RETURNING a column of the ${what} list's tables ${why}`);
  const fromColumn = (n: Node) => n.ColumnRef && n.ColumnRef.fields.length >= 2 && !own.has(names(n.ColumnRef.fields)[0]!) && others.includes(names(n.ColumnRef.fields)[0]!);
  const check = (n: Node): void => {
    if (n === null || typeof n !== 'object' || n.SubLink) return;
    if (Array.isArray(n)) return n.forEach(check);
    // `RETURNING *` is the joined row's columns, the other tables' too.
    if (n.ColumnRef && n.ColumnRef.fields.length === 1 && n.ColumnRef.fields[0].A_Star) throw unsupported(`RETURNING * in ${s.usingClause ? 'DELETE … USING' : 'UPDATE … FROM'}`);
    if (fromColumn(n) && n.ColumnRef.fields.at(-1).A_Star) throw refused('by *');
    Object.values(n).forEach(check);
  };
  list.forEach(check);
  const text = JSON.stringify(list, (k, v) => (k === 'SubLink' ? undefined : v));
  if (!others.some((o) => text.includes(`{"String":{"sval":${JSON.stringify(o)}}}`))) return s;
  if (JSON.stringify(from).includes(`"relname":${JSON.stringify(relname)}`)) throw refused('when they include the target table');
  const assigned = new Set(((s.targetList ?? []) as Node[]).map((t) => t.ResTarget.name as string));
  const targetRef = (n: Node) => n.ColumnRef && (n.ColumnRef.fields.length === 1 || own.has(names(n.ColumnRef.fields)[0]!));
  const reads = (n: Node): boolean => n !== null && typeof n === 'object' && ((targetRef(n) && assigned.has(names(n.ColumnRef.fields).at(-1)!)) || !!n.CurrentOfExpr || Object.values(n).some(reads));
  // A condition on the target's columns alone held for the row written: the subquery leaves it out,
  // which can only add candidates (and several are refused), so the joined row is still found.
  const targetOnly = (n: Node): boolean => n === null || typeof n !== 'object' || (!n.SubLink && (n.ColumnRef ? n.ColumnRef.fields.length === 2 && own.has(names(n.ColumnRef.fields)[0]!) : Object.values(n).every(targetOnly)));
  const conjuncts = (n: Node | undefined): Node[] => (!n ? [] : n.BoolExpr?.boolop === 'AND_EXPR' ? (n.BoolExpr.args as Node[]).flatMap(conjuncts) : [n]);
  const kept = conjuncts(s.whereClause).filter((c) => !targetOnly(c));
  if (kept.some(reads)) throw refused('when the UPDATE assigns a column its WHERE reads beside them');
  // The target's columns under the table's own name, which a RETURNING subquery can name.
  const renamed = (n: Node): Node => {
    if (n === null || typeof n !== 'object') return n;
    if (Array.isArray(n)) return n.map(renamed);
    if (alias && n.ColumnRef && n.ColumnRef.fields.length === 2 && names(n.ColumnRef.fields)[0] === alias) return { ColumnRef: { ...n.ColumnRef, fields: [{ String: { sval: relname } }, n.ColumnRef.fields[1]] } };
    return Object.fromEntries(Object.entries(n).map(([k, v]) => [k, renamed(v)]));
  };
  const where = kept.length ? renamed(kept.length === 1 ? kept[0]! : { BoolExpr: { boolop: 'AND_EXPR', args: kept } }) : undefined;
  const rewrite = (n: Node): Node => {
    if (n === null || typeof n !== 'object' || n.SubLink) return n;
    if (Array.isArray(n)) return n.map(rewrite);
    if (fromColumn(n)) {
      // A row DELETE … USING removes is removed once, with the first row its join reaches, as PostgreSQL's
      // executor takes the first and skips the rest as already deleted: the first in scan order here.
      const first = s.usingClause ? { limitCount: { A_Const: { ival: { ival: 1 }, location: -1 } } } : {};
      const subselect = { SelectStmt: { targetList: [{ ResTarget: { val: n, location: -1 } }], fromClause: from, whereClause: where, op: 'SETOP_NONE', limitOption: 'LIMIT_OPTION_DEFAULT', ...first } };
      const link: Node = { SubLink: { subLinkType: 'EXPR_SUBLINK', subselect, location: n.ColumnRef.location } };
      if (!s.usingClause) joined.add(link.SubLink);
      return link;
    }
    return Object.fromEntries(Object.entries(n).map(([k, v]) => [k, rewrite(v)]));
  };
  const returned = list.map(rewrite);
  return s.returningClause ? { ...s, returningClause: { ...s.returningClause, exprs: returned } } : { ...s, returningList: returned };
}

/** SQLite's RETURNING names the target table's columns unqualified: drop `t.` (the table or its alias). */
export function unqualifiedReturning(list: Node[], relation: Node): Node[] {
  const alias = relation.alias?.aliasname as string | undefined;
  const own = new Set([relation.relname as string, alias]);
  const strip = (n: Node): Node => {
    if (n === null || typeof n !== 'object') return n;
    if (Array.isArray(n)) return n.map(strip);
    if (n.ColumnRef && n.ColumnRef.fields.length === 2 && own.has(names(n.ColumnRef.fields)[0]!)) return { ColumnRef: { ...n.ColumnRef, fields: n.ColumnRef.fields.slice(1) } };
    if (n.ColumnRef && n.ColumnRef.fields.length === 3 && schemaQualified(names(n.ColumnRef.fields), relation.relname as string)) return { ColumnRef: { ...n.ColumnRef, fields: n.ColumnRef.fields.slice(2) } };
    if (n.SubLink) return alias ? renamedQualifier(n, alias, relation.relname) : n;
    return Object.fromEntries(Object.entries(n).map(([k, v]) => [k, strip(v)]));
  };
  return list.map(strip);
}

/** `schema.table.column` naming the table stored as `stored` (namespaces.ts): public's under its bare name. */
function schemaQualified([schema, table]: string[], stored: string): boolean {
  return stored === `${schema}.${table}` || (schema === 'public' && stored === table);
}

/**
 * A subquery's references to the target's alias, under the table's own name, which SQLite's
 * RETURNING knows the target by; as written where the subquery names a FROM item either way.
 */
function renamedQualifier(sub: Node, alias: string, table: string): Node {
  const text = JSON.stringify(sub);
  // Untouched where it names no alias: joinedReturning's subqueries are known by their identity.
  if (!text.includes(`{"String":{"sval":${JSON.stringify(alias)}}}`)) return sub;
  if (text.includes(`"relname":${JSON.stringify(table)}`) || text.includes(`"aliasname":${JSON.stringify(alias)}`) || text.includes(`"ctename":`)) return sub;
  const rename = (n: Node): Node => {
    if (n === null || typeof n !== 'object') return n;
    if (Array.isArray(n)) return n.map(rename);
    if (n.ColumnRef && n.ColumnRef.fields.length >= 2 && names(n.ColumnRef.fields)[0] === alias) return { ColumnRef: { ...n.ColumnRef, fields: [{ String: { sval: table } }, ...n.ColumnRef.fields.slice(1)] } };
    return Object.fromEntries(Object.entries(n).map(([k, v]) => [k, rename(v)]));
  };
  return rename(sub);
}

const COMPARISONS = new Set(['=', '<>', '!=', '<', '>', '<=', '>=']);

/** `x op ANY (subquery)` / `x op ALL (subquery)` beyond `= ANY` and `<> ALL`, which are IN and NOT IN. */
export function subqueryComparison(em: EmitContext, s: Node, sub: string): string {
  const op = names(s.operName).at(-1) ?? '=';
  const all = s.subLinkType === 'ALL_SUBLINK';
  if (!COMPARISONS.has(op)) throw unsupported(`${op} ${all ? 'ALL' : 'ANY'} (subquery)`);
  const column = selectColumns(em, s.subselect)?.[0]?.name;
  if (!column) throw unsupported(`${op} ${all ? 'ALL' : 'ANY'} over this subquery`);
  // The subquery's column is renamed so that it cannot capture an unqualified outer column of the same name.
  const values = `(SELECT ${quoteIdent(column)} AS "__evsql_value" FROM (${sub}))`;
  const test = `(${em.expr(s.testexpr)}) ${op === '!=' ? '<>' : op} "__evsql_sub"."__evsql_value"`;
  // Three-valued, as PostgreSQL's: ALL is false when one comparison is false, else unknown (NULL)
  // when one is unknown; ANY is true when one is true, else unknown when one is unknown.
  const some = (cond: string) => `EXISTS (SELECT 1 FROM ${values} AS "__evsql_sub" WHERE ${cond})`;
  const [decisive, verdict] = all ? [`(${test}) = 0`, '0'] : [`(${test}) = 1`, '1'];
  return `(CASE WHEN ${some(decisive)} THEN ${verdict} WHEN ${some(`(${test}) IS NULL`)} THEN NULL ELSE ${all ? '1' : '0'} END)`;
}

// ---------------------------------------------------------------- GROUPING SETS

/** An expression's identity in GROUP BY, whatever its position in the statement. */
function exprKey(n: Node): string {
  return JSON.stringify(n, (k, v) => (k === 'location' ? undefined : v));
}

/** The expressions a GROUP BY element groups by together: a row `(a, b)` is both, anything else itself. */
function unitExprs(n: Node): Node[] {
  return n.RowExpr ? (n.RowExpr.args as Node[]) : [n];
}

/** Each GROUP BY element as the list of grouping sets it stands for. */
function elementSets(n: Node): Node[][] {
  const g = n.GroupingSet;
  if (!g) return [unitExprs(n)];
  const content = (g.content ?? []) as Node[];
  switch (g.kind) {
    case 'GROUPING_SET_EMPTY':
      return [[]];
    case 'GROUPING_SET_SIMPLE':
      return [content.flatMap(unitExprs)];
    case 'GROUPING_SET_ROLLUP':
      return content.map((_, i) => content.slice(0, content.length - i).flatMap(unitExprs)).concat([[]]);
    case 'GROUPING_SET_CUBE': {
      const sets: Node[][] = [];
      for (let mask = (1 << content.length) - 1; mask >= 0; mask--) sets.push(content.filter((_, i) => mask & (1 << (content.length - 1 - i))).flatMap(unitExprs));
      return sets;
    }
    default:
      return content.flatMap(elementSets);
  }
}

/** What tells a grouped query's columns: hidden by a subquery's own, or one spelled two ways. */
interface GroupedScope {
  hides: (q: Node, ref: Node) => boolean;
  same: (a: Node, b: Node) => boolean;
}

/**
 * An expression of one grouping set's query: grouped expressions outside this set become NULL of
 * their type (inside an aggregate, which their column may not be outside of), grouping(…) the
 * bits of its arguments this set leaves out. Aggregates' arguments stay as they are.
 */
function forGroupingSet(n: Node, all: Map<string, Node>, set: Set<string>, scope: GroupedScope): Node {
  const outside = (x: Node): Node | undefined => {
    const key = exprKey(x);
    // A column spelled otherwise than GROUP BY spells it (`t.g` for `g`) is the grouped one too.
    const spelled = x.ColumnRef && !all.has(key) ? [...all.keys()].find((k) => all.get(k)!.ColumnRef && scope.same(x.ColumnRef, all.get(k)!.ColumnRef)) : key;
    if (!spelled || !all.has(spelled) || set.has(spelled)) return undefined;
    const nulled: Node = { CaseExpr: { args: [{ CaseWhen: { expr: { A_Const: { boolval: { boolval: false } } }, result: x } }] } };
    // pg_catalog's, as written: a NULL of any type, booleans too (whose min() a query may not call).
    return { FuncCall: { funcname: [{ String: { sval: 'pg_catalog' } }, { String: { sval: 'min' } }], args: [nulled] } };
  };
  const nulled = outside(n);
  if (nulled) return nulled;
  if (n.GroupingFunc) {
    const args = n.GroupingFunc.args as Node[];
    const ungrouped = args.find((a) => !all.has(exprKey(a)));
    if (ungrouped) throw new PgError(SqlState.groupingError, 'arguments to GROUPING must be grouping expressions of the associated query level', { position: (Object.values(ungrouped)[0]?.location ?? n.GroupingFunc.location) + 1 });
    const bits = args.reduce((acc, a) => acc * 2 + (set.has(exprKey(a)) ? 0 : 1), 0);
    return { A_Const: { ival: { ival: bits } } };
  }
  if (n.FuncCall && (AGGREGATES.has(names(n.FuncCall.funcname).at(-1)!) || n.FuncCall.over)) return n;
  if (n.SubLink) {
    const { testexpr, subselect } = n.SubLink;
    return { SubLink: { ...n.SubLink, testexpr: testexpr && forGroupingSet(testexpr, all, set, scope), subselect: subqueryForGroupingSet(subselect, outside, scope.hides) } };
  }
  if (Array.isArray(n)) return n.map((x) => (x && typeof x === 'object' ? forGroupingSet(x, all, set, scope) : x)) as unknown as Node;
  const out: Node = {};
  for (const [k, v] of Object.entries(n)) out[k] = v && typeof v === 'object' ? forGroupingSet(v, all, set, scope) : v;
  return out;
}

/** The first node of a type in a tree, outside subqueries. */
function findNode(n: unknown, type: string): Node | undefined {
  if (!n || typeof n !== 'object' || (n as Node).SubLink) return undefined;
  if ((n as Node)[type]) return (n as Node)[type];
  for (const v of Object.values(n)) {
    const found = findNode(v, type);
    if (found) return found;
  }
  return undefined;
}

/**
 * GROUP BY GROUPING SETS / ROLLUP / CUBE: the UNION ALL of one grouped query per grouping set,
 * ORDER BY and LIMIT over the union; undefined when the query has none.
 */
export function groupingSetsQuery(schema: TranslatorSchema, s: Node): Node | undefined {
  const groups = (s.groupClause ?? []) as Node[];
  // grouping(…) under a plain GROUP BY: the one grouping set of all its expressions.
  const grouping = groups.length > 0 && JSON.stringify([s.targetList, s.havingClause, s.sortClause]).includes('"GroupingFunc"');
  const ungrouped = groups.length === 0 ? findNode([s.targetList, s.havingClause, s.sortClause], 'GroupingFunc') : undefined;
  if (ungrouped) {
    const arg = ungrouped.args?.[0] as Node | undefined;
    const at = (arg && (Object.values(arg)[0] as { location?: number }).location) ?? ungrouped.location;
    throw new PgError(SqlState.groupingError, 'arguments to GROUPING must be grouping expressions of the associated query level', { position: at + 1 });
  }
  // parseCheckAggregates: grouping(…) belongs to the grouped rows, which WHERE comes before.
  const filtering = findNode(s.whereClause, 'GroupingFunc');
  if (filtering) throw new PgError(SqlState.groupingError, 'grouping operations are not allowed in WHERE', { position: filtering.location + 1 });
  if (!groups.some((g) => g.GroupingSet) && !grouping) return undefined;
  const targets = (s.targetList ?? []) as Node[];
  const scope: GroupedScope = { hides: (q, ref) => fromMayName(schema, q, ref), same: (a, b) => sameColumn(schema, s, a, b) };
  // `CUBE (status, 2)`: a number names a select-list item there too, as at GROUP BY's top level, and
  // so does an output column's name that names no FROM column (findTargetlistEntrySQL92).
  const outputs = targets.map((t) => (t.ResTarget.name ?? columnName(t.ResTarget.val)) as string);
  const positional = (n: Node): Node => {
    const i = n.A_Const?.ival?.ival as number | undefined;
    if (n.A_Const?.ival && targets[(i ?? 0) - 1]) return targets[(i ?? 0) - 1]!.ResTarget.val;
    const name = n.ColumnRef?.fields.length === 1 ? names(n.ColumnRef.fields)[0] : undefined;
    const named = name === undefined || scope.hides(s, n.ColumnRef) ? [] : targets.filter((_, k) => outputs[k] === name);
    if (named.length === 1) return named[0]!.ResTarget.val;
    return n.GroupingSet ? { GroupingSet: { ...n.GroupingSet, content: ((n.GroupingSet.content ?? []) as Node[]).map(positional) } } : n;
  };
  let sets: Node[][] = [[]];
  for (const g of groups.map(positional)) sets = sets.flatMap((prefix) => elementSets(g).map((set) => [...prefix, ...set]));
  // GROUP BY DISTINCT: a grouping set repeated (as a set of expressions) is grouped by once.
  if (s.groupDistinct) {
    const seen = new Set<string>();
    sets = sets.filter((set) => {
      const key = JSON.stringify([...new Set(set.map(exprKey))].sort());
      return !seen.has(key) && !!seen.add(key);
    });
  }
  const all = new Map(sets.flat().map((e) => [exprKey(e), e]));
  if (targets.some((t) => t.ResTarget.val.ColumnRef && names(t.ResTarget.val.ColumnRef.fields).at(-1) === '*')) throw unsupported('GROUPING SETS with *');
  const distinct = s.distinctClause as Node[] | undefined;
  if (distinct?.some((d) => d && Object.keys(d).length)) throw unsupported('DISTINCT ON in a query with GROUPING SETS');
  const member = (set: Node[]): Node => {
    const keys = new Set(set.map(exprKey));
    const unique = [...new Map(set.map((e) => [exprKey(e), e])).values()];
    return {
      op: 'SETOP_NONE',
      targetList: targets.map((t) => ({ ResTarget: { ...t.ResTarget, name: t.ResTarget.name ?? columnName(t.ResTarget.val), val: forGroupingSet(t.ResTarget.val, all, keys, scope) } })),
      fromClause: s.fromClause,
      whereClause: s.whereClause,
      groupClause: unique.length ? unique : undefined,
      // The empty grouping set is one group even with no aggregate in sight (`GROUP BY ()`): a HAVING makes the query grouped.
      havingClause: s.havingClause ? forGroupingSet(s.havingClause, all, keys, scope) : unique.length ? undefined : { A_Const: { boolval: { boolval: true } } },
      windowClause: s.windowClause,
    };
  };
  // The union's columns take the first member's types, where a grouped expression outside its set is
  // a NULL of the aggregate's type (min(varchar) is text, char(n) loses its length): a first member
  // grouping by all of them, over no rows, gives each its own.
  const full = [...all.values()];
  const typed = (build: (set: Node[]) => Node) => (sets[0]!.length < all.size ? [{ ...build(full), whereClause: { A_Const: { boolval: { boolval: false } } } }] : []);
  // ORDER BY grouping(…), or an expression that is no output column: a hidden column of each
  // member, which the union's rows are sorted by.
  const sorts = (s.sortClause ?? []) as Node[];
  const output = (n: Node) => !!n.A_Const?.ival || (!!n.ColumnRef && names(n.ColumnRef.fields).length === 1 && outputs.includes(names(n.ColumnRef.fields)[0]!));
  const hidden = sorts.map((o, i) => (output(o.SortBy.node) ? undefined : `__evsql_sort${i + 1}`));
  // A window runs over the rows of all the grouping sets: the query over the union runs it.
  if (hasWindowFunction([targets, sorts])) {
    const w = windowsOverSets(targets, sorts, s.windowClause, exprKey, output);
    const computed = (set: Node[]): Node => {
      const keys = new Set(set.map(exprKey));
      const targetList = w.hidden.map((e, i) => ({ ResTarget: { name: hiddenColumn(i), val: forGroupingSet(e, all, keys, scope) } }));
      return { ...member(set), targetList, windowClause: undefined };
    };
    const union = [...typed(computed), ...sets.map(computed)].reduce((larg, rarg) => ({ op: 'SETOP_UNION', all: true, larg, rarg }));
    return {
      op: 'SETOP_NONE',
      distinctClause: distinct,
      targetList: w.targets.map((t, i) => ({ ResTarget: { ...t.ResTarget, name: outputs[i] } })),
      fromClause: [{ RangeSubselect: { subquery: { SelectStmt: union }, alias: { aliasname: '__evsql_sets' } } }],
      windowClause: w.windows,
      sortClause: s.sortClause ? w.sorts : undefined,
      limitCount: s.limitCount,
      limitOffset: s.limitOffset,
      limitOption: s.limitOption,
      withClause: s.withClause,
    };
  }
  if (!hidden.some(Boolean) && !distinct) {
    const union = [...typed(member), ...sets.map(member)].reduce((larg, rarg) => ({ op: 'SETOP_UNION', all: true, larg, rarg }));
    return { ...union, sortClause: s.sortClause, limitCount: s.limitCount, limitOffset: s.limitOffset, limitOption: s.limitOption, withClause: s.withClause };
  }
  const withHidden = (set: Node[]): Node => {
    const m = member(set);
    const keys = new Set(set.map(exprKey));
    const extra = sorts.flatMap((o, i) => (hidden[i] ? [{ ResTarget: { name: hidden[i], val: forGroupingSet(o.SortBy.node, all, keys, scope) } }] : []));
    // Outputs of one name (two grouping(…) columns) each under a name of their own inside.
    const own = (m.targetList as Node[]).map((t, i) => ({ ResTarget: { ...t.ResTarget, name: `__evsql_out${i + 1}` } }));
    return { ...m, targetList: [...own, ...extra] };
  };
  const union = [...typed(withHidden), ...sets.map(withHidden)].reduce((larg, rarg) => ({ op: 'SETOP_UNION', all: true, larg, rarg }));
  return {
    op: 'SETOP_NONE',
    // DISTINCT is over the rows of all the grouping sets.
    distinctClause: distinct,
    targetList: outputs.map((name, i) => ({ ResTarget: { name, val: columnRef(`__evsql_out${i + 1}`) } })),
    fromClause: [{ RangeSubselect: { subquery: { SelectStmt: union }, alias: { aliasname: '__evsql_sets' } } }],
    sortClause: sorts.map((o, i) => (hidden[i] ? { SortBy: { ...o.SortBy, node: columnRef(hidden[i]!) } } : o)),
    limitCount: s.limitCount,
    limitOffset: s.limitOffset,
    limitOption: s.limitOption,
    withClause: s.withClause,
  };
}

/**
 * HAVING without GROUP BY or an aggregate in the select list (its own, or a subquery's that reads
 * only its columns) makes one group of all the rows, so the query answers one row or none (`SELECT 1 FROM t HAVING count(*) > 5`); SQLite refuses it
 * ("HAVING clause on a non-aggregate query"). Its condition is tested by an aggregate subquery —
 * one row even over no rows, as the group — and the select list, which can name no column of
 * the group (42803), is the answer when it holds. Undefined for any other query.
 */
export function havingAloneQuery(schema: TranslatorSchema, s: Node): Node | undefined {
  if (!s.havingClause || s.groupClause || hasAggregate(s.targetList) || hasWindowFunction(s.havingClause) || aggregateInSubquery(schema, s)) return undefined;
  const countAll = { FuncCall: { funcname: [{ String: { sval: 'count' } }], agg_star: true } };
  const group = { A_Expr: { kind: 'AEXPR_OP', name: [{ String: { sval: '>=' } }], lexpr: countAll, rexpr: { A_Const: { ival: { ival: 0 } } } } };
  const test = { SelectStmt: { op: 'SETOP_NONE', targetList: [{ ResTarget: { val: { BoolExpr: { boolop: 'AND_EXPR', args: [s.havingClause, group] } } } }], fromClause: s.fromClause, whereClause: s.whereClause } };
  return { ...s, fromClause: undefined, whereClause: { SubLink: { subLinkType: 'EXPR_SUBLINK', subselect: test } }, havingClause: undefined };
}

// ---------------------------------------------------------------- data-modifying WITH

/** The RETURNING expression a reference to a relation's column (`c` or `rel.c`) stands for. */
function columnExpr(ref: Node, relation: string, columns: Map<string, Node>): Node | undefined {
  const fields = names(ref.fields);
  const name = fields.length === 1 ? fields[0]! : fields.length === 2 && fields[0] === relation ? fields[1]! : undefined;
  return name !== undefined ? columns.get(name) : undefined;
}

/** Replaces references to a relation's columns by the expressions they stand for (each one does: substitutable). */
function substituteColumns(n: Node, relation: string, columns: Map<string, Node>): Node {
  if (n.ColumnRef) return columnExpr(n.ColumnRef, relation, columns)!;
  if (Array.isArray(n)) return n.map((x) => (x && typeof x === 'object' ? substituteColumns(x, relation, columns) : x)) as unknown as Node;
  const out: Node = {};
  for (const [k, v] of Object.entries(n)) out[k] = v && typeof v === 'object' ? substituteColumns(v, relation, columns) : v;
  return out;
}

const NOT_SCALAR = 'evsql.not-scalar';

/** A call of one value per row (`upper(name)`), which RETURNING can compute: no aggregate, window or set-returning function. */
function scalarCall(f: Node): boolean {
  const name = names(f.funcname).at(-1)!;
  return !f.over && !f.agg_star && !f.agg_distinct && !f.agg_filter && !f.agg_order && !f.agg_within_group && !AGGREGATES.has(name) && !SCALAR_EXCLUDED.has(name) && !(name in JSON_SET_RETURNING) && !(name in TEXT_SET_RETURNING);
}

const SCALAR_EXCLUDED = new Set(['generate_series', 'unnest', 'generate_subscripts', 'jsonb_path_query', 'string_to_table', 'grouping']);

/**
 * `WITH d AS (INSERT/UPDATE/DELETE … RETURNING …) SELECT <exprs> FROM d`, a query that only
 * projects the rows the statement returns: the statement itself, returning those expressions,
 * one step. Undefined for any other query (modifying-with.ts runs those in parts).
 */
export function dataModifyingProjection(s: Node, columnsOf: (relname: string) => string[] | undefined): Node | undefined {
  const ctes = (s.withClause?.ctes ?? []) as Node[];
  const dmlType = (c: Node) => Object.keys(c.CommonTableExpr.ctequery).find((k) => k === 'InsertStmt' || k === 'UpdateStmt' || k === 'DeleteStmt');
  if (!ctes.some(dmlType)) return undefined;
  const from = (s.fromClause ?? []) as Node[];
  const cte = ctes[0]!.CommonTableExpr;
  const projection =
    ctes.length === 1 && from.length === 1 && from[0]!.RangeVar && !from[0]!.RangeVar.schemaname && from[0]!.RangeVar.relname === cte.ctename &&
    !s.whereClause && !s.groupClause && !s.havingClause && !s.sortClause && !s.limitCount && !s.limitOffset && !s.distinctClause && !s.windowClause && (!s.op || s.op === 'SETOP_NONE') &&
    !JSON.stringify(s.targetList, (k, v) => (k === 'FuncCall' && !scalarCall(v) ? NOT_SCALAR : v)).includes(NOT_SCALAR);
  if (!projection) return undefined;
  const type = dmlType(ctes[0]!)!;
  const dml = starReturning(cte.ctequery[type], columnsOf);
  const returning = (dml.returningClause?.exprs ?? dml.returningList ?? []) as Node[];
  if (returning.length === 0) throw new PgError(SqlState.featureNotSupported, `WITH query "${cte.ctename}" does not have a RETURNING clause`);
  const relation = (from[0]!.RangeVar.alias?.aliasname as string | undefined) ?? cte.ctename;
  const targets = s.targetList as Node[];
  const star = (t: Node) => t.ResTarget.val.ColumnRef && names(t.ResTarget.val.ColumnRef.fields).at(-1) === '*';
  if (returning.some(star)) return targets.length === 1 && star(targets[0]!) ? { [type]: dml } : undefined;
  const aliases = names(cte.aliascolnames);
  const columns = new Map(returning.map((t, i) => [aliases[i] ?? t.ResTarget.name ?? columnName(t.ResTarget.val), t.ResTarget.val as Node]));
  const substitutable = (t: Node) => star(t) || !JSON.stringify(t.ResTarget.val, (k, v) => (k === 'SubLink' || (k === 'ColumnRef' && !columnExpr(v, relation, columns)) ? NOT_SCALAR : v)).includes(NOT_SCALAR);
  if (!targets.every(substitutable)) return undefined;
  const returningList = targets.flatMap((t) =>
    star(t)
      ? [...columns].map(([name, val]) => ({ ResTarget: { name, val } }))
      : [{ ResTarget: { name: t.ResTarget.name ?? columnName(t.ResTarget.val), val: substituteColumns(t.ResTarget.val, relation, columns) } }],
  );
  return { [type]: dml.returningClause ? { ...dml, returningClause: { ...dml.returningClause, exprs: returningList } } : { ...dml, returningList } };
}

/**
 * `WITH d AS (DELETE FROM src … RETURNING …) INSERT INTO dst SELECT … FROM d` (moving rows): the
 * INSERT reading, in place of d, the rows the DELETE returns — its RETURNING list over src under
 * its WHERE — then the DELETE. Both read the statement's starting state, as PostgreSQL's do, as
 * long as the DELETE's WHERE reads no other table (no subquery) and dst is not src. Undefined for
 * any other statement.
 */
export function deleteIntoInsert(s: Node): { insert: Node; del: Node } | undefined {
  const ctes = (s.withClause?.ctes ?? []) as Node[];
  const cte = ctes.length === 1 ? ctes[0]!.CommonTableExpr : undefined;
  const del = cte?.ctequery.DeleteStmt;
  const select = s.selectStmt?.SelectStmt;
  if (!del || !select || s.returningClause || s.returningList || s.onConflictClause || del.usingClause || del.withClause) return undefined;
  const returning = (del.returningClause?.exprs ?? del.returningList ?? []) as Node[];
  if (returning.length === 0 || del.relation.relname === s.relation.relname || JSON.stringify(del.whereClause ?? null).includes('"SubLink"')) return undefined;
  const from = (select.fromClause ?? []) as Node[];
  const isCte = (f: Node) => !!f.RangeVar && !f.RangeVar.schemaname && f.RangeVar.relname === cte.ctename;
  const mentions = JSON.stringify(select).split(`"relname":${JSON.stringify(cte.ctename)}`).length - 1;
  if (from.filter(isCte).length !== 1 || mentions !== 1) return undefined;
  const rows: Node = {
    RangeSubselect: {
      subquery: { SelectStmt: { targetList: returning, fromClause: [{ RangeVar: del.relation }], whereClause: del.whereClause, limitOption: 'LIMIT_OPTION_DEFAULT', op: 'SETOP_NONE' } },
      alias: { aliasname: from.find(isCte)!.RangeVar.alias?.aliasname ?? cte.ctename, ...(cte.aliascolnames ? { colnames: cte.aliascolnames } : {}) },
    },
  };
  const insert = { ...s, withClause: undefined, selectStmt: { SelectStmt: { ...select, fromClause: from.map((f) => (isCte(f) ? rows : f)) } } };
  const { returningClause: _c, returningList: _l, ...plain } = del;
  return { insert, del: { DeleteStmt: plain } };
}
