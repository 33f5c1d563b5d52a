/**
 * The real PostgreSQL parser (libpg-query, WebAssembly). Every statement a client sends is parsed
 * here once; the translation cache keeps the result by statement text.
 */
import { createRequire } from 'node:module';
import { isStackOverflow, PgError, SqlState, stackDepthExceeded } from '../../pg/errors.js';

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

type Parser = typeof import('libpg-query');

/**
 * A statement nested deeper than V8's stack (`1+1+…` ten thousand times) overflows inside the
 * WebAssembly parser, which leaves that instance's own stack pointer where the overflow left it:
 * after a few dozen such statements every parse fails. So an instance that threw anything but
 * a syntax error is never used again: a spare takes its place at once and another is loaded.
 * require's cache is how a second instance is had: each load of the module starts its own.
 */
const require = createRequire(import.meta.url);
const PARSER_PATH = require.resolve('libpg-query');
let current: Parser | undefined;
let spare: Parser | undefined;
let refilling: Promise<void> | undefined;
let ready: Promise<void> | undefined;
/** The last text that overflowed: callers that parse a statement again (to split it, to lift its constants) must not spend another instance on it. */
let overflowed: string | undefined;

async function freshParser(): Promise<Parser> {
  delete require.cache[PARSER_PATH];
  const parser = require(PARSER_PATH) as Parser;
  await parser.loadModule();
  return parser;
}

function refill(): Promise<void> {
  refilling ??= (async () => {
    try {
      while (!current || !spare) {
        const parser = await freshParser();
        if (current) spare = parser;
        else current = parser;
      }
    } finally {
      refilling = undefined;
    }
  })();
  return refilling;
}

/** Loads the WebAssembly module (and its spare); must finish before the first parse. */
export function loadParser(): Promise<void> {
  ready ??= refill();
  return ready;
}

/**
 * Resolves when a parser is ready: at once, but for the moment after statements broke both the
 * parser and its spare. Statements wait on it rather than fail.
 */
export function parserReady(): Promise<void> | undefined {
  return current ? undefined : refill();
}

/**
 * A statement as pg_stat_statements keys and shows it: its constants as $1, $2 … (pg_query_normalize)
 * and a 64-bit id of that shape (pg_query_fingerprint); undefined where the parser cannot say.
 */
export function statementShape(text: string): { query: string; queryid: bigint } | undefined {
  if (!current || text === overflowed) return undefined;
  try {
    return { query: current.normalizeSync(text), queryid: BigInt.asIntN(64, BigInt(`0x${current.fingerprintSync(text)}`)) };
  } catch {
    return undefined;
  }
}

/** Splits a query string into its statements (an empty string gives none). */
export function parseQuery(query: string): RawStatement[] {
  // The parser refuses an empty string, which PostgreSQL takes as no statement (EmptyQueryResponse).
  if (query === '') return [];
  const result = withParser(query, (parser) => parser.parseSync(query));
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

/** An expression as the catalog prints it (pg_get_expr), parsed again. */
export function parsedExpression(text: string): Node {
  return parseQuery(`SELECT ${text}`)[0]!.node.SelectStmt.targetList[0].ResTarget.val;
}

/** The parse tree of a type written as text (`character varying(20)`, `integer[]`, a DECLARE's type). */
export function parseTypeName(text: string): Node {
  return (parseQuery(`SELECT NULL::${text}`)[0]!.node.SelectStmt.targetList[0].ResTarget.val as Node).TypeCast.typeName as Node;
}

/** A CREATE FUNCTION … LANGUAGE plpgsql or DO statement's PL/pgSQL, as the PL/pgSQL parser reads it: its `PLpgSQL_function`. */
export function parsePlpgsql(statement: string): Node {
  const result = withParser(statement, (parser) => parser.parsePlPgSQLSync(statement)) as unknown as { plpgsql_funcs?: Node[] };
  return result.plpgsql_funcs?.[0]?.PLpgSQL_function ?? {};
}

function withParser<T>(query: string, parse: (parser: Parser) => T): T {
  if (query === overflowed) throw stackDepthExceeded();
  const parser = current;
  if (!parser) throw new PgError(SqlState.insufficientResources, 'the SQL parser is being restarted');
  try {
    return parse(parser);
  } catch (err) {
    if (err instanceof RangeError || err instanceof WebAssembly.RuntimeError) {
      current = spare;
      spare = undefined;
      void refill();
      if (isStackOverflow(err)) overflowed = query;
      throw isStackOverflow(err) ? stackDepthExceeded() : new PgError(SqlState.internalError, `the SQL parser failed: ${err.message}`);
    }
    throw toSyntaxError(err);
  }
}

function toSyntaxError(err: unknown): PgError {
  const e = err as { message?: string; sqlDetails?: { cursorPosition?: number } };
  const message = e.message ?? String(err);
  const cursor = e.sqlDetails?.cursorPosition;
  // The scanner's check of an escape's character (E'\0') is an encoding error, which names no position.
  if (/^invalid byte sequence for encoding/.test(message)) return new PgError(SqlState.characterNotInRepertoire, message);
  // The grammar's own checks of a window frame are windowing errors in PostgreSQL (gram.y), and
  // its check of a constraint's attributes (processCASbits) a feature not supported.
  const code = /^frame (start|end|starting from)/.test(message) ? SqlState.windowingError : CONSTRAINT_ATTRIBUTE_CHECK.test(message) ? SqlState.featureNotSupported : SqlState.syntaxError;
  // PostgreSQL 15's grammar names no position for these checks, which the parser's later grammar points at.
  const placed = cursor !== undefined && cursor >= 0 && !UNPLACED_GRAMMAR_CHECKS.test(message) && !CONSTRAINT_ATTRIBUTE_CHECK.test(message);
  return new PgError(code, message, placed ? { position: cursor + 1 } : {});
}

const UNPLACED_GRAMMAR_CHECKS = /^WITH TIES cannot be specified without ORDER BY clause$/;
const CONSTRAINT_ATTRIBUTE_CHECK = /^[A-Z ]+ constraints cannot be marked (NOT VALID|DEFERRABLE|NO INHERIT)$/;

/** The single key of a node: its type name. */
export function nodeType(node: Node): string {
  for (const k in node) return k;
  return '';
}

/** A string literal: PostgreSQL's `unknown`, which takes the type its context asks for. */
export function isUnknownLiteral(n: Node | undefined): boolean {
  return n?.A_Const?.sval !== undefined;
}

/** A list of `{String: {sval}}` nodes as plain strings. */
export function names(list: Node[] | undefined): string[] {
  return (list ?? []).map((n) => (n.String?.sval as string | undefined) ?? (n.A_Star ? '*' : ''));
}
