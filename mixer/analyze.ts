/**
 * From a statement's parse tree to key templates: which tables it reads and writes, and where its
 * predicate pins a key set of a table to constants or parameters. Built once per translated
 * statement (and schema); the templates are filled in with each execution's parameters.
 *
 * Pinning: the WHERE clause and the ON clauses of inner joins are split into AND-ed conjuncts;
 * equalities between columns merge them into classes, and an equality (or IN list) with a
 * constant or parameter gives a class its values. A table whose key set has every column in a
 * valued class is read (or written) only on those rows. Conditions under OR or NOT, the ON clauses
 * of outer joins and anything else are ignored: fewer pins, never a wrong one.
 */
import type { SqliteValue } from '../pg/types/registry.js';
import type { Node } from '../dialect/translate/parse.js';
import type { Translation } from '../dialect/translate/translate.js';
import { AssertionError } from '../lib/assert.js';
import { type LockMode, rowKeyPrefix } from './keys.js';
import type { Rules } from './rules.js';
import type { ForeignKey, SchemaInfo, TableKeys } from './schema-keys.js';
import { type ValueClass, valueClass } from './values.js';

/** A constant from the statement or a parameter, with the casts written around it (innermost first). */
export interface ValueSource {
  param?: number;
  value?: SqliteValue | boolean;
  casts: ValueClass[];
  /** `col = ANY($n)`: the parameter is an array, each of its elements one of the values (the casts apply to each). */
  spread?: true;
}

export interface KeyTemplate {
  mode: LockMode;
  /** '*' for the whole database. */
  table: string;
  /**
   * An insert into a table without any key: rows that identify nothing cannot collide, so each
   * such insert gets a row key of its own (a "#append" key set): it conflicts with scans and
   * table writes of the table, never with another append.
   */
  append?: true;
  /** An insert's drawn key (a serial or identity column left out): a fresh row key of this key set (`rowKeyPrefix`), one per execution. */
  fresh?: string;
  /** Absent: a table key. */
  row?: {
    /** The key set's columns, sorted, so one set always gives one row-key prefix. */
    columns: string[];
    /** The row key's column part, `rowKeyPrefix(columns)`. */
    prefix: string;
    classes: ValueClass[];
    /**
     * Per column, the values it may take (several for IN lists); one row key per combination.
     * undefined: the statement does not pin that column, and the keys are partial (keys.ts).
     */
    alternatives: (ValueSource[] | undefined)[];
  };
}

/** More row keys than this for one table (IN lists, multi-row VALUES) fall back to the table key. */
export const MAX_ROW_KEYS = 256;

const CATALOG_SCHEMAS = new Set(['pg_catalog', 'information_schema']);
const WHOLE_DATABASE: KeyTemplate[] = [{ mode: 'w', table: '*' }];

/** Thrown for a construct the analysis does not know; the statement then gets a whole-database write key. */
class Unanalysable extends Error {}

export function buildPlan(t: Translation, schema: SchemaInfo, rules: Rules): KeyTemplate[] {
  try {
    return new Analysis(schema, rules).statement(t);
  } catch (err) {
    if (err instanceof AssertionError) throw err;
    return WHOLE_DATABASE;
  }
}

/** A table as the analysis sees it: key sets from the schema and the rules, column classes, foreign keys. */
interface Table {
  name: string;
  keySets: string[][];
  /** Columns an INSERT that leaves them out draws a value for from a sequence (schema-keys.ts). */
  drawn: ReadonlySet<string>;
  classes: Map<string, ValueClass>;
  columns: string[] | undefined;
  foreignKeys: ForeignKey[];
  referencedBy: ForeignKey[];
  triggerWrites: string[];
  triggerReads: string[];
  hiddenUniqueness: TableKeys['hiddenUniqueness'];
  exclusion: boolean;
}

/** One FROM item at one query level. `table` undefined: a CTE, subquery or function, whose keys are taken elsewhere. */
interface Rel {
  alias: string;
  relname: string;
  table: Table | undefined;
  mode: LockMode;
}

/** PostgreSQL's table lock modes, 1 (ACCESS SHARE) to 8 (ACCESS EXCLUSIVE, LOCK TABLE's default). */
const ACCESS_EXCLUSIVE = 8;

/**
 * The key mode for a table lock mode: ROW SHARE to SHARE UPDATE EXCLUSIVE (2–4) meet only the
 * exclusive modes, as a key check meets only writes; SHARE (5) keeps out writers, as a read does;
 * SHARE ROW EXCLUSIVE and above (6–8) keep out every other lock. ACCESS SHARE takes none.
 */
function tableLockMode(mode: number): LockMode | undefined {
  if (mode <= 1) return undefined;
  return mode <= 4 ? 'k' : mode === 5 ? 'r' : 'w';
}

type Term = { kind: 'columns'; nodes: string[] } | { kind: 'value'; src: ValueSource } | { kind: 'other' };

class Analysis {
  private readonly out: KeyTemplate[] = [];

  constructor(
    private readonly schema: SchemaInfo,
    private readonly rules: Rules,
  ) {}

  statement(t: Translation): KeyTemplate[] {
    const n = t.node;
    switch (t.kind) {
      case 'query':
        if (!n.SelectStmt) throw new Unanalysable();
        this.select(n.SelectStmt, new Set(), 'r');
        break;
      case 'dml':
        this.dml(n, new Set());
        break;
      case 'copy':
        this.copy(n.CopyStmt);
        break;
      case 'noop':
        if (n.LockStmt) {
          // LOCK TABLE inside a transaction: hold the tables until it ends, in the key mode that
          // meets what PostgreSQL's lock mode meets (ACCESS SHARE, as pg_dump takes, only DDL).
          const mode = tableLockMode(Number(n.LockStmt.mode ?? ACCESS_EXCLUSIVE));
          for (const r of n.LockStmt.relations as Node[]) this.tableKey(r.RangeVar, mode);
        }
        break;
      case 'ddl':
        return WHOLE_DATABASE;
      case 'begin':
      case 'commit':
      case 'rollback':
      case 'savepoint':
      case 'release':
      case 'rollback_to':
      case 'set':
      case 'show':
      case 'discard':
      case 'deallocate':
        break;
      default:
        return WHOLE_DATABASE;
    }
    // Draws take no key: every replica runs a batch's requests in one order (cluster/pipeline.ts
    // `order`), so they draw alike, and, as nextval() in PostgreSQL, a draw never waits for another.
    return this.out;
  }

  // ------------------------------------------------------------------ relations

  private table(rv: Node): Table | 'catalog' | undefined {
    const schema = rv.schemaname as string | undefined;
    const relname = String(rv.relname);
    if (schema && CATALOG_SCHEMAS.has(schema)) return 'catalog';
    if (schema && schema !== 'public') return undefined;
    const lower = relname.toLowerCase();
    const info: TableKeys | undefined = this.schema.table(relname) ?? (lower !== relname ? this.schema.table(lower) : undefined);
    // A partition's rows are its parent's: keyed, and ruled, as the parent's.
    const name = info?.partitionOf?.toLowerCase() ?? lower;
    const rule = Object.hasOwn(this.rules.tables, name) ? this.rules.tables[name] : undefined;
    if (!info && !rule) return undefined;
    const columns = info?.columns?.map((c) => c.name.toLowerCase());
    const keySets: string[][] = [];
    const seen = new Set<string>();
    for (const set of [...(info?.keys ?? []), ...(rule?.keys ?? [])]) {
      const cols = [...new Set(set.map((c) => c.toLowerCase()))].sort();
      const id = cols.join('\u0000');
      // A rule naming a column the table lacks can never be pinned by a valid statement.
      if (cols.length === 0 || seen.has(id) || (columns && !cols.every((c) => columns.includes(c)))) continue;
      seen.add(id);
      keySets.push(cols);
    }
    const classes = new Map<string, ValueClass>();
    for (const c of info?.columns ?? []) classes.set(c.name.toLowerCase(), valueClass(c.type));
    return {
      name,
      keySets,
      drawn: new Set((info?.drawn ?? []).map((c) => c.toLowerCase())),
      classes,
      columns,
      foreignKeys: info?.foreignKeys ?? [],
      referencedBy: info?.referencedBy ?? [],
      triggerWrites: (info?.triggerWrites ?? []).map((n) => n.toLowerCase()),
      triggerReads: (info?.triggerReads ?? []).map((n) => n.toLowerCase()),
      hiddenUniqueness: info?.hiddenUniqueness,
      exclusion: info?.exclusion ?? false,
    };
  }

  private relName(rv: Node): string {
    return `${rv.schemaname && CATALOG_SCHEMAS.has(rv.schemaname) ? `${rv.schemaname}.` : ''}${String(rv.relname).toLowerCase()}`;
  }

  /** A table written without a usable predicate (INSERT … SELECT, COPY FROM, LOCK TABLE). */
  private writeTable(rv: Node): Table {
    return this.tableKey(rv, 'w');
  }

  /** A key on the whole table in `mode` (none when undefined); a relation the analysis cannot tell is Unanalysable. */
  private tableKey(rv: Node, mode: LockMode | undefined): Table {
    const t = this.table(rv);
    if (t === undefined || t === 'catalog') throw new Unanalysable();
    if (mode) this.out.push({ mode, table: t.name });
    return t;
  }

  // ------------------------------------------------------------------ SELECT

  /** One query level; `mode` is 'w' under FOR UPDATE/SHARE, which also reaches subqueries in FROM. */
  private select(s: Node, ctes: ReadonlySet<string>, inherited: LockMode): void {
    const scope = this.withClause(s.withClause, ctes);
    if (s.intoClause) throw new Unanalysable();
    const mode: LockMode = s.lockingClause ? 'w' : inherited;
    if (s.op && s.op !== 'SETOP_NONE') {
      this.select(s.larg.SelectStmt ?? s.larg, scope, mode);
      this.select(s.rarg.SelectStmt ?? s.rarg, scope, mode);
    }
    const rels: Rel[] = [];
    const conjuncts: Node[] = [];
    for (const item of (s.fromClause ?? []) as Node[]) this.fromItem(item, rels, conjuncts, scope, mode);
    if (s.whereClause) splitAnd(s.whereClause, conjuncts);
    this.pin(rels, conjuncts);
    this.walk(s, scope, new Set(['withClause', 'larg', 'rarg', 'fromClause', 'lockingClause', 'intoClause']));
  }

  private withClause(w: Node | undefined, ctes: ReadonlySet<string>): ReadonlySet<string> {
    if (!w) return ctes;
    const clause = w.WithClause ?? w;
    const list = (clause.ctes ?? []) as Node[];
    const names = list.map((c) => String(c.CommonTableExpr.ctename));
    const all = new Set([...ctes, ...names]);
    list.forEach((c, i) => {
      // A non-recursive CTE sees only the CTEs before it: a later name still means the table.
      const visible = clause.recursive ? all : new Set([...ctes, ...names.slice(0, i)]);
      const q = c.CommonTableExpr.ctequery as Node;
      if (q.SelectStmt) this.select(q.SelectStmt, visible, 'r');
      else this.dml(q, visible);
    });
    return all;
  }

  private fromItem(n: Node, rels: Rel[], conjuncts: Node[], ctes: ReadonlySet<string>, mode: LockMode): void {
    if (n.RangeVar) {
      const rv = n.RangeVar;
      const alias = (rv.alias?.aliasname as string | undefined) ?? String(rv.relname);
      if (!rv.schemaname && ctes.has(rv.relname)) {
        rels.push({ alias, relname: rv.relname, table: undefined, mode });
        return;
      }
      const t = this.table(rv);
      if (t === undefined) {
        // A view or an unknown name may stand for any table.
        this.out.push({ mode, table: '*' });
        rels.push({ alias, relname: rv.relname, table: undefined, mode });
      } else if (t === 'catalog') {
        // Catalog relations change only with DDL, which writes '*'.
        this.out.push({ mode, table: this.relName(rv) });
        rels.push({ alias, relname: rv.relname, table: undefined, mode });
      } else {
        rels.push({ alias, relname: rv.relname, table: t, mode });
      }
      return;
    }
    if (n.JoinExpr) {
      const j = n.JoinExpr;
      this.fromItem(j.larg, rels, conjuncts, ctes, mode);
      this.fromItem(j.rarg, rels, conjuncts, ctes, mode);
      // An outer join's ON clause does not filter the preserved side: only inner joins pin.
      if (j.quals && j.jointype === 'JOIN_INNER') splitAnd(j.quals, conjuncts);
      if (j.quals) this.walk(j.quals, ctes);
      return;
    }
    if (n.RangeSubselect) {
      const r = n.RangeSubselect;
      this.select(r.subquery.SelectStmt, ctes, mode);
      rels.push({ alias: r.alias?.aliasname ?? '', relname: '', table: undefined, mode });
      return;
    }
    if (n.RangeFunction) {
      const r = n.RangeFunction;
      // generate_series reads no table; any other function in FROM might.
      for (const f of r.functions as Node[]) {
        const call = f.List.items[0].FuncCall;
        const name = call ? (call.funcname as Node[]).at(-1)?.String?.sval : undefined;
        if (name !== 'generate_series') throw new Unanalysable();
        this.walk(call, ctes);
      }
      rels.push({ alias: r.alias?.aliasname ?? 'generate_series', relname: '', table: undefined, mode });
      return;
    }
    throw new Unanalysable();
  }

  // ------------------------------------------------------------------ INSERT / UPDATE / DELETE

  private dml(n: Node, ctes: ReadonlySet<string>): void {
    if (n.InsertStmt) this.insert(n.InsertStmt, ctes);
    else if (n.UpdateStmt) this.update(n.UpdateStmt, ctes);
    else if (n.DeleteStmt) this.delete(n.DeleteStmt, ctes);
    else if (n.SelectStmt) this.select(n.SelectStmt, ctes, 'r');
    else throw new Unanalysable();
  }

  private target(rv: Node): Table {
    const t = this.table(rv);
    // Writing a view or a catalog: nothing here knows what it reaches.
    if (t === undefined || t === 'catalog') throw new Unanalysable();
    // A trigger's statements reach whole tables: what rows they touch depends on the row fired for.
    for (const w of t.triggerWrites) this.out.push({ mode: 'w', table: w });
    for (const r of t.triggerReads) this.out.push({ mode: 'r', table: r });
    return t;
  }

  private insert(s: Node, outer: ReadonlySet<string>): void {
    const ctes = this.withClause(s.withClause, outer);
    const t = this.target(s.relation);
    const cols = s.cols ? ((s.cols as Node[]).map((c) => String(c.ResTarget.name).toLowerCase())) : t.columns;
    const sel = s.selectStmt?.SelectStmt as Node | undefined;
    const rows = sel?.valuesLists && !sel.withClause && !sel.sortClause && !sel.limitCount && !sel.limitOffset
      ? ((sel.valuesLists as Node[]).map((l) => l.List.items as Node[]))
      : undefined;
    // Each row's given value per column, when the row is a plain VALUES list; without a column
    // list the values fill the first columns and the rest take their defaults.
    const given = rows && cols ? rows.map((items) => new Map(cols.map((c, i) => [c, items.length <= cols.length ? constant(items[i]) : undefined]))) : undefined;
    if (sel && !rows) this.select(sel, ctes, 'r');
    else if (sel) this.walk(sel, ctes);
    const assigned = s.onConflictClause?.action === 'ONCONFLICT_UPDATE'
      ? new Set(((s.onConflictClause.targetList ?? []) as Node[]).map((r) => String(r.ResTarget.name).toLowerCase()))
      : new Set<string>();
    // Row keys need every key set given in every row, or drawn from a sequence in every row (a
    // fresh key): another omitted key column takes a default that other inserts may take too, and
    // each unique key decides success. Not for a table others reference: a fresh key meets every
    // key check of the table's rows, so two transactions each inserting a parent row and then
    // children of it would wait for each other's parent (a deadlock), where the table's key has
    // the second wait at its first insert.
    const drawnSets = rows && cols && t.referencedBy.length === 0 ? t.keySets.filter((set) => set.length === 1 && t.drawn.has(set[0]!) && rows.every((items) => leftToDefault(items, cols, set[0]!))) : [];
    const pinned =
      given !== undefined &&
      t.keySets.length > 0 &&
      t.hiddenUniqueness !== 'expression' &&
      given.length * t.keySets.length <= MAX_ROW_KEYS &&
      !t.keySets.some((set) => set.some((c) => assigned.has(c))) &&
      given.every((row) => t.keySets.every((set) => drawnSets.includes(set) || set.every((c) => row.get(c) !== undefined)));
    if (pinned) {
      // Each row named in every key set: an insert's keys ('i'), unless DO UPDATE may change another
      // row instead or a unique index the key sets do not show decides too (keys.ts).
      const mode: LockMode = s.onConflictClause?.action === 'ONCONFLICT_UPDATE' || t.hiddenUniqueness ? 'w' : 'i';
      for (const set of drawnSets) this.out.push({ mode, table: t.name, fresh: rowKeyPrefix(set) });
      for (const row of given) {
        for (const set of t.keySets) if (!drawnSets.includes(set)) this.out.push(rowTemplate(mode, t, set, set.map((c) => [row.get(c)!])));
      }
    } else if (t.keySets.length === 0 && !s.onConflictClause) {
      this.out.push({ mode: 'w', table: t.name, append: true });
    } else {
      this.out.push({ mode: 'w', table: t.name });
    }
    this.exclusionRead(t);
    for (const fk of t.foreignKeys) this.parentRead(fk, given);
    if (s.onConflictClause) {
      this.keyUpdateEffects(t, assigned);
      this.walk(s.onConflictClause, ctes);
    }
    this.walk(s, ctes, new Set(['relation', 'cols', 'selectStmt', 'withClause', 'onConflictClause']));
  }

  /** An EXCLUDE constraint compares a written row with every other row of its table. */
  private exclusionRead(t: Table): void {
    if (t.exclusion) this.out.push({ mode: 'r', table: t.name });
  }

  /** A written child row's foreign key is checked against the parent: a key check of the parent row. */
  private parentRead(fk: ForeignKey, rows: Map<string, ValueSource | undefined>[] | undefined): void {
    const parent = this.schema.table(fk.refTable) ?? this.schema.table(fk.refTable.toLowerCase());
    const name = fk.refTable.toLowerCase();
    const cols = fk.columns.map((c) => c.toLowerCase());
    const refs = fk.refColumns.map((c) => c.toLowerCase());
    if (!rows || rows.length > MAX_ROW_KEYS || refs.length !== cols.length || refs.length === 0 || !rows.every((r) => cols.every((c) => r.get(c) !== undefined))) {
      this.out.push({ mode: 'k', table: name });
      return;
    }
    const classes = new Map<string, ValueClass>();
    for (const c of parent?.columns ?? []) classes.set(c.name.toLowerCase(), valueClass(c.type));
    const order = refs.map((_, i) => i).sort((a, b) => (refs[a]! < refs[b]! ? -1 : refs[a]! > refs[b]! ? 1 : 0));
    const columns = order.map((i) => refs[i]!);
    for (const row of rows) {
      this.out.push({
        mode: 'k',
        table: name,
        row: { columns, prefix: rowKeyPrefix(columns), classes: columns.map((c) => classes.get(c) ?? 'generic'), alternatives: order.map((i) => [row.get(cols[i]!)!]) },
      });
    }
  }

  /**
   * Assigning key columns moves a row to key values no pin describes, and assigning referenced or
   * referencing columns reaches other tables through foreign keys.
   */
  private keyUpdateEffects(t: Table, assigned: ReadonlySet<string>): void {
    if (assigned.size === 0) return;
    if (t.keySets.some((set) => set.some((c) => assigned.has(c)))) this.out.push({ mode: 'w', table: t.name });
    for (const fk of t.foreignKeys) {
      if (fk.columns.some((c) => assigned.has(c.toLowerCase()))) this.out.push({ mode: 'k', table: fk.refTable.toLowerCase() });
    }
    for (const fk of t.referencedBy) {
      if (fk.refColumns.some((c) => assigned.has(c.toLowerCase()))) this.out.push({ mode: actionMode(fk.onUpdate), table: fk.table.toLowerCase() });
    }
  }

  /** UPDATE's and DELETE's common part: the target written (`mode` of `t` when given) and the other tables read, pinned by WHERE. */
  private writeTarget(s: Node, others: Node[] | undefined, outer: ReadonlySet<string>, mode: (t: Table) => LockMode = () => 'w'): { t: Table; ctes: ReadonlySet<string> } {
    const ctes = this.withClause(s.withClause, outer);
    const t = this.target(s.relation);
    const rels: Rel[] = [{ alias: s.relation.alias?.aliasname ?? s.relation.relname, relname: s.relation.relname, table: t, mode: mode(t) }];
    const conjuncts: Node[] = [];
    for (const item of others ?? []) this.fromItem(item, rels, conjuncts, ctes, 'r');
    if (s.whereClause) splitAnd(s.whereClause, conjuncts);
    this.pin(rels, conjuncts);
    return { t, ctes };
  }

  private update(s: Node, outer: ReadonlySet<string>): void {
    const assigned = new Set(((s.targetList ?? []) as Node[]).map((r) => String(r.ResTarget.name).toLowerCase()));
    // An update that assigns no key column leaves the rows' keys as they are: a foreign key's check
    // of them need not wait. Unless a unique index the key sets do not show may see any column.
    const mode = (t: Table): LockMode => (t.hiddenUniqueness || t.keySets.some((set) => set.some((c) => assigned.has(c))) ? 'w' : 'u');
    const { t, ctes } = this.writeTarget(s, s.fromClause as Node[] | undefined, outer, mode);
    this.exclusionRead(t);
    this.keyUpdateEffects(t, assigned);
    this.walk(s, ctes, new Set(['relation', 'fromClause', 'withClause']));
  }

  private delete(s: Node, outer: ReadonlySet<string>): void {
    const { t, ctes } = this.writeTarget(s, s.usingClause as Node[] | undefined, outer);
    for (const fk of t.referencedBy) this.out.push({ mode: actionMode(fk.onDelete), table: fk.table.toLowerCase() });
    this.walk(s, ctes, new Set(['relation', 'usingClause', 'withClause']));
  }

  private copy(s: Node): void {
    if (s.query) {
      this.select(s.query.SelectStmt, new Set(), 'r');
      return;
    }
    if (s.is_from) {
      const t = this.writeTable(s.relation);
      for (const fk of t.foreignKeys) this.out.push({ mode: 'k', table: fk.refTable.toLowerCase() });
      return;
    }
    const t = this.table(s.relation);
    if (t === undefined) throw new Unanalysable();
    this.out.push({ mode: 'r', table: t === 'catalog' ? this.relName(s.relation) : t.name });
  }

  // ------------------------------------------------------------------ pinning

  /** Turns one level's relations and conjuncts into templates: row keys where pinned, table keys otherwise. */
  private pin(rels: Rel[], conjuncts: Node[]): void {
    const classes = new Classes();
    for (const c of conjuncts) {
      const e = c.A_Expr;
      if (!e || operator(e) !== '=') continue;
      if (e.kind === 'AEXPR_OP') {
        const l = e.lexpr as Node;
        const r = e.rexpr as Node;
        if (l.RowExpr && r.RowExpr && l.RowExpr.args.length === r.RowExpr.args.length) {
          (l.RowExpr.args as Node[]).forEach((a, i) => this.equate(rels, classes, a, r.RowExpr.args[i]));
        } else {
          this.equate(rels, classes, l, r);
        }
      } else if (e.kind === 'AEXPR_IN' || e.kind === 'AEXPR_OP_ANY') {
        const list = e.kind === 'AEXPR_IN' ? e.rexpr?.List?.items : e.rexpr?.A_ArrayExpr?.elements;
        const col = term(rels, e.lexpr);
        const spread = e.kind === 'AEXPR_OP_ANY' ? arrayParam(e.rexpr) : undefined;
        if (spread && col.kind === 'columns') classes.value(col.nodes, [spread]);
        if (!Array.isArray(list) || col.kind !== 'columns') continue;
        const values = (list as Node[]).map(constant);
        if (values.every((v) => v !== undefined)) classes.value(col.nodes, values as ValueSource[]);
      }
    }
    rels.forEach((rel, i) => {
      const t = rel.table;
      if (!t) return;
      // The first key set pinned whole; else the one pinned on most columns, as partial keys.
      let best: (ValueSource[] | undefined)[] | undefined;
      let bestSet: string[] | undefined;
      let bestCount = 0;
      for (const set of t.keySets) {
        const alternatives = set.map((c) => classes.valuesOf(`${i}.${c}`));
        const count = alternatives.filter((a) => a !== undefined).length;
        if (count === set.length) {
          this.out.push(rowTemplate(rel.mode, t, set, alternatives));
          return;
        }
        if (count > bestCount) [best, bestSet, bestCount] = [alternatives, set, count];
      }
      this.out.push(best ? rowTemplate(rel.mode, t, bestSet!, best) : { mode: rel.mode, table: t.name });
    });
  }

  private equate(rels: Rel[], classes: Classes, a: Node, b: Node): void {
    const x = term(rels, a);
    const y = term(rels, b);
    if (x.kind === 'columns' && y.kind === 'columns') classes.union([...x.nodes, ...y.nodes]);
    else if (x.kind === 'columns' && y.kind === 'value') classes.value(x.nodes, [y.src]);
    else if (x.kind === 'value' && y.kind === 'columns') classes.value(y.nodes, [x.src]);
  }

  // ------------------------------------------------------------------ subqueries anywhere

  /**
   * Finds the subqueries of expressions (SubLink) anywhere under `n`, skipping the given fields of
   * `n` itself (its FROM items and CTEs, analysed with their scope). A relation or data-modifying
   * statement met here is a place this analysis does not know.
   */
  private walk(n: unknown, ctes: ReadonlySet<string>, skip?: ReadonlySet<string>): void {
    if (Array.isArray(n)) {
      for (const x of n) this.walk(x, ctes);
      return;
    }
    if (typeof n !== 'object' || n === null) return;
    for (const [k, v] of Object.entries(n)) {
      if (skip?.has(k)) continue;
      if (k === 'SubLink') {
        this.select(v.subselect.SelectStmt, ctes, 'r');
        if (v.testexpr) this.walk(v.testexpr, ctes);
      } else if (k === 'SelectStmt') {
        this.select(v, ctes, 'r');
      } else if (k === 'RangeVar' || k === 'InsertStmt' || k === 'UpdateStmt' || k === 'DeleteStmt') {
        throw new Unanalysable();
      } else {
        this.walk(v, ctes);
      }
    }
  }
}

function actionMode(action: string | undefined): LockMode {
  const a = (action ?? '').toUpperCase();
  // RESTRICT and NO ACTION only look for referencing rows; CASCADE and SET NULL/DEFAULT change them.
  return a === 'RESTRICT' || a === 'NO ACTION' ? 'r' : 'w';
}

/** Whether a VALUES row leaves `column` to its default: not among `cols`, past the row's items, or DEFAULT. */
function leftToDefault(items: Node[], cols: string[], column: string): boolean {
  const i = cols.indexOf(column);
  return i < 0 || i >= items.length || items[i]!.SetToDefault !== undefined;
}

function rowTemplate(mode: LockMode, t: Table, set: string[], alternatives: (ValueSource[] | undefined)[]): KeyTemplate {
  return { mode, table: t.name, row: { columns: set, prefix: rowKeyPrefix(set), classes: set.map((c) => t.classes.get(c) ?? 'generic'), alternatives } };
}

function splitAnd(n: Node, out: Node[]): void {
  if (n.BoolExpr?.boolop === 'AND_EXPR') for (const a of n.BoolExpr.args as Node[]) splitAnd(a, out);
  else out.push(n);
}

function operator(e: Node): string | undefined {
  const name = e.name as Node[] | undefined;
  const op = name?.at(-1)?.String?.sval as string | undefined;
  // OPERATOR(pg_catalog.=) is the same operator; any other schema could be anything.
  if (name && name.length > 1 && name[0]?.String?.sval !== 'pg_catalog') return undefined;
  return op;
}

/**
 * Casts whose result compares like its input under one of the modelled classes. Not bpchar: a bare
 * `::char` is char(1) and truncates; nor any cast with a type modifier (varchar(3), numeric(5,2)).
 */
const CAST_CLASSES: Record<string, ValueClass> = {
  int2: 'integer',
  int4: 'integer',
  int8: 'integer',
  numeric: 'numeric',
  text: 'text',
  varchar: 'text',
  uuid: 'uuid',
  bool: 'bool',
};

/** A constant or parameter, possibly cast; undefined for anything else (expressions, DEFAULT, subqueries). */
function constant(n: Node | undefined): ValueSource | undefined {
  if (!n) return undefined;
  if (n.ParamRef) return { param: Number(n.ParamRef.number), casts: [] };
  if (n.A_Const) {
    const c = n.A_Const;
    // libpg-query leaves out zero values: {ival: {}} is 0, {boolval: {}} is false, {sval: {}} is ''.
    if (c.isnull) return { value: null, casts: [] };
    if (c.ival) return { value: Number(c.ival.ival ?? 0), casts: [] };
    if (c.fval) return { value: String(c.fval.fval), casts: [] };
    if (c.sval) return { value: String(c.sval.sval ?? ''), casts: [] };
    if (c.boolval) return { value: c.boolval.boolval === true, casts: [] };
    return undefined;
  }
  if (n.TypeCast) {
    const tc = n.TypeCast;
    const names = (tc.typeName.names as Node[]).map((x) => x.String?.sval as string);
    if (tc.typeName.arrayBounds || tc.typeName.typmods || (names.length > 1 && names[0] !== 'pg_catalog')) return undefined;
    const cls = CAST_CLASSES[names.at(-1)!];
    const inner = constant(tc.arg);
    if (!cls || !inner) return undefined;
    return { ...inner, casts: [...inner.casts, cls] };
  }
  return undefined;
}

/** `$n` or `$n::type[]` as the array of `= ANY(…)`: the values are its elements, known once bound. */
function arrayParam(n: Node | undefined): ValueSource | undefined {
  if (n?.ParamRef) return { param: Number(n.ParamRef.number), casts: [], spread: true };
  const tc = n?.TypeCast;
  if (!tc?.arg?.ParamRef || (tc.typeName.arrayBounds as Node[] | undefined)?.length !== 1 || tc.typeName.typmods) return undefined;
  const names = (tc.typeName.names as Node[]).map((x) => x.String?.sval as string);
  const cls = names.length > 1 && names[0] !== 'pg_catalog' ? undefined : CAST_CLASSES[names.at(-1)!];
  return cls ? { param: Number(tc.arg.ParamRef.number), casts: [cls], spread: true } : undefined;
}

/** A side of an equality: which column nodes it names, or its constant value. */
function term(rels: Rel[], n: Node): Term {
  const v = constant(n);
  if (v) return { kind: 'value', src: v };
  if (!n.ColumnRef) return { kind: 'other' };
  const fields = n.ColumnRef.fields as Node[];
  const parts = fields.map((f) => f.String?.sval as string | undefined);
  if (parts.some((p) => p === undefined)) return { kind: 'other' };
  const col = parts.at(-1)!.toLowerCase();
  if (parts.length === 1) {
    // An unqualified name belongs to this level's table that has it (innermost scope first);
    // if several have it, it is either a USING column equal on all of them or an error.
    const owners: string[] = [];
    rels.forEach((r, i) => {
      const t = r.table;
      if (t && (t.columns ? t.columns.includes(col) : t.keySets.some((s) => s.includes(col)))) owners.push(`${i}.${col}`);
    });
    return { kind: 'columns', nodes: owners.length ? owners : [`?${col}`] };
  }
  const qualifier = parts.slice(0, -1);
  const alias = qualifier.at(-1)!;
  const i = rels.findIndex((r) => (qualifier.length === 1 ? r.alias === alias : r.relname === alias && r.alias === r.relname));
  // A qualifier not at this level names an outer query's column: a value per outer row, not a constant.
  return { kind: 'columns', nodes: [i >= 0 ? `${i}.${col}` : `?${parts.join('.')}`] };
}

/** Union-find over column nodes, each class with the values an equality gave it. */
class Classes {
  private readonly parent = new Map<string, string>();
  private readonly values = new Map<string, ValueSource[]>();

  private find(x: string): string {
    let root = x;
    while (this.parent.has(root)) root = this.parent.get(root)!;
    return root;
  }

  union(nodes: string[]): void {
    const roots = [...new Set(nodes.map((n) => this.find(n)))];
    const [first, ...rest] = roots;
    for (const r of rest) {
      this.parent.set(r, first!);
      this.value([first!], this.values.get(r) ?? []);
      this.values.delete(r);
    }
  }

  /** Every conjunct must hold, so any one of them bounds the rows: keep the shortest list. */
  value(nodes: string[], values: ValueSource[]): void {
    this.union(nodes);
    if (values.length === 0) return;
    const root = this.find(nodes[0]!);
    const had = this.values.get(root);
    if (!had || values.length < had.length) this.values.set(root, values);
  }

  valuesOf(node: string): ValueSource[] | undefined {
    return this.values.get(this.find(node));
  }
}
