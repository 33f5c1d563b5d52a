/**
 * A statement with data-modifying WITH queries (`WITH a AS (INSERT … RETURNING id) INSERT INTO b
 * SELECT id FROM a`) runs as one SQLite statement per part: each WITH query, its RETURNING rows
 * kept for the parts that read them (plan.ts Step.keep), and the main statement.
 *
 * PostgreSQL runs every part on the statement's one snapshot: no part sees another's changes,
 * only the rows it returns, and foreign keys are checked once all parts ran. Parts run one after
 * another see the earlier parts' changes, so they run in an order where a part that reads a table
 * comes before the parts that change it, a part comes after the WITH queries whose rows it reads,
 * and a parent table's new rows come before its children's (its children's deletions before its
 * own). Where no order serves, a part that reads a table another part changes reads a copy of it
 * kept before any part ran (tableCopy). Two parts writing one table are refused (0A000): which
 * draws a serial first, or finds the row the other inserted, is up to PostgreSQL's plan. Save
 * an INSERT into a table of rows made from what an earlier part writing it returned (pg-boss's
 * completeJobs, an UPDATE and then an INSERT; its failJobs, a DELETE, an INSERT … ON CONFLICT DO
 * NOTHING of the deleted rows, an INSERT of those it skipped and one of the dead-lettered): each
 * of its rows exists only once its source row was written, the snapshot hides the new rows from
 * the UPDATE or DELETE whatever the plan, and running the parts in that order does the same. Not
 * where both draw from a sequence (PostgreSQL's plan may interleave the draws).
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { type Node, nodeType } from './parse.js';
import type { TableInfo, TranslatorSchema } from './schema.js';
import { storedName } from '../catalog/namespaces.js';
import { starReturning } from './rewrite.js';
import { unsupported } from './unsupported.js';
import { VOLATILE_FUNCTIONS } from './volatile-functions.js';

/** The property of a WITH query's statement node that marks it as kept: the part (1-based) whose rows a step kept. */
export const KEPT_PART = 'evsqlKeptPart';

const DML = ['InsertStmt', 'UpdateStmt', 'DeleteStmt'];

export interface ModifyingWith {
  /**
   * The data-modifying WITH queries, in the statement's order, each with the WITH queries before
   * it as its own, and the part number its rows are kept as (a DELETE seen beforehand is two: the
   * query of its rows, then the DELETE itself).
   */
  parts: Array<{ node: Node; keep: number }>;
  /** The statement, its data-modifying WITH queries marked as kept (KEPT_PART). */
  main: Node;
  /** The order the parts run in: indexes of `parts`, `parts.length` for the main statement. */
  order: number[];
}

interface Part {
  what: string;
  type: string;
  /** The target table, none for a query. */
  target?: string;
  reads: Set<string>;
  writes: Set<string>;
  /** The parts whose rows it reads. */
  after: Set<number>;
  /** The columns an UPDATE sets. */
  sets: string[];
  /** An INSERT that reads nothing of its table: no ON CONFLICT, no trigger, its rows named elsewhere. */
  blind?: boolean;
  /** An INSERT that reads nothing of its table but its keys: ON CONFLICT DO NOTHING, otherwise blind. */
  skips?: boolean;
  /** An UPDATE or INSERT that may draw from a sequence (DEFAULT, nextval, a serial column left out). */
  draws?: boolean;
  /** The part whose kept rows are this one's RETURNING rows, where not its own (a DELETE read beforehand). */
  rows?: number;
}

/** What a plain WITH query reads: tables, and the data-modifying WITH queries' rows (by part). */
interface Reading {
  reads: Set<string>;
  after: Set<number>;
}

/** Every relation: a view, or a table with triggers, stands for this. */
const ANY = '*';

function dmlType(q: Node): string | undefined {
  return DML.find((k) => q[k]);
}

/** The kept part of a WITH query's statement, when a step before kept its rows (KEPT_PART). */
export function keptPart(q: Node): number | undefined {
  const type = dmlType(q) ?? 'SelectStmt';
  return q[type]?.[KEPT_PART] as number | undefined;
}

/** `n` as parts, when its WITH holds a data-modifying query; undefined otherwise. */
export function modifyingWith(schema: TranslatorSchema, n: Node): ModifyingWith | undefined {
  const type = nodeType(n);
  const s = n[type];
  const w = s.withClause;
  const ctes = (w?.ctes ?? []) as Node[];
  if (!ctes.some((c) => dmlType(c.CommonTableExpr.ctequery))) return undefined;
  const kept: Node[] = [];
  const parts: Array<{ node: Node; keep: number }> = [];
  let keep = 0;
  const effects: Part[] = [];
  // What each WITH query name stands for, as the parts after it see it.
  const named = new Map<string, Reading>();
  const reading = (body: Node, names = named): Reading => {
    const out: Reading = { reads: new Set(), after: new Set() };
    for (const r of rangeVars(body)) {
      const cte = !r.schemaname ? names.get(r.relname) : undefined;
      if (cte) {
        cte.reads.forEach((x) => out.reads.add(x));
        cte.after.forEach((x) => out.after.add(x));
      } else out.reads.add(schema.lookupTable(r.relname)?.view ? ANY : relationKey(r));
    }
    return out;
  };
  ctes.forEach((c, i) => {
    const cte = c.CommonTableExpr;
    const t = dmlType(cte.ctequery);
    if (!t) {
      named.set(cte.ctename, reading(cte.ctequery));
      kept.push(c);
      return;
    }
    // Its `RETURNING *` over USING or FROM names its columns here, where the parts after it read them.
    const dml = starReturning(cte.ctequery[t], (name) => schema.lookupTable(name)?.columns.map((c) => c.name));
    const returning = (dml.returningClause?.exprs ?? dml.returningList ?? []) as Node[];
    if (!returning.length) refuseReference(cte.ctename, ctes.slice(i + 1), s);
    // Its own WITH queries shadow the statement's for it.
    const own = new Map(named);
    for (const o of (dml.withClause?.ctes ?? []) as Node[]) own.set(o.CommonTableExpr.ctename, reading(o.CommonTableExpr.ctequery, own));
    const body: Node = { ...dml, withClause: undefined };
    const effect = part(schema, `WITH query "${cte.ctename}"`, t, dml, reading(body, own));
    // A recursive WITH query (a tree's rows the part deletes) stays one in each part that carries it.
    const withClause = { ...(w.recursive || dml.withClause?.recursive ? { recursive: true } : {}), ctes: [...kept, ...((dml.withClause?.ctes ?? []) as Node[])] };
    keep++;
    const target = relationKey(dml.relation);
    // The part that gives its rows.
    const rowsAt = effects.length;
    const readElsewhere = rangeVars([ctes.filter((x) => x !== c), { ...s, withClause: undefined }]).some((r) => relationKey(r) === target);
    if (t === 'DeleteStmt' && returning.length && readElsewhere && previewable(schema, dml)) {
      // Its rows are read before any part changes what its WHERE reads; the DELETE then runs after the parts that read its table.
      const rows = { op: 'SETOP_NONE', targetList: returning, fromClause: [{ RangeVar: dml.relation }], whereClause: dml.whereClause, withClause, limitOption: 'LIMIT_OPTION_DEFAULT' };
      parts.push({ node: { SelectStmt: rows }, keep });
      effects.push({ ...effect, type: 'SelectStmt', target: undefined, reads: new Set([...effect.reads, target]), writes: new Set(), after: new Set(effect.after) });
      const { returningClause: _c, returningList: _l, ...plain } = body;
      parts.push({ node: { DeleteStmt: { ...plain, withClause } }, keep });
      effects.push({ ...effect, rows: rowsAt });
    } else {
      parts.push({ node: { [t]: { ...body, withClause } }, keep });
      effects.push(effect);
    }
    named.set(cte.ctename, { reads: new Set(), after: new Set([rowsAt]) });
    kept.push({ CommonTableExpr: { ...cte, ctequery: { [t]: { ...dml, [KEPT_PART]: keep } } } });
  });
  effects.push(part(schema, 'the main statement', type, s, reading({ ...s, withClause: undefined })));
  const main = { [type]: { ...s, withClause: { ...w, ctes: kept } } };
  const order = runOrder(schema, effects);
  if (Array.isArray(order)) return { parts, main, order };
  // No order: the parts that read a table another part changes read it as the statement began instead.
  const nodes = [...parts.map((p) => p.node), main];
  const readers = effects.map((e, b) => [...e.reads].filter((t) => t !== ANY && effects.some((a, i) => i !== b && a.writes.has(t))));
  const copies: Array<{ node: Node; keep: number; effect: Part }> = [];
  readers.forEach((tables, b) => {
    for (const table of tables) {
      const copy = tableCopy(schema, nodes[b]!, table, ++keep);
      nodes[b] = copy.reader;
      effects[b]!.reads.delete(table);
      effects[b]!.after.add(parts.length + copies.length);
      copies.push({ node: copy.node, keep, effect: { what: `table "${table}" as the statement began`, type: 'SelectStmt', reads: new Set([table]), writes: new Set(), after: new Set(), sets: [] } });
    }
  });
  const all = [...parts.map((p, i) => ({ node: nodes[i]!, keep: p.keep })), ...copies.map(({ node, keep }) => ({ node, keep }))];
  const ordered = runOrder(schema, [...effects.slice(0, -1), ...copies.map((c) => c.effect), effects.at(-1)!]);
  if (!Array.isArray(ordered)) throw unsupported(`a data-modifying WITH whose parts no order runs as PostgreSQL does (${(copies.length ? ordered : order).reasons.join('; ')})`);
  return { parts: all, main: nodes.at(-1)!, order: ordered };
}

/** The name a reader knows a table's copy by (tableCopy). */
const COPY_PREFIX = '__evsql_before';

/**
 * `reader` reading `table` as the statement began: from the rows a query read before any part
 * ran (kept as `keep`), only those its WHERE takes where it reads the table alone in one query.
 */
function tableCopy(schema: TranslatorSchema, reader: Node, table: string, keep: number): { node: Node; reader: Node } {
  const name = `${COPY_PREFIX}${keep}`;
  const refs: Node[] = [];
  let filter: Node | undefined;
  JSON.stringify(reader, (k, v) => {
    // A query: a SelectStmt, or a set operation's member (larg, rarg).
    const from = v !== null && typeof v === 'object' && Array.isArray(v.fromClause) ? (v.fromClause as Node[]) : [];
    if (from.length === 1 && from[0]!.RangeVar && relationKey(from[0]!.RangeVar) === table && v.whereClause && ownFilter(schema, v.whereClause, from[0]!.RangeVar)) filter = v.whereClause;
    return v;
  });
  const replaced = mapNodes(reader, (k, v) => {
    if (k !== 'RangeVar' || relationKey(v) !== table) return v;
    refs.push(v);
    return { relname: name, inh: true, relpersistence: 'p', alias: v.alias ?? { aliasname: v.relname }, location: v.location };
  });
  const only = refs.length === 1 ? refs[0] : undefined;
  const select = {
    op: 'SETOP_NONE',
    targetList: [{ ResTarget: { val: { ColumnRef: { fields: [{ A_Star: {} }] } } } }],
    fromClause: [{ RangeVar: only ?? { ...refs[0], alias: undefined } }],
    whereClause: only ? filter : undefined,
    limitOption: 'LIMIT_OPTION_DEFAULT',
  };
  const type = nodeType(replaced);
  const body = replaced[type];
  const cte = { CommonTableExpr: { ctename: name, ctequery: { SelectStmt: { ...select, [KEPT_PART]: keep } } } };
  return { node: { SelectStmt: select }, reader: { [type]: { ...body, withClause: { ...(body.withClause ?? {}), ctes: [...((body.withClause?.ctes ?? []) as Node[]), cte] } } } };
}

/** A WHERE of the table's own columns, constants and parameters: what the copy can filter by as well. */
function ownFilter(schema: TranslatorSchema, where: Node, r: Node): boolean {
  const columns = new Set(schema.lookupTable(r.relname)?.columns.map((c) => c.name) ?? []);
  const name = (r.alias?.aliasname ?? r.relname) as string;
  let own = columns.size > 0;
  JSON.stringify(where, (k, v) => {
    if (k === 'SubLink' || (k === 'FuncCall' && VOLATILE_FUNCTIONS.has(v.funcname.at(-1)?.String?.sval))) own = false;
    if (k === 'ColumnRef') {
      const fields = (v.fields as Node[]).map((f) => f.String?.sval);
      const column = fields.length === 1 ? fields[0] : fields.length === 2 && fields[0] === name ? fields[1] : undefined;
      if (column === undefined || !columns.has(column)) own = false;
    }
    return v;
  });
  return own;
}

/** `n` with every value the callback gives for a key's value, deepest first. */
function mapNodes(n: Node, f: (key: string, value: Node) => Node): Node {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v === null || typeof v !== 'object') return v;
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, x !== null && typeof x === 'object' && !Array.isArray(x) ? f(k, walk(x) as Node) : walk(x)]));
  };
  return walk(n) as Node;
}

/**
 * A DELETE whose rows a query can read beforehand: the same rows, as long as nothing it reads
 * changes in between (no part writes its table; runOrder keeps the other parts' writes after
 * it). Not with USING (a row joined twice), triggers (which may keep a row) or volatile calls.
 */
function previewable(schema: TranslatorSchema, dml: Node): boolean {
  if (dml.usingClause || dml.whereClause?.CurrentOfExpr) return false;
  const table = schema.lookupTable(dml.relation.relname);
  if (!table || table.view || schema.triggersOf(table.sqlName).length) return false;
  let volatile = false;
  JSON.stringify([dml.whereClause, dml.returningClause ?? dml.returningList], (k, v) => {
    if (k === 'FuncCall' && VOLATILE_FUNCTIONS.has(v.funcname.at(-1)?.String?.sval)) volatile = true;
    return v;
  });
  return !volatile;
}

/** A WITH query without RETURNING has no rows to read: PostgreSQL's error where a later part names it. */
function refuseReference(name: string, later: Node[], s: Node): void {
  const named = rangeVars([later, { ...s, withClause: undefined }]).some((r) => !r.schemaname && r.relname === name);
  if (named) throw new PgError(SqlState.featureNotSupported, `WITH query "${name}" does not have a RETURNING clause`);
}

function rangeVars(n: unknown): Node[] {
  const out: Node[] = [];
  JSON.stringify(n, (k, v) => {
    if (k === 'RangeVar') out.push(v);
    return v;
  });
  return out;
}

function relationKey(r: Node): string {
  return r.schemaname ? `${r.schemaname}.${r.relname}` : r.relname;
}

/**
 * A part's effects. A statement reads what it names (an INSERT's target too) and writes its
 * target; an UPDATE or DELETE also writes the tables whose foreign keys it cascades to; a table
 * with triggers stands for any table written.
 */
function part(schema: TranslatorSchema, what: string, type: string, s: Node, reading: Reading): Part {
  if (type === 'SelectStmt') return { what, type, reads: reading.reads, writes: new Set(), after: reading.after, sets: [] };
  const target = s.relation.relname as string;
  const table = schema.lookupTable(target);
  const writes = new Set([relationKey(s.relation)]);
  const reads = new Set(reading.reads);
  const fired = table ? triggerEffects(schema, table.sqlName) : undefined;
  fired?.writes.forEach((t) => writes.add(t));
  fired?.reads.forEach((t) => reads.add(t));
  if (type !== 'InsertStmt') for (const child of referencing(schema, target)) if (acts(type === 'DeleteStmt' ? child.onDelete : child.onUpdate)) writes.add(child.table);
  const sets = type === 'UpdateStmt' ? ((s.targetList ?? []) as Node[]).map((t) => t.ResTarget.name as string) : [];
  const own = relationKey(s.relation);
  const alone = type === 'InsertStmt' && !fired?.writes.length && !fired?.reads.length && !rangeVars({ ...s, relation: undefined }).some((r) => relationKey(r) === own);
  const blind = alone && !s.onConflictClause;
  const skips = alone && s.onConflictClause?.action === 'ONCONFLICT_NOTHING';
  const draws = /"SetToDefault"|"sval":"nextval"/.test(JSON.stringify(s)) || (type === 'InsertStmt' && leavesSerial(table, s));
  return { what, type, target, reads, writes, after: reading.after, sets, blind, skips, draws };
}

/** An INSERT that leaves out a column drawing from a sequence. */
function leavesSerial(table: TableInfo | undefined, s: Node): boolean {
  const named = new Set(((s.cols ?? []) as Node[]).map((c) => c.ResTarget.name as string));
  return !!s.cols && !!table?.columns.some((c) => !named.has(c.name) && (c.sequence !== undefined || c.identity !== null || /nextval/i.test(c.defaultSql ?? '')));
}

/**
 * Part `b` an INSERT into part `a`'s table (at `i`) of rows made from a's, read directly or
 * through other parts' rows: it runs second, reading nothing of the table (ON CONFLICT DO
 * NOTHING only after a DELETE, whose rows' keys are free again once it ran).
 */
function insertsAfter(parts: Part[], a: Part, i: number, b: Part): boolean {
  if (b.type !== 'InsertStmt' || a.target !== b.target || (a.draws && b.draws)) return false;
  if (!(b.blind || (b.skips && a.type === 'DeleteStmt'))) return false;
  if (a.type === 'UpdateStmt' && a.draws) return false;
  const source = a.rows ?? i;
  const seen = new Set<number>();
  const walk = (p: Part): boolean => [...p.after].some((k) => k === source || (!seen.has(k) && seen.add(k) && walk(parts[k]!)));
  return walk(b);
}

/**
 * The tables a table's triggers write and read, each under every stored name its function's bare
 * name may take (the path it resolves on is the one the trigger runs with); ANY for a trigger that
 * writes a table whose own triggers or foreign keys act further.
 */
function triggerEffects(schema: TranslatorSchema, sqlName: string): { writes: string[]; reads: string[] } {
  const candidates = (name: string) => [name, ...schema.schemaNames().map((n) => storedName(n, name))];
  const writes: string[] = [];
  const reads: string[] = [];
  for (const t of schema.triggersOf(sqlName)) {
    if (!t.writes || !t.reads) return { writes: [ANY], reads: [] };
    for (const name of t.writes.flatMap(candidates)) {
      const written = schema.tableBySqlName(name);
      if (written && (schema.triggersOf(name).length || referencing(schema, name).some((r) => acts(r.onDelete) || acts(r.onUpdate)))) return { writes: [ANY], reads: [] };
      writes.push(name);
    }
    reads.push(...t.reads.flatMap(candidates));
  }
  return { writes, reads };
}

const acts = (action: string | undefined) => !['NO ACTION', 'RESTRICT'].includes((action ?? 'NO ACTION').toUpperCase());

/** The foreign keys that reference table `name`, with the table that has each. */
function referencing(schema: TranslatorSchema, name: string): Array<{ table: string; onUpdate?: string; onDelete?: string }> {
  return schema.tableNames().flatMap((t) => (schema.lookupTable(t)?.foreignKeys ?? []).filter((fk) => fk.table === name).map((fk) => ({ table: t, onUpdate: fk.onUpdate, onDelete: fk.onDelete })));
}

/** Whether `a` names a table `b` names too, ANY being every table. */
function meet(a: Set<string>, b: Set<string>): string | undefined {
  if (a.has(ANY) && b.size) return [...b].find((t) => t !== ANY) ?? ANY;
  if (b.has(ANY) && a.size) return [...a].find((t) => t !== ANY) ?? ANY;
  return [...a].find((t) => b.has(t));
}

const named = (table: string) => (table === ANY ? 'a table' : `table "${table}"`);

/** The order the parts run in (see the module's comment): the statement's own, as far as the rules allow; else why none does. */
function runOrder(schema: TranslatorSchema, parts: Part[]): number[] | { reasons: string[] } {
  // Per part, the parts that must run before it, each with why.
  const before = parts.map((p) => new Map([...p.after].map((j) => [j, `${p.what} reads the rows of ${parts[j]!.what}`])));
  parts.forEach((a, i) =>
    parts.forEach((b, j) => {
      if (i === j) return;
      const both = meet(a.writes, b.writes);
      const follows = both !== undefined && insertsAfter(parts, a, i, b);
      if (both !== undefined && i < j && !follows) throw unsupported(`${b.what} writing ${named(both)}, which ${a.what} also writes,`);
      const read = meet(a.writes, follows ? new Set([...b.reads].filter((t) => t !== relationKey({ relname: b.target }))) : b.reads);
      if (read !== undefined) before[i]!.set(j, `${b.what} reads ${named(read)}, which ${a.what} modifies`);
      const keys = a.target && b.target ? foreignKeyOrder(schema, a, b) : undefined;
      if (keys === 'parent first') before[j]!.set(i, `${b.what} refers to rows ${a.what} makes`);
      if (keys === 'child first') before[i]!.set(j, `${b.what} lets go of rows ${a.what} takes away`);
    }),
  );
  const order: number[] = [];
  while (order.length < parts.length) {
    const next = parts.findIndex((_, i) => !order.includes(i) && [...before[i]!.keys()].every((j) => order.includes(j)));
    if (next < 0) {
      const waiting = parts.map((_, i) => i).filter((i) => !order.includes(i));
      return { reasons: waiting.flatMap((i) => [...before[i]!].filter(([j]) => waiting.includes(j)).map(([, why]) => why)) };
    }
    order.push(next);
  }
  return order;
}

/**
 * Where part `b`'s table has a foreign key to part `a`'s: keys `a` adds (an INSERT, an UPDATE of
 * the referenced columns) before `b` adds references to them, references `b` removes before `a`
 * removes their keys. SQLite checks a key at each part's end, PostgreSQL once all ran.
 */
function foreignKeyOrder(schema: TranslatorSchema, a: Part, b: Part): 'parent first' | 'child first' | undefined {
  if (a.target === b.target) return undefined;
  const keys = (schema.lookupTable(b.target!)?.foreignKeys ?? []).filter((fk) => fk.table === a.target);
  if (!keys.length) return undefined;
  const referenced = keys.flatMap((fk) => (fk.to.length ? fk.to : schema.primaryKeyOf(a.target!)));
  const referring = keys.flatMap((fk) => fk.from);
  const parentSets = a.type === 'UpdateStmt' && a.sets.some((c) => referenced.includes(c));
  const childSets = b.type === 'UpdateStmt' && b.sets.some((c) => referring.includes(c));
  if ((a.type === 'InsertStmt' || parentSets) && (b.type === 'InsertStmt' || childSets)) return 'parent first';
  if ((a.type === 'DeleteStmt' || parentSets) && (b.type === 'DeleteStmt' || childSets)) return 'child first';
  return undefined;
}
