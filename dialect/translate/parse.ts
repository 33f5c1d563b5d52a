/**
 * The real PostgreSQL parser (libpg-query, WebAssembly). Every statement a client sends is parsed
 * here once; the translation cache keeps the result by statement text.
 */
import { loadModule, parseSync } from 'libpg-query';
import { PgError, SqlState } from '../../pg/errors.js';

/** A node of the parse tree as libpg-query prints it: `{ NodeType: { ...fields } }`. */
export type Node = Record<string, any>;

export interface RawStatement {
  /** The statement's own node, e.g. `{ SelectStmt: {...} }`. */
  node: Node;
  /** Its text within the query string, without the trailing semicolon. */
  text: string;
  /** Offset of `text` in the query string, to turn statement-relative positions into query positions. */
  offset: number;
}

let ready: Promise<void> | undefined;

/** Loads the WebAssembly module; must finish before the first parse. */
export function loadParser(): Promise<void> {
  ready ??= loadModule();
  return ready;
}

/** Splits a query string into its statements (an empty string gives none). */
export function parseQuery(query: string): RawStatement[] {
  let result;
  try {
    result = parseSync(query);
  } catch (err) {
    throw toSyntaxError(err);
  }
  const stmts = (result.stmts ?? []) as Array<{ stmt?: Node; stmt_location?: number; stmt_len?: number }>;
  const out: RawStatement[] = [];
  for (const s of stmts) {
    if (!s.stmt) continue;
    const offset = s.stmt_location ?? 0;
    const text = s.stmt_len ? query.slice(offset, offset + s.stmt_len) : query.slice(offset);
    out.push({ node: s.stmt, text: text.trim().replace(/;\s*$/, ''), offset });
  }
  return out;
}

function toSyntaxError(err: unknown): PgError {
  const e = err as { message?: string; sqlDetails?: { cursorPosition?: number } };
  const message = e.message ?? String(err);
  const cursor = e.sqlDetails?.cursorPosition;
  return new PgError(SqlState.syntaxError, message, cursor !== undefined && cursor >= 0 ? { position: cursor + 1 } : {});
}

/** The single key of a node: its type name. */
export function nodeType(node: Node): string {
  for (const k in node) return k;
  return '';
}

/** A list of `{String: {sval}}` nodes as plain strings. */
export function names(list: Node[] | undefined): string[] {
  return (list ?? []).map((n) => (n.String?.sval as string | undefined) ?? (n.A_Star ? '*' : ''));
}
