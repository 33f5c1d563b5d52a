/**
 * Statements with more parameters than SQLite binds. PostgreSQL takes up to 65,535 (an ORM's
 * `IN ($1, …)` of many ids, a long multi-row VALUES); SQLite binds at most
 * SQLITE_MAX_VARIABLE_NUMBER, 32,766 as better-sqlite3 builds it. Such a statement is run with
 * each `?` read from the request's scope instead, as `evsql_param(n)`: a deterministic function
 * of a constant, which SQLite evaluates once per run, not per row.
 */
import type Database from 'better-sqlite3';
import type { SqliteValue } from '../pg/types/registry.js';
import type { FunctionScope } from '../dialect/runtime/function-scope.js';
import { PgError, SqlState } from '../pg/errors.js';

export const SQLITE_MAX_PARAMS = 32766;

/** `sql` (as evsql emits it: `'…'` and `"…"` quotes, `?` for each parameter) with its parameters read from the scope. */
export function scopedParams(sql: string): string {
  let out = '';
  let n = 0;
  let quote = '';
  for (const ch of sql) {
    if (quote) {
      // A doubled quote closes and opens again.
      if (ch === quote) quote = '';
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '?') {
      out += `evsql_param(${++n})`;
      continue;
    }
    out += ch;
  }
  return out;
}

export function registerScopedParams(db: Database.Database, scope: () => FunctionScope | undefined): void {
  db.function('evsql_param', { deterministic: true, safeIntegers: true }, (n) => {
    const values = scope()?.params;
    if (!values) throw new PgError(SqlState.internalError, 'evsql_param called outside a statement with scoped parameters');
    return values[Number(n) - 1] ?? null;
  });
}

/** The SQL to prepare for a step's values and the values to bind to it: none when the scope holds them. */
export function bindable(sql: string, args: SqliteValue[], scope: FunctionScope | undefined): { sql: string; args: SqliteValue[] } {
  if (args.length <= SQLITE_MAX_PARAMS) return { sql, args };
  if (!scope) throw new PgError(SqlState.internalError, 'a statement with more parameters than SQLite binds needs a request scope');
  scope.params = args;
  return { sql: scopedParams(sql), args: [] };
}
