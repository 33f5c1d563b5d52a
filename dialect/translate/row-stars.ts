/**
 * `ROW(t.*)` (and `(t.*, x)`): PostgreSQL expands `t.*` into t's columns as the row's fields. The
 * translation reads a row's fields as written, where `t.*` would be one field, or SQLite's `t.*`
 * in an expression (a syntax error); such a row is refused with 0A000 instead, at any query level.
 */
import type { Node } from './parse.js';
import { unsupported } from './unsupported.js';

const isStar = (n: Node): boolean => !!n.ColumnRef?.fields.at(-1)?.A_Star;

export function checkRowStars(node: unknown): void {
  if (!node || typeof node !== 'object') return;
  const row = (node as Node).RowExpr as Node | undefined;
  if (row && ((row.args ?? []) as Node[]).some(isStar)) throw unsupported('a row of t.* (ROW(t.*))');
  for (const v of Object.values(node)) checkRowStars(v);
}
