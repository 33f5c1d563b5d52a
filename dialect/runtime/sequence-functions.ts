/**
 * The arithmetic of sequences (catalog/sequences.ts): the translator writes the reads and writes
 * of a sequence's table around these (translate/sequences.ts).
 */
import type Database from 'better-sqlite3';
import { PgError, SqlState } from '../../pg/errors.js';
import { nextSequenceValue, readSequenceOptions, type SequenceOptions } from '../catalog/sequences.js';
import type { SqliteValue } from '../../pg/types/registry.js';
import { text } from './arguments.js';

const parsed = new Map<string, SequenceOptions>();

/** The options the translator wrote into the statement, read once per distinct text. */
function options(v: SqliteValue): SequenceOptions {
  const key = text(v);
  let o = parsed.get(key);
  if (!o) {
    o = readSequenceOptions(`/* evsql-comment: ${JSON.stringify(key)} */`);
    if (parsed.size > 1000) parsed.clear();
    parsed.set(key, o);
  }
  return o;
}

export function registerSequenceFunctions(db: Database.Database): void {
  const fn = (name: string, impl: (...args: SqliteValue[]) => SqliteValue) =>
    db.function(name, { deterministic: true, safeIntegers: true }, impl as (...args: unknown[]) => unknown);
  fn('pg_seq_next', (last, called, name, opts) => nextSequenceValue(text(name), BigInt(last as bigint), called === 1n, options(opts)));
  fn('pg_seq_setval', (value, name, opts) => {
    const o = options(opts);
    const v = BigInt(value as bigint);
    if (v < o.min || v > o.max) throw new PgError(SqlState.numericValueOutOfRange, `setval: value ${v} is out of bounds for sequence "${text(name)}" (${o.min}..${o.max})`);
    return v;
  });
  fn('pg_seq_currval', (value, name) => {
    if (value === null) throw new PgError(SqlState.objectNotInPrerequisiteState, `currval of sequence "${text(name)}" is not yet defined in this session`);
    return value;
  });
}
