/**
 * Whether SQLite's EXPLAIN QUERY PLAN of a statement shows it reads at most one row: every line a
 * SEARCH by the rowid or by a UNIQUE, non-partial index with equality on all of its key columns —
 * or the one line a constant row of a statement of literals and parameters only (`SELECT 1`; a
 * function call could build a value of any size). The main thread answers such reads itself
 * (local-reader.ts); a writer reads their rows whole without counting them (host.ts rowsOf).
 */
import type Database from 'better-sqlite3';

const ROWID_SEARCH = /^SEARCH \S+(?: AS \S+)? USING INTEGER PRIMARY KEY \(rowid=\?\)$/;
const INDEX_SEARCH = /^SEARCH \S+(?: AS \S+)? USING (?:COVERING )?INDEX (\S+) \(([^()]*)\)$/;
const EQUALITY = /^(\S+)=\?$/;

/** The plan's lines, judged with every parameter null; null when the statement does not prepare. */
export function queryPlan(db: Database.Database, sql: string, params: number): string[] | null {
  try {
    return db
      .prepare(`EXPLAIN QUERY PLAN ${sql}`)
      .all(...Array.from({ length: params }, () => null))
      .map((r) => (r as { detail: string }).detail);
  } catch {
    return null;
  }
}

export function isPointPlan(db: Database.Database, sql: string, plan: string[]): boolean {
  if (plan.length === 1 && plan[0] === 'SCAN CONSTANT ROW') return !sql.includes('(');
  return plan.length > 0 && plan.every((line) => isKeyLookup(db, line));
}

/** A SEARCH by rowid, or by a unique index with equality on every key column. */
function isKeyLookup(db: Database.Database, line: string): boolean {
  if (ROWID_SEARCH.test(line)) return true;
  const m = INDEX_SEARCH.exec(line);
  if (!m) return false;
  const equal = new Set<string>();
  for (const term of m[2]!.split(' AND ')) {
    const e = EQUALITY.exec(term);
    if (!e) return false;
    equal.add(e[1]!);
  }
  const index = db
    .prepare(`SELECT l."unique" AS u, l.partial AS p FROM sqlite_schema s, pragma_index_list(s.tbl_name) l WHERE s.type = 'index' AND s.name = ? AND l.name = s.name`)
    .get(m[1]) as { u: bigint; p: bigint } | undefined;
  if (!index || index.u !== 1n || index.p !== 0n) return false;
  const keys = db.prepare('SELECT name FROM pragma_index_xinfo(?) WHERE key = 1').pluck().all(m[1]) as Array<string | null>;
  return keys.length > 0 && keys.every((k) => k !== null && equal.has(k));
}
