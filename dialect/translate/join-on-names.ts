/**
 * A JOIN's ON clause sees only the FROM items of that join (transformJoinOnClause): a bare column
 * name there is the one of those items that has it, even where an item joined later has a column
 * of that name too. SQLite reads an ON clause against the whole FROM and finds such a name
 * ambiguous (psqlODBC's SQLForeignKeys joins a subquery with `conkey` to pg_attribute `ON … =
 * conkey[i]`, then left-joins pg_constraint), so such a name is written qualified by its item.
 */
import { type Node } from './parse.js';
import type { ScopeRelation } from './scope.js';

/** The names of the FROM items inside a join item (an aliased join is one item); null where one has no name it can be qualified by. */
function itemNames(n: Node): string[] | null {
  if (n.RangeVar) return [n.RangeVar.alias?.aliasname ?? n.RangeVar.relname];
  if (n.RangeSubselect) return n.RangeSubselect.alias ? [n.RangeSubselect.alias.aliasname] : null;
  if (n.RangeFunction) return n.RangeFunction.alias ? [n.RangeFunction.alias.aliasname] : null;
  if (n.JoinExpr) {
    if (n.JoinExpr.alias) return [n.JoinExpr.alias.aliasname];
    const [l, r] = [itemNames(n.JoinExpr.larg), itemNames(n.JoinExpr.rarg)];
    return l && r ? [...l, ...r] : null;
  }
  return null;
}

/** The join's ON clause with each bare name that only one of its items has, and an item outside it has too, qualified by that item. */
export function joinOnQualified(j: Node, relations: ScopeRelation[]): Node {
  const names = itemNames({ JoinExpr: { ...j, alias: undefined } });
  if (!names) return j.quals;
  const inside = relations.filter((r) => names.includes(r.name));
  const outside = relations.filter((r) => !names.includes(r.name));
  if (inside.length !== names.length || inside.some((r) => !r.columns) || outside.length === 0) return j.quals;
  const has = (r: ScopeRelation, name: string) => !r.columns || r.columns.some((c) => c.name === name);
  const qualify = (n: unknown): unknown => {
    if (!n || typeof n !== 'object') return n;
    if (Array.isArray(n)) return n.map(qualify);
    const node = n as Node;
    // A subquery's names are its own FROM's first.
    if (node.SubLink) return node;
    const fields = node.ColumnRef?.fields as Node[] | undefined;
    if (fields?.length === 1 && fields[0]!.String) {
      const name = fields[0]!.String.sval as string;
      const owners = inside.filter((r) => has(r, name));
      if (owners.length === 1 && outside.some((r) => has(r, name))) return { ColumnRef: { ...node.ColumnRef, fields: [{ String: { sval: owners[0]!.name } }, fields[0]] } };
      return node;
    }
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, qualify(v)]));
  };
  return qualify(j.quals) as Node;
}
