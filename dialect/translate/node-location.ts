/** Where in the statement's text a parse tree node stands, as PostgreSQL reports positions. */

/** Where PostgreSQL's exprLocation puts an expression: its leftmost token, the least location in it. */
export function locationOf(n: unknown): number | undefined {
  if (!n || typeof n !== 'object') return undefined;
  let least: number | undefined;
  for (const [k, v] of Object.entries(n)) {
    const at = k === 'location' && typeof v === 'number' && v >= 0 ? v : locationOf(v);
    if (at !== undefined && (least === undefined || at < least)) least = at;
  }
  return least;
}
