/**
 * CREATE/ALTER/DROP SEQUENCE, the sequences behind serial and identity columns, and the calls of
 * nextval(), setval(), currval(), lastval() over the sequence tables of catalog/sequences.ts
 * (their arithmetic, and why it is not transactional: dialect/runtime/sequence-functions.ts).
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { OID } from '../../pg/types/registry.js';
import type { Step } from '../plan.js';
import { type SequenceClauses, type SequenceOptions, type SequenceType, sequenceOptions, sequenceOptionsText, sequenceTableName, sequenceTableSql } from '../catalog/sequences.js';
import { makeObjectName } from '../runtime/catalog/model.js';
import { quoteIdent, quoteString } from '../sqlite-quote.js';
import type { EmitContext } from './emit-context.js';
import { type Node, names } from './parse.js';
import type { TranslatorSchema } from './schema.js';
import { typeOfName } from './types.js';
import { noFunctionCall } from './no-function.js';
import { unsupported } from './unsupported.js';
import { cascadeNotice } from './cascade-notice.js';
import { regclassStoredName } from './namespaces.js';
import { storedName } from '../catalog/namespaces.js';

/** The integer types a sequence, and so a serial or identity column, may be of. */
export const SEQUENCE_TYPES: Record<number, SequenceType> = { [OID.int2]: 'int2', [OID.int4]: 'int4', [OID.int8]: 'int8' };

function table(name: string): string {
  return quoteIdent(sequenceTableName(name));
}

function bigint(n: Node | undefined, option: string): bigint {
  if (n?.Integer) return BigInt(n.Integer.ival ?? 0);
  if (n?.Float && /^-?\d+$/.test(n.Float.fval)) return BigInt(n.Float.fval);
  throw new PgError(SqlState.syntaxError, `invalid value for sequence option "${option}"`);
}

interface Clauses {
  given: SequenceClauses;
  /** ALTER's RESTART (null: back to START). */
  restart?: bigint | null;
  /** OWNED BY's `table.column` as written (null: NONE). */
  ownedBy?: string[] | null;
  /** An identity's SEQUENCE NAME. */
  sequenceName?: string[];
}

/** The options a CREATE or ALTER SEQUENCE (or an identity column) writes. */
function clauses(options: Node[] | undefined): Clauses {
  const given: SequenceClauses = {};
  const out: Clauses = { given };
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
        out.restart = d.arg ? bigint(d.arg, 'restart') : null;
        break;
      case 'owned_by': {
        const parts = names((d.arg as Node).List?.items ?? d.arg);
        out.ownedBy = parts.length === 1 && parts[0] === 'none' ? null : parts;
        break;
      }
      case 'sequence_name':
        out.sequenceName = names((d.arg as Node).List?.items ?? d.arg);
        break;
      default:
        throw unsupported(`sequence option ${String(d.defname).toUpperCase()}`);
    }
  }
  return out;
}

/** OWNED BY (pg_dump's `ALTER SEQUENCE s OWNED BY t.c` of a serial column): the owner DROP TABLE takes the sequence with. */
function withOwner(schema: TranslatorSchema, o: SequenceOptions, ownedBy: string[] | null | undefined): SequenceOptions {
  if (ownedBy === undefined) return o;
  const { owned: _, ...rest } = o;
  if (ownedBy === null) return rest;
  if (ownedBy.length < 2) throw new PgError(SqlState.syntaxError, 'invalid OWNED BY option', { hint: 'Specify OWNED BY table.column or OWNED BY NONE.' });
  const [column, tableName] = [ownedBy.at(-1)!, ownedBy.at(-2)!];
  // An unqualified table is the search path's.
  const stored = ownedBy.length > 2 ? (ownedBy.at(-3) === 'public' || schema.hasSchema(ownedBy.at(-3)!) ? storedName(ownedBy.at(-3)!, tableName) : undefined) : (schema.resolveRelation(tableName) ?? tableName);
  const t = stored === undefined ? undefined : schema.lookupTable(stored);
  if (!t || t.temp) throw new PgError(SqlState.undefinedTable, `relation "${ownedBy.slice(0, -1).join('.')}" does not exist`);
  if (!t.column(column)) throw new PgError(SqlState.undefinedColumn, `column "${column}" of relation "${tableName}" does not exist`);
  return { ...rest, owned: `${stored}.${column}` };
}

function sequenceName(rv: Node): string {
  if (rv.relpersistence === 't') throw unsupported('CREATE TEMPORARY SEQUENCE');
  if (rv.schemaname && rv.schemaname !== 'public') throw new PgError(SqlState.invalidSchemaName, `schema "${rv.schemaname}" does not exist`);
  return rv.relname as string;
}

export function createSequence(schema: TranslatorSchema, s: Node): { steps: Step[]; notices?: PgError[] } {
  const name = sequenceName(s.sequence);
  if (schema.sequence(name) || schema.lookupTable(name)) {
    const exists = new PgError(SqlState.duplicateTable, `relation "${name}" already exists${s.if_not_exists ? ', skipping' : ''}`, s.if_not_exists ? { severity: 'NOTICE' } : {});
    if (!s.if_not_exists) throw exists;
    return { steps: [], notices: [exists] };
  }
  const { given, ownedBy } = clauses(s.options);
  return { steps: sequenceSteps(name, withOwner(schema, sequenceOptions(name, given), ownedBy)) };
}

export function alterSequence(schema: TranslatorSchema, s: Node): { steps: Step[]; notices?: PgError[] } {
  const name = sequenceName(s.sequence);
  const base = schema.sequence(name);
  if (!base) {
    if (schema.lookupTable(name)) throw new PgError(SqlState.wrongObjectType, `"${name}" is not a sequence`);
    const missing = new PgError(SqlState.undefinedTable, s.missing_ok ? `relation "${name}" does not exist, skipping` : `relation "${name}" does not exist`, s.missing_ok ? { severity: 'NOTICE' } : {});
    if (!s.missing_ok) throw missing;
    return { steps: [], notices: [missing] };
  }
  const { given, restart, ownedBy } = clauses(s.options);
  const o = withOwner(schema, sequenceOptions(name, given, base), ownedBy);
  if (restart === undefined) return { steps: [...currentValueCheck(name, o, base), optionsEdit(name, o), cacheDropped(name)] };
  const at = restart ?? o.start;
  if (at < o.min) throw new PgError(SqlState.invalidParameterValue, `RESTART value (${at}) cannot be less than MINVALUE (${o.min})`);
  if (at > o.max) throw new PgError(SqlState.invalidParameterValue, `RESTART value (${at}) cannot be greater than MAXVALUE (${o.max})`);
  return { steps: restartSteps(name, o, at) };
}

/**
 * New bounds (MINVALUE, MAXVALUE, AS a narrower type) are checked against the value the sequence
 * holds, as AlterSequence checks them (22023 naming it the RESTART value): the value is the
 * table's, known when the statement runs.
 */
function currentValueCheck(name: string, o: SequenceOptions, base: SequenceOptions): Step[] {
  if (o.min === base.min && o.max === base.max) return [];
  const raise = (cmp: string, bound: string, limit: bigint) =>
    `pg_raise_if(last_value ${cmp} ${limit}, '22023', 'RESTART value (' || last_value || ') cannot be ${bound} (${limit})')`;
  return [{ sql: `SELECT ${raise('<', 'less than MINVALUE', o.min)}, ${raise('>', 'greater than MAXVALUE', o.max)} FROM ${table(name)} WHERE pid = 0`, params: [] }];
}

/** The sequence's options, written where they live (the comment of its table's is_called column). */
function optionsEdit(name: string, o: SequenceOptions): Step {
  return { sql: '', params: [], edit: { kind: 'comment', table: sequenceTableName(name), column: 'is_called', text: sequenceOptionsText(o) } };
}

/**
 * A sequence back to `at`, undone by ROLLBACK as PostgreSQL's RESTART is (it gives the sequence a
 * new relfilenode), unlike a draw: the options' edit is a schema change, which inside a transaction
 * first saves the sequence's table for the undo (executor/change-capture.ts saveSchema), and makes
 * the writer read its drawn state from the table again.
 */
function restartSteps(name: string, o: SequenceOptions, at: bigint): Step[] {
  return [optionsEdit(name, o), { sql: `UPDATE ${table(name)} SET last_value = ${at}, is_called = 0 WHERE pid = 0`, params: [] }, cacheDropped(name)];
}

/**
 * ALTER SEQUENCE drops the values the session cached (AlterSequence): the next draw follows the
 * relation's last_value, the end of the block, which row 0 holds (runtime/sequence-functions.ts).
 */
function cacheDropped(name: string): Step {
  return { sql: `DELETE FROM ${table(name)} WHERE pid = -1`, params: [] };
}

/**
 * DROP SEQUENCE [IF EXISTS] … [CASCADE]; `innerSteps` translates the ALTER TABLE … DROP DEFAULT
 * that CASCADE runs for each column default drawing from a sequence.
 */
export function dropSequences(schema: TranslatorSchema, s: Node, innerSteps: (sql: string) => Step[]): { steps: Step[]; notices?: PgError[] } {
  const steps: Step[] = [];
  const notices: PgError[] = [];
  for (const o of s.objects as Node[]) {
    const parts = names(o.List?.items ?? [o]);
    const name = parts.at(-1)!;
    if (!schema.sequence(name) || (parts.length > 1 && parts[0] !== 'public')) {
      const other = parts.length === 1 ? schema.lookupTable(name) : undefined;
      if (other) throw new PgError(SqlState.wrongObjectType, `"${name}" is not a sequence`, { hint: other.matview ? 'Use DROP MATERIALIZED VIEW to remove a materialized view.' : other.view ? 'Use DROP VIEW to remove a view.' : 'Use DROP TABLE to remove a table.' });
      if (!s.missing_ok) throw new PgError(SqlState.undefinedTable, `sequence "${parts.join('.')}" does not exist`);
      notices.push(new PgError(SqlState.successfulCompletion, `sequence "${parts.join('.')}" does not exist, skipping`, { severity: 'NOTICE' }));
      continue;
    }
    const dropped = droppedDefaults(schema, name, parts.join('.'), s.behavior === 'DROP_CASCADE');
    for (const c of dropped) {
      // A serial's column keeps its values and NOT NULL, as a plain column of its type.
      const owner = schema.sequence(name)!.owned === `${c.table}.${c.column}` ? schema.lookupTable(c.table) : undefined;
      if (owner) steps.push(plainColumnEdit(owner.sqlName, c.column, owner.column(c.column)!.type.oid));
      else steps.push(...innerSteps(`ALTER TABLE ${quoteIdent(c.table)} ALTER COLUMN ${quoteIdent(c.column)} DROP DEFAULT`));
    }
    if (dropped.length) notices.push(cascadeNotice(dropped.map((c) => `drop cascades to default value for column ${c.column} of table ${c.table}`)));
    steps.push({ sql: `DROP TABLE ${table(name)}`, params: [] });
  }
  return { steps, notices };
}

/**
 * A serial or identity column made a plain column of its type, NOT NULL, as ALTER COLUMN … DROP
 * IDENTITY and DROP SEQUENCE … CASCADE of a serial's sequence leave it.
 */
export function plainColumnEdit(sqlTable: string, column: string, typeOid: number): Step {
  const type = ({ [OID.int2]: 'int2', [OID.int8]: 'int8' } as Record<number, string>)[typeOid] ?? 'int4';
  return { sql: '', params: [], edit: { kind: 'alterColumn', table: sqlTable, column, type, notNull: true } };
}

/**
 * A column whose default draws from the sequence, or that owns it as its serial or identity
 * column, depends on it: 2BP01 without CASCADE, as PostgreSQL's; with CASCADE, the defaults that
 * draw from it, to be dropped first. An identity column requires its sequence whatever CASCADE says (2BP01).
 */
function droppedDefaults(schema: TranslatorSchema, name: string, shown: string, cascade: boolean): Array<{ table: string; column: string }> {
  const dependents = schema.sequenceDependents(name);
  if (!dependents.length) return [];
  if (cascade) {
    const identity = dependents.find((c) => schema.sequence(name)!.owned === `${c.table}.${c.column}` && schema.lookupTable(c.table)?.column(c.column)?.identity !== 'serial');
    if (identity) {
      throw new PgError(SqlState.dependentObjectsStillExist, `cannot drop sequence ${shown} because column ${identity.column} of table ${identity.table} requires it`, { hint: `You can drop column ${identity.column} of table ${identity.table} instead.` });
    }
    return dependents;
  }
  throw new PgError(SqlState.dependentObjectsStillExist, `cannot drop sequence ${shown} because other objects depend on it`, {
    detail: dependents.map((c) => `default value for column ${c.column} of table ${c.table} depends on sequence ${shown}`).join('\n'),
    hint: 'Use DROP ... CASCADE to drop the dependent objects too.',
  });
}

/**
 * The sequence behind a serial or identity column `table.column` of a new table: PostgreSQL's
 * `table_column_seq` (…1, …2 when taken), of the column's type, the identity's options given.
 */
export function ownedSequence(schema: TranslatorSchema, table: string, column: string, type: SequenceType, identityOptions: Node[] | undefined, taken: Set<string>): { name: string; steps: Step[] } {
  const { given, sequenceName: named } = clauses(identityOptions);
  let name = named ? sequenceName({ relname: named.at(-1), schemaname: named.at(-2) }) : '';
  if (named && (taken.has(name) || schema.sequence(name) || schema.lookupTable(name))) throw new PgError(SqlState.duplicateTable, `relation "${name}" already exists`);
  for (let pass = 0; !name || taken.has(name) || schema.sequence(name) || schema.lookupTable(name); pass++) name = makeObjectName(table, column, pass ? `seq${pass}` : 'seq');
  taken.add(name);
  const o: SequenceOptions = { ...sequenceOptions(name, { type, ...given }), owned: `${table}.${column}` };
  return { name, steps: sequenceSteps(name, o) };
}

function sequenceSteps(name: string, o: SequenceOptions): Step[] {
  return [
    { sql: sequenceTableSql(name, o, quoteIdent), params: [] },
    { sql: `INSERT INTO ${table(name)} (pid, last_value, is_called) VALUES (0, ${o.start}, 0)`, params: [] },
  ];
}

/** The sequences a table's serial and identity columns own, which go with it (DROP TABLE). */
export function ownedSequences(schema: TranslatorSchema, table: string): string[] {
  return schema.sequenceNames().filter((n) => schema.sequence(n)!.owned?.startsWith(`${table}.`));
}

/** RENAME of a table or of one of its columns: the sequences they own follow (their options name the owner). */
export function renamedOwner(schema: TranslatorSchema, table: string, column: string | null, newName: string): Step[] {
  return ownedSequences(schema, table).flatMap((name) => {
    const o = schema.sequence(name)!;
    const owned = o.owned!.slice(table.length + 1);
    if (column !== null && owned !== column) return [];
    const text = sequenceOptionsText({ ...o, owned: column === null ? `${newName}.${owned}` : `${table}.${newName}` });
    return [{ sql: '', params: [], edit: { kind: 'comment', table: sequenceTableName(name), column: 'is_called', text } }];
  });
}

/** TRUNCATE … RESTART IDENTITY: each owned sequence back to its start, undone by ROLLBACK as ALTER SEQUENCE … RESTART is. */
export function restartOwnedSequences(schema: TranslatorSchema, table: string): Step[] {
  return ownedSequences(schema, table).flatMap((n) => {
    const o = schema.sequence(n)!;
    return restartSteps(n, o, o.start);
  });
}

export const SEQUENCE_FUNCTIONS = new Set(['nextval', 'setval', 'currval', 'lastval']);

/**
 * The SQL of the sequence a regclass argument names: a constant (`'s'`, `'s'::regclass`,
 * `'public.s'`, `'"S"'`) is resolved now; any other expression (`$1`, a column,
 * `pg_get_serial_sequence(…)`) at run time, against the sequences that exist now
 * (`pg_seq_named`): the statement is then keyed on all of them (`drawsFromAny`).
 */
function namedSequence(schema: TranslatorSchema, em: EmitContext, arg: Node | undefined): string {
  const literal = (arg?.TypeCast && ['regclass', 'text'].includes(names(arg.TypeCast.typeName.names).at(-1)!) ? arg.TypeCast.arg : arg)?.A_Const?.sval?.sval as string | undefined;
  if (literal === undefined) return `pg_seq_named(${em.expr(arg!)}, ${quoteString(JSON.stringify(schema.sequenceNames()))})`;
  const name = regclassStoredName(schema, literal);
  if (name === undefined || !schema.sequence(name)) {
    if (name !== undefined && !literal.includes('.') && schema.lookupTable(name)) throw new PgError(SqlState.wrongObjectType, `"${name}" is not a sequence`);
    throw new PgError(SqlState.undefinedTable, `relation "${literal}" does not exist`);
  }
  return quoteString(name);
}

/**
 * nextval('s'), setval('s', v [, is_called]), currval('s'), lastval() anywhere an expression may
 * be: calls of dialect/runtime/sequence-functions.ts. A statement that draws runs on the writer
 * (`drawsFromSequence`).
 */
export function sequenceCall(schema: TranslatorSchema, em: EmitContext, fn: string, args: Node[]): string {
  const arity = fn === 'setval' ? [2, 3] : fn === 'lastval' ? [0] : [1];
  if (!arity.includes(args.length)) throw noFunctionCall(em, fn, args);
  if (fn === 'lastval') return `pg_seq_lastval(${quoteString(JSON.stringify(schema.sequenceNames()))})`;
  const seq = namedSequence(schema, em, args[0]);
  if (fn === 'nextval') return `pg_seq_next(${seq})`;
  if (fn === 'currval') return `pg_seq_currval(${seq})`;
  // Emitted in the order they stand: each `?` takes the next parameter the emitter numbered.
  const value = em.expr(args[1]!);
  const called = args[2] ? `CASE WHEN (${em.expr(args[2])}) THEN 1 ELSE 0 END` : '1';
  return `pg_seq_setval(${seq}, CAST((${value}) AS INTEGER), ${called})`;
}


const DRAW = /pg_seq_(?:next|setval)\(/;

/** Whether a statement's steps draw from or set a sequence. */
export function drawsFromSequence(steps: Step[]): boolean {
  return steps.some((step) => DRAW.test(step.sql));
}

/**
 * A sequence named in FROM (pg_dump reads `SELECT last_value, is_called FROM s`): its one row, as
 * PostgreSQL's sequence relation shows it. log_cnt, the values PostgreSQL has logged ahead, is 0:
 * evsql logs none ahead. Undefined for any other name.
 */
export function sequenceFromItem(em: EmitContext, r: Node): string | undefined {
  const name = r.relname as string;
  if ((r.schemaname && r.schemaname !== 'public') || em.ctes.has(name) || em.schema.lookupTable(name) || !em.schema.sequence(name)) return undefined;
  return `(SELECT last_value, 0 AS log_cnt, is_called FROM ${table(name)} WHERE pid = 0) AS ${quoteIdent((r.alias?.aliasname as string | undefined) ?? name)}`;
}
