/**
 * pg_advisory_lock and its kin, read from a SELECT that is nothing but the call: the connection
 * runs them (wire/advisory-locks.ts), not the replicas. Prisma's migrations send
 * `SELECT pg_advisory_lock(72707369)`; Kysely's Migrator reads the call from a WITH that sets
 * lock_timeout for the transaction first (`WITH t AS (SELECT set_config('lock_timeout', '…',
 * true)) SELECT pg_advisory_lock(…) FROM t`), which is run as SET LOCAL. A key given as an
 * expression is computed first (keyQuery). A call anywhere else is refused (0A000): the replicas
 * cannot take the lock.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { OID, formatType } from '../../pg/types/registry.js';
import { hashText } from '../../pg/hash.js';
import { type Node, names } from './parse.js';
import type { OutputColumn } from './types.js';

/** A constant, the parameter that gives the value at run time, or a column of the key query's row (`computed`). */
export type CallArgument = { value: string | null } | { param: number } | { column: number };

export interface AdvisorySpec {
  action: 'lock' | 'try' | 'unlock' | 'unlock_all';
  level: 'session' | 'transaction';
  /** One bigint, or two integers: PostgreSQL keeps the two kinds of key apart. */
  key: CallArgument[];
  /** set_config(name, value, is_local) of the WITH the call reads from, in order. */
  settings: Array<{ name: string; value: string; local: boolean }>;
}

/**
 * A key computed from an expression (pg-boss's `('x' || md5(current_database() || …))::bit(64)::bigint`):
 * the SELECT of the arguments that the replicas answer before the lock is taken, each a column
 * of its one row; a bare parameter or untyped literal cast to the key's type, as PostgreSQL
 * resolves the call.
 */
export function keyQuery(args: Node[]): Node {
  const type = args.length === 1 ? 'int8' : 'int4';
  const typed = (a: Node): Node => (a.ParamRef || a.A_Const?.sval || a.A_Const?.isnull ? { TypeCast: { arg: a, typeName: { names: [{ String: { sval: 'pg_catalog' } }, { String: { sval: type } }], typemod: -1 } } } : a);
  return { SelectStmt: { targetList: args.map((a) => ({ ResTarget: { val: typed(a) } })), op: 'SETOP_NONE', limitOption: 'LIMIT_OPTION_DEFAULT' } };
}

/** 42883 unless each of the key query's columns is of a type the call takes (bigint, or two integers, or smaller). */
export function checkKeyTypes(name: string, types: number[]): void {
  const allowed: number[] = types.length === 1 ? [OID.int2, OID.int4, OID.int8] : [OID.int2, OID.int4];
  if (types.every((t) => allowed.includes(t))) return;
  throw new PgError(SqlState.undefinedFunction, `function ${name}(${types.map((t) => formatType(t, -1)).join(', ')}) does not exist`, {
    hint: 'No function matches the given name and argument types. You might need to add explicit type casts.',
  });
}

const FUNCTIONS: Record<string, Pick<AdvisorySpec, 'action' | 'level'> & { args: number[] }> = {
  pg_advisory_lock: { action: 'lock', level: 'session', args: [1, 2] },
  pg_advisory_xact_lock: { action: 'lock', level: 'transaction', args: [1, 2] },
  pg_try_advisory_lock: { action: 'try', level: 'session', args: [1, 2] },
  pg_try_advisory_xact_lock: { action: 'try', level: 'transaction', args: [1, 2] },
  pg_advisory_unlock: { action: 'unlock', level: 'session', args: [1, 2] },
  pg_advisory_unlock_all: { action: 'unlock_all', level: 'session', args: [0] },
};

/** A call's name, the last of its funcname list (a string constant of the name is not a call). */
const MENTION = /"sval":"(pg_(try_)?advisory_(xact_)?lock(_shared)?|pg_advisory_unlock(_shared|_all)?)"\}\}\]/;


function unsupported(what: string): PgError {
  return new PgError(SqlState.featureNotSupported, `${what} is not supported by evsql`);
}

/** A constant (integer, big integer, string, NULL), a parameter, either cast, or hashtext of a constant text. */
function argument(a: Node): CallArgument | undefined {
  if (a.TypeCast) return argument(a.TypeCast.arg);
  const hashed = a.FuncCall && names(a.FuncCall.funcname).join('.').replace(/^pg_catalog\./, '') === 'hashtext' && a.FuncCall.args?.length === 1 ? a.FuncCall.args[0].A_Const?.sval : undefined;
  if (hashed) return { value: String(hashText((hashed.sval as string | undefined) ?? '')) };
  if (a.ParamRef) return { param: a.ParamRef.number as number };
  const c = a.A_Const;
  if (!c) return undefined;
  if (c.isnull) return { value: null };
  if (c.ival) return { value: String(c.ival.ival ?? 0) };
  if (c.fval) return { value: c.fval.fval as string };
  if (c.sval) return { value: (c.sval.sval as string | undefined) ?? '' };
  if (c.boolval) return { value: c.boolval.boolval ? 'true' : 'false' };
  return undefined;
}

/**
 * A constant past the key's integer type is of a wider type, for which PostgreSQL finds no such
 * function (42883); a parameter's value is checked when the call runs.
 */
function outOfRange(name: string, args: CallArgument[], nodes: Node[]): void {
  const limit = args.length === 1 ? 1n << 63n : 1n << 31n;
  const types = nodes.map((n, i) => {
    const a = args[i]!;
    if (!n.A_Const || !('value' in a) || a.value === null || !/^-?\d+$/.test(a.value) || n.A_Const.sval) return undefined;
    const v = BigInt(a.value);
    return v >= -limit && v < limit ? undefined : v >= -(1n << 63n) && v < 1n << 63n ? 'bigint' : 'numeric';
  });
  if (types.every((t) => t === undefined)) return;
  const own = args.length === 1 ? 'bigint' : 'integer';
  throw new PgError(SqlState.undefinedFunction, `function ${name}(${types.map((t) => t ?? own).join(', ')}) does not exist`, {
    hint: 'No function matches the given name and argument types. You might need to add explicit type casts.',
  });
}

/** By parameter number: a key of one argument is a bigint, of two two integers. */
function paramTypes(args: CallArgument[]): number[] {
  const types: number[] = [];
  for (const a of args) if ('param' in a) types[a.param - 1] = args.length === 1 ? OID.int8 : OID.int4;
  return Array.from(types, (t) => t ?? 0);
}

/** A WITH query that only calls set_config with constants, as Kysely's. */
function settingsOf(cte: Node): AdvisorySpec['settings'] | undefined {
  const q = cte.CommonTableExpr?.ctequery?.SelectStmt;
  if (!q || q.fromClause || q.whereClause || q.groupClause || q.withClause || (q.op && q.op !== 'SETOP_NONE')) return undefined;
  const settings: AdvisorySpec['settings'] = [];
  for (const target of (q.targetList ?? []) as Node[]) {
    const f = target.ResTarget.val.FuncCall;
    const args = ((f?.args ?? []) as Node[]).map(argument);
    if (!f || names(f.funcname).at(-1) !== 'set_config' || args.length !== 3 || !args.every((x) => x && 'value' in x && x.value !== null)) return undefined;
    const [name, value, local] = args.map((x) => (x as { value: string }).value);
    settings.push({ name: name!, value: value!, local: local === 'true' || local === 't' });
  }
  return settings;
}

/**
 * The advisory-lock call a SELECT is, with its result column; undefined for a SELECT that names
 * none; 0A000 for one that calls it where it cannot be run.
 */
export function advisoryCall(s: Node): { spec: AdvisorySpec; column: OutputColumn; paramTypes: number[]; computed?: { name: string; args: Node[] } } | undefined {
  const text = JSON.stringify(s);
  if (!MENTION.test(text)) return undefined;
  const targets = (s.targetList ?? []) as Node[];
  const target = targets.length === 1 ? targets[0]!.ResTarget : undefined;
  const f = target?.val.FuncCall;
  const name = f ? names(f.funcname).at(-1)! : '';
  const known = FUNCTIONS[name];
  const args = ((f?.args ?? []) as Node[]).map(argument);
  const ctes = (s.withClause?.ctes ?? []) as Node[];
  const from = (s.fromClause ?? []) as Node[];
  const settings = ctes.length ? settingsOf(ctes[0]!) : [];
  // FROM the one WITH query of one row, or no FROM at all.
  const fromOk = from.length === 0 ? ctes.length === 0 : from.length === 1 && ctes.length === 1 && from[0]!.RangeVar?.relname === ctes[0]!.CommonTableExpr.ctename && !from[0]!.RangeVar.schemaname;
  const plain = !s.whereClause && !s.groupClause && !s.havingClause && !s.sortClause && !s.limitCount && !s.distinctClause && (!s.op || s.op === 'SETOP_NONE');
  // An expression's key is computed first: only where no WITH query could be what it reads.
  const computed = args.some((a) => a === undefined) && from.length === 0;
  if (!known || !plain || !fromOk || !settings || !known.args.includes(args.length) || !(computed || args.every((a) => a !== undefined)) || f.agg_distinct || f.over) {
    throw unsupported('pg_advisory_lock() and its kin other than as SELECT pg_advisory_lock(key) with constants, parameters or expressions');
  }
  const key = computed ? args.map((_, column) => ({ column })) : (args as CallArgument[]);
  if (!computed) outOfRange(name, key, (f.args ?? []) as Node[]);
  const returnsBool = known.action === 'try' || known.action === 'unlock';
  return {
    spec: { action: known.action, level: known.level, key, settings },
    column: { name: (target!.name as string | undefined) ?? name, type: { oid: returnsBool ? OID.bool : OID.void, typmod: -1 } },
    paramTypes: paramTypes(key),
    ...(computed ? { computed: { name, args: f.args as Node[] } } : {}),
  };
}
