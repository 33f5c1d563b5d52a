/** Quoting for SQLite text the translator and the replicas write: identifiers and string literals. */

/** An SQLite identifier, always double-quoted (PostgreSQL's display quoting is pg/ident.ts). */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function quoteString(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}
