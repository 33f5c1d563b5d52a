/**
 * Conflict keys: what a statement reads and writes, as (mode, table[, row]). Two requests whose
 * keys conflict must run in log order; requests whose keys do not may run in any order, and every
 * replica still reaches the same state. So a key set may be larger than needed (less parallelism),
 * never smaller: whatever the mixer cannot analyse becomes a table or whole-database key.
 *
 * A row key names the key columns and their canonical values: `w_id,d_id=["1","3"]`. Its column
 * part (before the first '=') identifies the key set. Row keys over different key sets of one table
 * address rows differently (by id, by email), so they cannot be proven disjoint and conflict.
 */
import { assert } from '../lib/assert.js';

export type LockMode = 'r' | 'w';

/** row === undefined: the whole table. table '*': the whole database (with 'w': DDL, unknown statements). */
export interface ConflictKey {
  mode: LockMode;
  table: string;
  row?: string;
}

export function conflicts(a: ConflictKey, b: ConflictKey): boolean {
  if (a.mode === 'r' && b.mode === 'r') return false;
  if (a.table === '*' || b.table === '*') return true;
  if (a.table !== b.table) return false;
  if (a.row === undefined || b.row === undefined || a.row === b.row) return true;
  return keySetOf(a.row) !== keySetOf(b.row);
}

/** The key-set part of a row key: the column names before the first '='; a row without '=' is a set of its own. */
export function keySetOf(row: string): string {
  const i = row.indexOf('=');
  return i < 0 ? row : row.slice(0, i);
}

/** The row string for a key set (columns in the set's canonical order) and canonical values. */
export function rowKey(columns: readonly string[], values: readonly (string | null)[]): string {
  assert(columns.length === values.length && columns.length > 0, 'a row key needs one value per key column');
  return rowKeyPrefix(columns) + JSON.stringify(values);
}

/** The column part of a row key, with its '=': names escaped so that ',' and '=' only separate. */
export function rowKeyPrefix(columns: readonly string[]): string {
  return `${columns.map(encodeURIComponent).join(',')}=`;
}
