/**
 * Sequences at run time (catalog/sequences.ts): nextval(), setval(), currval(), lastval() and the
 * draws behind serial and identity columns.
 *
 * A PostgreSQL sequence is not transactional: a value drawn is gone, whether the statement fails
 * or the transaction rolls back. So the writer keeps each sequence's state in memory
 * (SequenceDraws), read from its table before a request that finds it unknown; SQLite functions
 * cannot run statements, so they change only that state, and the worker writes what changed to the
 * tables after each request, failed or not, outside every transaction's undo records (no ROLLBACK
 * gives a value back; the state hash covers it). Every replica runs a batch's requests in one
 * order (cluster/pipeline.ts `order`), so the values are the same everywhere, and draws need no
 * conflict key: as in PostgreSQL, a draw never waits for another transaction; when the pipeline
 * takes a batch back, its savepoint restores the tables and the worker forgets the memory.
 *
 * What a session drew (currval, lastval) goes back to the session as settings, as set_config()'s
 * do: seen by no other session, gone with it.
 */
import type Database from 'better-sqlite3';
import { PgError, SqlState } from '../../pg/errors.js';
import { isSequenceTable, nextSequenceValue, readSequenceOptions, regclassSequenceName, sequenceOfTable, sequenceTableName, type SequenceOptions } from '../catalog/sequences.js';
import { objectOid } from '../catalog/oids.js';
import type { SqliteValue } from '../../pg/types/registry.js';
import { quoteIdent } from '../sqlite-quote.js';
import { text } from './arguments.js';
import type { FunctionScope } from './function-scope.js';

/** The session setting holding what nextval() last gave this session from a sequence (currval). */
export const CURRVAL_SETTING = 'evsql.currval.';
/** The session setting naming the sequence nextval() last drew from in this session (lastval is its currval). */
export const LASTVAL_SETTING = 'evsql.lastval';

interface SequenceState {
  /** The value last given (or set). */
  last: bigint;
  called: boolean;
  options: SequenceOptions;
  /**
   * With CACHE above 1: the last of the values PostgreSQL's nextval() would have fetched into its
   * session's cache with `last`, which is what its relation holds as last_value (what `SELECT
   * last_value FROM seq` and pg_sequences show). The table's row 0 keeps it, row -1 the value last given.
   */
  cachedTo?: bigint;
}

/** The table row keeping the value last given while row 0 holds the end of a cached block (SequenceState.cachedTo). */
const GIVEN_ROW = -1;

/** The end of the block of `o.cache` values a fetch starting at `first` takes, short of the bound it would pass. */
function cachedBlockEnd(first: bigint, o: SequenceOptions): bigint {
  const room = o.increment > 0n ? (o.max - first) / o.increment : (first - o.min) / -o.increment;
  const steps = room < o.cache - 1n ? room : o.cache - 1n;
  return first + steps * o.increment;
}

/** The writer's sequences between their tables and the requests that draw from them. */
export class SequenceDraws {
  private states: Map<string, SequenceState> | undefined;
  private readonly changed = new Set<string>();
  private readonly updates = new Map<string, Database.Statement>();
  /** The request's draws in order, from which a statement run again to explain its error takes its values. */
  private journal: Array<{ name: string; value: bigint }> = [];
  /** Where in the journal the running statement's draws begin. */
  private stepStart = 0;
  /** While a failed statement runs again: the journal position it takes its next value from. */
  private replayAt: number | undefined;

  private readonly readonly: boolean;

  constructor(private readonly db: Database.Database) {
    this.readonly = db.readonly;
  }

  /** Before a request: every sequence's state, read after a start, a rollback or a schema change. */
  ready(): void {
    this.journal = [];
    this.stepStart = 0;
    if (this.states) return;
    const states = new Map<string, SequenceState>();
    const tables = this.db.prepare("SELECT name, sql FROM main.sqlite_schema WHERE type = 'table' AND name LIKE 'pg\\_sequence:%' ESCAPE '\\'").raw().all() as Array<[string, string]>;
    for (const [table, sql] of tables) {
      if (!isSequenceTable(table)) continue;
      const rows = this.db.prepare(`SELECT pid, last_value, is_called FROM main.${quoteIdent(table)} WHERE pid IN (0, ${GIVEN_ROW}) ORDER BY pid DESC`).raw().all() as Array<[bigint, bigint, bigint]>;
      const [row, given] = rows;
      if (row?.[0] !== 0n) continue;
      const state: SequenceState = { last: BigInt(row[1]), called: BigInt(row[2]) !== 0n, options: readSequenceOptions(sql) };
      if (given) [state.cachedTo, state.last] = [state.last, BigInt(given[1])];
      states.set(sequenceOfTable(table), state);
    }
    this.states = states;
  }

  /** After a request, whether it succeeded or not: what it drew, into the tables. */
  flush(): void {
    if (!this.changed.size) return;
    for (const name of this.changed) {
      const s = this.states?.get(name);
      if (!s) continue;
      let update = this.updates.get(name);
      if (!update) this.updates.set(name, (update = this.db.prepare(`UPDATE main.${quoteIdent(sequenceTableName(name))} SET last_value = ?, is_called = ? WHERE pid = 0`)));
      update.run(s.cachedTo ?? s.last, s.called ? 1 : 0);
      if (s.options.cache > 1n) this.writeGiven(name, s);
    }
    this.changed.clear();
  }

  /** A cached sequence's row -1: the value last given, none where row 0 holds it. */
  private writeGiven(name: string, s: SequenceState): void {
    const table = `main.${quoteIdent(sequenceTableName(name))}`;
    if (s.cachedTo === undefined) this.db.prepare(`DELETE FROM ${table} WHERE pid = ${GIVEN_ROW}`).run();
    else this.db.prepare(`INSERT INTO ${table} (pid, last_value, is_called) VALUES (${GIVEN_ROW}, ?, 1) ON CONFLICT (pid) DO UPDATE SET last_value = excluded.last_value`).run(s.last);
  }

  /** After a rollback of batches or work on committed state: the tables say again. */
  forget(): void {
    this.states = undefined;
    this.changed.clear();
    this.updates.clear();
  }

  /** After a schema change (ALTER SEQUENCE wrote a table, DROP TABLE took one): what was drawn goes to the tables left, which say again. */
  reload(): void {
    const exists = this.db.prepare('SELECT 1 FROM main.sqlite_schema WHERE name = ?');
    for (const name of this.changed) if (!exists.get(sequenceTableName(name))) this.changed.delete(name);
    this.updates.clear();
    this.flush();
    this.forget();
  }

  /** Before each statement of a request. */
  step(): void {
    this.stepStart = this.journal.length;
  }

  /**
   * Runs a failed statement again (executor/violations.ts finds the row it failed on): it draws
   * the values it drew the first time, and the sequences stay as they are.
   */
  replaying<T>(body: () => T): T {
    this.replayAt = this.stepStart;
    try {
      return body();
    } finally {
      this.replayAt = undefined;
    }
  }

  private state(name: string): SequenceState {
    if (this.readonly) throw new PgError(SqlState.readOnlySqlTransaction, 'cannot execute nextval() in a read-only transaction');
    const s = this.states?.get(name);
    if (!s) throw new PgError(SqlState.undefinedTable, `relation "${name}" does not exist`);
    return s;
  }

  next(name: string): bigint {
    const s = this.state(name);
    if (this.replayAt !== undefined) return this.journal[this.replayAt++]?.value ?? s.last;
    const next = nextSequenceValue(name, s.last, s.called, s.options);
    // Past the cached block, or round a cycle: PostgreSQL fetches the next block, which its relation then ends with.
    if (s.options.cache > 1n && (!s.called || s.cachedTo === undefined || next !== s.last + s.options.increment || (s.options.increment > 0n ? next > s.cachedTo : next < s.cachedTo))) s.cachedTo = cachedBlockEnd(next, s.options);
    s.last = next;
    s.called = true;
    this.changed.add(name);
    this.journal.push({ name, value: s.last });
    return s.last;
  }

  set(name: string, value: bigint, called: boolean): bigint {
    const s = this.state(name);
    if (this.replayAt !== undefined) return value;
    if (value < s.options.min || value > s.options.max) throw new PgError(SqlState.numericValueOutOfRange, `setval: value ${value} is out of bounds for sequence "${name}" (${s.options.min}..${s.options.max})`);
    s.last = value;
    s.called = called;
    // setval() writes the value itself to the relation, and the session's cached values are gone (do_setval).
    s.cachedTo = undefined;
    this.changed.add(name);
    return value;
  }
}

const draws = new WeakMap<Database.Database, SequenceDraws>();

/** The sequences of a writer's connection. */
export function sequenceDraws(db: Database.Database): SequenceDraws {
  return draws.get(db)!;
}

export function registerSequenceFunctions(db: Database.Database, scope: () => FunctionScope): void {
  const state = new SequenceDraws(db);
  draws.set(db, state);
  const fn = (name: string, impl: (...args: SqliteValue[]) => SqliteValue) =>
    db.function(name, { deterministic: false, safeIntegers: true, varargs: true }, impl as (...args: unknown[]) => unknown);
  /** What this session has been given, this request's draws first. */
  const session = (key: string): string | undefined => scope().settings?.[key] ?? scope().ctx.settings[key];
  // setval() with is_called sets currval, as do_setval does; only nextval() makes its sequence lastval's.
  const remember = (name: string, v: bigint, last: boolean): bigint => {
    const s = scope();
    s.settings ??= {};
    s.settings[CURRVAL_SETTING + name] = String(v);
    if (last) s.settings[LASTVAL_SETTING] = name;
    return v;
  };
  // A sequence named at run time is NULL for a NULL argument, and nextval() is strict.
  fn('pg_seq_named', (arg, existing) => (arg === null ? null : namedAtRunTime(arg, JSON.parse(text(existing)) as string[])));
  fn('pg_seq_next', (name) => (name === null ? null : remember(text(name), state.next(text(name)), true)));
  fn('pg_seq_setval', (name, value, called) => {
    if (name === null || value === null || called === null) return null;
    const v = state.set(text(name), BigInt(value as bigint), called !== 0n);
    return called !== 0n ? remember(text(name), v, false) : v;
  });
  fn('pg_seq_currval', (name) => {
    if (name === null) return null;
    const v = session(CURRVAL_SETTING + text(name));
    if (v === undefined || v === '') throw new PgError(SqlState.objectNotInPrerequisiteState, `currval of sequence "${text(name)}" is not yet defined in this session`);
    return BigInt(v);
  });
  // The translator names the sequences that exist: lastval() of one dropped since is not defined.
  fn('pg_seq_lastval', (existing) => {
    const name = session(LASTVAL_SETTING);
    const v = name ? session(CURRVAL_SETTING + name) : undefined;
    if (!name || !v || !(JSON.parse(text(existing)) as string[]).includes(name)) throw new PgError(SqlState.objectNotInPrerequisiteState, 'lastval is not yet defined in this session');
    return BigInt(v);
  });
}

/** A regclass value naming one of the sequences that exist: its text, or the OID pg_class gives it. */
function namedAtRunTime(arg: SqliteValue, existing: string[]): string {
  if (typeof arg === 'bigint' || typeof arg === 'number') {
    const name = existing.find((n) => objectOid('class', n) === Number(arg));
    if (name === undefined) throw new PgError(SqlState.undefinedTable, `could not open relation with OID ${arg}`);
    return name;
  }
  const name = regclassSequenceName(text(arg));
  if (name === undefined || !existing.includes(name)) throw new PgError(SqlState.undefinedTable, `relation "${text(arg)}" does not exist`);
  return name;
}
