/**
 * EXPLAIN: the plan SQLite makes for the statement, as the lines PostgreSQL's text format prints
 * (a node per line, children under their parent marked `->`). The nodes are SQLite's own (SCAN,
 * SEARCH … USING INDEX, USE TEMP B-TREE FOR ORDER BY), not PostgreSQL's, and carry no costs.
 */
import type { SqliteValue } from '../../pg/types/registry.js';

/** Where the translator asks for a plan: the statement's SQL after this prefix. */
export const EXPLAIN_PREFIX = 'EXPLAIN QUERY PLAN ';

/**
 * The rows of SQLite's EXPLAIN QUERY PLAN (id, parent, notused, detail) of `sql`, each as one line
 * of text; a statement SQLite plans nothing for (INSERT … VALUES) is one line of its first words.
 */
export function planLines(sql: string, rows: SqliteValue[][]): SqliteValue[][] {
  if (rows.length === 0) return [[/^\s*(\w+(?:\s+INTO)?\s+("(?:[^"]|"")*"|\S+))/i.exec(sql)?.[1] ?? sql.trim().split(/\s+/)[0] ?? '']];
  const depth = new Map<string, number>();
  return rows.map(([id, parent, , detail]) => {
    const d = (depth.get(String(parent)) ?? -1) + 1;
    depth.set(String(id), d);
    return [d === 0 ? String(detail) : `${' '.repeat(6 * (d - 1) + 2)}->  ${String(detail)}`];
  });
}
