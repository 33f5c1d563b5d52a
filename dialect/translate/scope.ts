/**
 * Name resolution for typing: which relations a statement's FROM brings into scope and the
 * columns (names and PostgreSQL types) each one has. Tables come from the schema, CTEs and
 * subqueries from their own target lists. PostgreSQL resolves names the same way before it picks
 * operators and result types; where a relation's columns cannot be told (a catalog table), names
 * stay unresolved and types fall back to the data.
 */
import { OID, type PgTypeInfo } from '../../pg/types/registry.js';
import { type Emitter, columnName } from './emit.js';
import { type Node, nodeType, names } from './parse.js';
import { lookupTable } from './schema.js';
import { outputColumn } from './types.js';
import { catalogColumns } from './catalog-queries.js';

export interface ScopeColumn {
  name: string;
  type: PgTypeInfo | null;
  /** A numeric's display scale when all its values share one (types.ts). */
  scale?: number;
}

export interface ScopeRelation {
  /** The alias, else the table name; '' for an unnamed subquery. */
  name: string;
  /** Null when the relation's columns are not known. */
  columns: ScopeColumn[] | null;
}

export class Scope {
  constructor(
    readonly relations: ScopeRelation[],
    readonly parent: Scope | null,
  ) {}

  /** The column a (possibly qualified) reference names, looking outward for correlated references. */
  column(fields: string[]): ScopeColumn | undefined {
    const col = fields.at(-1);
    const qualifier = fields.length >= 2 ? fields.at(-2) : undefined;
    for (let s: Scope | null = this; s; s = s.parent) {
      let unknown = false;
      for (const r of s.relations) {
        if (qualifier !== undefined && r.name !== qualifier) continue;
        if (!r.columns) {
          unknown = true;
          continue;
        }
        const c = r.columns.find((x) => x.name === col);
        if (c) return c;
      }
      // The name may belong to a relation whose columns are unknown: do not guess further out.
      if (unknown || (qualifier !== undefined && s.relations.some((r) => r.name === qualifier))) return undefined;
    }
    return undefined;
  }

  /** The columns `*` or `qualifier.*` stands for; null when they cannot be told. */
  star(qualifier?: string): ScopeColumn[] | null {
    const rels = qualifier === undefined ? this.relations : this.relations.filter((r) => r.name === qualifier);
    if (rels.length === 0) return null;
    const out: ScopeColumn[] = [];
    for (const r of rels) {
      if (!r.columns) return null;
      out.push(...r.columns);
    }
    return out;
  }
}

/** The relations a FROM list brings into scope. */
export function fromRelations(em: Emitter, from: Node[] | undefined): ScopeRelation[] {
  const out: ScopeRelation[] = [];
  for (const f of from ?? []) addFromItem(em, f, out);
  return out;
}

function addFromItem(em: Emitter, n: Node, out: ScopeRelation[]): void {
  switch (nodeType(n)) {
    case 'RangeVar':
      out.push(tableRelation(em, n.RangeVar));
      return;
    case 'JoinExpr': {
      const j = n.JoinExpr;
      const inner: ScopeRelation[] = [];
      addFromItem(em, j.larg, inner);
      addFromItem(em, j.rarg, inner);
      if (!j.alias) {
        out.push(...inner);
        return;
      }
      const columns = inner.every((r) => r.columns) ? inner.flatMap((r) => r.columns!) : null;
      out.push(renamed({ name: j.alias.aliasname, columns }, j.alias.colnames));
      return;
    }
    case 'RangeSubselect': {
      const r = n.RangeSubselect;
      out.push(renamed({ name: r.alias?.aliasname ?? '', columns: selectColumns(em, r.subquery) }, r.alias?.colnames));
      return;
    }
    case 'RangeFunction':
      out.push(functionRelation(em, n.RangeFunction));
      return;
    default:
      out.push({ name: '', columns: null });
  }
}

/** A table, view or CTE named in FROM (or as the target of INSERT/UPDATE/DELETE). */
export function tableRelation(em: Emitter, r: Node): ScopeRelation {
  const name = r.relname as string;
  const alias = (r.alias?.aliasname as string | undefined) ?? name;
  let columns: ScopeColumn[] | null = null;
  const cte = !r.schemaname && em.ctes.has(name);
  // pg_catalog comes first on the search path: `pg_class` is the catalog's, unless a CTE.
  const catalog = cte ? undefined : catalogColumns(r.schemaname, name);
  if (cte) columns = em.ctes.get(name) ?? null;
  else if (catalog) columns = catalog;
  else if (!r.schemaname || r.schemaname === 'public') columns = lookupTable(name)?.columns.map((c) => ({ name: c.name, type: c.type })) ?? null;
  return renamed({ name: alias, columns }, r.alias?.colnames);
}

function renamed(rel: ScopeRelation, colnames: Node[] | undefined): ScopeRelation {
  if (!colnames || !rel.columns) return rel;
  const aliases = names(colnames);
  return { name: rel.name, columns: rel.columns.map((c, i) => ({ ...c, name: aliases[i] ?? c.name })) };
}

const INTEGER_RANK = [OID.int2, OID.int4, OID.int8, OID.numeric] as number[];

/** generate_series yields the widest numeric type of its arguments; other functions are opaque. */
function functionRelation(em: Emitter, r: Node): ScopeRelation {
  const alias = r.alias?.aliasname as string | undefined;
  const call = (r.functions as Node[] | undefined)?.[0]?.List?.items?.[0]?.FuncCall;
  const fname = call ? names(call.funcname).at(-1) : undefined;
  if (fname !== 'generate_series') return { name: alias ?? fname ?? '', columns: null };
  let type: PgTypeInfo = { oid: OID.int4, typmod: -1 };
  for (const a of (call.args ?? []) as Node[]) {
    const t = em.typeOf(a);
    if (t && INTEGER_RANK.indexOf(t.oid) > INTEGER_RANK.indexOf(type.oid)) type = { oid: t.oid, typmod: -1 };
  }
  const colnames = names(r.alias?.colnames);
  const columns: ScopeColumn[] = [{ name: colnames[0] ?? alias ?? 'generate_series', type }];
  if (r.ordinality) columns.push({ name: colnames[1] ?? 'ordinality', type: { oid: OID.int8, typmod: -1 } });
  return { name: alias ?? 'generate_series', columns };
}

/**
 * The output columns of a query without emitting it: what a subquery or CTE contributes to the
 * scope of the query around it. Null when a `*` covers columns that cannot be told.
 */
export function selectColumns(em: Emitter, node: Node): ScopeColumn[] | null {
  // A set operation's members come as bare SelectStmt bodies, which carry `op`.
  const s = node.SelectStmt ?? (node.op ? node : undefined);
  if (!s) return returningColumns(em, node);
  if (s.op && s.op !== 'SETOP_NONE') return selectColumns(em, s.larg);
  const saved = enterSelectScope(em, s);
  try {
    if (s.valuesLists) return (s.valuesLists[0].List.items as Node[]).map((e, i) => ({ name: `column${i + 1}`, type: em.typeOf(e) }));
    return targetColumns(em, s.targetList ?? []);
  } finally {
    leaveScope(em, saved);
  }
}

function targetColumns(em: Emitter, list: Node[]): ScopeColumn[] | null {
  const out: ScopeColumn[] = [];
  for (const t of list) {
    const rt = t.ResTarget;
    const val = rt.val as Node;
    if (val.ColumnRef && names(val.ColumnRef.fields).at(-1) === '*') {
      const star = starColumns(em, val.ColumnRef.fields);
      if (!star) return null;
      out.push(...star);
      continue;
    }
    const { type, scale } = outputColumn(em, rt.name ?? columnName(val), val);
    out.push({ name: rt.name ?? columnName(val), type, scale });
  }
  return out;
}

/** A data-modifying CTE: its RETURNING list over the target table. */
function returningColumns(em: Emitter, node: Node): ScopeColumn[] | null {
  const s = node[nodeType(node)];
  const list = (s?.returningClause?.exprs ?? s?.returningList) as Node[] | undefined;
  if (!list || !s.relation) return null;
  const saved = enterRelations(em, [tableRelation(em, s.relation)]);
  try {
    return targetColumns(em, list);
  } finally {
    leaveScope(em, saved);
  }
}

export interface SavedScope {
  scope: Scope | null;
  ctes: Map<string, ScopeColumn[] | null>;
}

/** Brings a SELECT's CTEs and FROM relations into scope; leaveScope restores the outer scope. */
export function enterSelectScope(em: Emitter, s: Node): SavedScope {
  const saved = { scope: em.scope, ctes: em.ctes };
  if (s.withClause) {
    em.ctes = new Map(em.ctes);
    for (const c of (s.withClause.WithClause ?? s.withClause).ctes as Node[]) {
      const cte = c.CommonTableExpr;
      em.ctes.set(cte.ctename, renamed({ name: cte.ctename, columns: selectColumns(em, cte.ctequery) }, cte.aliascolnames).columns);
    }
  }
  em.scope = new Scope(fromRelations(em, s.fromClause), saved.scope);
  return saved;
}

/**
 * Brings an INSERT/UPDATE/DELETE's CTEs, target table, FROM/USING relations and, for an upsert,
 * EXCLUDED into scope.
 */
export function enterDmlScope(em: Emitter, s: Node): SavedScope {
  const saved = enterSelectScope(em, { withClause: s.withClause });
  const target = tableRelation(em, s.relation);
  const relations = [target, ...fromRelations(em, s.fromClause ?? s.usingClause)];
  if (s.onConflictClause) relations.push({ name: 'excluded', columns: target.columns });
  em.scope = new Scope(relations, saved.scope);
  return saved;
}

/** Brings relations into scope: the target table of a data-modifying CTE. */
export function enterRelations(em: Emitter, relations: ScopeRelation[]): SavedScope {
  const saved = { scope: em.scope, ctes: em.ctes };
  em.scope = new Scope(relations, saved.scope);
  return saved;
}

export function leaveScope(em: Emitter, saved: SavedScope): void {
  em.scope = saved.scope;
  em.ctes = saved.ctes;
}

/** The columns a `*` target stands for, or a single placeholder when they cannot be told. */
export function starColumns(em: Emitter, fields: Node[]): ScopeColumn[] | null {
  const parts = names(fields);
  return em.scope?.star(parts.length > 1 ? parts.at(-2) : undefined) ?? null;
}
