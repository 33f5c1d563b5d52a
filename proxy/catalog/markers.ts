/**
 * Annotations the DDL translator leaves in the SQLite schema text for the catalog: SQLite keeps a
 * CREATE statement verbatim, comments included (through RENAME and ADD/DROP COLUMN too), so what
 * PostgreSQL would show but SQLite cannot hold rides along in a comment.
 *
 * - After a DEFAULT, CHECK or GENERATED clause: the expression as PostgreSQL prints it,
 *   `/* evsql-pg: "now()" *\/` (a JSON string, so any text fits).
 * - After a unique index that emulates ALTER TABLE … ADD PRIMARY KEY / UNIQUE: which constraint
 *   it stands for.
 */

const DISPLAY = /^\/\* evsql-pg: ("(?:[^"\\]|\\.)*") \*\/$/;

/** The annotation carrying an expression's PostgreSQL text; empty when there is none. */
export function displayMarker(text: string | undefined): string {
  if (text === undefined) return '';
  return ` /* evsql-pg: ${JSON.stringify(text).replace(/\*\//g, '*\\/')} */`;
}

/** The PostgreSQL text a comment token carries, if it is such an annotation. */
export function readDisplayMarker(comment: string): string | undefined {
  const m = DISPLAY.exec(comment);
  return m ? (JSON.parse(m[1]!) as string) : undefined;
}

export type IndexConstraint = 'p' | 'u';

/** The annotation on a unique index that is a PRIMARY KEY or UNIQUE constraint. */
export function indexConstraintMarker(kind: IndexConstraint): string {
  return kind === 'p' ? ' /* evsql: primary key */' : ' /* evsql: unique constraint */';
}

export function readIndexConstraintMarker(comment: string): IndexConstraint | undefined {
  if (comment === '/* evsql: primary key */') return 'p';
  if (comment === '/* evsql: unique constraint */') return 'u';
  return undefined;
}
