/**
 * The direction of an ORDER BY item: ASC/DESC, or `USING <` and `USING >`, which PostgreSQL reads
 * as the type's btree less-than and greater-than (ascending and descending, NULLs last and first
 * unless written). Another operator orders by its own semantics, which evsql does not translate.
 */
import type { Node } from './parse.js';
import { names } from './parse.js';
import { unsupported } from './unsupported.js';

/** Whether `sort` (a SortBy) sorts descending. */
export function sortsDescending(sort: Node): boolean {
  if (!sort.useOp) return sort.sortby_dir === 'SORTBY_DESC';
  const path = names(sort.useOp as Node[]);
  const op = path.at(-1);
  if ((op !== '<' && op !== '>') || (path.length > 1 && path[0] !== 'pg_catalog')) throw unsupported(`ORDER BY … USING ${op}`);
  return op === '>';
}
