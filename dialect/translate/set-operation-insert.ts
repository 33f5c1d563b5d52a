/**
 * INSERT … SELECT of a set operation (`INSERT INTO t (m) SELECT 5 UNION SELECT 7`): PostgreSQL
 * assigns each of its rows to the target's columns, converting and checking them (a number to
 * money, a too long text 22001, a bit string of another length 22026) as it does a plain query's.
 * The emitter assigns a plain query's select list, so the set operation is read as a derived
 * table, its columns selected one by one.
 */
import { locationOf } from './node-location.js';
import type { Node } from './parse.js';

const DERIVED = '__evsql_set';

/** The set operation's leftmost member, whose select list names and counts its columns. */
function leftmost(s: Node): Node {
  return s.op && s.op !== 'SETOP_NONE' ? leftmost(s.larg) : s;
}

/** How many columns the member has; undefined where a `*` leaves them untold here. */
function width(s: Node): number | undefined {
  if (s.valuesLists) return ((s.valuesLists as Node[])[0]!.List.items as Node[]).length;
  const targets = (s.targetList ?? []) as Node[];
  return targets.some((t) => JSON.stringify(t).includes('"A_Star"')) ? undefined : targets.length;
}

/** `SELECT c1, c2 FROM (<set operation>) AS s (c1, c2)` for an INSERT's set operation; undefined for any other source. */
export function assignedSetOperation(select: Node): Node | undefined {
  const s = select.SelectStmt;
  if (!s?.op || s.op === 'SETOP_NONE') return undefined;
  const first = leftmost(s);
  const count = width(first);
  if (count === undefined) return undefined;
  const names = Array.from({ length: count }, (_, i) => `c${i + 1}`);
  // A column is where its leftmost member writes it, where PostgreSQL's assignment errors point.
  const items = first.valuesLists ? ((first.valuesLists as Node[])[0]!.List.items as Node[]) : ((first.targetList as Node[]).map((t) => t.ResTarget.val) as Node[]);
  const column = (n: string, i: number) => ({ ColumnRef: { fields: [{ String: { sval: DERIVED } }, { String: { sval: n } }], location: locationOf(items[i]) ?? -1 } });
  return {
    SelectStmt: {
      op: 'SETOP_NONE',
      targetList: names.map((n, i) => ({ ResTarget: { val: column(n, i) } })),
      fromClause: [{ RangeSubselect: { subquery: select, alias: { aliasname: DERIVED, colnames: names.map((n) => ({ String: { sval: n } })) } } }],
    },
  };
}
