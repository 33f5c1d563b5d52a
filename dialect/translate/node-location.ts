/** Where in the statement's text a parse tree node stands, as PostgreSQL reports positions. */

/** Where PostgreSQL's exprLocation puts an expression: its leftmost token, the least location in it. */
export function locationOf(n: unknown): number | undefined {
  if (!n || typeof n !== 'object') return undefined;
  // A cast constant is its literal (parse_coerce.c keeps the literal's location), at `DATE '…'` and
  // `CAST('…' AS date)` too; another cast its own location or its argument's, not its type name's.
  const cast = (n as { TypeCast?: { arg?: { A_Const?: { location?: number } } } }).TypeCast;
  if (cast?.arg?.A_Const?.location !== undefined && cast.arg.A_Const.location >= 0) return cast.arg.A_Const.location;
  let least: number | undefined;
  for (const [k, v] of Object.entries(n)) {
    if (k === 'typeName' && 'arg' in n) continue;
    const at = k === 'location' && typeof v === 'number' && v >= 0 ? v : locationOf(v);
    if (at !== undefined && (least === undefined || at < least)) least = at;
  }
  return least;
}
