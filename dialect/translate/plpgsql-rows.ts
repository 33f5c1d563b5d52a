/**
 * A LANGUAGE plpgsql function returning a set or a table's row read by a query of its own: in
 * FROM (`SELECT * INTO v FROM add_jobs(…) LIMIT 1`, `SELECT id, payload::text FROM add_job(…)`),
 * or, returning a row, inside the list of a SELECT without FROM (`SELECT (add_job(…)).payload`).
 * Its block runs first and answers its rows; then the statement runs with the call's text replaced
 * by a subquery of those rows, each value cast to its column's type, under the name the call had
 * (its alias, or the function's name, as PostgreSQL names a function's range; in a list, the row
 * of that name). Before it runs, the subquery has no rows, which gives the statement's columns.
 */
import type { RowField } from './block-program.js';
import type { Node } from './parse.js';
import { closing } from './plpgsql-calls.js';

/** The statement's text around the subquery of the rows: `${before}(subquery)${after}`. */
export interface RoutineRows {
  before: string;
  after: string;
  fields: RowField[];
}

/** The call in FROM (written at byte offset `call.location`): undefined where its parentheses cannot be found. */
export function rangeRows(text: string, call: Node, name: string, aliased: boolean, fields: RowField[]): RoutineRows | undefined {
  const span = callSpan(text, call);
  return span && { before: text.slice(0, span.start), after: `${aliased ? '' : ` AS ${quoted(name)}`}${text.slice(span.end)}`, fields };
}

/** The call in the list of a SELECT without FROM, read as the row of the function's name, which FROM gives. */
export function listRows(text: string, call: Node, name: string, fields: RowField[]): RoutineRows | undefined {
  const span = callSpan(text, call);
  return span && { before: `${text.slice(0, span.start)}${quoted(name)}${text.slice(span.end)} FROM `, after: ` AS ${quoted(name)}`, fields };
}

/** The statement reading `rows` (values as PostgreSQL's text, null for NULL); none where `rows` is null, for its columns. */
export function rowsStatement(r: RoutineRows, rows: Array<Array<string | null>> | null): string {
  const select = (values: Array<string | null>) => `SELECT ${r.fields.map((f, i) => `CAST(${values[i] === null ? 'NULL' : `'${values[i]!.replace(/'/g, "''")}'`} AS ${f.type}) AS ${quoted(f.name)}`).join(', ')}`;
  const query = rows?.length ? rows.map(select).join(' UNION ALL ') : `${select(r.fields.map(() => null))} WHERE false`;
  return `${r.before}(${query})${r.after}`;
}

/** Where the call's text starts (its name) and ends (past its closing parenthesis), as string offsets. */
function callSpan(text: string, call: Node): { start: number; end: number } | undefined {
  const start = Buffer.from(text, 'utf8').subarray(0, Number(call.location ?? 0)).toString('utf8').length;
  const end = closing(text, start);
  return end < 0 ? undefined : { start, end };
}

function quoted(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
