/**
 * Set-returning array functions in the select list, and unnest in FROM over several arrays or an
 * earlier FROM item's columns, rewritten into a FROM item SQLite can run.
 */
import { type Node, names } from './parse.js';

/** The FROM item selectListArrays adds: one row per position of the longest array. */
export const ARRAY_POSITIONS = '__evsql_positions';
/** Its one column, the position. */
export const POSITION_COLUMN = 'value';

const call = (name: string, ...args: Node[]): Node => ({ FuncCall: { funcname: [{ String: { sval: name } }], args } });
const int = (ival: number): Node => ({ A_Const: { ival: ival ? { ival } : {} } });
const op = (name: string, lexpr: Node, rexpr: Node): Node => ({ A_Expr: { kind: 'AEXPR_OP', name: [{ String: { sval: name } }], lexpr, rexpr } });
const columnRef = (...parts: string[]): Node => ({ ColumnRef: { fields: parts.map((sval) => ({ String: { sval } })) } });
const positionOf = (relation: string): Node => columnRef(relation, POSITION_COLUMN);

type ArrayFunction = 'unnest' | 'generate_subscripts' | 'expand' | 'expand.x' | 'expand.n';

/** information_schema._pg_expandarray(array) (pgjdbc's key columns), and the field a target takes of it. */
function expandCall(v: Node): Node | undefined {
  const f = v.FuncCall;
  const fname = f ? names(f.funcname) : [];
  const own = fname.at(-1) === '_pg_expandarray' && (fname.length === 1 || fname[0] === 'information_schema');
  return own && (f.args ?? []).length === 1 ? f : undefined;
}

/** unnest(array), generate_subscripts(array, 1), _pg_expandarray(array) or its field x or n, as a whole select-list entry. */
function arrayFunction(t: Node): ArrayFunction | undefined {
  const v = t.ResTarget.val;
  const ind = v.A_Indirection;
  if (ind && expandCall(ind.arg) && ind.indirection.length === 1) {
    const field = ind.indirection[0].String?.sval;
    return field === 'x' ? 'expand.x' : field === 'n' ? 'expand.n' : undefined;
  }
  if (expandCall(v)) return 'expand';
  const f = v.FuncCall;
  if (!f || f.over || f.agg_star) return undefined;
  const fname = names(f.funcname);
  if (fname.length > 1 && fname[0] !== 'pg_catalog') return undefined;
  const args = (f.args ?? []) as Node[];
  const name = fname.at(-1);
  if (name === 'unnest' && args.length === 1) return 'unnest';
  if (name === 'generate_subscripts' && args.length === 2 && args[1]!.A_Const?.ival?.ival === 1) return 'generate_subscripts';
  return undefined;
}

/**
 * unnest(a) and generate_subscripts(a, 1) in the select list (SQLAlchemy's and drizzle-kit's
 * index introspection: `unnest(ix.indkey)`, `generate_subscripts(ix.indkey, 1)`), as PostgreSQL
 * 10+ runs set-returning functions there: in lockstep, one row per position of the longest array,
 * the shorter ones giving NULL, and no row where every array is empty. The row's arrays feed a
 * table-valued function of positions joined to the FROM list (SQLite lets its arguments name the
 * tables before it); each call becomes the element or the subscript at that position.
 */
export function selectListArrays(s: Node): Node | undefined {
  const targets = (s.targetList ?? []) as Node[];
  if (!targets.some(arrayFunction)) return undefined;
  if (s.groupClause || s.havingClause || s.distinctClause) return undefined;
  const position = positionOf(ARRAY_POSITIONS);
  const arrays: Node[] = [];
  const targetList = targets.map((t) => {
    const kind = arrayFunction(t);
    if (!kind) return t;
    const v = t.ResTarget.val;
    const array = ((kind.startsWith('expand') ? expandCall(v.A_Indirection?.arg ?? v) : v.FuncCall)!.args as Node[])[0]!;
    arrays.push(array);
    const inArray = (result: Node): Node => withinArray(array, position, result);
    const text = (sval: string): Node => ({ A_Const: { sval: { sval } } });
    // _pg_expandarray's row (x, n): the element and its place counted from 1, here as a JSON object whose fields `(col).x` reads.
    const val: Node =
      kind === 'unnest' || kind === 'expand.x' ? elementAt(array, position)
      : kind === 'generate_subscripts' ? inArray(subscriptAt(array, position))
      : kind === 'expand.n' ? inArray(position)
      : call('json_build_object', text('x'), elementAt(array, position), text('n'), inArray(position));
    const name = kind === 'expand' ? '_pg_expandarray' : kind.startsWith('expand.') ? kind.slice('expand.'.length) : kind;
    return { ResTarget: { name: t.ResTarget.name ?? name, val } };
  });
  const from = [...((s.fromClause ?? []) as Node[]), positions(arrays, ARRAY_POSITIONS)];
  return { ...s, fromClause: from, targetList };
}

/** The FROM item of positions 1… to the longest array's length, named `alias`. */
function positions(arrays: Node[], alias: string): Node {
  return { RangeFunction: { functions: [{ List: { items: [call(ARRAY_POSITIONS, ...arrays), {}] } }], alias: { aliasname: alias } } };
}

/** The subscript at a position: int2vector's count from 0, arrays' from 1. */
function subscriptAt(array: Node, position: Node): Node {
  return op('+', position, op('-', call('array_lower', array, int(1)), int(1)));
}

/** The element at a position, a multidimensional array's counted through all its elements (`flat`), as unnest walks them. */
function elementAt(array: Node, position: Node): Node {
  return { A_Indirection: { arg: array, indirection: [{ A_Indices: { uidx: subscriptAt(array, position), flat: true } }] } };
}

/** unnest of several arrays, or of a column of an earlier FROM item, in FROM. */
function lateralUnnest(item: Node): boolean {
  const r = item.RangeFunction;
  const f = r?.functions?.length === 1 ? r.functions[0].List.items[0]?.FuncCall : undefined;
  if (!f || r.is_rowsfrom || names(f.funcname).at(-1) !== 'unnest' || (r.functions[0].List.items[1] && Object.keys(r.functions[0].List.items[1]).length > 0)) return false;
  const args = (f.args ?? []) as Node[];
  return args.length > 1 || (args.length === 1 && JSON.stringify(args[0]).includes('"ColumnRef"'));
}

/** A FROM item made of arrays in lockstep: its name, the arrays, and its columns at a position of them. */
interface LateralArrays {
  alias: string;
  arrays: Node[];
  columns: Array<{ name: string; value: Node }>;
}

function lateralArrays(item: Node): LateralArrays | undefined {
  if (lateralUnnest(item)) {
    const r = item.RangeFunction;
    const arrays = r.functions[0].List.items[0].FuncCall.args as Node[];
    const alias = (r.alias?.aliasname as string | undefined) ?? 'unnest';
    const colnames = names(r.alias?.colnames);
    const position = positionOf(alias);
    const columns = arrays.map((a, i) => ({ name: colnames[i] ?? (arrays.length === 1 ? alias : 'unnest'), value: elementAt(a, position) }));
    if (r.ordinality) columns.push({ name: colnames[arrays.length] ?? 'ordinality', value: { TypeCast: { arg: position, typeName: { names: [{ String: { sval: 'int8' } }], typemod: -1 } } } });
    return { alias, arrays, columns };
  }
  return lateralSelectOfArrays(item);
}

/**
 * `CROSS JOIN LATERAL (SELECT unnest(i.indkey), generate_subscripts(i.indkey, 1) + 1) AS k(attnum, i)`
 * (drizzle-kit's index introspection): a lateral subquery of nothing but expressions of unnest
 * and generate_subscripts over earlier FROM items' arrays, whose calls run in lockstep.
 */
function lateralSelectOfArrays(item: Node): LateralArrays | undefined {
  const sub = item.RangeSubselect;
  const q = sub?.lateral ? sub.subquery?.SelectStmt : undefined;
  const alias = sub?.alias?.aliasname as string | undefined;
  if (!q || !alias || q.fromClause || q.whereClause || q.groupClause || q.havingClause || q.distinctClause || q.sortClause || q.limitCount || (q.op && q.op !== 'SETOP_NONE')) return undefined;
  const position = positionOf(alias);
  const arrays: Node[] = [];
  const colnames = names(sub.alias?.colnames);
  const replace = (n: Node): Node => {
    if (n === null || typeof n !== 'object') return n;
    if (Array.isArray(n)) return n.map(replace);
    const kind = n.FuncCall ? arrayFunction({ ResTarget: { val: n } }) : undefined;
    if (kind === 'unnest' || kind === 'generate_subscripts') {
      const array = (n.FuncCall.args as Node[])[0]!;
      arrays.push(array);
      return kind === 'unnest' ? elementAt(array, position) : withinArray(array, position, subscriptAt(array, position));
    }
    return Object.fromEntries(Object.entries(n).map(([k, v]) => [k, replace(v)]));
  };
  const columns = ((q.targetList ?? []) as Node[]).map((t, i) => {
    const v = t.ResTarget.val;
    const fname = v.FuncCall ? names(v.FuncCall.funcname).at(-1) : undefined;
    return { name: colnames[i] ?? t.ResTarget.name ?? fname ?? '?column?', value: replace(v) };
  });
  return arrays.length ? { alias, arrays, columns } : undefined;
}

/** `result` where the position is within the array, else NULL (the shorter arrays of a lockstep). */
function withinArray(array: Node, position: Node, result: Node): Node {
  return {
    TypeCast: {
      arg: { CaseExpr: { args: [{ CaseWhen: { expr: op('<=', position, call('array_length', array, int(1))), result } }] } },
      typeName: { names: [{ String: { sval: 'int4' } }], typemod: -1 },
    },
  };
}

/**
 * `FROM pg_index i, unnest(i.indkey, i.indoption) WITH ORDINALITY koi(key, option, arridx)`
 * (Django's index introspection): unnest of several arrays in lockstep, or over an earlier FROM
 * item's columns, which SQLite cannot take in a subquery; and a lateral subquery of such calls
 * (lateralSelectOfArrays). The item becomes the table-valued function of positions, which may
 * name the FROM items before it, and each of its columns the element at the position (NULL past
 * an array's end) or the position itself (ordinality); every reference to them, and a `*` that
 * covers them, is spelled out.
 */
export function lateralUnnestQuery(s: Node): Node | undefined {
  // One rewrite per query: the display texts a query carries (emit.ts carriedDisplays) are found on
  // the query that is emitted.
  if (!rewrittenUnnests.has(s)) rewrittenUnnests.set(s, rewriteLateralUnnest(s));
  return rewrittenUnnests.get(s);
}

const rewrittenUnnests = new WeakMap<Node, Node | undefined>();

function rewriteLateralUnnest(s: Node): Node | undefined {
  const from = (s.fromClause ?? []) as Node[];
  // The item may be a side of a join: CROSS JOIN LATERAL (…) AS k.
  let target: Node | undefined;
  let found: LateralArrays | undefined;
  const search = (item: Node): boolean => (item.JoinExpr ? search(item.JoinExpr.larg) || search(item.JoinExpr.rarg) : (found = lateralArrays(item)) !== undefined && (target = item) !== undefined);
  const at = from.findIndex(search);
  if (!found) return undefined;
  const { alias, arrays, columns } = found;
  const byName = new Map(columns.map((c) => [c.name, c.value]));
  const qualifier = (n: Node): string | undefined => n.RangeVar ? (n.RangeVar.alias?.aliasname ?? n.RangeVar.relname) : (n.RangeSubselect?.alias?.aliasname ?? n.RangeFunction?.alias?.aliasname);
  const spell = (n: Node): Node => {
    if (n === null || typeof n !== 'object') return n;
    if (Array.isArray(n)) return n.map(spell);
    // A subquery in FROM but LATERAL sees no other item's columns: its own bare names are its own.
    if (n.RangeSubselect && !n.RangeSubselect.lateral) return n;
    const ref = n.ColumnRef ? names(n.ColumnRef.fields) : undefined;
    if (ref && ref.length === 2 && ref[0] === alias && byName.has(ref[1]!)) return byName.get(ref[1]!)!;
    if (ref && ref.length === 1 && byName.has(ref[0]!)) return byName.get(ref[0]!)!;
    return Object.fromEntries(Object.entries(n).map(([k, v]) => [k, spell(v)]));
  };
  const own = columns.map((c) => ({ ResTarget: { name: c.name, val: c.value } }));
  const targetList: Node[] = [];
  for (const t of (s.targetList ?? []) as Node[]) {
    const ref = t.ResTarget.val.ColumnRef ? names(t.ResTarget.val.ColumnRef.fields) : undefined;
    if (ref?.at(-1) === '*' && ref.length === 2 && ref[0] === alias) targetList.push(...own);
    else if (ref?.length === 1 && ref[0] === '*') {
      if (from[at] !== target) return undefined;
      for (const [i, item] of from.entries()) {
        if (i === at) targetList.push(...own);
        else {
          const name = qualifier(item);
          if (!name) return undefined;
          targetList.push({ ResTarget: { val: { ColumnRef: { fields: [{ String: { sval: name } }, { A_Star: {} }] } } } });
        }
      }
    } else {
      const spelled = spell(t) as Node;
      // A reference spelled out keeps the name of the column it named, as PostgreSQL's output does.
      if (!t.ResTarget.name && ref && spelled.ResTarget.val !== t.ResTarget.val) spelled.ResTarget.name = ref.at(-1);
      targetList.push(spelled);
    }
  }
  const rest = Object.fromEntries(Object.entries(s).filter(([k]) => k !== 'targetList' && k !== 'fromClause').map(([k, v]) => [k, spell(v)]));
  const rebuild = (item: Node): Node => {
    if (item === target) return positions(arrays, alias);
    if (!item.JoinExpr) return spell(item);
    const { larg, rarg, ...join } = item.JoinExpr;
    return { JoinExpr: { ...spell(join), larg: rebuild(larg), rarg: rebuild(rarg) } };
  };
  return { ...rest, targetList, fromClause: from.map(rebuild) };
}
