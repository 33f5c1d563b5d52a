/**
 * CREATE PROCEDURE … LANGUAGE plpgsql and its CALL, and CREATE FUNCTION … LANGUAGE plpgsql
 * (other than a trigger's) and its call alone in a SELECT (`SELECT f(…)`). The body runs as a DO block's does
 * (block-program.ts: one statement at a time, all of it one statement to the client), inside a
 * block that declares each parameter as a variable of its type, initialised to the call's
 * argument (a $n one bound when the statement runs). It is checked when the procedure is made, as plpgsql's validator reads it then: what
 * a DO block cannot run is 0A000 there, not at the first CALL. INOUT and OUT parameters are
 * variables too (OUT ones start NULL), selected when the body ends: that row is the CALL's answer.
 * A function's answer is the value its RETURN gives, cast to its result type.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { OID, type SqliteValue, arrayElementOid, formatType, typeName } from '../../pg/types/registry.js';
import type { FunctionType, UserFunction } from '../catalog/user-functions.js';
import { type DoBlock, type RowAnswer, type RowTypes, doBlock } from './block-program.js';
import { type Node, names } from './parse.js';
import type { OutputColumn } from './types.js';
import { unsupported } from './unsupported.js';

/**
 * Reads the routine's body as its call will run it, with NULL for every argument, and returns that block; `rowTypes`
 * finds the tables its row variables' types name, and a function returning a table's row
 * answers all of `row`'s fields.
 */
export function checkPlpgsqlRoutine(f: UserFunction, rowTypes?: RowTypes, row?: RowAnswer): DoBlock {
  try {
    return doBlock(blockText(f, f.args.map(() => 'NULL')), answers(f, row), rowTypes);
  } catch (err) {
    // The refusal names what was refused: the routine, not the block it runs as.
    if (err instanceof PgError && err.code === SqlState.featureNotSupported) throw unsupported(err.message.replace(/ is not supported by evsql$/, '').replace(/ in a DO block$/, ` in a LANGUAGE plpgsql ${f.procedure ? 'procedure' : 'function'}`));
    throw err;
  }
}

/**
 * A CALL's block: the body with the bound arguments of `call` (`args`, defaults filled in) as the parameters'
 * values, and the types of the statement's own parameters ($n), which bindCallParameters puts in.
 * An argument other than a constant (`array(select …)`, `'k' || $2`, a subquery) is `computed`
 * (`computedParams`: the parameter each is for): PostgreSQL evaluates it before the call, so the statement's SELECT of these expressions runs
 * first and its row's values follow the parameters of the statement (`statement`, where more
 * than the call names them), as `$n` past them.
 * A function returning a table's row answers what `row` selects of it.
 */
export function plpgsqlCall(f: UserFunction, call: Node, args: Node[], rowTypes?: RowTypes, row?: RowAnswer, statement?: Node): { block: DoBlock; call: Node; paramTypes: number[]; columns?: OutputColumn[]; computed: Node[]; computedParams: number[] } {
  const paramTypes: number[] = [];
  const computed: Node[] = [];
  const computedParams: number[] = [];
  const past = highestParam(statement ?? args);
  const values = args.map((a, i) => {
    // The call binds an argument as its parameter's type: `$1::int4` for an int parameter's $1 (as
    // a driver writes one, `identifier => $1::text`, cast again to the parameter's type by the call).
    const written = a.TypeCast?.arg?.TypeCast;
    const n = (a.ParamRef ?? a.TypeCast?.arg?.ParamRef ?? (written && sameType(written.typeName, f.args[i]!.type as Node) ? written.arg.ParamRef : undefined))?.number as number | undefined;
    if (n !== undefined) {
      paramTypes[n - 1] = f.args[i]!.oid;
      return `$${n}`;
    }
    const constant = constantText(a);
    if (constant !== undefined) return constant;
    // As written, not cast to the parameter's type: the SELECT tells its type, which function lookup checks; the block casts its value.
    computed.push(a.TypeCast.arg);
    computedParams.push(i);
    return `$${past + computed.length}`;
  });
  const columns = f.procedure ? f.outs?.map((o): OutputColumn => ({ name: o.name, type: { oid: o.oid, typmod: o.typmod } })) : [{ name: f.name, type: { oid: f.returns.oid, typmod: f.returns.typmod } }];
  return { block: { ...doBlock(blockText(f, values), answers(f, row), rowTypes), routine: f.name, parameters: f.args.map((_, i) => parameterName(f, i)) }, call, paramTypes: Array.from(paramTypes, (t) => t ?? 0), ...(columns ? { columns } : {}), computed, computedParams };
}

/** A routine's call as plpgsqlCall makes it. */
export type RoutineCall = ReturnType<typeof plpgsqlCall>;

/** The highest $n the arguments name (0 for none): a computed argument's value is bound past the statement's own. */
function highestParam(n: unknown): number {
  if (Array.isArray(n)) return Math.max(0, ...n.map(highestParam));
  if (!n || typeof n !== 'object') return 0;
  const ref = (n as Node).ParamRef;
  return ref ? Number(ref.number ?? 0) : Math.max(0, ...Object.values(n).map(highestParam));
}

/**
 * The block of a CALL with $n arguments, their values bound: each parameter's variable starts at
 * its value's literal, and a composite array's assignment as the block starts (blockText) assigns it.
 */
export function bindCallParameters(block: DoBlock, params: readonly SqliteValue[]): DoBlock {
  const literal = (v: SqliteValue | undefined): string => {
    if (v === null || v === undefined) return 'NULL';
    if (typeof v === 'number' || typeof v === 'bigint') return String(v);
    if (typeof v === 'string') return `'${v.replace(/'/g, "''")}'`;
    throw unsupported('a binary value as an argument of a LANGUAGE plpgsql routine');
  };
  const bound = (text: string): string => (/^\$\d+$/.test(text) ? literal(params[Number(text.slice(1)) - 1]) : text);
  const outer = block.action.PLpgSQL_stmt_block;
  const body = ((outer.body ?? []) as Node[]).map((st) => {
    const expr = st.PLpgSQL_stmt_assign?.expr?.PLpgSQL_expr;
    // The assignment's query is all of it, `specs := $1`.
    const parts = expr && /^(.*:=\s*)(\$\d+)$/s.exec(String(expr.query));
    return parts ? { PLpgSQL_stmt_assign: { ...st.PLpgSQL_stmt_assign, expr: { PLpgSQL_expr: { ...expr, query: parts[1]! + bound(parts[2]!) } } } } : st;
  });
  return { ...block, action: { PLpgSQL_stmt_block: { ...outer, body } }, variables: block.variables.map((v) => (v.init !== null ? { ...v, init: bound(v.init) } : v)) };
}

function blockText(f: UserFunction, values: string[]): string {
  let tag = '$evsql$';
  for (let i = 0; f.body.includes(tag); i++) tag = `$evsql${i}$`;
  let input = 0;
  let output = 0;
  // In declaration order: an OUT parameter is no argument and starts NULL; an INOUT one is both.
  const params = (f.modes ?? f.args.map(() => 'i' as const)).map((mode) => {
    if (mode === 'o') {
      const p = f.outs![output++]!;
      if (!p.name) throw unsupported('an unnamed output parameter of a LANGUAGE plpgsql routine');
      return { p, name: quoted(p.name), value: 'NULL' };
    }
    if (mode === 'b') output++;
    return { p: f.args[input]!, name: quoted(parameterName(f, input)), value: values[input++]! };
  });
  // The parser reads an array of a composite type as a record's, whose DEFAULT it drops: such a parameter is assigned as the block starts.
  const assigned: string[] = [];
  const declared = params.map(({ p, name, value }) => {
    const composite = compositeArrayText(p);
    const type = composite ?? formatType(p.oid, p.typmod);
    if (type === '???') throw unsupported('a parameter of an enum or domain type in a LANGUAGE plpgsql routine');
    if (composite) assigned.push(`${name} := ${value}; `);
    return composite ? `${name} ${type};` : `${name} ${type} := ${value};`;
  });
  // The body is a block of its own, nested in the one that declares the parameters; a STRICT function's runs only where no argument is NULL.
  const strict = f.strict && !f.procedure && params.length ? `IF ${params.map(({ name }) => `${name} IS NULL`).join(' OR ')} THEN RETURN${f.set ? '' : ' NULL'}; END IF; ` : '';
  // Its closing `;` goes, with any comment after it (`end; -- done`), which would hide the `; END` that closes the outer block.
  const body = assigned.join('') + strict + f.body.replace(/(?:\s|--[^\n]*)+$/, '').replace(/;$/, '').trim();
  // A function's block is read as a function's, whose RETURN may give a value; a DO block's may not.
  const head = f.procedure ? 'DO' : `CREATE FUNCTION evsql_call() RETURNS ${f.set ? 'SETOF ' : ''}${resultType(f)} LANGUAGE plpgsql AS`;
  return `${head} ${tag}${declared.length ? `DECLARE ${declared.join(' ')} ` : ''}BEGIN ${body}; END${tag}`;
}

/** A function's result type (and what its call selects of a table's row it returns); a procedure's output parameters, whose values when its body ends are the CALL's row. */
function answers(f: UserFunction, row: RowAnswer | undefined): DoBlock['answers'] {
  if (!f.procedure) return { returns: resultType(f), ...(f.set ? { set: true as const } : {}), ...(row ? { row } : {}) };
  return f.outs ? { outputs: f.outs.map((o) => quoted(o.name)) } : undefined;
}

/** A function's result type as SQL names it (format_type knows no pseudo-type); a set's of several columns, record. */
function resultType(f: UserFunction): string {
  if (f.rowOf || (f.set && ('table' in f.set || f.set.columns.length > 1))) return 'record';
  return f.returns.oid === OID.void ? 'void' : formatType(f.returns.oid, f.returns.typmod);
}

/**
 * An array of a composite type as its parameter's declaration names it, which format_type here
 * cannot: its stored name quoted (`"s.job_spec"[]`), the spelling rowTypesOf takes as a value's.
 */
function compositeArrayText(p: FunctionType): string | undefined {
  const element = arrayElementOid(p.oid);
  return element && typeName(element) === '???' ? `"${names((p.type as Node).names).at(-1)!.replace(/"/g, '""')}"[]` : undefined;
}

/** Two type names that name one type as the parser reads them (`int` and `integer` are pg_catalog.int4), without modifiers. */
function sameType(t: Node, u: Node): boolean {
  const named = (n: Node) => names(n.names).filter((p) => p !== 'pg_catalog').join('.');
  return named(t) === named(u) && !!t.arrayBounds === !!u.arrayBounds && !t.typmods && !u.typmods;
}

/** The variable that holds the routine's nth input parameter (from 0): its name, or `$n` for an unnamed one, as PL/pgSQL declares it. */
function parameterName(f: UserFunction, index: number): string {
  return f.args[index]!.name || `$${index + 1}`;
}

function quoted(name: string): string {
  return /^[a-z_][a-z0-9_]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
}

/**
 * An argument as the text of the expression that gives the parameter its value: a constant, a
 * negative number, a cast of one, an ARRAY[…] or ROW(…) of them, or a call without arguments
 * (`now()`); undefined for anything else (a call, an expression), which the call computes first.
 */
function constantText(n: Node): string | undefined {
  const c = n.A_Const;
  if (c) {
    if (c.isnull) return 'NULL';
    if (c.sval) return `'${String(c.sval.sval).replace(/'/g, "''")}'`;
    if (c.ival) return String(c.ival.ival ?? 0);
    if (c.fval) return String(c.fval.fval);
    if (c.boolval) return c.boolval.boolval ? 'true' : 'false';
    if (c.bsval) return `B'${String(c.bsval.bsval).slice(1)}'`;
    return '0';
  }
  const e = n.A_Expr;
  if (e?.kind === 'AEXPR_OP' && !e.lexpr && names(e.name).join('') === '-' && (e.rexpr.A_Const?.ival || e.rexpr.A_Const?.fval)) return `(-${constantText(e.rexpr)})`;
  const cast = n.TypeCast;
  if (cast && !cast.typeName.typmods) {
    const inner = constantText(cast.arg);
    return inner === undefined ? undefined : `CAST(${inner} AS ${names(cast.typeName.names).map(quoted).join('.')}${'[]'.repeat((cast.typeName.arrayBounds ?? []).length)})`;
  }
  if (n.A_ArrayExpr) return listText('ARRAY[', (n.A_ArrayExpr.elements ?? []) as Node[], ']');
  // A row of them (`ARRAY[('a', 1)::job_spec]`: a composite's fields).
  if (n.RowExpr) return listText('ROW(', (n.RowExpr.args ?? []) as Node[], ')');
  // A call without arguments (a parameter's DEFAULT now()), run as the block starts, in the statement's transaction.
  const call = n.FuncCall;
  if (call && !call.args?.length && !call.agg_star && !call.over) return `${names(call.funcname).map(quoted).join('.')}()`;
  return undefined;
}

/** Constants' texts in a list, between its brackets; undefined where one is not a constant. */
function listText(open: string, items: Node[], close: string): string | undefined {
  const texts = items.map(constantText);
  return texts.some((t) => t === undefined) ? undefined : `${open}${texts.join(', ')}${close}`;
}
