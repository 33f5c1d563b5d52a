/**
 * Functions made with CREATE FUNCTION … LANGUAGE sql, as evsql keeps them: a view of the main
 * schema named `pg_proc:<name>` that yields nothing and carries the definition in an annotation,
 * as enum types are kept (enums.ts), so a function is replicated, hashed and undone like other
 * DDL. A call is inlined into the statement that makes it (translate/user-functions.ts); a
 * PL/pgSQL trigger function runs only as its triggers (translate/triggers.ts).
 */
import { objectOid } from './oids.js';

const PREFIX = 'pg_proc:';
const DEFINITION = /\/\* evsql-function: (\{.*\}) \*\//s;

/** A parse-tree node, kept as JSON. */
type Tree = Record<string, unknown>;

export interface FunctionType {
  name: string;
  type: Tree;
  oid: number;
  typmod: number;
  /** A parameter's DEFAULT expression as written, and as pg_get_function_arguments prints it. */
  default?: Tree;
  defaultText?: string;
  /** The VARIADIC parameter (the last): the call's trailing arguments become its array. */
  variadic?: true;
}

export interface UserFunction {
  name: string;
  /** The schema of a function made outside public (CREATE FUNCTION app.f, or app first on the search path). */
  schema?: string;
  /** Argument names ('' for an unnamed one) and types: the TypeName node as written, and what it denotes. */
  args: FunctionType[];
  returns: FunctionType;
  /**
   * The body: one SELECT, as written (prosrc); '' for a RETURN body, whose expression is kept as
   * its node. A LANGUAGE plpgsql body that only computes its value keeps it as that expression too.
   */
  body: string;
  expression?: Tree;
  /** A set-returning LANGUAGE plpgsql function's one RETURN QUERY: the query its calls inline. */
  query?: string;
  /**
   * RETURNS SETOF … or RETURNS TABLE (…): the rows' columns (TABLE's, or one named after the
   * function for a SETOF of a scalar type), or the table whose rows it returns (SETOF t).
   */
  set?: { columns: FunctionType[] } | { table: string };
  /** RETURNS t (not SETOF) of a table t: the table whose row it returns, one row (of NULLs where its body finds none). */
  rowOf?: string;
  /** OUT and INOUT parameters, in order: the result's columns (one alone is the result). */
  outs?: FunctionType[];
  /** With outs: every parameter's mode in declaration order (i, o, b for INOUT, v); INOUT ones are in args and outs. */
  modes?: ('i' | 'o' | 'b' | 'v')[];
  /** CREATE PROCEDURE's (prokind p): its body's statements run by CALL; absent for a function. */
  procedure?: true;
  /** A LANGUAGE plpgsql routine's (trigger function, function, procedure); absent for LANGUAGE sql. */
  language?: 'plpgsql';
  /** provolatile: i, s or v. */
  volatility: 'i' | 's' | 'v';
  strict: boolean;
  /** COMMENT ON FUNCTION's text (pg_description). */
  comment?: string;
  /**
   * A routine made while another of its name (with other argument types) was kept: its argument
   * types' OIDs, which keep its record and its OID apart from theirs. Absent for the others, so
   * what was recorded before overloading was kept is found as it was.
   */
  overload?: string;
  /** The DEFAULTs, CHECKs, indexes and views whose expressions call it (translate/function-dependents.ts). */
  callers?: FunctionCaller[];
}

/** An object whose expression calls a function: its kind, its table (view), and its column or name. */
export interface FunctionCaller {
  kind: 'default' | 'check' | 'index' | 'view';
  table: string;
  column?: string;
  name?: string;
}

/** pg_type's oid of the pseudo-type trigger. */
export const TRIGGER_TYPE = 2279;

/** A PL/pgSQL function RETURNS trigger, which runs only as its triggers. */
export function isTriggerFunction(f: UserFunction): boolean {
  return f.language === 'plpgsql' && f.returns.oid === TRIGGER_TYPE;
}

/** The function's name as stored: `schema.name` for another schema's, as a relation's is (namespaces.ts). */
export function storedFunctionName(f: Pick<UserFunction, 'name' | 'schema'>): string {
  return f.schema ? `${f.schema}.${f.name}` : f.name;
}

/** What the routine is kept and numbered by: its stored name, and an overload's argument types after it. */
export function routineKey(f: Pick<UserFunction, 'name' | 'schema' | 'overload'>): string {
  return f.overload === undefined ? storedFunctionName(f) : `${storedFunctionName(f)}(${f.overload})`;
}

export function isFunctionView(relation: string): boolean {
  return relation.startsWith(PREFIX);
}

export function functionViewName(name: string): string {
  return PREFIX + name;
}

/** The SQLite statement that records the function. */
export function functionViewSql(f: UserFunction, quote: (ident: string) => string): string {
  const text = JSON.stringify(f).replace(/\*\//g, '*\\/');
  return `CREATE VIEW ${quote(functionViewName(routineKey(f)))} AS SELECT NULL AS result WHERE 0 /* evsql-function: ${text} */`;
}

export function readFunctionView(sql: string): UserFunction | undefined {
  const m = DEFINITION.exec(sql);
  return m ? (JSON.parse(m[1]!) as UserFunction) : undefined;
}

export function functionOid(name: string): number {
  return objectOid('proc', name);
}
