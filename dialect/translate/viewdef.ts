/**
 * pg_get_viewdef: a view's query as PostgreSQL 15 prints it, computed when CREATE VIEW is
 * translated. PostgreSQL prints the stored (analyzed) query: every column qualified by its
 * relation, `*` expanded, output names given with AS where they differ from the column's, one
 * line per result column and per clause. The pretty form is psql's \d+; the plain one (every
 * operator parenthesized) is pg_views' and information_schema's. Covers a SELECT over tables and
 * joins with WHERE, GROUP BY, HAVING, ORDER BY, LIMIT and OFFSET; anything else (subqueries, set
 * operations, CTEs) is left to the SQLite text.
 */
import { splitStoredName } from '../catalog/namespaces.js';
import { type Node, names, nodeType } from './parse.js';
import { columnName } from './column-name.js';
import type { TranslatorSchema } from './schema.js';
import { type Resolver, type Ty, Unsupported, analyzeExpression, tableColumnTypes } from './deparse.js';
import { quoteIdentifier } from '../../pg/ident.js';
import type { Display } from '../catalog/markers.js';

interface Relation {
  /** How the query names it: the alias, else the table's name. */
  qualifier: string;
  columns: Array<{ name: string; type: Ty }>;
}

type Form = keyof Display;

const JOINS: Record<string, string> = { JOIN_INNER: 'JOIN', JOIN_LEFT: 'LEFT JOIN', JOIN_RIGHT: 'RIGHT JOIN', JOIN_FULL: 'FULL JOIN' };

/**
 * The view's definition, pretty and plain, its columns named by `aliases` where the view names
 * them; undefined when the query is beyond this deparser.
 */
export function viewDefinition(schema: TranslatorSchema, query: Node, aliases: string[]): Display | undefined {
  try {
    return deparseSelect(schema, query.SelectStmt, aliases);
  } catch (err) {
    if (err instanceof Unsupported) return undefined;
    throw err;
  }
}

function deparseSelect(schema: TranslatorSchema, s: Node | undefined, aliases: string[]): Display {
  if (!s || (s.op && s.op !== 'SETOP_NONE') || s.withClause || s.valuesLists || !s.fromClause || s.fromClause.length !== 1 || s.lockingClause || s.windowClause) throw new Unsupported();
  if (s.distinctClause && (s.distinctClause.length > 1 || Object.keys(s.distinctClause[0] ?? {}).length > 0)) throw new Unsupported();
  const relations: Relation[] = [];
  const from = fromItem(schema, s.fromClause[0], relations);
  const resolve = resolver(relations);
  const expr = (n: Node) => analyzeExpression(n, resolve).display;

  const targets: Display[] = [];
  // Each result column's expression, which GROUP BY and ORDER BY print for its position or name.
  const outputs: Array<{ name: string; node: Node | null; display: Display }> = [];
  for (const t of s.targetList as Node[]) {
    const rt = t.ResTarget;
    const fields = rt.val.ColumnRef ? names(rt.val.ColumnRef.fields) : [];
    if (fields.at(-1) === '*') {
      const qualifier = fields.length === 2 ? fields[0] : undefined;
      for (const r of relations.filter((x) => qualifier === undefined || x.qualifier === qualifier)) {
        for (const c of r.columns) {
          const name = aliases[targets.length] ?? c.name;
          outputs.push({ name, node: null, display: same(`${quoteIdentifier(r.qualifier)}.${quoteIdentifier(c.name)}`) });
          targets.push(same(`${quoteIdentifier(r.qualifier)}.${quoteIdentifier(c.name)}${name === c.name ? '' : ` AS ${quoteIdentifier(name)}`}`));
        }
      }
      continue;
    }
    const analyzed = analyzeExpression(rt.val, resolve);
    const name = aliases[targets.length] ?? (rt.name as string | undefined) ?? columnName(rt.val);
    const label = analyzed.column === name ? '' : ` AS ${quoteIdentifier(name)}`;
    outputs.push({ name, node: rt.val, display: analyzed.display });
    targets.push({ pretty: analyzed.display.pretty + label, plain: analyzed.display.plain + label });
  }

  const where = s.whereClause ? expr(s.whereClause) : null;
  // PostgreSQL prints the expression a clause item stands for (get_rule_sortgroupclause): a
  // position or, in ORDER BY, an output name is its result column's; a function call is
  // parenthesized, and in the pretty form any expression that is no column.
  const item = (n: Node, byName: boolean): Display => {
    const position = n.A_Const?.ival !== undefined ? (n.A_Const.ival.ival ?? 0) : undefined;
    const named = byName && n.ColumnRef?.fields.length === 1 ? outputs.find((o) => o.name === names(n.ColumnRef.fields)[0]) : undefined;
    const target = position !== undefined ? outputs[position - 1] : named;
    if (position !== undefined && !target) throw new Unsupported();
    const node = target ? target.node : n;
    const shown = target ? target.display : expr(n);
    if (node === null || node.ColumnRef) return shown;
    // A constant prints with its type, a cast as its function or coercion: neither is followed here.
    if (node.A_Const || node.TypeCast) throw new Unsupported();
    const call = node.FuncCall !== undefined;
    return { pretty: `(${shown.pretty})`, plain: call ? `(${shown.plain})` : shown.plain };
  };
  const groups = ((s.groupClause ?? []) as Node[]).map((n) => item(n, false));
  const having = s.havingClause ? expr(s.havingClause) : null;
  const orders = ((s.sortClause ?? []) as Node[]).map((n) => {
    const sort = n.SortBy;
    if (sort.useOp) throw new Unsupported();
    const desc = sort.sortby_dir === 'SORTBY_DESC';
    // NULLS FIRST is the default for DESC, NULLS LAST for ASC: only the other one prints.
    const nulls = sort.sortby_nulls === 'SORTBY_NULLS_FIRST' && !desc ? ' NULLS FIRST' : sort.sortby_nulls === 'SORTBY_NULLS_LAST' && desc ? ' NULLS LAST' : '';
    const e = item(sort.node, true);
    return { pretty: e.pretty + (desc ? ' DESC' : '') + nulls, plain: e.plain + (desc ? ' DESC' : '') + nulls };
  });
  const offset = s.limitOffset ? expr(s.limitOffset) : null;
  const limit = s.limitCount && !s.limitCount.A_Const?.isnull ? expr(s.limitCount) : null;
  if (s.limitOption === 'LIMIT_OPTION_WITH_TIES') throw new Unsupported();

  const text = (form: Form) => {
    let out = ` SELECT${s.distinctClause ? ' DISTINCT' : ''} ${targets.map((t) => t[form]).join(',\n    ')}\n   FROM ${from(form)}`;
    if (where) out += `\n  WHERE ${where[form]}`;
    if (groups.length) out += `\n  GROUP BY ${groups.map((g) => g[form]).join(', ')}`;
    if (having) out += `\n HAVING ${having[form]}`;
    if (orders.length) out += `\n  ORDER BY ${orders.map((o) => o[form]).join(', ')}`;
    if (offset) out += `\n OFFSET ${offset[form]}`;
    if (limit) out += `\n LIMIT ${limit[form]}`;
    return out + ';';
  };
  return { pretty: text('pretty'), plain: text('plain') };
}

/** A FROM item: the relations it brings into scope, and its text in either form. */
function fromItem(schema: TranslatorSchema, n: Node, relations: Relation[]): (form: Form) => string {
  switch (nodeType(n)) {
    case 'RangeVar': {
      const r = n.RangeVar;
      if (r.schemaname && r.schemaname !== 'public') throw new Unsupported();
      const table = schema.lookupTable(r.relname);
      if (!table || r.alias?.colnames) throw new Unsupported();
      const alias = r.alias?.implicit ? undefined : (r.alias?.aliasname as string | undefined);
      // An enum column's type carries its name, which a literal compared with it is cast to.
      const types = tableColumnTypes(schema, r.relname);
      relations.push({ qualifier: (r.alias?.aliasname as string | undefined) ?? r.relname, columns: table.columns.map((c) => ({ name: c.name, type: types(c.name) ?? c.type })) });
      // A schema's relation (stored as `schema.name`) is written qualified, as off the search path.
      const { schema: owner, name } = splitStoredName(r.relname, new Set(schema.schemaNames()));
      const text = (owner === 'public' ? quoteIdentifier(name) : `${quoteIdentifier(owner)}.${quoteIdentifier(name)}`) + (alias ? ` ${quoteIdentifier(alias)}` : '');
      return () => text;
    }
    case 'JoinExpr': {
      const j = n.JoinExpr;
      const kind = JOINS[j.jointype as string];
      if (!kind || j.isNatural || j.alias || j.usingClause || !j.quals) throw new Unsupported();
      const left = fromItem(schema, j.larg, relations);
      const right = fromItem(schema, j.rarg, relations);
      const on = analyzeExpression(j.quals, resolver(relations)).display;
      // Plain, each join and its condition are parenthesized once more.
      return (form) => (form === 'pretty' ? `${left(form)}\n     ${kind} ${right(form)} ON ${on.pretty}` : `(${left(form)}\n     ${kind} ${right(form)} ON (${on.plain}))`);
    }
    default:
      throw new Unsupported();
  }
}

/** Resolves a column reference against the relations in scope, qualified as PostgreSQL prints it. */
function resolver(relations: Relation[]): Resolver {
  return (fields) => {
    const [qualifier, column] = fields.length === 2 ? fields : [undefined, fields[0]];
    for (const r of relations.filter((x) => qualifier === undefined || x.qualifier === qualifier)) {
      const c = r.columns.find((x) => x.name === column);
      if (c) return { qualifier: r.qualifier, name: c.name, type: c.type };
    }
    throw new Unsupported();
  };
}

function same(text: string): Display {
  return { pretty: text, plain: text };
}
