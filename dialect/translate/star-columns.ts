/**
 * The columns `SELECT *` stands for over a FROM item, in PostgreSQL's order (a USING or NATURAL
 * join's merged columns first), where the schema and the query's text tell them.
 */
import { columnName } from './column-name.js';
import { type Node, names } from './parse.js';
import type { TranslatorSchema } from './schema.js';

export interface StarColumn {
  name: string;
  value: Node;
}

function qualified(table: string, column: string): Node {
  return { ColumnRef: { fields: [{ String: { sval: table } }, { String: { sval: column } }] } };
}

/** The columns `*` stands for over a FROM item, in PostgreSQL's order; undefined where they cannot be told here. */
export function fromItemColumns(schema: TranslatorSchema, n: Node): StarColumn[] | undefined {
  if (n.RangeVar) {
    if (n.RangeVar.schemaname && n.RangeVar.schemaname !== 'public') return undefined;
    const table = schema.lookupTable(n.RangeVar.relname);
    const qualifier = n.RangeVar.alias?.aliasname ?? n.RangeVar.relname;
    return table?.columns.map((c) => ({ name: c.name, value: qualified(qualifier, c.name) }));
  }
  const sub = n.RangeSubselect;
  if (sub?.alias && sub.subquery?.SelectStmt) {
    const own = selectNames(schema, sub.subquery.SelectStmt);
    const aliases = names(sub.alias.colnames ?? []);
    return own?.map((name, i) => ({ name: aliases[i] ?? name, value: qualified(sub.alias.aliasname, aliases[i] ?? name) }));
  }
  const j = n.JoinExpr;
  if (!j || j.alias) return undefined;
  const left = fromItemColumns(schema, j.larg);
  const right = fromItemColumns(schema, j.rarg);
  if (!left || !right) return undefined;
  if (!j.usingClause && !j.isNatural) return [...left, ...right];
  // NATURAL joins on every column name the two sides share.
  const using = j.isNatural ? left.map((c) => c.name).filter((n) => right.some((c) => c.name === n)) : names(j.usingClause);
  const merged = using.map((u): StarColumn | undefined => {
    const l = left.find((c) => c.name === u);
    const r = right.find((c) => c.name === u);
    if (!l || !r) return undefined;
    const value = j.jointype === 'JOIN_RIGHT' ? r.value : j.jointype === 'JOIN_FULL' ? { CoalesceExpr: { args: [l.value, r.value] } } : l.value;
    return { name: u, value };
  });
  if (merged.some((c) => c === undefined)) return undefined;
  return [...(merged as StarColumn[]), ...left.filter((c) => !using.includes(c.name)), ...right.filter((c) => !using.includes(c.name))];
}

/** A subquery's result column names, as PostgreSQL names them; undefined where they cannot be told here. */
function selectNames(schema: TranslatorSchema, s: Node): string[] | undefined {
  if (s.op && s.op !== 'SETOP_NONE') return s.larg ? selectNames(schema, s.larg) : undefined;
  if (s.valuesLists) return ((s.valuesLists[0]?.List?.items ?? []) as Node[]).map((_, i) => `column${i + 1}`);
  const out: string[] = [];
  for (const t of (s.targetList ?? []) as Node[]) {
    const ref = t.ResTarget.val.ColumnRef;
    if (!ref?.fields.at(-1)?.A_Star) {
      out.push(t.ResTarget.name ?? columnName(t.ResTarget.val));
      continue;
    }
    if (ref.fields.length !== 1) return undefined;
    for (const item of (s.fromClause ?? []) as Node[]) {
      const columns = fromItemColumns(schema, item);
      if (!columns) return undefined;
      out.push(...columns.map((c) => c.name));
    }
  }
  return out;
}
