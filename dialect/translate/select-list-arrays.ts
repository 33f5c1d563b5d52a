/**
 * Set-returning array functions in the select list, rewritten into a FROM item SQLite can run.
 */
import { type Node, names } from './parse.js';

/** The FROM item selectListArrays adds: one row per position of the longest array. */
export const ARRAY_POSITIONS = '__evsql_positions';

/** unnest(array) or generate_subscripts(array, 1) as a whole select-list entry. */
function arrayFunction(t: Node): 'unnest' | 'generate_subscripts' | undefined {
  const f = t.ResTarget.val.FuncCall;
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
  const position: Node = { ColumnRef: { fields: [{ String: { sval: ARRAY_POSITIONS } }, { String: { sval: 'value' } }] } };
  const call = (name: string, ...args: Node[]): Node => ({ FuncCall: { funcname: [{ String: { sval: name } }], args } });
  const int = (ival: number): Node => ({ A_Const: { ival: ival ? { ival } : {} } });
  const op = (name: string, lexpr: Node, rexpr: Node): Node => ({ A_Expr: { kind: 'AEXPR_OP', name: [{ String: { sval: name } }], lexpr, rexpr } });
  const arrays: Node[] = [];
  const targetList = targets.map((t) => {
    const kind = arrayFunction(t);
    if (!kind) return t;
    const array = t.ResTarget.val.FuncCall.args[0] as Node;
    arrays.push(array);
    // The subscript at this position: int2vector's count from 0, arrays' from 1.
    const subscript = op('+', position, op('-', call('array_lower', array, int(1)), int(1)));
    const val: Node = kind === 'unnest'
      ? { A_Indirection: { arg: array, indirection: [{ A_Indices: { uidx: subscript } }] } }
      : {
          TypeCast: {
            arg: { CaseExpr: { args: [{ CaseWhen: { expr: op('<=', position, call('array_length', array, int(1))), result: subscript } }] } },
            typeName: { names: [{ String: { sval: 'int4' } }], typemod: -1 },
          },
        };
    return { ResTarget: { name: t.ResTarget.name ?? kind, val } };
  });
  const from = [...((s.fromClause ?? []) as Node[]), { RangeFunction: { functions: [{ List: { items: [call(ARRAY_POSITIONS, ...arrays), {}] } }], alias: { aliasname: ARRAY_POSITIONS } } }];
  return { ...s, fromClause: from, targetList };
}
