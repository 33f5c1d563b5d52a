/**
 * LATERAL subqueries that are neither one row (inlined: catalog-queries.ts inlineLateral) nor
 * correlated by equalities alone (decorrelated: lateral-subqueries.ts): any other reference to the
 * items before them, a UNION, DISTINCT, VALUES, `LIMIT $1`. SQLite has no LATERAL, but the
 * arguments of a table-valued function in FROM may read the items before it: the subquery runs as
 * a correlated scalar subquery that gathers its rows into a JSON array (json_group_array of a
 * json_array of its columns), json_each yields them back one by one, and a reference to one of its
 * columns is json_extract of that element (a blob, which JSON cannot hold, as an object of its hex digits). JSON keeps what SQLite holds — integers, reals to their
 * last digit, text, NULL — as it was (a subquery's column carries no JSON subtype, so text stays
 * text). A numeric whose display scale is each value's own carries its display text beside it,
 * as a FROM subquery carries it in a hidden column (numeric-display.ts); a column JSON cannot hold
 * (bytea's blobs), or a numeric whose text the query cannot carry, stays refused.
 */
import { OID } from '../../pg/types/registry.js';
import { displayColumn } from '../catalog/numeric-display.js';
import { JSON_EACH_COLUMNS } from '../json-each.js';
import { quoteIdent } from '../sqlite-quote.js';
import type { EmitContext } from './emit-context.js';
import type { Node } from './parse.js';
import type { Scope, ScopeColumn } from './scope.js';
import { unsupported } from './unsupported.js';

interface RowsLateral {
  /** Per column, the SQL reading it and, for a numeric that carries one, its display text. */
  columns: Map<string, { sql: string; display?: string }>;
  /** The display texts its query carries (EmitContext.carriedDisplays), which the array holds after its columns. */
  carried: Array<string | undefined> | undefined;
}

/** By the scope of the query whose FROM has them, by alias. */
const registered = new WeakMap<Scope, Map<string, RowsLateral>>();
/** The emitters that registered any, so that other statements' column references skip the lookup. */
const using = new WeakSet<EmitContext>();

/**
 * Registers the LATERAL subquery on the right of an inner or left join (`j`), which neither
 * inlines nor decorrelates, before its columns are referred to.
 */
export function registerRowsLateral(em: EmitContext, j: Node): void {
  const sub = j.rarg?.RangeSubselect;
  if (!sub?.lateral || !sub.alias || !['JOIN_INNER', 'JOIN_LEFT'].includes(j.jointype) || !em.scope) return;
  const alias = sub.alias.aliasname as string;
  const relation = em.scope.relations.find((r) => r.name === alias);
  if (!relation?.columns || relation.columns.some((c) => c.name === '*')) throw unsupported('a LATERAL subquery whose columns evsql cannot tell');
  if (new Set(relation.columns.map((c) => c.name)).size < relation.columns.length) throw unsupported('a LATERAL subquery with two columns of one name');
  const element = (i: number) => {
    const value = `${quoteIdent(alias)}.value`;
    return `iif(json_type(${value}, '$[${i}]') = 'object', unhex(json_extract(${value}, '$[${i}].b')), json_extract(${value}, '$[${i}]'))`;
  };
  const all = em.carriedDisplays(rowsLateralQuery(sub.subquery));
  const carried = all?.some((d) => d !== undefined) ? all : undefined;
  let at = relation.columns.length;
  relation.columns = relation.columns.map((c, i) => (carried?.[i] === undefined ? c : { ...c, display: { relation: alias, column: displayColumn(c.name), sql: element(at++) } }));
  relation.columns.forEach(checkCarried);
  const columns = new Map(relation.columns.map((c, i) => [c.name, { sql: element(i), display: c.display?.sql }]));
  let map = registered.get(em.scope);
  if (!map) registered.set(em.scope, (map = new Map()));
  map.set(alias, { columns, carried });
  using.add(em);
}

function checkCarried(c: ScopeColumn): void {
  const oid = c.type?.oid;
  if (oid === undefined) throw unsupported(`the column "${c.name}" of a LATERAL subquery, whose type evsql cannot tell`);
  if (c.display) return;
  if (oid === OID.bytea || oid === OID.bytea_array) throw unsupported(`a bytea column ("${c.name}") of a LATERAL subquery`);
  if ((oid === OID.numeric || oid === OID.numeric_array) && c.type!.typmod < 0 && c.scale === undefined) {
    throw unsupported(`an unconstrained numeric column ("${c.name}") of a LATERAL subquery`);
  }
}

/** Whether a FROM item of that name is such a subquery of the query being emitted. */
export function isRowsLateral(em: EmitContext, relation: string): boolean {
  return using.has(em) && !!em.scope && !!registered.get(em.scope)?.has(relation);
}

/** The SQL of a reference to such a subquery's column (`x.v`, or `v` where no other FROM item has one); undefined for other references. */
export function rowsLateralColumn(em: EmitContext, fields: string[]): string | undefined {
  return rowsLateralLookup(em, fields, false);
}

/** The display text of such a subquery's numeric column that carries one; undefined for other references. */
export function rowsLateralDisplay(em: EmitContext, fields: string[]): string | undefined {
  return rowsLateralLookup(em, fields, true);
}

function rowsLateralLookup(em: EmitContext, fields: string[], display: boolean): string | undefined {
  if (!using.has(em) || fields.length > 2) return undefined;
  const [qualifier, name] = fields.length === 2 ? fields : [undefined, fields[0]!];
  for (let sc = em.scope; sc; sc = sc.parent) {
    const owners = sc.relations.filter((r) => (qualifier === undefined ? !r.columns || r.columns.some((c) => c.name === name) : r.name === qualifier));
    // Two FROM items with the column: name resolution raises PostgreSQL's ambiguity.
    if (owners.length > 1) return undefined;
    if (owners.length !== 1) continue;
    const owner = owners[0]!;
    const own = registered.get(sc)?.get(owner.name);
    if (own) return display ? own.columns.get(name)?.display : own.columns.get(name)?.sql;
    // Beside json_each, whose own columns (id, key, value, …) SQLite would find too, another item's is named with it.
    if (!display && qualifier === undefined && registered.has(sc) && JSON_EACH_COLUMNS.has(name) && owner.name) return `${quoteIdent(owner.sqlName ?? owner.name)}.${quoteIdent(name)}`;
    return undefined;
  }
  return undefined;
}

/** The display texts such a subquery's query carries, for the emitter to write beside its columns; undefined for other subqueries. */
export function rowsLateralCarried(em: EmitContext, sub: Node): Array<string | undefined> | undefined {
  return em.scope ? registered.get(em.scope)?.get(sub.alias?.aliasname)?.carried : undefined;
}

/** The FROM item of such a subquery, `rows` its SQL (of `columns`, in its select list's order, and the texts it carries); undefined for other subqueries. */
export function rowsLateralItem(em: EmitContext, sub: Node, rows: string, columns: string[]): string | undefined {
  const alias = sub.alias?.aliasname as string | undefined;
  if (!sub.lateral || alias === undefined || !isRowsLateral(em, alias)) return undefined;
  const carried = rowsLateralCarried(em, sub);
  const texts = carried ? columns.flatMap((c, i) => (carried[i] !== undefined ? [displayColumn(c)] : [])) : [];
  // A blob (a numeric of more digits than a double holds) goes as an object of its hex digits, which element() reads back.
  const values = [...columns, ...texts].map((c) => `iif(typeof(${quoteIdent(c)}) = 'blob', json_object('b', hex(${quoteIdent(c)})), ${quoteIdent(c)})`).join(', ');
  return `json_each((SELECT json_group_array(json_array(${values})) FROM (${rows}))) AS ${quoteIdent(alias)}`;
}

/**
 * The query such a subquery runs: a VALUES list as the UNION ALL of its rows, which types its
 * columns alike (both take the common type of each column), since SQLite finds no `column1` of a
 * VALUES list that reads the query around it.
 */
export function rowsLateralQuery(query: Node): Node {
  const s = query.SelectStmt;
  if (!s?.valuesLists) return query;
  // One node for a query, which the emitter knows the carried texts of.
  const known = unions.get(query);
  if (known) return known;
  const rows = (s.valuesLists as Node[]).map((l): Node => ({
    targetList: (l.List.items as Node[]).map((val, i) => ({ ResTarget: { name: `column${i + 1}`, val } })),
    op: 'SETOP_NONE',
    limitOption: 'LIMIT_OPTION_DEFAULT',
  }));
  const union = rows.reduce((larg, rarg) => ({ op: 'SETOP_UNION', all: true, larg, rarg, limitOption: 'LIMIT_OPTION_DEFAULT' }));
  const out = { SelectStmt: { ...s, valuesLists: undefined, ...(rows.length > 1 ? { op: union.op, all: true, larg: union.larg, rarg: union.rarg } : { targetList: union.targetList }) } };
  unions.set(query, out);
  return out;
}

const unions = new WeakMap<Node, Node>();
