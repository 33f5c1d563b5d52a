/**
 * Name resolution for typing: which relations a statement's FROM brings into scope and the
 * columns (names and PostgreSQL types) each one has. Tables come from the schema, CTEs and
 * subqueries from their own target lists. PostgreSQL resolves names the same way before it picks
 * operators and result types; where a relation's columns cannot be told (a catalog table), names
 * stay unresolved and types fall back to the data.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { unsupported } from './unsupported.js';
import { displayColumn } from '../catalog/numeric-display.js';
import { OID, arrayElementOid, type PgTypeInfo } from '../../pg/types/registry.js';
import { quoteIdent } from '../sqlite-quote.js';
import { enumOid } from '../catalog/enums.js';
import type { EmitContext } from './emit-context.js';
import type { TableInfo } from './schema.js';
import { type Node, nodeType, names } from './parse.js';
import { Scope, type ScopeColumn, type ScopeRelation } from './scope.js';
import { KEYWORD_COLUMNS, TSVECTOR_UNNEST_COLUMNS, tsvectorUnnestRefused, catalogColumns, catalogSystemColumns } from './catalog-queries.js';
import { RECORD_FUNCTIONS, recordCall, recordDisplayColumn, recordDisplaySql } from './json-records.js';
import { SET_RETURNING_IN_FROM, literalScale, scalarQuery, seriesDisplays } from './table-functions.js';
import { FIRST_NORMAL_OBJECT_ID, objectOid } from '../catalog/oids.js';
import { partitionedTableoid } from './partition-conditions.js';
import { timeSeriesType } from './time-series.js';
import { ARRAY_POSITIONS } from './select-list-arrays.js';
import { TEXT_SET_RETURNING } from './text-set-functions.js';
import { JSON_SET_RETURNING, jsonNamedColumn } from './json-set-functions.js';
import { LATERAL_HIDDEN } from './lateral-subqueries.js';
import { checkLateralJoin, checkLaterReference, checkPlainSubquery } from './from-references.js';
import { checkFullJoinCondition } from './full-join-conditions.js';
import { fitsSignature } from './function-shapes.js';
import { unnestedComposite } from './composite-types.js';
import { fromItemColumns } from './star-columns.js';

/** The relations a FROM list brings into scope. */
export function fromRelations(em: EmitContext, from: Node[] | undefined): ScopeRelation[] {
  const out: ScopeRelation[] = [];
  // A NATURAL or USING join keeps its tables' display columns only where a `*` over the FROM list
  // is spelled out (rewrite.ts usingJoinStar): SQLite's own would show them, and unmerged.
  const spelled = (from ?? []).every((f) => spelledItem(em, f));
  (from ?? []).forEach((f, i) => {
    checkLaterReference(em, f, from!.slice(i + 1));
    addFromItem(em, f, out, spelled);
  });
  // One FROM list names each relation once (`FROM x, x` needs an alias on one of them).
  const seen = new Set<string>();
  for (const r of out) {
    if (r.name && seen.has(r.name)) throw new PgError(SqlState.duplicateAlias, `table name "${r.name}" specified more than once`);
    seen.add(r.name);
  }
  return out;
}

/** A FROM item whose columns usingJoinStar spells: tables, views and subqueries whose columns star-columns.ts tells, joined without an alias. */
function spelledItem(em: EmitContext, n: Node): boolean {
  if (n.RangeSubselect) return fromItemColumns(em.schema, n) !== undefined;
  const r = n.RangeVar;
  if (r) return (!r.schemaname || r.schemaname === 'public') && !em.ctes.has(r.relname) && em.schema.lookupTable(r.relname) !== undefined;
  const j = n.JoinExpr;
  return !!j && !j.alias && spelledItem(em, j.larg) && spelledItem(em, j.rarg);
}

/** Adds a FROM item's relations to `out`; answers the item's column names as PostgreSQL lists them (null where unknown). */
function addFromItem(em: EmitContext, n: Node, out: ScopeRelation[], spelled: boolean): string[] | null {
  const before = out.length;
  addItemRelations(em, n, out, spelled);
  if (!n.JoinExpr) return out.slice(before).every((r) => r.columns) ? out.slice(before).flatMap((r) => r.columns!.map((c) => c.name)) : null;
  return joinNames.get(n) ?? null;
}

/** A join's column names (addFromItem), kept as addItemRelations finds them. */
const joinNames = new WeakMap<Node, string[] | null>();

function addItemRelations(em: EmitContext, n: Node, out: ScopeRelation[], spelled: boolean): void {
  switch (nodeType(n)) {
    case 'RangeVar':
      out.push(tableRelation(em, n.RangeVar));
      return;
    case 'JoinExpr': {
      const j = n.JoinExpr;
      const inner: ScopeRelation[] = [];
      const leftNames = addFromItem(em, j.larg, inner, spelled);
      const leftWidth = inner.length;
      checkLateralJoin(em, j, inner.map((r) => r.name));
      const rightNames = addFromItem(em, j.rarg, inner, spelled);
      checkFullJoinCondition(j, inner.slice(0, leftWidth), inner.slice(leftWidth));
      const using = j.usingClause ? names(j.usingClause) : j.isNatural && leftNames && rightNames ? leftNames.filter((c) => rightNames.includes(c)) : [];
      checkUsingColumns(using, leftNames, rightNames);
      const joined = leftNames && rightNames ? [...using, ...[...leftNames, ...rightNames].filter((c) => !using.includes(c))] : null;
      const aliases = j.alias?.colnames ? names(j.alias.colnames) : [];
      joinNames.set(n, joined?.map((c, i) => aliases[i] ?? c) ?? null);
      let merged: ScopeRelation | undefined;
      if (j.isNatural || j.usingClause || j.alias) {
        const keep = spelled && !j.alias;
        const kept = [...hideDisplays(em, j.larg, keep), ...hideDisplays(em, j.rarg, keep)];
        let k = 0;
        for (const [i, r] of inner.entries()) {
          // An inner join's merged columns read their sides' display columns as the join keeps them.
          const own = !r.merged;
          const shown = own ? keep && kept[k++] : keep;
          if (!r.columns?.some((c) => c.display)) continue;
          const display = (c: ScopeColumn, d: NonNullable<ScopeColumn['display']>) => (!shown ? {} : own ? { display: { relation: r.name, column: displayColumn(`${r.name}.${c.name}`) } } : { display: d });
          // Emitter.rangeVar names such a table as the query does, a temporary one too (no sqlName).
          const { sqlName: _, ...named } = r;
          inner[i] = { ...named, columns: r.columns.map(({ display: d, ...c }) => ({ ...c, ...(d ? display(c, d) : {}) })) };
        }
        if (keep) merged = mergedColumns(j, inner.slice(0, leftWidth), inner.slice(leftWidth));
      }
      if (!j.alias) {
        if (using.length) for (const [i, r] of inner.entries()) if (i >= leftWidth) inner[i] = { ...r, usingNames: [...(r.usingNames ?? []), ...using] };
        out.push(...(merged ? [merged] : []), ...inner);
        return;
      }
      const columns = inner.every((r) => r.columns) ? inner.filter((r) => !r.merged).flatMap((r) => r.columns!) : null;
      out.push(renamed({ name: j.alias.aliasname, columns }, j.alias.colnames));
      return;
    }
    case 'RangeSubselect': {
      const r = n.RangeSubselect;
      checkPlainSubquery(em, r, out.map((x) => x.name));
      const all = r.lateral ? besideEarlier(em, out, () => em.selectColumns(r.subquery)) : em.selectColumns(r.subquery);
      // A decorrelated LATERAL subquery's join columns (lateral-subqueries.ts) are named only explicitly.
      const hidden = all?.filter((c) => c.name.startsWith(LATERAL_HIDDEN)) ?? [];
      const columns = hidden.length ? all!.filter((c) => !c.name.startsWith(LATERAL_HIDDEN)) : all;
      // The join columns follow the subquery's own, which the texts it carries are those of.
      const relation = carrying(renamed({ name: r.alias?.aliasname ?? '', columns }, r.alias?.colnames), subqueryDisplays(em, r)?.slice(0, columns?.length));
      out.push(hidden.length ? { ...relation, system: hidden } : relation);
      return;
    }
    case 'RangeFunction': {
      // A function's arguments may name the FROM items before it (LATERAL): their types are known by then.
      const relation = besideEarlier(em, out, () => {
        // The columns of all its functions side by side, which the translation does not build.
        if ((n.RangeFunction.functions as Node[]).length > 1) throw unsupported('ROWS FROM with more than one function');
        return functionRelation(em, n.RangeFunction);
      });
      checkAliasCount(relation, (n.RangeFunction.alias?.colnames as Node[] | undefined)?.length ?? 0);
      out.push(relation);
      return;
    }
    default:
      out.push({ name: '', columns: null });
  }
}

/** What `typed` tells with the FROM items before a LATERAL one in scope, whose columns it may read. */
function besideEarlier<T>(em: EmitContext, earlier: ScopeRelation[], typed: () => T): T {
  const saved = em.scope;
  em.scope = new Scope([...earlier], saved);
  try {
    return typed();
  } finally {
    em.scope = saved;
  }
}

/**
 * The columns a USING or NATURAL join merges, as an unqualified name reads them: the left side's
 * value of an inner or left join, the right side's of a right join, the one not NULL of a full
 * join; each with the display text of the side it reads (numeric-display.ts).
 */
function mergedColumns(j: Node, left: ScopeRelation[], right: ScopeRelation[]): ScopeRelation | undefined {
  const find = (rs: ScopeRelation[], name: string) => {
    for (const r of rs) {
      const c = r.columns?.find((x) => x.name === name);
      if (c) return { r, c };
    }
    return undefined;
  };
  const shown = (x: { r: ScopeRelation; c: ScopeColumn } | undefined) => (x?.c.display ? (x.c.display.sql ?? `${quoteIdent(x.c.display.relation)}.${quoteIdent(x.c.display.column)}`) : undefined);
  const using = j.usingClause ? names(j.usingClause) : left.flatMap((r) => r.columns ?? []).map((c) => c.name).filter((name) => find(right, name));
  const columns: ScopeColumn[] = [];
  for (const name of using) {
    const [l, r] = [find(left, name), find(right, name)];
    if (!l || !r) continue;
    const [ld, rd] = [shown(l), shown(r)];
    let sql = j.jointype === 'JOIN_RIGHT' ? rd : ld;
    // The left side's value where it has one; a merged column of a join inside has no name to test.
    if (j.jointype === 'JOIN_FULL') sql = (ld || rd) && !l.r.merged ? `CASE WHEN ${quoteIdent(l.r.name)}.${quoteIdent(name)} IS NOT NULL THEN ${ld ?? 'NULL'} ELSE ${rd ?? 'NULL'} END` : undefined;
    const { display: _, ...column } = l.c;
    columns.push(sql ? { ...column, display: { relation: '', column: '', sql } } : column);
  }
  return columns.some((c) => c.display) ? { name: '', columns, starless: true, merged: true } : undefined;
}

/** transformJoinUsingClause's checks: each USING name once (42701), on each side of the join once (42703, 42702). */
function checkUsingColumns(using: string[], left: string[] | null, right: string[] | null): void {
  for (const [i, name] of using.entries()) {
    if (using.indexOf(name) < i) throw new PgError(SqlState.duplicateColumn, `column name "${name}" appears more than once in USING clause`);
    for (const [side, columns] of [['left', left], ['right', right]] as const) {
      const count = columns?.filter((c) => c === name).length;
      if (count === 0) throw new PgError(SqlState.undefinedColumn, `column "${name}" specified in USING clause does not exist in ${side} table`);
      if (count !== undefined && count > 1) throw new PgError(SqlState.ambiguousColumn, `common column name "${name}" appears more than once in ${side} table`);
    }
  }
}

/**
 * Marks the tables, CTEs and subqueries of a join's operand for EmitContext.displayHidden ('hidden'
 * wins over 'qualified': a join around may not keep what one inside does); answers, for each
 * relation the operand brings into scope, whether its display columns are kept as 'qualified'.
 */
function hideDisplays(em: EmitContext, n: Node, keep: boolean): boolean[] {
  const mark = (x: Node, mode: 'hidden' | 'qualified') => {
    if (em.displayHidden.get(x) !== 'hidden') em.displayHidden.set(x, mode);
  };
  if (n.RangeVar) {
    mark(n.RangeVar, keep ? 'qualified' : 'hidden');
    return [keep];
  }
  if (n.RangeSubselect) mark(n.RangeSubselect, 'hidden');
  if (!n.JoinExpr) return [false];
  const inner = [...hideDisplays(em, n.JoinExpr.larg, keep), ...hideDisplays(em, n.JoinExpr.rarg, keep)];
  return n.JoinExpr.alias ? [false] : inner;
}

/** A sequence read as a relation (sequences.ts's sequenceFromItem). */
const SEQUENCE_COLUMNS: ScopeColumn[] = [
  { name: 'last_value', type: { oid: OID.int8, typmod: -1 } },
  { name: 'log_cnt', type: { oid: OID.int8, typmod: -1 } },
  { name: 'is_called', type: { oid: OID.bool, typmod: -1 } },
];

/**
 * A user table's tableoid (`SELECT tableoid::regclass, * FROM parent`): its OID, or for a
 * partitioned table the partition each row is in. A partition is a view here but a table to
 * PostgreSQL; other views have no system columns.
 */
function userSystemColumns(em: EmitContext, table: TableInfo | undefined, alias: string, schemaName: string | undefined): ScopeColumn[] | undefined {
  if (!table || (schemaName && schemaName !== 'public') || (table.view && !table.writes?.partition)) return undefined;
  const type = { oid: OID.oid, typmod: -1 };
  return [table.partitioned ? { name: 'tableoid', type, computed: partitionedTableoid(em.schema, table, alias) } : { name: 'tableoid', type, constant: String(objectOid('class', table.sqlName)) }];
}

/** A table, view or CTE named in FROM (or as the target of INSERT/UPDATE/DELETE). */
/** `ownName`: SQLite knows the table by its own name even where it has an alias (underOwnName). */
export function tableRelation(em: EmitContext, r: Node, ownName = false): ScopeRelation {
  const name = r.relname as string;
  const alias = (r.alias?.aliasname as string | undefined) ?? name;
  let columns: ScopeColumn[] | null = null;
  let rowid: string | undefined;
  let rowType: ScopeRelation['rowType'];
  const cte = !r.schemaname && em.ctes.has(name);
  // pg_catalog comes first on the search path: `pg_class` is the catalog's, unless a CTE or the
  // session's temporary table (pg_temp comes before pg_catalog).
  const catalog = cte || (!r.schemaname && em.schema.lookupTable(name)?.temp) ? undefined : catalogColumns(r.schemaname, name);
  // A CTE's display columns are known to SQLite by the name the CTE is read under.
  if (cte) columns = em.ctes.get(name)?.map((c) => (c.display ? { ...c, display: { relation: alias, column: c.display.column } } : c)) ?? null;
  else if (catalog) columns = catalog;
  else if (!r.schemaname || r.schemaname === 'public') {
    const table = em.schema.lookupTable(name);
    // SQLite knows the relation by its alias, else by the table's own name (a temporary table's is the session's).
    const relation = (ownName ? undefined : (r.alias?.aliasname as string | undefined)) ?? table?.sqlName ?? name;
    columns =
      table?.columns.map((c) => ({
        name: c.name,
        type: c.type,
        ...(c.scale !== undefined ? { scale: c.scale } : {}),
        ...(c.display !== undefined ? { display: { relation, column: c.display } } : {}),
        // SQLite names no origin for a numeric printed with its display text, and a view's column's is the table's under it.
        ...(c.display !== undefined || table.view ? { origin: { table: table.sqlName, column: c.name } } : {}),
      })) ?? (em.schema.sequence(name) ? SEQUENCE_COLUMNS : null);
    if (table && !table.view) rowid = `${quoteIdent(relation)}.rowid`;
    if (table) rowType = enumOid(table.sqlName);
  }
  const system = catalog ? catalogSystemColumns(r.schemaname, name) : userSystemColumns(em, cte ? undefined : em.schema.lookupTable(name), alias, r.schemaname);
  const out = renamed({ name: alias, columns, ...(system ? { system } : {}) }, r.alias?.colnames);
  const sqlName = (!r.alias || ownName) && !cte && !r.schemaname ? em.schema.lookupTable(name)?.sqlName : undefined;
  return { ...out, ...(rowid ? { rowid } : {}), ...(rowType ? { rowType } : {}), ...(sqlName !== undefined && sqlName !== out.name ? { sqlName } : {}) };
}

/**
 * The display texts a FROM subquery carries (EmitContext.carriedDisplays): none under a join that
 * matches or merges columns by name (hideDisplays), where SQLite would see them.
 */
export function subqueryDisplays(em: EmitContext, r: Node): Array<string | undefined> | undefined {
  return r.alias && !r.lateral && !em.displayHidden.has(r) ? em.carriedDisplays(r.subquery, namesEvery(em, r.subquery, r.alias.colnames)) : undefined;
}

/**
 * A column list (a WITH query's, a FROM subquery's aliases) that names each column of its query:
 * the query's columns are then read by position (carriedDisplays' `positional`), so that columns
 * of one name (`SELECT 1, 1.50 UNION ALL …` has `?column?` twice) still carry their texts.
 */
export function namesEvery(em: EmitContext, query: Node, colnames: Node[] | undefined): boolean {
  const given = names(colnames).length;
  return given > 0 && given >= (em.selectColumns(query)?.length ?? Infinity);
}

/**
 * A derived relation's columns that carry a display text: each reads it from the hidden column
 * its query writes beside it (`n:display`, named after the column as the relation names it).
 */
function carrying(rel: ScopeRelation, carried: Array<string | undefined> | undefined): ScopeRelation {
  if (!carried || !rel.columns || !rel.name || rel.columns.length !== carried.length) return rel;
  return { ...rel, columns: rel.columns.map((c, i) => (carried[i] !== undefined ? { ...c, display: { relation: rel.name, column: displayColumn(c.name) } } : c)) };
}

function renamed(rel: ScopeRelation, colnames: Node[] | undefined): ScopeRelation {
  if (!colnames || !rel.columns) return rel;
  const aliases = names(colnames);
  checkAliasCount(rel, aliases.length);
  return { name: rel.name, columns: rel.columns.map((c, i) => ({ ...c, name: aliases[i] ?? c.name })) };
}

/** PostgreSQL's check of a FROM item's column aliases (buildRelationAliases). */
function checkAliasCount(rel: ScopeRelation, aliases: number): void {
  if (rel.columns && aliases > rel.columns.length) {
    throw new PgError(SqlState.invalidColumnReference, `table "${rel.name}" has ${rel.columns.length} columns available but ${aliases} columns specified`);
  }
}

const INTEGER_RANK = [OID.int2, OID.int4, OID.int8, OID.numeric] as number[];

/** generate_series yields the widest numeric type of its arguments; other functions are opaque. */
function functionRelation(em: EmitContext, r: Node): ScopeRelation {
  const alias = r.alias?.aliasname as string | undefined;
  const call = (r.functions as Node[] | undefined)?.[0]?.List?.items?.[0]?.FuncCall;
  const fname = call ? names(call.funcname).at(-1) : undefined;
  // The positions of arrays unnested in lockstep (select-list-arrays.ts): a name it does not have reaches the scopes around it.
  if (fname === ARRAY_POSITIONS) return { name: alias ?? fname, columns: [{ name: 'value', type: { oid: OID.int8, typmod: -1 } }] };
  // Its columns are not looked for: rangeFunction refuses the call.
  if (call && !r.selectListSrf && !fitsSignature(call, true)) return { name: alias ?? fname!, columns: null };
  if (r.selectListSrf) {
    // A set-returning function moved out of the select list (rewrite.ts): its value and ordinality.
    const ordinality: ScopeColumn = { name: 'ordinality', type: { oid: OID.int8, typmod: -1 } };
    if (r.srfRows) return { name: alias!, columns: [{ name: 'value', type: { oid: OID.int8, typmod: -1 } }] };
    const jsonSrf = fname ? JSON_SET_RETURNING[fname] : undefined;
    if (jsonSrf) return { name: alias!, columns: [{ name: 'value', type: jsonSrf.type }, ordinality] };
    if (fname && TEXT_SET_RETURNING[fname]) return { name: alias!, columns: [{ name: 'value', type: TEXT_SET_RETURNING[fname]! }, ordinality] };
    if (fname === 'unnest') {
      const arrayType = em.typeOf(call.args[0]);
      if (arrayType?.oid === OID.tsvector) throw tsvectorUnnestRefused();
      const elem = arrayType ? arrayElementOid(arrayType.oid) : 0;
      return { name: alias!, columns: [{ name: 'value', type: elem ? { oid: elem, typmod: -1 } : null, ...elementScale(em, call.args[0], elem) }, ordinality] };
    }
    const type = seriesType(em, call);
    return { name: alias!, columns: [{ name: 'value', type, ...seriesScaleOf(alias!, 'value', type, call, false) }, ordinality] };
  }
  // The positions a rewritten unnest walks (select-list-arrays.ts): its one column, so that a bare
  // name beside it finds an outer query's column (`(SELECT array_agg(x) FROM unnest(nums) x)`).
  if (fname === ARRAY_POSITIONS) return { name: alias ?? fname, columns: [{ name: 'value', type: { oid: OID.int8, typmod: -1 } }] };
  const record = fname && RECORD_FUNCTIONS.has(fname) ? recordCall(em, r) : undefined;
  if (record) {
    // An unconstrained numeric prints its display text: a subquery's hidden column, or for a LATERAL
    // one (whose columns are expressions, catalog-queries.ts registerLaterals) the expression emit-expressions.ts writes in its place.
    const columns = record.columns.map((c) => ({ ...c, ...(recordDisplaySql('', c) ? { display: { relation: record.alias, column: recordDisplayColumn(c.name) } } : {}) }));
    return renamed({ name: record.alias, columns }, r.alias?.colnames);
  }
  if (fname && TEXT_SET_RETURNING[fname]) {
    const colnames = names(r.alias?.colnames);
    const columns: ScopeColumn[] = [{ name: colnames[0] ?? alias ?? fname, type: TEXT_SET_RETURNING[fname]! }];
    if (r.ordinality) columns.push({ name: colnames[1] ?? 'ordinality', type: { oid: OID.int8, typmod: -1 } });
    return { name: alias ?? fname, columns };
  }
  const json = fname ? JSON_SET_RETURNING[fname] : undefined;
  if (json) {
    const colnames = names(r.alias?.colnames);
    const ordinality = (at: number): ScopeColumn[] => (r.ordinality ? [{ name: colnames[at] ?? 'ordinality', type: { oid: OID.int8, typmod: -1 } }] : []);
    const name = alias ?? fname!;
    if (json.kind === 'each') return { name, columns: [{ name: colnames[0] ?? 'key', type: { oid: OID.text, typmod: -1 } }, { name: colnames[1] ?? 'value', type: json.type }, ...ordinality(2)] };
    const value = colnames[0] ?? (jsonNamedColumn(fname!) ? name : 'value');
    return { name, columns: [{ name: value, type: json.type }, ...ordinality(1)], ...(r.ordinality ? {} : { scalar: value }) };
  }
  const colnames = names(r.alias?.colnames);
  const ordinality = (at: number): ScopeColumn[] => (r.ordinality ? [{ name: colnames[at] ?? 'ordinality', type: { oid: OID.int8, typmod: -1 } }] : []);
  if (fname === 'unnest' && call.args?.length === 1 && em.typeOf(call.args[0])?.oid === OID.tsvector) {
    return { name: alias ?? fname, columns: [...TSVECTOR_UNNEST_COLUMNS.map((c, i) => ({ ...c, name: colnames[i] ?? c.name })), ...ordinality(TSVECTOR_UNNEST_COLUMNS.length)] };
  }
  const composite = (r.functions as Node[]).length === 1 ? unnestedComposite(em, call) : undefined;
  if (composite) return { name: alias ?? fname!, columns: [...composite.attributes.map((a, i) => ({ name: colnames[i] ?? a.name, type: { oid: a.oid, typmod: a.typmod } })), ...ordinality(composite.attributes.length)] };
  if (fname === 'unnest' || fname === 'generate_subscripts') {
    const elements: ScopeColumn[] =
      fname === 'generate_subscripts'
        ? [{ name: colnames[0] ?? alias ?? fname, type: { oid: OID.int4, typmod: -1 } }]
        : (call.args as Node[]).map((a, i) => {
            const elem = em.typeOf(a) ? arrayElementOid(em.typeOf(a)!.oid) : 0;
            const name = colnames[i] ?? (call.args.length === 1 ? (alias ?? fname) : fname);
            // Its elements' texts where they print their own scales (catalog-queries.ts unnestedArray).
            const display = em.elementTexts(a, true) !== undefined ? { display: { relation: alias ?? fname, column: displayColumn(name) } } : elementScale(em, a, elem);
            return { name, type: elem ? { oid: elem, typmod: -1 } : null, ...display };
          });
    return { name: alias ?? fname, columns: [...elements, ...ordinality(elements.length)] };
  }
  if (fname === 'pg_get_keywords') return { name: alias ?? fname, columns: [...KEYWORD_COLUMNS.map((c, i) => ({ ...c, name: colnames[i] ?? c.name })), ...ordinality(KEYWORD_COLUMNS.length)] };
  if (fname === 'pg_partition_tree') {
    const tree: Array<[string, number]> = [['relid', OID.regclass], ['parentrelid', OID.regclass], ['isleaf', OID.bool], ['level', OID.int4]];
    return { name: alias ?? fname, columns: [...tree.map(([n, oid], i) => ({ name: colnames[i] ?? n, type: { oid, typmod: -1 } })), ...ordinality(tree.length)] };
  }
  if (fname === 'pg_partition_ancestors') return { name: alias ?? fname, columns: [{ name: colnames[0] ?? 'relid', type: { oid: OID.regclass, typmod: -1 } }, ...ordinality(1)] };
  if (fname !== 'generate_series') return { name: alias ?? fname ?? '', columns: scalarFunctionColumns(em, r, call, alias ?? fname ?? '', colnames[0] ?? alias ?? fname) };
  const type = seriesType(em, call);
  const name = colnames[0] ?? alias ?? 'generate_series';
  const columns: ScopeColumn[] = [{ name, type, ...seriesScaleOf(alias ?? 'generate_series', name, type, call, true) }];
  columns.push(...ordinality(1));
  return { name: alias ?? 'generate_series', columns };
}

/**
 * A scalar function in FROM (`abs(-2.50) AS x`, `now() x`): one column of the type and display
 * scale the call has in a select list, which rangeFunction's one-row subquery computes. Left
 * opaque (null) where that type is not a built-in scalar's: a record, a composite, one not told.
 */
function scalarFunctionColumns(em: EmitContext, r: Node, call: Node | undefined, relation: string, name: string | undefined): ScopeColumn[] | null {
  if (!call || !name || r.ordinality || SET_RETURNING_IN_FROM.has(names(call.funcname).at(-1)!)) return null;
  const query = scalarQuery({ FuncCall: call }, name);
  const [column] = em.selectColumns(query) ?? [];
  const oid = column?.type?.oid;
  if (oid === undefined || oid >= FIRST_NORMAL_OBJECT_ID || oid === OID.record || oid === OID.void || column!.display) return null;
  // A numeric of no one scale (`abs($1::numeric)`) reads the display text its query carries (table-functions.ts rangeFunction).
  return [{ ...column!, name, ...(em.carriedDisplays(query)?.[0] !== undefined ? { display: { relation, column: displayColumn(name) } } : {}) }];
}

/** unnest of a numeric[] whose elements print one scale (`ARRAY[1.50, 2.50]`): its values print it. */
function elementScale(em: EmitContext, array: Node, elem: number): { scale?: number } {
  const scale = elem === OID.numeric ? em.elementScale(array) : undefined;
  return scale !== undefined ? { scale } : {};
}

/** A numeric series's column prints one scale, or each row's text where its first value's differs from the others'. */
function seriesScaleOf(relation: string, column: string, type: PgTypeInfo, call: Node, approximate: boolean): Pick<ScopeColumn, 'scale' | 'display'> {
  if (type.oid !== OID.numeric) return {};
  if (seriesDisplays(call)) return { display: { relation, column: displayColumn(column) } };
  const scale = seriesScale(call, approximate);
  return scale !== undefined ? { scale } : {};
}

/**
 * A numeric series's display scale: its start's, then the larger of that and its step's, as
 * numeric's + makes them (`generate_series(1, 2, 0.30)` is 1, 1.30, 1.60, 1.90). Where they differ
 * no one scale prints every value: `approximate` answers the later values' (generate_series in FROM
 * always has), else none (the values' own digits, which print 1.3 for 1.30).
 */
function seriesScale(call: Node, approximate: boolean): number | undefined {
  const [start, , step] = ((call.args ?? []) as Node[]).map(literalScale);
  const by = call.args?.length === 3 ? step : 0;
  if (start === undefined || by === undefined) return undefined;
  return start >= by || approximate ? Math.max(start, by) : undefined;
}

/** generate_series's type: the widest of its arguments', int4 at least. */
export function seriesType(em: EmitContext, call: Node): PgTypeInfo {
  const time = timeSeriesType(em, call);
  if (time) return time;
  let type: PgTypeInfo = { oid: OID.int4, typmod: -1 };
  for (const a of (call.args ?? []) as Node[]) {
    const t = em.typeOf(a);
    if (t && INTEGER_RANK.indexOf(t.oid) > INTEGER_RANK.indexOf(type.oid)) type = { oid: t.oid, typmod: -1 };
  }
  return type;
}

export interface SavedScope {
  scope: Scope | null;
  ctes: Map<string, ScopeColumn[] | null>;
}

/** Brings a SELECT's CTEs and FROM relations into scope; leaveScope restores the outer scope. */
export function enterSelectScope(em: EmitContext, s: Node): SavedScope {
  const saved = { scope: em.scope, ctes: em.ctes };
  if (s.withClause) {
    em.ctes = new Map(em.ctes);
    const w = s.withClause.WithClause ?? s.withClause;
    for (const c of w.ctes as Node[]) {
      const cte = c.CommonTableExpr;
      const columns = em.selectColumns(cte.ctequery);
      const aliases = names(cte.aliascolnames).length;
      if (columns && aliases > columns.length) {
        throw new PgError(SqlState.invalidColumnReference, `WITH query "${cte.ctename}" has ${columns.length} columns available but ${aliases} columns specified`, { position: cte.location + 1 });
      }
      const register = (carried: Array<string | undefined> | undefined) => em.ctes.set(cte.ctename, carrying(renamed({ name: cte.ctename, columns: em.selectColumns(cte.ctequery) }, cte.aliascolnames), carried).columns);
      // A recursive UNION ALL's own reference reads the texts its first member carries (the rows
      // before it), which the recursive member computes its own from; UNION would compare them.
      const unionAll = cte.ctequery.SelectStmt?.op === 'SETOP_UNION' && cte.ctequery.SelectStmt.all;
      const positional = namesEvery(em, cte.ctequery, cte.aliascolnames);
      if (w.recursive && unionAll) register(em.carriedDisplays({ SelectStmt: cte.ctequery.SelectStmt.larg.SelectStmt ?? cte.ctequery.SelectStmt.larg }, positional));
      register(!w.recursive || unionAll ? em.carriedDisplays(cte.ctequery, positional) : undefined);
    }
  }
  em.scope = new Scope(fromRelations(em, s.fromClause), saved.scope);
  return saved;
}

/**
 * Brings an INSERT/UPDATE/DELETE's CTEs, target table, FROM/USING relations and, for an upsert,
 * EXCLUDED into scope.
 */
export function enterDmlScope(em: EmitContext, s: Node): SavedScope {
  const saved = enterSelectScope(em, { withClause: s.withClause });
  const target = tableRelation(em, s.relation, underOwnName(s));
  const relations = [target, ...fromRelations(em, s.fromClause ?? s.usingClause)];
  // The target is one of the statement's FROM items (`UPDATE t … FROM t` needs an alias).
  if (target.name && relations.slice(1).some((r) => r.name === target.name)) throw new PgError(SqlState.duplicateAlias, `table name "${target.name}" specified more than once`);
  if (s.onConflictClause) relations.push({ name: 'excluded', columns: target.columns?.map((c) => (c.display ? { ...c, display: { ...c.display, relation: 'excluded' } } : c)) ?? null, starless: true });
  em.scope = new Scope(relations, saved.scope);
  return saved;
}

/**
 * Whether a DML statement's target is written under its own name, its alias read as that name:
 * SQLite cannot resolve a target's alias in a trigger's body when it re-reads the trigger (any
 * ALTER TABLE … RENAME does; graphile-worker's `job_queues.job_count`, whose implicit alias
 * namespaces.ts adds). Not where the statement names the table otherwise — FROM or USING items,
 * a subquery's FROM, a reference qualified by the table's name (PostgreSQL's 42P01 under an
 * alias) — which SQLite would then take for the target.
 */
export function underOwnName(s: Node): boolean {
  if (!s.relation.alias) return true;
  if ((s.fromClause as Node[] | undefined)?.length || (s.usingClause as Node[] | undefined)?.length) return false;
  return !namesRelation({ ...s, relation: undefined }, s.relation.relname as string);
}

/** Whether `n` reads relation `name`: a RangeVar of it, or a column reference qualified by it. */
function namesRelation(n: unknown, name: string): boolean {
  if (Array.isArray(n)) return n.some((x) => namesRelation(x, name));
  if (!n || typeof n !== 'object') return false;
  const o = n as Node;
  if (o.RangeVar?.relname === name) return true;
  if (o.ColumnRef && (o.ColumnRef.fields as Node[]).length > 1 && (o.ColumnRef.fields as Node[]).some((f) => f.String?.sval === name)) return true;
  return Object.values(o).some((v) => namesRelation(v, name));
}

/** Brings relations into scope: the target table of a data-modifying CTE. */
export function enterRelations(em: EmitContext, relations: ScopeRelation[]): SavedScope {
  const saved = { scope: em.scope, ctes: em.ctes };
  em.scope = new Scope(relations, saved.scope);
  return saved;
}

export function leaveScope(em: EmitContext, saved: SavedScope): void {
  em.scope = saved.scope;
  em.ctes = saved.ctes;
}

/** The columns a `*` target stands for, or a single placeholder when they cannot be told. */
export function starColumns(em: EmitContext, fields: Node[], except: readonly string[] = []): ScopeColumn[] | null {
  const parts = names(fields);
  // A display column is its table's: a result column made of it has none.
  return em.scope?.star(parts.length > 1 ? parts.at(-2) : undefined, except)?.map(({ display: _, ...c }) => c) ?? null;
}
