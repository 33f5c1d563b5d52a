/**
 * Where each parameter binds in emitted SQL. SQLite binds `?` by position, so a step's `params`
 * must list the parameters in the order their `?` stand in its text. The emitter cannot promise
 * that by the order it emits in: an operator written as a function of its operands reversed
 * (`a <@ b` is `contains(b, a)`), a call that emits a later argument first (AT TIME ZONE), an
 * operand whose text stands twice — each emitted once, placed elsewhere or again. So a
 * parameter's `?` carries its number until the step is made (`paramSlot`), and `placeParams`
 * reads the numbers off the text in order: the text decides, whatever the emitter did.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { quotedEnd } from './sql-text.js';

const OPEN = '\u0001';
const CLOSE = '\u0002';

/**
 * The `?` of parameter `n` (negative: a numeric display parameter, bound as its text, see
 * translate.ts displayedParams), marked with its number. A PostgreSQL string never holds these
 * control characters outside quotes, where the emitter writes them only here.
 */
export function paramSlot(n: number): string {
  return `?${OPEN}${n}${CLOSE}`;
}

/** Whether emitted SQL holds a parameter's slot. */
export function hasParamSlot(sql: string): boolean {
  return sql.includes(OPEN);
}

/**
 * The SQL with its slots' marks taken out and the parameters in the order the slots stand. SQL
 * without marks (a step evsql writes with its own `?`) keeps its params; marks beside an unmarked
 * `?` are a translator bug, refused rather than bound wrong.
 */
export function placeParams(sql: string, params: number[]): { sql: string; params: number[] } {
  if (!sql.includes(OPEN)) return { sql, params };
  const placed: number[] = [];
  let out = '';
  let from = 0;
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i]!;
    if (c === "'" || c === '"') {
      i = quotedEnd(sql, i, c) - 1;
      continue;
    }
    if (c !== '?') continue;
    if (sql[i + 1] !== OPEN) throw new PgError(SqlState.internalError, `a parameter slot of no number beside numbered ones: ${sql.slice(0, 200)}`);
    const close = sql.indexOf(CLOSE, i + 2);
    placed.push(Number(sql.slice(i + 2, close)));
    out += sql.slice(from, i + 1);
    from = close + 1;
    i = close;
  }
  return { sql: out + sql.slice(from), params: placed };
}
