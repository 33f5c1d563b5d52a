/**
 * `a JOIN b USING (k) AS j` (join_using_alias, PostgreSQL 14): j names the join's merged USING
 * columns and nothing else. SQLite has no such name, so `j.k` is written as the expression the
 * merged column stands for, as PostgreSQL builds it (transformJoinUsingClause): the left side's
 * column of an inner or left join, the right side's of a right join, COALESCE of the two of a full
 * join; `j.*` is those columns.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { type Node, names } from './parse.js';
import type { TranslatorSchema } from './schema.js';
import { unsupported } from './unsupported.js';

/** The query with its join aliases written out; undefined when its FROM has none. */
export function usingAliasQuery(s: Node, schema: TranslatorSchema): Node | undefined {
  const from = (s.fromClause ?? []) as Node[];
  if (!JSON.stringify(from).includes('"join_using_alias"')) return undefined;
  const aliases = new Map<string, Map<string, Node>>();
  const strip = (n: Node): Node => {
    if (!n.JoinExpr) return n;
    const { join_using_alias: alias, ...j } = n.JoinExpr;
    const out = { JoinExpr: { ...j, larg: strip(j.larg), rarg: strip(j.rarg) } };
    if (alias) {
      const name = alias.aliasname as string;
      if (aliases.has(name) || itemNames(from).includes(name)) throw new PgError(SqlState.duplicateAlias, `table name "${name}" specified more than once`);
      aliases.set(name, new Map(names(j.usingClause).map((c) => [c, merged(n.JoinExpr, c, schema)])));
    }
    return out;
  };
  const fromClause = from.map(strip);
  if (aliases.size === 0) return undefined;
  const targetList = ((s.targetList ?? []) as Node[]).flatMap((t) => {
    const fields = t.ResTarget?.val?.ColumnRef?.fields as Node[] | undefined;
    const columns = fields?.length === 2 && fields[1]!.A_Star ? aliases.get(fields[0]!.String?.sval) : undefined;
    if (columns) return [...columns].map(([name, val]) => ({ ResTarget: { name, val } }));
    // `j.k` is named k, whatever it stands for.
    const column = fields?.length === 2 && aliases.has(fields[0]!.String?.sval) ? (fields[1]!.String?.sval as string | undefined) : undefined;
    return [column !== undefined && !t.ResTarget.name ? { ResTarget: { ...t.ResTarget, name: column } } : t];
  });
  return written({ ...s, targetList, fromClause }, aliases);
}

/** The expression a join's merged column `column` stands for. */
function merged(j: Node, column: string, schema: TranslatorSchema): Node {
  const [l, r] = [sideColumn(j.larg, column, schema), sideColumn(j.rarg, column, schema)];
  if (j.jointype === 'JOIN_FULL') return { CoalesceExpr: { args: [l, r] } };
  return j.jointype === 'JOIN_RIGHT' ? r : l;
}

/** Column `column` of one side of a join, as the query around may name it. */
function sideColumn(n: Node, column: string, schema: TranslatorSchema): Node {
  const named = n.RangeVar ? (n.RangeVar.alias?.aliasname ?? n.RangeVar.relname) : (n.RangeSubselect ?? n.RangeFunction ?? n.JoinExpr)?.alias?.aliasname;
  if (named !== undefined) return { ColumnRef: { fields: [{ String: { sval: named } }, { String: { sval: column } }] } };
  const j = n.JoinExpr;
  if (j?.usingClause && names(j.usingClause).includes(column)) return merged(j, column, schema);
  if (j && !j.isNatural) {
    const [l, r] = [hasColumn(j.larg, column, schema), hasColumn(j.rarg, column, schema)];
    if (l && r === false) return sideColumn(j.larg, column, schema);
    if (r && l === false) return sideColumn(j.rarg, column, schema);
  }
  throw unsupported('JOIN … USING … AS over a join whose columns evsql cannot place');
}

/** Whether a FROM item has the column; undefined where its columns are not known here. */
function hasColumn(n: Node, column: string, schema: TranslatorSchema): boolean | undefined {
  if (n.RangeVar) {
    const table = n.RangeVar.schemaname ? undefined : schema.lookupTable(n.RangeVar.relname);
    return table ? table.column(column) !== undefined : undefined;
  }
  const j = n.JoinExpr;
  if (!j || j.alias) return undefined;
  const [l, r] = [hasColumn(j.larg, column, schema), hasColumn(j.rarg, column, schema)];
  return l || r ? true : l === false && r === false ? false : undefined;
}

/** The names the FROM items go by (a join's USING alias aside). */
function itemNames(from: Node[]): string[] {
  return from.flatMap((n): string[] => {
    if (n.JoinExpr) return [...itemNames([n.JoinExpr.larg, n.JoinExpr.rarg]), ...(n.JoinExpr.alias ? [n.JoinExpr.alias.aliasname] : [])];
    if (n.RangeVar) return [n.RangeVar.alias?.aliasname ?? n.RangeVar.relname];
    const alias = (n.RangeSubselect ?? n.RangeFunction)?.alias?.aliasname;
    return alias ? [alias] : [];
  });
}

/** `n` with each `alias.column` of a join alias replaced by its expression (not inside FROM's own subqueries, which cannot see it). */
function written(n: Node, aliases: Map<string, Map<string, Node>>): Node {
  if (Array.isArray(n)) return n.map((x) => (x && typeof x === 'object' ? written(x, aliases) : x)) as unknown as Node;
  if (n.RangeSubselect && !n.RangeSubselect.lateral) return n;
  const fields = n.ColumnRef?.fields as Node[] | undefined;
  const columns = fields?.length === 2 ? aliases.get(fields[0]!.String?.sval) : undefined;
  if (columns) {
    const name = fields![1]!.String?.sval as string | undefined;
    const to = name === undefined ? undefined : columns.get(name);
    if (!to) throw new PgError(SqlState.undefinedColumn, `column ${fields![0]!.String.sval}.${name ?? '*'} does not exist`, n.ColumnRef.location === undefined ? {} : { position: n.ColumnRef.location + 1 });
    return to;
  }
  const out: Node = {};
  for (const [k, v] of Object.entries(n)) out[k] = v && typeof v === 'object' ? written(v, aliases) : v;
  return out;
}
