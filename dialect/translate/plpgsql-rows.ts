/**
 * A LANGUAGE plpgsql function in a SELECT's FROM under a query of its own (`SELECT * INTO v FROM
 * add_jobs(…) LIMIT 1`, `SELECT id, payload::text FROM add_job(…)`): its block runs first and
 * answers its rows, then the statement runs with the call's text replaced by a subquery of those
 * rows, each value cast to its column's type, under the name the call had (its alias, or the
 * function's name, as PostgreSQL names a function's range). Before it runs, the subquery has no
 * rows, which gives the statement's columns.
 */
import type { RowField } from './block-program.js';
import type { Node } from './parse.js';
import { closing } from './plpgsql-calls.js';

/** The statement's text around the call: `before` up to its name, `after` past its closing parenthesis (with the range's name where it had no alias). */
export interface RoutineRows {
  before: string;
  after: string;
  fields: RowField[];
}

/** The statement's text cut around the call (written at byte offset `call.location`); undefined where its parentheses cannot be found. */
export function routineRows(text: string, call: Node, name: string, aliased: boolean, fields: RowField[]): RoutineRows | undefined {
  const start = Buffer.from(text, 'utf8').subarray(0, Number(call.location ?? 0)).toString('utf8').length;
  const end = closing(text, start);
  if (end < 0) return undefined;
  return { before: text.slice(0, start), after: `${aliased ? '' : ` AS ${quoted(name)}`}${text.slice(end)}`, fields };
}

/** The statement reading `rows` (values as PostgreSQL's text, null for NULL); none where `rows` is null, for its columns. */
export function rowsStatement(r: RoutineRows, rows: Array<Array<string | null>> | null): string {
  const select = (values: Array<string | null>) => `SELECT ${r.fields.map((f, i) => `CAST(${values[i] === null ? 'NULL' : `'${values[i]!.replace(/'/g, "''")}'`} AS ${f.type}) AS ${quoted(f.name)}`).join(', ')}`;
  const query = rows?.length ? rows.map(select).join(' UNION ALL ') : `${select(r.fields.map(() => null))} WHERE false`;
  return `${r.before}(${query})${r.after}`;
}

function quoted(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
