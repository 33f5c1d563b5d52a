/**
 * LANGUAGE plpgsql functions whose bodies only compute a value — assignments, `SELECT … INTO` of
 * one variable, IF/ELSIF/ELSE, RETURN, RAISE EXCEPTION — or only return one query (RETURN QUERY), read as the
 * expression or the query they are. Their calls then inline into the statement that makes them
 * as a LANGUAGE sql function's do (user-functions.ts): anywhere an expression or a FROM item
 * goes, with columns as arguments, evaluated on every replica inside the one statement, whose
 * reads and writes the mixer keys as any other. Any other body runs as a block
 * (plpgsql-procedures.ts), which only a call alone in a SELECT can.
 *
 * A variable's uses become copies of its value's expression, so a body whose values call a
 * volatile function (random(), nextval(), …) is not read this way: a copy would draw again.
 */
import { PgError } from '../../pg/errors.js';
import { type Node, names, parsePlpgsql, parseQuery, parseTypeName } from './parse.js';
import { raise } from './trigger-program.js';
import { callsVolatile as volatile } from './volatile-functions.js';

/** A variable's value by its name: an expression of the parameters. */
type Values = ReadonlyMap<string, Node>;

/**
 * The value a scalar function's body returns, as one expression of its parameters (by name or
 * $n) cast to `returns` (the result type's parse tree); undefined where the body does more.
 */
export function inlinedValue(body: string, returns: Node): Node | undefined {
  const fn = parsed(body, 'int');
  if (!fn) return undefined;
  const datums = (fn.datums ?? []) as Node[];
  try {
    const start = declared(datums);
    const value = start && valueOf(statements(fn.action), start, { datums, returns });
    return value && !usesFound(value) ? value : undefined;
  } catch (err) {
    // A value's text that SQL does not parse alone is left to the block, which reports it when called.
    if (err instanceof PgError) return undefined;
    throw err;
  }
}

/** The query a set-returning function's body returns (its one RETURN QUERY, not EXECUTE); undefined for any other body. */
export function inlinedQuery(body: string): string | undefined {
  const fn = parsed(body, 'SETOF int');
  const [only, end, ...more] = fn ? statements(fn.action) : [];
  const query = only?.PLpgSQL_stmt_return_query?.query?.PLpgSQL_expr?.query as string | undefined;
  if (!query || more.length || (end && (!end.PLpgSQL_stmt_return || end.PLpgSQL_stmt_return.expr))) return undefined;
  return query;
}

/** The body as a function of no parameters returning this type reads it; undefined where it does not parse. */
function parsed(body: string, returns: string): Node | undefined {
  let tag = '$evsql$';
  for (let i = 0; body.includes(tag); i++) tag = `$evsql${i}$`;
  try {
    return parsePlpgsql(`CREATE FUNCTION evsql_inline() RETURNS ${returns} LANGUAGE plpgsql AS ${tag}${body}${tag}`);
  } catch (err) {
    if (err instanceof PgError) return undefined;
    throw err;
  }
}

/** A block's statements, through the blocks without handlers the parser (or the body) nests one in another. */
function statements(action: Node | undefined): Node[] {
  const block = action?.PLpgSQL_stmt_block;
  if (!block || block.exceptions) return [];
  return (block.body ?? []) as Node[];
}

interface Body {
  datums: Node[];
  returns: Node;
}

/**
 * The values the DECLAREd variables start at: their defaults, else NULL, as their types. (The
 * parser's tree does not say which block declares which: a body declaring a name twice is left
 * to the block.)
 */
function declared(datums: Node[]): Values | undefined {
  const next = new Map<string, Node>();
  for (const d of datums) {
    // Declared ones carry their line; FOUND does not.
    if (d.PLpgSQL_var?.lineno === undefined && !d.PLpgSQL_rec && !d.PLpgSQL_row) continue;
    if (d.PLpgSQL_row?.refname === '(unnamed row)') continue;
    const v = d.PLpgSQL_var;
    if (!v || next.has(v.refname) || v.isconst || v.notnull || v.cursor_explicit_expr) return undefined;
    const initial = v.default_val ? expression(v.default_val.PLpgSQL_expr.query, next) : { A_Const: { isnull: true } };
    if (!initial || volatile(initial)) return undefined;
    next.set(v.refname, cast(initial, v.datatype.PLpgSQL_type.typname));
  }
  return next;
}

/** The value the statements return, each path through IF … ELSIF … ELSE a CASE branch; undefined where a path does more or ends without RETURN. */
function valueOf(stmts: Node[], values: Values, body: Body): Node | undefined {
  const [head, ...rest] = stmts;
  if (!head) return undefined;
  const ret = head.PLpgSQL_stmt_return;
  if (ret) {
    const value = ret.retvarno !== undefined ? variable(body.datums, ret.retvarno, values) : ret.expr ? expression(ret.expr.PLpgSQL_expr.query, values) : undefined;
    return value && { TypeCast: { arg: value, typeName: body.returns } };
  }
  const assign = head.PLpgSQL_stmt_assign;
  if (assign) {
    const target = body.datums[assign.varno]?.PLpgSQL_var;
    const text = /^\s*(?:"(?:[^"]|"")+"|[\p{L}_][\p{L}\p{N}_$]*)\s*(?::=|=)(.*)$/su.exec(assign.expr.PLpgSQL_expr.query)?.[1];
    const value = target && text !== undefined ? expression(text, values) : undefined;
    return value && !volatile(value) ? valueOf(rest, new Map(values).set(target.refname, cast(value, target.datatype.PLpgSQL_type.typname)), body) : undefined;
  }
  const exec = head.PLpgSQL_stmt_execsql;
  if (exec) {
    const fields = (exec.target?.PLpgSQL_row?.fields ?? []) as Node[];
    const target = fields.length === 1 ? body.datums[fields[0]!.varno]?.PLpgSQL_var : exec.target?.PLpgSQL_var;
    const value = exec.into && !exec.strict && target ? selectedValue(exec.sqlstmt.PLpgSQL_expr.query, values) : undefined;
    return value ? valueOf(rest, new Map(values).set(target.refname, cast(value, target.datatype.PLpgSQL_type.typname)), body) : undefined;
  }
  const test = head.PLpgSQL_stmt_if;
  if (test) {
    const branches = [{ cond: test.cond, stmts: test.then_body ?? [] }, ...((test.elsif_list ?? []) as Node[]).map((e) => ({ cond: e.PLpgSQL_if_elsif.cond, stmts: e.PLpgSQL_if_elsif.stmts ?? [] }))];
    const args: Node[] = [];
    for (const b of branches) {
      const cond = expression(b.cond.PLpgSQL_expr.query, values);
      const result = cond && !volatile(cond) ? valueOf([...b.stmts, ...rest], values, body) : undefined;
      if (!result) return undefined;
      args.push({ CaseWhen: { expr: cond, result } });
    }
    const otherwise = valueOf([...((test.else_body ?? []) as Node[]), ...rest], values, body);
    return otherwise && { CaseExpr: { args, defresult: otherwise } };
  }
  const raised = head.PLpgSQL_stmt_raise ? raise(head.PLpgSQL_stmt_raise) : undefined;
  if (raised) {
    // A path ending in RAISE EXCEPTION is an expression that raises the error where it is evaluated.
    if (raised.level !== 'EXCEPTION' || raised.detail || raised.hint) return undefined;
    const error = [{ A_Const: { boolval: { boolval: true } } }, { A_Const: { sval: { sval: raised.code } } }, substituted(raised.message, values)];
    return { FuncCall: { funcname: [{ String: { sval: 'evsql_domain_check' } }], args: [{ TypeCast: { arg: { A_Const: { isnull: true } }, typeName: body.returns } }, ...error] } };
  }
  const block = head.PLpgSQL_stmt_block;
  if (block && !block.exceptions) return valueOf([...((block.body ?? []) as Node[]), ...rest], values, body);
  return undefined;
}

/** A variable's value: a DECLAREd one's from `values`; a parameter's is left to the call to put in. */
function variable(datums: Node[], varno: number, values: Values): Node | undefined {
  const name = datums[varno]?.PLpgSQL_var?.refname as string | undefined;
  if (name === undefined) return undefined;
  return values.get(name) ?? { ColumnRef: { fields: [{ String: { sval: name } }] } };
}

/** A PL/pgSQL expression's text as SQL's parse tree, with the variables' values in place. */
function expression(text: string, values: Values): Node | undefined {
  const stmts = parseQuery(`SELECT ${text}`);
  const s = stmts.length === 1 ? stmts[0]!.node.SelectStmt : undefined;
  if (!s || s.fromClause || s.whereClause || s.targetList?.length !== 1 || (s.op && s.op !== 'SETOP_NONE')) return undefined;
  return substituted(s.targetList[0].ResTarget.val, values);
}

/** `SELECT x … INTO v`: the first row's value (NULL where there is none), as a scalar subquery. */
function selectedValue(text: string, values: Values): Node | undefined {
  const stmts = parseQuery(text);
  const s = stmts.length === 1 ? stmts[0]!.node.SelectStmt : undefined;
  if (!s || s.targetList?.length !== 1 || s.withClause || s.lockingClause || (s.op && s.op !== 'SETOP_NONE')) return undefined;
  if (s.limitCount && s.limitCount.A_Const?.ival?.ival !== 1) return undefined;
  const select = substituted({ ...s, limitCount: { A_Const: { ival: { ival: 1 } } }, limitOption: 'LIMIT_OPTION_COUNT' }, values);
  return volatile(select) ? undefined : { SubLink: { subLinkType: 'EXPR_SUBLINK', subselect: { SelectStmt: select } } };
}

function substituted(n: Node, values: Values): Node {
  if (n === null || typeof n !== 'object') return n;
  if (Array.isArray(n)) return n.map((x) => substituted(x, values));
  const ref = n.ColumnRef ? names(n.ColumnRef.fields) : undefined;
  const value = ref?.length === 1 ? values.get(ref[0]!) : undefined;
  if (value) return value;
  return Object.fromEntries(Object.entries(n).map(([k, v]) => [k, substituted(v, values)]));
}

function cast(value: Node, typeName: string): Node {
  return { TypeCast: { arg: value, typeName: parseTypeName(typeName) } };
}

/** FOUND, which SELECT … INTO sets: a value reading it is left to the block. */
function usesFound(n: Node): boolean {
  if (n === null || typeof n !== 'object') return false;
  if (Array.isArray(n)) return n.some(usesFound);
  if (n.ColumnRef && names(n.ColumnRef.fields).join('.') === 'found') return true;
  return Object.values(n).some(usesFound);
}
