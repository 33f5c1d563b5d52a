/**
 * The temporary PL/pgSQL function ORMs send, which is one shape only: a block of one SQL statement
 * with an EXCEPTION handler that keeps its error's detail. Sequelize's findOrCreate inserts
 * through a temporary function created, called and dropped in one query string:
 *
 *     CREATE OR REPLACE FUNCTION pg_temp.testfunc(OUT response "t", OUT sequelize_caught_exception text)
 *       RETURNS RECORD AS $f$ BEGIN INSERT … RETURNING * INTO response;
 *       EXCEPTION WHEN unique_violation THEN GET STACKED DIAGNOSTICS sequelize_caught_exception = PG_EXCEPTION_DETAIL; END $f$
 *       LANGUAGE plpgsql;
 *     SELECT (testfunc.response).id, …, testfunc.sequelize_caught_exception FROM pg_temp.testfunc();
 *     DROP FUNCTION IF EXISTS pg_temp.testfunc();
 *
 * The call runs as the block's statement with a `caught` mark: the connection answers a caught
 * error as the handler would (nothing, or the row of NULLs with the detail), and since every
 * statement runs in a savepoint of its own on the replicas, the failed one leaves nothing behind,
 * as the block's subtransaction would. Any other PL/pgSQL function is 0A000 (DO blocks:
 * block-program.ts; trigger functions: trigger-program.ts).
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { quoteIdent } from '../sqlite-quote.js';
import { type Node, names, parsePlpgsql } from './parse.js';
import { conditionCode } from './trigger-program.js';
import { unsupported } from './unsupported.js';

/** What a statement's exception handler does with the errors it catches. */
export interface CaughtErrors {
  /** The SQLSTATEs caught; 'others' catches all but a cancel. */
  codes: string[];
  /** The handler keeps the error's detail: the answer is one row of NULLs ending in it. */
  detail: boolean;
}

const SHAPE = 'other than one SQL statement in a block with an EXCEPTION handler';

/** A block's statement and what its handler catches. */
export interface GuardedStatement {
  /** The SQL statement, without PL/pgSQL's INTO. */
  sql: string;
  /** INTO's target: a variable the caller reads. */
  into: string | null;
  caught: CaughtErrors;
  /** GET STACKED DIAGNOSTICS's target for PG_EXCEPTION_DETAIL. */
  detailInto: string | null;
}

/** Reads a CREATE FUNCTION … LANGUAGE plpgsql statement's body; 0A000 unless it has the one shape. */
export function guardedStatement(statementText: string): GuardedStatement {
  const shape = `a PL/pgSQL function ${SHAPE}`;
  const fn = parsePlpgsql(statementText);
  const datums = (fn.datums ?? []) as Node[];
  const refname = (varno: number | undefined) => {
    const d = datums[varno ?? 0];
    return (d?.PLpgSQL_var?.refname ?? d?.PLpgSQL_rec?.refname ?? null) as string | null;
  };
  // The parser wraps the written block in one of its own, followed by the implicit RETURN.
  const outer = (fn.action?.PLpgSQL_stmt_block?.body ?? []) as Node[];
  const block = outer[0]?.PLpgSQL_stmt_block;
  const rest = outer.slice(1);
  const body = (block?.body ?? []) as Node[];
  const handlers = (block?.exceptions?.PLpgSQL_exception_block?.exc_list ?? []) as Node[];
  const exec = body[0]?.PLpgSQL_stmt_execsql;
  if (!exec || body.length !== 1 || handlers.length !== 1 || !rest.every((r) => r.PLpgSQL_stmt_return)) throw unsupported(shape);
  const handler = handlers[0]!.PLpgSQL_exception;
  const codes = ((handler.conditions ?? []) as Node[]).map((c) => {
    const name = c.PLpgSQL_condition.condname as string;
    return name === 'others' ? name : conditionCode(name);
  });
  const actions = (handler.action ?? []) as Node[];
  let detailInto: string | null = null;
  if (actions.length === 1 && actions[0]!.PLpgSQL_stmt_getdiag) {
    const items = (actions[0]!.PLpgSQL_stmt_getdiag.diag_items ?? []) as Node[];
    const item = items[0]?.PLpgSQL_diag_item;
    if (items.length !== 1 || item.kind !== 'PG_EXCEPTION_DETAIL') throw unsupported(shape);
    detailInto = refname(item.target);
  } else if (actions.length) {
    throw unsupported(shape);
  }
  const into = exec.into ? (exec.target?.PLpgSQL_rec?.refname ?? exec.target?.PLpgSQL_var?.refname ?? null) : null;
  return { sql: exec.sqlstmt.PLpgSQL_expr.query as string, into, caught: { codes, detail: detailInto !== null }, detailInto };
}

/**
 * Whether a caught error is one the handler takes: a condition ending in 000 names its whole class
 * (integrity_constraint_violation takes 23505); a cancel is never one of OTHERS, as in PL/pgSQL.
 */
export function catches(caught: CaughtErrors, err: unknown): err is PgError {
  if (!(err instanceof PgError)) return false;
  if (caught.codes.some((c) => c === err.code || (c.endsWith('000') && c.slice(0, 2) === err.code.slice(0, 2)))) return true;
  return caught.codes.includes('others') && err.code !== SqlState.queryCanceled;
}

/** A session's temporary PL/pgSQL function (`pg_temp.name`), known for the rest of its query string. */
export interface TempFunction {
  name: string;
  block: GuardedStatement;
}

/** CREATE [OR REPLACE] FUNCTION pg_temp.f(OUT …) … LANGUAGE plpgsql: the function, else undefined. */
export function tempPlpgsqlFunction(node: Node, text: string): TempFunction | undefined {
  const s = node.CreateFunctionStmt;
  if (!s) return undefined;
  const parts = names(s.funcname);
  const language = ((s.options ?? []) as Node[]).find((o) => o.DefElem.defname === 'language')?.DefElem.arg?.String?.sval;
  if (parts.length !== 2 || parts[0] !== 'pg_temp' || language !== 'plpgsql') return undefined;
  if (((s.parameters ?? []) as Node[]).some((p) => p.FunctionParameter.mode !== 'FUNC_PARAM_OUT')) throw unsupported('a temporary PL/pgSQL function with input parameters');
  return { name: parts[1]!, block: guardedStatement(text) };
}

/**
 * `SELECT (f.response).a, …, f.detail FROM pg_temp.f()` as the block's INSERT … RETURNING a, …,
 * NULL AS detail; undefined when the statement calls no function of `known`.
 */
export function tempFunctionCall(node: Node, known: Map<string, TempFunction>): { sql: string; block: GuardedStatement } | undefined {
  const s = node.SelectStmt;
  const from = (s?.fromClause ?? []) as Node[];
  const call = from.length === 1 ? from[0]!.RangeFunction : undefined;
  const fcall = call?.functions?.[0]?.List?.items?.[0]?.FuncCall;
  const parts = names(fcall?.funcname);
  const fn = parts.length === 2 && parts[0] === 'pg_temp' ? known.get(parts[1]!) : undefined;
  if (!fn) return undefined;
  const { block } = fn;
  const returning = /\s+RETURNING\s+\*\s*$/i.exec(block.sql);
  if (!returning || block.into === null || s.whereClause || s.groupClause || s.sortClause || fcall.args?.length) throw unsupported('this call of a temporary PL/pgSQL function');
  const targets = ((s.targetList ?? []) as Node[]).map((t) => {
    const v = t.ResTarget.val;
    const field = v.A_Indirection;
    const record = field?.arg?.ColumnRef ? names(field.arg.ColumnRef.fields) : [];
    const column = field ? names(field.indirection) : [];
    if (record.at(-1) === block.into && column.length === 1) return column[0] === '*' ? '*' : quoteIdent(column[0]!);
    const ref = v.ColumnRef ? names(v.ColumnRef.fields) : [];
    if (block.detailInto !== null && ref.at(-1) === block.detailInto) return `NULL::text AS ${quoteIdent(block.detailInto)}`;
    throw unsupported('this call of a temporary PL/pgSQL function');
  });
  if (block.detailInto !== null && !targets.at(-1)!.startsWith('NULL::text')) throw unsupported('this call of a temporary PL/pgSQL function');
  return { sql: `${block.sql.slice(0, returning.index)} RETURNING ${targets.join(', ')}`, block };
}

/** DROP FUNCTION [IF EXISTS] pg_temp.f() of a function of `known`. */
export function dropsTempFunction(node: Node, known: Map<string, TempFunction>): boolean {
  const s = node.DropStmt;
  if (s?.removeType !== 'OBJECT_FUNCTION') return false;
  const objects = (s.objects ?? []) as Node[];
  return objects.every((o) => {
    const parts = names(o.ObjectWithArgs?.objname);
    return parts.length === 2 && parts[0] === 'pg_temp' && known.has(parts[1]!);
  });
}

/** A statement a handler guards must be one that runs on the replicas (or does nothing). */
export function checkGuardable(kind: string): void {
  if (kind !== 'query' && kind !== 'dml' && kind !== 'ddl' && kind !== 'noop') throw unsupported(`PL/pgSQL around ${kind} statements`);
}
