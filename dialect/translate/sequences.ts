/**
 * CREATE/ALTER/DROP SEQUENCE and `SELECT nextval(…)`, `setval`, `currval` over the sequence tables
 * of catalog/sequences.ts. nextval and setval write: their statement runs as DML (the mixer gives
 * a statement it cannot key a write of the whole database, so two transactions never draw from
 * one sequence at once), in two steps, the write and the read of what it wrote.
 *
 * Unlike PostgreSQL's, a sequence here is transactional: a value drawn by a transaction that rolls
 * back is drawn again (a value outlasting its transaction would need a write no rollback undoes,
 * on every replica alike).
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { OID } from '../../pg/types/registry.js';
import type { Step } from '../plan.js';
import { type SequenceClauses, type SequenceOptions, type SequenceType, sequenceOptions, sequenceOptionsText, sequenceTableName, sequenceTableSql } from '../catalog/sequences.js';
import { quoteIdent, quoteString } from '../sqlite-quote.js';
import type { EmitContext } from './emit-context.js';
import { type Node, names } from './parse.js';
import type { TranslatorSchema } from './schema.js';
import type { OutputColumn } from './types.js';
import { typeOfName } from './types.js';
import { unsupported } from './unsupported.js';

const INT8 = { oid: OID.int8, typmod: -1 };
const SEQUENCE_TYPES: Record<number, SequenceType> = { [OID.int2]: 'int2', [OID.int4]: 'int4', [OID.int8]: 'int8' };

function table(name: string): string {
  return quoteIdent(sequenceTableName(name));
}

function bigint(n: Node | undefined, option: string): bigint {
  if (n?.Integer) return BigInt(n.Integer.ival ?? 0);
  if (n?.Float && /^-?\d+$/.test(n.Float.fval)) return BigInt(n.Float.fval);
  throw new PgError(SqlState.syntaxError, `invalid value for sequence option "${option}"`);
}

/** The options a CREATE or ALTER SEQUENCE writes, and ALTER's RESTART (null: back to START). */
function clauses(options: Node[] | undefined): { given: SequenceClauses; restart?: bigint | null } {
  const given: SequenceClauses = {};
  let restart: bigint | null | undefined;
  for (const o of options ?? []) {
    const d = o.DefElem;
    switch (d.defname) {
      case 'as': {
        const type = SEQUENCE_TYPES[typeOfName(d.arg.TypeName).oid];
        if (!type) throw new PgError(SqlState.invalidParameterValue, 'sequence type must be smallint, integer, or bigint');
        given.type = type;
        break;
      }
      case 'increment':
      case 'start':
      case 'cache':
        given[d.defname as 'increment' | 'start' | 'cache'] = bigint(d.arg, d.defname);
        break;
      case 'minvalue':
      case 'maxvalue':
        given[d.defname === 'minvalue' ? 'min' : 'max'] = d.arg ? bigint(d.arg, d.defname) : null;
        break;
      case 'cycle':
        given.cycle = !!d.arg?.Boolean?.boolval;
        break;
      case 'restart':
        restart = d.arg ? bigint(d.arg, 'restart') : null;
        break;
      case 'owned_by':
        if (names(d.arg as Node[]).join('.') !== 'none') throw unsupported('OWNED BY a column');
        break;
      default:
        throw unsupported(`sequence option ${String(d.defname).toUpperCase()}`);
    }
  }
  return { given, restart };
}

function sequenceName(rv: Node): string {
  if (rv.relpersistence === 't') throw unsupported('CREATE TEMPORARY SEQUENCE');
  if (rv.schemaname && rv.schemaname !== 'public') throw new PgError(SqlState.invalidSchemaName, `schema "${rv.schemaname}" does not exist`);
  return rv.relname as string;
}

export function createSequence(schema: TranslatorSchema, s: Node): { steps: Step[]; notice?: PgError } {
  const name = sequenceName(s.sequence);
  if (schema.sequence(name) || schema.lookupTable(name)) {
    const exists = new PgError(SqlState.duplicateTable, `relation "${name}" already exists${s.if_not_exists ? ', skipping' : ''}`, s.if_not_exists ? { severity: 'NOTICE' } : {});
    if (!s.if_not_exists) throw exists;
    return { steps: [], notice: exists };
  }
  const o = sequenceOptions(name, clauses(s.options).given);
  return {
    steps: [
      { sql: sequenceTableSql(name, o, quoteIdent), params: [] },
      { sql: `INSERT INTO ${table(name)} (pid, last_value, is_called) VALUES (0, ${o.start}, 0)`, params: [] },
    ],
  };
}

export function alterSequence(schema: TranslatorSchema, s: Node): { steps: Step[]; notice?: PgError } {
  const name = sequenceName(s.sequence);
  const base = schema.sequence(name);
  if (!base) {
    const missing = new PgError(SqlState.undefinedTable, s.missing_ok ? `relation "${name}" does not exist, skipping` : `relation "${name}" does not exist`, s.missing_ok ? { severity: 'NOTICE' } : {});
    if (!s.missing_ok) throw missing;
    return { steps: [], notice: missing };
  }
  const { given, restart } = clauses(s.options);
  const o = sequenceOptions(name, given, base);
  const steps: Step[] = [{ sql: '', params: [], edit: { kind: 'comment', table: sequenceTableName(name), column: 'is_called', text: sequenceOptionsText(o) } }];
  if (restart !== undefined) {
    const at = restart ?? o.start;
    if (at < o.min) throw new PgError(SqlState.invalidParameterValue, `RESTART value (${at}) cannot be less than MINVALUE (${o.min})`);
    if (at > o.max) throw new PgError(SqlState.invalidParameterValue, `RESTART value (${at}) cannot be greater than MAXVALUE (${o.max})`);
    steps.push({ sql: `UPDATE ${table(name)} SET last_value = ${at}, is_called = 0 WHERE pid = 0`, params: [] });
  }
  return { steps };
}

export function dropSequences(schema: TranslatorSchema, s: Node): { steps: Step[]; notice?: PgError } {
  const steps: Step[] = [];
  let notice: PgError | undefined;
  for (const o of s.objects as Node[]) {
    const parts = names(o.List?.items ?? [o]);
    const name = parts.at(-1)!;
    if (!schema.sequence(name) || (parts.length > 1 && parts[0] !== 'public')) {
      if (!s.missing_ok) throw new PgError(SqlState.undefinedTable, `sequence "${parts.join('.')}" does not exist`);
      notice = new PgError(SqlState.successfulCompletion, `sequence "${parts.join('.')}" does not exist, skipping`, { severity: 'NOTICE' });
      continue;
    }
    steps.push({ sql: `DROP TABLE ${table(name)}`, params: [] });
  }
  return { steps, notice };
}

const SEQUENCE_FUNCTIONS = new Set(['nextval', 'setval', 'currval', 'lastval']);

/** Whether a statement calls a sequence function anywhere. */
export function callsSequenceFunction(n: Node): boolean {
  return /"funcname":\[(\{"String":\{"sval":"pg_catalog"\}\},)?\{"String":\{"sval":"(nextval|setval|currval|lastval)"\}\}\]/.test(JSON.stringify(n));
}

/** A sequence named by a regclass argument: `'s'`, `'s'::regclass`, `'public.s'`, `'"S"'`. */
function namedSequence(schema: TranslatorSchema, arg: Node | undefined, fn: string): { name: string; options: SequenceOptions } {
  const literal = (arg?.TypeCast && names(arg.TypeCast.typeName.names).at(-1) === 'regclass' ? arg.TypeCast.arg : arg)?.A_Const?.sval?.sval as string | undefined;
  if (literal === undefined) throw unsupported(`${fn}() of a sequence not named by a constant`);
  const parts = literal.split('.').map((p) => (/^".*"$/.test(p) ? p.slice(1, -1).replace(/""/g, '"') : p.toLowerCase()));
  const name = parts.at(-1)!;
  const options = parts.length > 2 || (parts.length === 2 && parts[0] !== 'public') ? undefined : schema.sequence(name);
  if (!options) {
    if (parts.length === 1 && schema.lookupTable(name)) throw new PgError(SqlState.wrongObjectType, `"${name}" is not a sequence`);
    if (name.endsWith('_seq')) throw unsupported(`${fn}() of the sequence behind a serial or identity column`);
    throw new PgError(SqlState.undefinedTable, `relation "${literal}" does not exist`);
  }
  return { name, options };
}

/**
 * `SELECT nextval('s')`, `setval('s', v [, is_called])` or `currval('s')`, alone in a SELECT
 * without FROM: the steps, whether they write, and the result column. Undefined for any other
 * statement; a sequence function anywhere else is 0A000.
 */
export function sequenceQuery(schema: TranslatorSchema, em: EmitContext, s: Node): { steps: Step[]; writes: boolean; column: OutputColumn } | undefined {
  if (!callsSequenceFunction(s)) return undefined;
  const targets = (s.targetList ?? []) as Node[];
  const target = targets.length === 1 ? targets[0]!.ResTarget : undefined;
  const f = target?.val?.FuncCall;
  const fn = f ? names(f.funcname).at(-1)! : '';
  const plain = !s.fromClause && !s.whereClause && !s.groupClause && !s.havingClause && !s.withClause && !s.sortClause && !s.limitCount && (!s.op || s.op === 'SETOP_NONE');
  if (!plain || !SEQUENCE_FUNCTIONS.has(fn) || f.over || f.agg_filter) throw unsupported('nextval(), setval() and currval() other than alone in SELECT without FROM');
  if (fn === 'lastval') throw unsupported('lastval()');
  const args = (f.args ?? []) as Node[];
  const arity = fn === 'setval' ? [2, 3] : [1];
  if (!arity.includes(args.length)) throw new PgError(SqlState.undefinedFunction, `function ${fn}() does not exist`, { hint: 'No function matches the given name and argument types.' });
  const { name, options } = namedSequence(schema, args[0], fn);
  const column: OutputColumn = { name: (target!.name as string | undefined) ?? fn, type: INT8 };
  const t = table(name);
  const seq = quoteString(name);
  const opts = quoteString(sequenceOptionsText(options));
  if (fn === 'currval') {
    return { steps: [{ sql: `SELECT pg_seq_currval((SELECT last_value FROM ${t} WHERE pid = pg_backend_pid()), ${seq}) AS ${quoteIdent(column.name)}`, params: [] }], writes: false, column };
  }
  if (fn === 'nextval') {
    // The session's row (currval) takes the value, returning it, then row 0. The count a DML
    // statement reports is what its steps change, less a step written as WITH (the executor
    // counts the rows of such a step as read): one, as PostgreSQL's SELECT reports.
    const draw = `WITH d(v) AS (SELECT pg_seq_next(last_value, is_called, ${seq}, ${opts}) FROM ${t} WHERE pid = 0)`;
    const take = `${draw} INSERT INTO ${t} (pid, last_value, is_called) SELECT pg_backend_pid(), v, 1 FROM d WHERE true ON CONFLICT (pid) DO UPDATE SET last_value = excluded.last_value, is_called = 1 RETURNING last_value AS ${quoteIdent(column.name)}`;
    const advance = `UPDATE ${t} SET last_value = (SELECT last_value FROM ${t} WHERE pid = pg_backend_pid()), is_called = 1 WHERE pid = 0`;
    return { steps: [{ sql: take, params: [] }, { sql: advance, params: [] }], writes: true, column };
  }
  // setval: row 0 takes the value; then, written as WITH like nextval's, the session's row (currval)
  // when is_called, else row 0 again, returning the value.
  const at = em.params.length;
  const value = em.expr(args[1]!);
  const called = (a: Node | undefined) => (a ? `CASE WHEN (${em.expr(a)}) THEN 1 ELSE 0 END` : '1');
  const set: Step = { sql: `UPDATE ${t} SET last_value = pg_seq_setval(${value}, ${seq}, ${opts}), is_called = ${called(args[2])} WHERE pid = 0`, params: em.params.slice(at) };
  const next = em.params.length;
  const flag = called(args[2]);
  const take = `WITH d(v) AS (SELECT last_value FROM ${t} WHERE pid = 0) INSERT INTO ${t} (pid, last_value, is_called) SELECT CASE ${flag} WHEN 1 THEN pg_backend_pid() ELSE 0 END, v, ${flag} FROM d WHERE true ON CONFLICT (pid) DO UPDATE SET last_value = excluded.last_value, is_called = excluded.is_called RETURNING last_value AS ${quoteIdent(column.name)}`;
  const params = em.params.slice(next);
  return { steps: [set, { sql: take, params: [...params, ...params] }], writes: true, column };
}
