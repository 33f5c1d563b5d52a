/**
 * `WITH RECURSIVE … SEARCH DEPTH|BREADTH FIRST BY … SET … CYCLE … SET … [TO … DEFAULT …] USING …`
 * rewritten into the plain recursive query PostgreSQL's rewriter makes of it (rewriteSearchCycle.c):
 * the non-recursive term gains the ordering column (`ARRAY[ROW(cols)]` depth first, `ROW(0::int8,
 * cols)` breadth first), the cycle mark (its DEFAULT) and the path (`ARRAY[ROW(cols)]`); the
 * recursive term extends them from the row of the query it reads and stops at a row marked. SQLite
 * takes no subquery around a recursive term, so where PostgreSQL wraps that term this one adds to
 * its own target list (its expressions written again) and WHERE; a term's `*` is written out as
 * its tables' columns. A clause whose columns cannot be named so (`*` of a subquery) is refused (0A000).
 */
import { PgError, SqlState } from '../../pg/errors.js';
import type { Node } from './parse.js';
import { columnName } from './column-name.js';

const str = (sval: string): Node => ({ String: { sval } });
const column = (...fields: string[]): Node => ({ ColumnRef: { fields: fields.map(str), location: -1 } });
const op = (name: string, lexpr: Node, rexpr: Node): Node => ({ A_Expr: { kind: 'AEXPR_OP', name: [str(name)], lexpr, rexpr, location: -1 } });
const cast = (arg: Node, type: string): Node => ({ TypeCast: { arg, typeName: { names: [str('pg_catalog'), str(type)], typemod: -1, location: -1 }, location: -1 } });
const row = (args: Node[]): Node => ({ RowExpr: { args, row_format: 'COERCE_EXPLICIT_CALL', location: -1 } });
const array = (elements: Node[]): Node => ({ A_ArrayExpr: { elements, location: -1 } });
const target = (val: Node, name?: string): Node => ({ ResTarget: { ...(name !== undefined ? { name } : {}), val, location: -1 } });
const boolConst = (b: boolean): Node => ({ A_Const: { boolval: b ? { boolval: true } : {}, location: -1 } });

function syntaxError(message: string, location: number | undefined): PgError {
  return new PgError(SqlState.syntaxError, message, location !== undefined && location >= 0 ? { position: location + 1 } : {});
}

/** The field of a CTE that keeps the error its clause's rewrite met (code, message, position): emit-query.ts throws it where it translates the WITH, as analysis would, after the statements before it ran. */
export const SEARCH_CYCLE_ERROR = 'evsql_search_cycle_error';

/** A table's column names (undefined for no table), to write out a term's `*` and `t.*`. */
export type ColumnsOf = (table: string) => string[] | undefined;

/** Every CTE of the statement with a SEARCH or CYCLE clause rewritten in place (an error kept on its CTE). */
export function rewriteSearchCycle(stmt: Node, columnsOf: ColumnsOf): void {
  const text = JSON.stringify(stmt);
  if (!text.includes('"search_clause"') && !text.includes('"cycle_clause"')) return;
  const plain = new Set<Node>();
  const visit = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(visit);
    if (!n || typeof n !== 'object') return;
    const o = n as Node;
    if (Array.isArray(o.ctes) && !o.recursive) for (const c of o.ctes as Node[]) if (c.CommonTableExpr) plain.add(c.CommonTableExpr);
    for (const v of Object.values(o)) visit(v);
    const cte = o.CommonTableExpr;
    if (cte && (cte.search_clause || cte.cycle_clause)) {
      try {
        if (plain.has(cte)) throw syntaxError('WITH query is not recursive', cte.location);
        rewrite(cte, columnsOf);
      } catch (err) {
        if (!(err instanceof PgError)) throw err;
        cte[SEARCH_CYCLE_ERROR] = { code: err.code, message: err.message, ...(err.fields.position !== undefined ? { position: err.fields.position } : {}) };
      }
      delete cte.search_clause;
      delete cte.cycle_clause;
    }
  };
  visit(stmt);
}

/** A ColumnRef or RangeVar naming the CTE itself anywhere in a term. */
function refersTo(n: unknown, name: string): boolean {
  return JSON.stringify(n ?? null).includes(`"relname":${JSON.stringify(name)}`);
}

/** The name the recursive term reads the CTE by: its alias, or its own name. */
function recursiveReference(items: Node[], name: string): string | undefined {
  for (const item of items) {
    if (item.RangeVar && !item.RangeVar.schemaname && item.RangeVar.relname === name) return item.RangeVar.alias?.aliasname ?? name;
    if (item.JoinExpr) {
      const found = recursiveReference([item.JoinExpr.larg, item.JoinExpr.rarg], name);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** The mark's TO and DEFAULT as select_common_type resolves two constants ('Y'/'N' text, 1/0 integer, a string read as the other's type); 42804 at DEFAULT. */
function markValues(value: Node, dflt: Node, location: number): [Node, Node] {
  const kind = (n: Node): string | undefined => {
    const c = n.A_Const;
    if (!c) return undefined;
    if (c.isnull) return 'unknown';
    if (c.sval) return 'unknown';
    if (c.ival) return 'integer';
    if (c.fval) return 'numeric';
    if (c.boolval) return 'boolean';
    return undefined;
  };
  const [a, b] = [kind(value), kind(dflt)];
  if (a === undefined || b === undefined) return [value, dflt];
  if (a === 'unknown' && b === 'unknown') return [cast(value, 'text'), cast(dflt, 'text')];
  const common = a === 'unknown' ? b : b === 'unknown' ? a : a === b ? a : (a === 'integer' && b === 'numeric') || (a === 'numeric' && b === 'integer') ? 'numeric' : undefined;
  if (!common) throw new PgError(SqlState.datatypeMismatch, `CYCLE types ${a} and ${b} cannot be matched`, location >= 0 ? { position: location + 1 } : {});
  const type = common === 'integer' ? 'int4' : common === 'boolean' ? 'bool' : 'numeric';
  return [cast(value, type), cast(dflt, type)];
}

/**
 * A term's `*` and `t.*` as the columns of the tables they stand for, where all of them are tables
 * (not the CTE itself, a subquery or a function) and no join merges columns (USING, NATURAL).
 */
function expandStars(term: Node, columnsOf: ColumnsOf): void {
  const targets = (term.targetList ?? []) as Node[];
  if (!targets.some((t) => t.ResTarget.val.ColumnRef?.fields.some((f: Node) => f.A_Star))) return;
  const relations: Array<{ ref: string; columns: string[] | undefined }> = [];
  let plain = true;
  const walk = (item: Node) => {
    if (item.RangeVar) relations.push({ ref: item.RangeVar.alias?.aliasname ?? item.RangeVar.relname, columns: item.RangeVar.schemaname ? undefined : columnsOf(item.RangeVar.relname) });
    else if (item.JoinExpr) {
      if (item.JoinExpr.usingClause || item.JoinExpr.isNatural) plain = false;
      walk(item.JoinExpr.larg);
      walk(item.JoinExpr.rarg);
    } else plain = false;
  };
  ((term.fromClause ?? []) as Node[]).forEach(walk);
  const expanded: Node[] = [];
  for (const t of targets) {
    const fields = t.ResTarget.val.ColumnRef?.fields as Node[] | undefined;
    if (!fields?.at(-1)?.A_Star) {
      expanded.push(t);
      continue;
    }
    const qualifier = fields.length === 2 ? (fields[0]!.String?.sval as string | undefined) : undefined;
    if (fields.length > 2 || (qualifier === undefined && !plain)) return;
    const rels = qualifier === undefined ? relations : relations.filter((r) => r.ref === qualifier);
    if (!rels.length || rels.some((r) => !r.columns)) return;
    for (const r of rels) for (const c of r.columns!) expanded.push(target(column(r.ref, c)));
  }
  term.targetList = expanded;
}

function rewrite(cte: Node, columnsOf: ColumnsOf): void {
  const name = cte.ctename as string;
  const search = cte.search_clause as Node | undefined;
  const cycle = cte.cycle_clause as Node | undefined;
  const q = cte.ctequery?.SelectStmt as Node | undefined;
  const recursive = !!q && q.op === 'SETOP_UNION' && refersTo(q.rarg, name);
  if (!q || !refersTo(q, name)) throw syntaxError('WITH query is not recursive', cte.location);
  if (!recursive) throw new PgError(SqlState.invalidRecursion, `recursive query "${name}" does not have the form non-recursive-term UNION [ALL] recursive-term`, cte.location >= 0 ? { position: cte.location + 1 } : {});
  const [left, right] = [q.larg as Node, q.rarg as Node];
  if (left.op && left.op !== 'SETOP_NONE') throw new PgError(SqlState.featureNotSupported, 'with a SEARCH or CYCLE clause, the left side of the UNION must be a SELECT');
  if (right.op && right.op !== 'SETOP_NONE') throw new PgError(SqlState.featureNotSupported, 'with a SEARCH or CYCLE clause, the right side of the UNION must be a SELECT');
  // A VALUES of one row is the SELECT of its items (named column1 … as VALUES names them).
  const values = left.valuesLists as Node[] | undefined;
  if (values?.length === 1) {
    left.targetList = ((values[0]!.List?.items ?? []) as Node[]).map((val, i) => target(val, `column${i + 1}`));
    delete left.valuesLists;
  }
  expandStars(left, columnsOf);
  expandStars(right, columnsOf);
  const leftTargets = (left.targetList ?? []) as Node[];
  const rightTargets = (right.targetList ?? []) as Node[];
  const star = (ts: Node[]) => !ts.length || ts.some((t) => t.ResTarget.val.ColumnRef?.fields.some((f: Node) => f.A_Star));
  const given = ((cte.aliascolnames ?? []) as Node[]).map((c) => c.String.sval as string);
  if (!given.length && star(leftTargets)) throw new PgError(SqlState.featureNotSupported, 'SEARCH or CYCLE over a non-recursive term of * without a column list is not supported by evsql');
  const columns = given.length ? given : leftTargets.map((t) => (t.ResTarget.name as string | undefined) ?? columnName(t.ResTarget.val));

  const checkList = (list: Node[], what: string, location: number) => {
    const seen: string[] = [];
    for (const c of list) {
      const col = c.String.sval as string;
      if (!columns.includes(col)) throw syntaxError(`${what} column "${col}" not in WITH query column list`, location);
      if (seen.includes(col)) throw new PgError(SqlState.duplicateColumn, `${what} column "${col}" specified more than once`, location >= 0 ? { position: location + 1 } : {});
      seen.push(col);
    }
    return seen;
  };
  let mark: [Node, Node] | undefined;
  if (cycle) mark = markValues(cycle.cycle_mark_value ?? boolConst(true), cycle.cycle_mark_default ?? boolConst(false), cycle.cycle_mark_default?.A_Const?.location ?? cycle.location);
  const searchCols = search ? checkList(search.search_col_list, 'search', search.location) : [];
  if (search && columns.includes(search.search_seq_column)) throw syntaxError(`search sequence column name "${search.search_seq_column}" already used in WITH query column list`, search.location);
  const cycleCols = cycle ? checkList(cycle.cycle_col_list, 'cycle', cycle.location) : [];
  if (cycle) {
    if (columns.includes(cycle.cycle_mark_column)) throw syntaxError(`cycle mark column name "${cycle.cycle_mark_column}" already used in WITH query column list`, cycle.location);
    if (columns.includes(cycle.cycle_path_column)) throw syntaxError(`cycle path column name "${cycle.cycle_path_column}" already used in WITH query column list`, cycle.location);
    if (cycle.cycle_mark_column === cycle.cycle_path_column) throw syntaxError('cycle mark column name and cycle path column name are the same', cycle.location);
  }
  if (search && cycle) {
    if (search.search_seq_column === cycle.cycle_mark_column) throw syntaxError('search sequence column name and cycle mark column name are the same', search.location);
    if (search.search_seq_column === cycle.cycle_path_column) throw syntaxError('search sequence column name and cycle path column name are the same', search.location);
  }
  if (star(rightTargets) || rightTargets.length !== columns.length || leftTargets.length !== columns.length) throw new PgError(SqlState.featureNotSupported, 'SEARCH or CYCLE over a term of * is not supported by evsql');
  const ref = recursiveReference((right.fromClause ?? []) as Node[], name);
  if (ref === undefined) throw new PgError(SqlState.featureNotSupported, 'SEARCH or CYCLE with the recursive reference outside the recursive term\'s FROM list is not supported by evsql');

  // A term's value of a CTE column: its target expression, written again.
  const valueOf = (targets: Node[]) => (col: string) => structuredClone(targets[columns.indexOf(col)]!.ResTarget.val) as Node;
  const [l, r] = [valueOf(leftTargets), valueOf(rightTargets)];
  const added: string[] = [];
  if (search) {
    const seq = search.search_seq_column as string;
    added.push(seq);
    if (search.search_breadth_first) {
      // The depth is the first field of the record the row read carries.
      const depth = cast({ FuncCall: { funcname: [str('split_part')], args: [{ FuncCall: { funcname: [str('ltrim')], args: [cast(column(ref, seq), 'text'), { A_Const: { sval: { sval: '(' }, location: -1 } }], funcformat: 'COERCE_EXPLICIT_CALL', location: -1 } }, { A_Const: { sval: { sval: ',' }, location: -1 } }, { A_Const: { ival: { ival: 1 }, location: -1 } }], funcformat: 'COERCE_EXPLICIT_CALL', location: -1 } }, 'int8');
      leftTargets.push(target(row([cast({ A_Const: { ival: {}, location: -1 } }, 'int8'), ...searchCols.map(l)]), seq));
      rightTargets.push(target(row([op('+', depth, { A_Const: { ival: { ival: 1 }, location: -1 } }), ...searchCols.map(r)])));
    } else {
      leftTargets.push(target(array([row(searchCols.map(l))]), seq));
      rightTargets.push(target(op('||', column(ref, seq), array([row(searchCols.map(r))]))));
    }
  }
  if (cycle && mark) {
    const [markCol, pathCol] = [cycle.cycle_mark_column as string, cycle.cycle_path_column as string];
    added.push(markCol, pathCol);
    const [value, dflt] = mark;
    leftTargets.push(target(structuredClone(dflt), markCol), target(array([row(cycleCols.map(l))]), pathCol));
    const seen = op('@>', column(ref, pathCol), array([row(cycleCols.map(r))]));
    rightTargets.push(
      target({ CaseExpr: { args: [{ CaseWhen: { expr: seen, result: structuredClone(value), location: -1 } }], defresult: structuredClone(dflt), location: -1 } }),
      target(op('||', column(ref, pathCol), array([row(cycleCols.map(r))]))),
    );
    const unmarked = op('<>', column(ref, markCol), structuredClone(value));
    right.whereClause = right.whereClause ? { BoolExpr: { boolop: 'AND_EXPR', args: [right.whereClause, unmarked], location: -1 } } : unmarked;
  }
  left.targetList = leftTargets;
  right.targetList = rightTargets;
  if (given.length) cte.aliascolnames = [...(cte.aliascolnames as Node[]), ...added.map(str)];
}
