/**
 * pg_stat_statements: this server's own figures for the statements its sessions ran (calls, rows,
 * execution time), keyed as the extension keys them (database, statement shape with its constants
 * as $n), kept for at most pg_stat_statements.max shapes (the least called give way, as the
 * extension deallocates). Only this server knows them, so statements naming the view or
 * pg_stat_statements_reset() are answered here (server-views.ts). Planning, buffer, WAL and JIT
 * figures are zeroes: evsql keeps none.
 */
import { statementShape } from '../dialect/translate/parse.js';
import { catalogRelation, relationKey, sqliteTable } from '../dialect/catalog/definitions.js';
import { BOOTSTRAP_SUPERUSER } from '../dialect/catalog/oids.js';
import type { ServerRows } from '../dialect/plan.js';
import type { Translation } from '../dialect/translate/translate.js';
import type Database from 'better-sqlite3';
import { ServerViews } from './server-views.js';

const MENTIONS = /\bpg_stat_statements(?:_reset)?\b/i;
const RELATION = catalogRelation('pg_catalog', 'pg_stat_statements')!;
/** pg_stat_statements.max's default. */
export const STATEMENTS_MAX = 5000;

interface Entry {
  dbid: number;
  queryid: bigint;
  query: string;
  calls: number;
  rows: number;
  total: number;
  min: number;
  max: number;
  /** Welford's running sum of squared deviations, for stddev_exec_time. */
  m2: number;
}

const ZERO_COLUMNS = [
  'plans', 'total_plan_time', 'min_plan_time', 'max_plan_time', 'mean_plan_time', 'stddev_plan_time', 'shared_blks_hit', 'shared_blks_read', 'shared_blks_dirtied',
  'shared_blks_written', 'local_blks_hit', 'local_blks_read', 'local_blks_dirtied', 'local_blks_written', 'temp_blks_read', 'temp_blks_written', 'blk_read_time',
  'blk_write_time', 'temp_blk_read_time', 'temp_blk_write_time', 'wal_records', 'wal_fpi', 'wal_bytes', 'jit_functions', 'jit_generation_time', 'jit_inlining_count',
  'jit_inlining_time', 'jit_optimization_count', 'jit_optimization_time', 'jit_emission_count', 'jit_emission_time',
];

export class StatementStatistics extends ServerViews {
  private readonly entries = new Map<string, Entry>();
  /** Each translation's shape, normalized once: a statement run again comes with the translation cached for it. */
  private readonly shapes = new WeakMap<Translation, { query: string; queryid: bigint }>();
  private readonly insert: Database.Statement;

  constructor(private readonly max: () => number = () => STATEMENTS_MAX) {
    super(MENTIONS, 'evsql answers pg_stat_statements_reset() only in statements that read no table but pg_stat_statements');
    this.insert = this.table(RELATION);
    this.db.function('pg_stat_statements_reset', { varargs: true }, () => {
      this.entries.clear();
      // void's output, an empty string, as PostgreSQL sends it.
      return '';
    });
  }

  /** A statement of database `dbid` ran for `ms` milliseconds and returned or changed `rows` rows. */
  record(t: Translation, dbid: number, rows: number, ms: number): void {
    // Reading the view (or resetting it) is not counted, so that it shows the others'.
    if (MENTIONS.test(t.text)) return;
    const shape = this.shapes.get(t) ?? statementShape(t.text);
    if (!shape) return;
    this.shapes.set(t, shape);
    const key = `${dbid}:${shape.queryid}`;
    let e = this.entries.get(key);
    if (!e) {
      this.evict();
      // A utility statement keeps its text, as PostgreSQL does not normalize it.
      e = { dbid, queryid: shape.queryid, query: t.kind === 'ddl' ? t.text : shape.query, calls: 0, rows: 0, total: 0, min: Infinity, max: 0, m2: 0 };
      this.entries.set(key, e);
    }
    const mean = e.calls ? e.total / e.calls : 0;
    e.calls++;
    e.rows += rows;
    e.total += ms;
    e.min = Math.min(e.min, ms);
    e.max = Math.max(e.max, ms);
    e.m2 += (ms - mean) * (ms - e.total / e.calls);
  }

  /** At the bound: the least called tenth goes, as entry_dealloc frees the least used entries. */
  private evict(): void {
    const max = this.max();
    if (this.entries.size < max) return;
    const order = [...this.entries.entries()].sort((a, b) => a[1].calls - b[1].calls);
    for (const [key] of order.slice(0, Math.max(1, Math.ceil(this.entries.size - max * 0.95)))) this.entries.delete(key);
  }

  protected refresh(): void {
    this.db.exec(`DELETE FROM ${sqliteTable(RELATION)}`);
    for (const row of this.rows()) this.insert.run(row);
  }

  protected override shipped(t: Translation): ServerRows | null {
    if (/\bpg_stat_statements_reset\s*\(/i.test(t.text)) return null;
    return { [relationKey(RELATION)]: this.rows() };
  }

  private rows(): ServerRows[string] {
    return [...this.entries.values()].map((e) => ({
      userid: BOOTSTRAP_SUPERUSER,
      dbid: e.dbid,
      toplevel: 1,
      queryid: e.queryid,
      query: e.query,
      calls: BigInt(e.calls),
      total_exec_time: e.total,
      min_exec_time: e.min,
      max_exec_time: e.max,
      mean_exec_time: e.total / e.calls,
      stddev_exec_time: Math.sqrt(e.m2 / e.calls),
      rows: BigInt(e.rows),
      ...Object.fromEntries(ZERO_COLUMNS.map((c) => [c, 0])),
    }));
  }
}

