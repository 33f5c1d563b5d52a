/**
 * The names PostgreSQL gives result columns that the query does not name (its FigureColname): the
 * column, the function, `case`, `?column?`.
 */
import { type Node, nodeType, names } from './parse.js';
import { unsupported } from './unsupported.js';

/** The column name PostgreSQL gives an unnamed target: the column, the function, or `?column?`. */
export function columnName(n: Node): string {
  switch (nodeType(n)) {
    case 'ColumnRef':
      return names(n.ColumnRef.fields).at(-1) ?? '?column?';
    case 'FuncCall':
      return names(n.FuncCall.funcname).at(-1) ?? '?column?';
    case 'TypeCast':
      // A schema's type is named `schema.type` by then (namespaces.ts): the column takes the type's own name.
      return n.TypeCast.asFunction ?? strongColumnName(n.TypeCast.arg) ?? names(n.TypeCast.typeName.names).at(-1)?.split('.').at(-1) ?? '?column?';
    case 'CaseExpr':
      return (n.CaseExpr.defresult && strongColumnName(n.CaseExpr.defresult)) || 'case';
    case 'CoalesceExpr':
      return 'coalesce';
    case 'GroupingFunc':
      return 'grouping';
    case 'MinMaxExpr':
      return n.MinMaxExpr.op === 'IS_GREATEST' ? 'greatest' : 'least';
    case 'NullIfExpr':
      return 'nullif';
    case 'SubLink':
      if (n.SubLink.subLinkType === 'ARRAY_SUBLINK') return 'array';
      return n.SubLink.subLinkType === 'EXISTS_SUBLINK' ? 'exists' : n.SubLink.subLinkType === 'EXPR_SUBLINK' ? subselectName(n.SubLink.subselect) : '?column?';
    case 'SQLValueFunction':
      return sqlValueFunctionName(n.SQLValueFunction.op);
    case 'A_Expr':
      return n.A_Expr.kind === 'AEXPR_NULLIF' ? 'nullif' : '?column?';
    case 'A_Indirection': {
      // The last field selection names the column (`(v).tags[2]` is tags); subscripts alone keep the name of what they subscript.
      const field = (n.A_Indirection.indirection as Node[]).filter((i) => i.String).at(-1);
      return field ? field.String.sval : columnName(n.A_Indirection.arg);
    }
    case 'A_ArrayExpr':
      return 'array';
    case 'RowExpr':
      return 'row';
    default:
      return '?column?';
  }
}

/**
 * A name PostgreSQL's FigureColname gives with full strength (a column, a function, …), which a
 * cast or CASE around the expression keeps; undefined for a constant or an operator.
 */
function strongColumnName(n: Node): string | undefined {
  switch (nodeType(n)) {
    case 'A_Const':
    case 'ParamRef':
    case 'BoolExpr':
    case 'NullTest':
    case 'BooleanTest':
      return undefined;
    case 'A_Expr':
      return n.A_Expr.kind === 'AEXPR_NULLIF' ? 'nullif' : undefined;
    case 'TypeCast':
      return n.TypeCast.asFunction ?? strongColumnName(n.TypeCast.arg);
    case 'CaseExpr':
      return n.CaseExpr.defresult ? strongColumnName(n.CaseExpr.defresult) : undefined;
    default: {
      const name = columnName(n);
      return name === '?column?' ? undefined : name;
    }
  }
}

function subselectName(s: Node): string {
  const first = s.SelectStmt?.targetList?.[0]?.ResTarget;
  if (!first) return '?column?';
  return first.name ?? columnName(first.val);
}

function sqlValueFunctionName(op: string): string {
  const name = op.replace(/^SVFOP_/, '').replace(/_N$/, '').toLowerCase();
  return name === 'current_catalog' ? 'current_catalog' : name;
}

/** A DISTINCT ON or ORDER BY item that names a result column by position or alias stands for its expression. */
export function resolveOutput(n: Node, targets: Node[]): Node {
  const position = n.A_Const?.ival;
  if (position !== undefined) {
    const t = targets[(position.ival ?? 0) - 1];
    if (!t) throw unsupported('a position beyond the result columns');
    return t.ResTarget.val;
  }
  const ref = n.ColumnRef?.fields;
  if (ref?.length === 1) {
    const named = targets.find((t) => t.ResTarget.name === names(ref)[0]);
    if (named) return named.ResTarget.val;
  }
  return n;
}
