/** Quoting for SQLite text the translator and the replicas write: identifiers and string literals. */
import type { SqliteValue } from '../pg/types/registry.js';

/** An SQLite identifier, always double-quoted (PostgreSQL's display quoting is pg/ident.ts). */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function quoteString(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/** SQLite's SQLITE_MAX_VARIABLE_NUMBER: the most `?` one statement may have. */
export const MAX_SQLITE_VARIABLES = 32_766;

/** A value as an SQLite literal of the same storage class it would be bound with. */
export function sqliteLiteral(v: SqliteValue): string {
  if (v === null) return 'NULL';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return 'NULL';
    if (!Number.isFinite(v)) return v > 0 ? '9e999' : '-9e999';
    const s = String(v);
    // A JavaScript number binds as REAL; a literal without '.' or 'e' would be INTEGER.
    return /[.e]/.test(s) ? s : `${s}.0`;
  }
  if (Buffer.isBuffer(v)) return `X'${v.toString('hex')}'`;
  return v.includes('\0') ? `CAST(X'${Buffer.from(v, 'utf8').toString('hex')}' AS TEXT)` : quoteString(v);
}

/**
 * `step` with its parameters written into the SQL as literals: for a statement with more
 * parameters than SQLite binds (PostgreSQL takes 65,535). Every `?` outside quotes and comments is
 * a parameter, in order: the translator emits them so.
 */
export function inlineParameters<S extends { sql: string; params: number[] }>(step: S, values: readonly SqliteValue[]): S {
  const sql = step.sql;
  let out = '';
  let from = 0;
  let k = 0;
  for (let i = 0; i < sql.length; i++) {
    const ch = sql[i]!;
    if (ch === "'" || ch === '"') {
      // A doubled quote inside is an escaped one.
      i = sql.indexOf(ch, i + 1);
      while (i >= 0 && sql[i + 1] === ch) i = sql.indexOf(ch, i + 2);
      if (i < 0) break;
    } else if (ch === '/' && sql[i + 1] === '*') {
      i = sql.indexOf('*/', i + 2) + 1;
      if (i <= 0) break;
    } else if (ch === '-' && sql[i + 1] === '-') {
      i = sql.indexOf('\n', i + 2);
      if (i < 0) break;
    } else if (ch === '?') {
      out += sql.slice(from, i) + sqliteLiteral(values[step.params[k++]! - 1] ?? null);
      from = i + 1;
    }
  }
  return { ...step, sql: out + sql.slice(from), params: [] };
}
