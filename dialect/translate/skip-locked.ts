/**
 * The job-queue idiom: an UPDATE or DELETE of the rows a SKIP LOCKED subquery over the same table
 * picks, as Oban, pg-boss and hand-written queues send it:
 *
 *   UPDATE jobs SET state = 'running' WHERE id = (SELECT id FROM jobs WHERE … FOR UPDATE SKIP LOCKED LIMIT 1)
 *   DELETE FROM jobs WHERE id IN (SELECT id FROM jobs WHERE … ORDER BY … LIMIT $1 FOR UPDATE SKIP LOCKED)
 *   WITH next AS (SELECT id FROM jobs WHERE … FOR UPDATE SKIP LOCKED) UPDATE jobs j SET … FROM next WHERE j.id = next.id
 *
 * evsql locks before it executes, so such a statement would wait for the rows other workers hold
 * instead of passing over them. Here it is taken apart: the subquery picks the rows (as a SELECT …
 * SKIP LOCKED does, translate.ts skipLockedPlan), and the statement runs over the rows taken, the
 * subquery's WHERE judged again on each, as PostgreSQL re-checks a row it locked.
 */
import type { Node } from './parse.js';

export interface SkipLockedDml {
  /** The subquery's SelectStmt: the table's key column alone in its select list. */
  pick: Node;
  /** The statement over the rows taken (`{ UpdateStmt }` or `{ DeleteStmt }`): the subquery's place is `key = ANY($taken)` and its WHERE. */
  restricted: Node;
  /** `key = (SELECT …)`: more than one row taken is PostgreSQL's 21000. */
  single: boolean;
}

/**
 * `n` (an UpdateStmt or DeleteStmt node) as SkipLockedDml, or undefined where it is not the idiom
 * exactly. `keyOf(table)` names a table's one-column primary key; `taken` is the parameter number
 * the rows taken are bound to.
 */
export function skipLockedDml(n: Node, keyOf: (table: string) => string | undefined, taken: number): SkipLockedDml | undefined {
  const kind = n.UpdateStmt ? 'UpdateStmt' : n.DeleteStmt ? 'DeleteStmt' : undefined;
  if (!kind) return undefined;
  const s = n[kind];
  const rv = s.relation;
  if (!inPublic(rv)) return undefined;
  const key = keyOf(rv.relname);
  if (!key) return undefined;
  const target = (rv.alias?.aliasname ?? rv.relname) as string;
  const joined = (kind === 'UpdateStmt' ? s.fromClause : s.usingClause) as Node[] | undefined;
  const conjuncts: Node[] = [];
  if (s.whereClause) splitAnd(s.whereClause, conjuncts);
  const found = s.withClause ? fromCte(s, joined, conjuncts, key) : joined?.length ? undefined : fromSubLink(conjuncts, target, key);
  if (!found) return undefined;
  const pick = found.pick;
  const from = (pick.fromClause ?? []) as Node[];
  const picked = from.length === 1 ? from[0]!.RangeVar : undefined;
  if (!picked || !inPublic(picked) || String(picked.relname).toLowerCase() !== String(rv.relname).toLowerCase() || !skipsLocked(pick) || !selectsOnly(pick, key)) return undefined;
  const rest = conjuncts.filter((c) => c !== found.conjunct);
  if (rest.some((c) => JSON.stringify(c).includes('"SubLink"'))) return undefined;
  const recheck = pick.whereClause ? requalified(pick.whereClause, (picked.alias?.aliasname ?? picked.relname) as string, target) : undefined;
  if (recheck === null) return undefined;
  const keyRef: Node = { ColumnRef: { fields: [{ String: { sval: target } }, { String: { sval: key } }] } };
  const takenOnly: Node = { A_Expr: { kind: 'AEXPR_OP_ANY', name: [{ String: { sval: '=' } }], lexpr: keyRef, rexpr: { ParamRef: { number: taken } } } };
  const where = [...rest, takenOnly, ...(recheck ? [recheck] : [])];
  const whereClause = where.length === 1 ? where[0] : { BoolExpr: { boolop: 'AND_EXPR', args: where } };
  const joinField = kind === 'UpdateStmt' ? 'fromClause' : 'usingClause';
  return { pick, restricted: { [kind]: { ...s, withClause: undefined, [joinField]: undefined, whereClause } }, single: found.single };
}

interface Found {
  pick: Node;
  /** The conjunct of the statement's WHERE that ties its rows to the subquery's. */
  conjunct: Node;
  single: boolean;
}

/** `key = (SELECT …)`, `key IN (SELECT …)` or `key = ANY (SELECT …)` among the conjuncts: exactly one. */
function fromSubLink(conjuncts: Node[], target: string, key: string): Found | undefined {
  const found: Found[] = [];
  for (const c of conjuncts) {
    const e = c.A_Expr;
    if (e?.kind === 'AEXPR_OP' && opName(e.name) === '=') {
      const [col, sub] = e.rexpr?.SubLink ? [e.lexpr, e.rexpr.SubLink] : [e.rexpr, e.lexpr?.SubLink];
      if (sub?.subLinkType === 'EXPR_SUBLINK' && namesColumn(col, target, key)) found.push({ pick: sub.subselect.SelectStmt, conjunct: c, single: true });
    }
    const sub = c.SubLink;
    if (sub?.subLinkType === 'ANY_SUBLINK' && (sub.operName === undefined || opName(sub.operName) === '=') && namesColumn(sub.testexpr, target, key)) {
      found.push({ pick: sub.subselect.SelectStmt, conjunct: c, single: false });
    }
  }
  return found.length === 1 && found[0]!.pick ? found[0] : undefined;
}

/** `WITH next AS (SELECT key … SKIP LOCKED) … FROM next WHERE t.key = next.key`, `next` named nowhere else. */
function fromCte(s: Node, joined: Node[] | undefined, conjuncts: Node[], key: string): Found | undefined {
  const ctes = (s.withClause.ctes ?? []) as Node[];
  const cte = ctes.length === 1 && !s.withClause.recursive ? ctes[0]!.CommonTableExpr : undefined;
  const pick = cte?.ctequery?.SelectStmt;
  const ref = joined?.length === 1 ? joined[0]!.RangeVar : undefined;
  if (!pick || cte.aliascolnames || !ref || ref.schemaname || ref.relname !== cte.ctename) return undefined;
  const name = (ref.alias?.aliasname ?? ref.relname) as string;
  const target = (s.relation.alias?.aliasname ?? s.relation.relname) as string;
  const tie = conjuncts.find((c) => {
    const e = c.A_Expr;
    if (e?.kind !== 'AEXPR_OP' || opName(e.name) !== '=') return false;
    return (namesColumn(e.lexpr, target, key, true) && namesColumn(e.rexpr, name, key, true)) || (namesColumn(e.rexpr, target, key, true) && namesColumn(e.lexpr, name, key, true));
  });
  if (!tie) return undefined;
  // Anything else reading the CTE's row, or an unqualified name that could (PostgreSQL's 42702), is not the idiom.
  const others = [s.targetList, s.returningList, conjuncts.filter((c) => c !== tie)];
  if (mentions(others, name, key)) return undefined;
  return { pick, conjunct: tie, single: false };
}

/** Whether `n` is a reference to `key`, unqualified or qualified by `qualifier` (only qualified with `qualified`). */
function namesColumn(n: Node | undefined, qualifier: string, key: string, qualified = false): boolean {
  const parts = ((n?.ColumnRef?.fields ?? []) as Node[]).map((f) => f.String?.sval as string | undefined);
  if (parts.length === 1 && !qualified) return parts[0] === key;
  return parts.length === 2 && parts[0] === qualifier && parts[1] === key;
}

/** Whether a column reference under `n` is qualified by `name`, or is `key` unqualified. */
function mentions(n: unknown, name: string, key: string): boolean {
  if (Array.isArray(n)) return n.some((x) => mentions(x, name, key));
  if (typeof n !== 'object' || n === null) return false;
  const ref = (n as Node).ColumnRef;
  if (ref) {
    const parts = (ref.fields as Node[]).map((f) => f.String?.sval as string | undefined);
    return (parts.length > 1 && parts[0] === name) || (parts.length === 1 && parts[0] === key);
  }
  return Object.values(n).some((v) => mentions(v, name, key));
}

/** The subquery's WHERE with its own table's qualifier made the statement's; null where it names anything else qualified. */
function requalified(n: Node, from: string, to: string): Node | null {
  let foreign = false;
  const walk = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(walk);
    if (typeof x !== 'object' || x === null) return x;
    const ref = (x as Node).ColumnRef;
    if (ref) {
      const fields = ref.fields as Node[];
      if (fields.length === 1) return x;
      if (fields.length !== 2 || fields[0]!.String?.sval !== from) foreign = true;
      return { ColumnRef: { ...ref, fields: [{ String: { sval: to } }, fields[1]] } };
    }
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, walk(v)]));
  };
  const out = walk(n) as Node;
  return foreign ? null : out;
}

function skipsLocked(pick: Node): boolean {
  const clauses = (pick.lockingClause ?? []) as Node[];
  return clauses.length > 0 && clauses.every((c) => c.LockingClause.waitPolicy === 'LockWaitSkip');
}

function selectsOnly(pick: Node, key: string): boolean {
  const list = (pick.targetList ?? []) as Node[];
  const only = list.length === 1 ? list[0]!.ResTarget : undefined;
  const parts = ((only?.val?.ColumnRef?.fields ?? []) as Node[]).map((f) => f.String?.sval as string | undefined);
  return !!only && (only.name === undefined || only.name === key) && parts.at(-1) === key && parts.length <= 2;
}

function inPublic(rv: Node | undefined): boolean {
  return !!rv && (!rv.schemaname || rv.schemaname === 'public');
}

function opName(name: Node[] | undefined): string | undefined {
  return name?.length === 1 ? (name[0]!.String?.sval as string | undefined) : undefined;
}

function splitAnd(n: Node, out: Node[]): void {
  if (n.BoolExpr?.boolop === 'AND_EXPR') for (const a of n.BoolExpr.args as Node[]) splitAnd(a, out);
  else out.push(n);
}
