import { PgError, SqlState } from '../../pg/errors.js';
import type { Node } from './parse.js';
import { locationOf } from './node-location.js';

/**
 * A multi-row VALUES as SQLite can take it however long it is.
 *
 * SQLite codes a VALUES list as a co-routine while its rows are constants; at the first row that is
 * not (a function call such as `pg_now()`), it goes on as a UNION ALL chain, and when rows of
 * constants came before, that chain is compiled recursively, one native stack frame pair per row:
 * sysbench-tpcc's loader (rows with `NULL`, then thousands with `NOW()`) overflowed a replica
 * thread's stack and took the whole process down. In pieces of at most VALUES_PIECE rows, each a
 * subquery joined by UNION ALL (in order), no chain is longer than a piece or than the number of
 * pieces.
 */
export const VALUES_PIECE = 256;

/** `rows`: each row's SQL, parenthesized. */
export function valuesSql(rows: string[]): string {
  if (rows.length <= VALUES_PIECE) return `VALUES ${rows.join(', ')}`;
  const pieces: string[] = [];
  // WHERE true ends each piece: SQLite would read an ON CONFLICT after the last one as its join constraint.
  for (let i = 0; i < rows.length; i += VALUES_PIECE) pieces.push(`SELECT * FROM (VALUES ${rows.slice(i, i + VALUES_PIECE).join(', ')}) WHERE true`);
  return pieces.join(' UNION ALL ');
}

/** VALUES rows of different lengths: 42601 at the first value of the first row unlike the first (SQLite's error has no SQLSTATE). */
export function checkValuesLengths(rows: Node[]): void {
  const odd = rows.find((row) => row.List.items.length !== rows[0]!.List.items.length);
  const location = locationOf(odd);
  if (odd) throw new PgError(SqlState.syntaxError, 'VALUES lists must all be the same length', location === undefined ? {} : { position: location + 1 });
}
