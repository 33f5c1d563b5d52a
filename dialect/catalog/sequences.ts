/**
 * Sequences (CREATE SEQUENCE) as evsql keeps them, shared by the translator and the catalog. A
 * sequence is a table of the main schema named `pg_sequence:<name>`, so it is replicated with the
 * DDL, covered by the state hash and undone by ROLLBACK like any table; its options ride in the
 * comment annotation of its `is_called` column (ALTER SEQUENCE rewrites it with the schema edit
 * COMMENT ON COLUMN makes). Row `pid` 0 holds the sequence's
 * state (last_value, is_called); row `pid` n the value nextval() last gave session n (currval).
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { commentMarker } from './markers.js';
import { storedName } from './namespaces.js';
import { quoteString } from '../sqlite-quote.js';

const PREFIX = 'pg_sequence:';
const OPTIONS = /\/\* evsql-comment: ("(?:[^"\\]|\\.)*") \*\//;

export type SequenceType = 'int2' | 'int4' | 'int8';

/** serial columns take explicit values; GENERATED ALWAYS refuses them; BY DEFAULT takes them. */
export type Identity = 'serial' | 'always' | 'by default';

const IDENTITY_ANNOTATION = /"((?:[^"]|"")+)" INTEGER \/\* evsql: (\S+) (serial|identity always|identity by default) \*\//g;

/**
 * The serial and identity columns a table's CREATE statement declares, by the annotation evsql
 * writes beside their INTEGER type: each one's PostgreSQL type and kind. A column draws from its
 * sequence when one is also OWNED BY it (`SequenceOptions.owned`).
 */
export function identityAnnotations(tableSql: string): Map<string, { type: string; identity: Identity }> {
  const out = new Map<string, { type: string; identity: Identity }>();
  for (const m of tableSql.matchAll(IDENTITY_ANNOTATION)) {
    out.set(m[1]!.replace(/""/g, '"'), { type: m[2]!, identity: m[3] === 'serial' ? 'serial' : m[3] === 'identity always' ? 'always' : 'by default' });
  }
  return out;
}

export interface SequenceOptions {
  type: SequenceType;
  start: bigint;
  increment: bigint;
  min: bigint;
  max: bigint;
  cache: bigint;
  cycle: boolean;
  /** `table.column` of the serial or identity column the sequence belongs to (DROP TABLE drops it). */
  owned?: string;
}

export const SEQUENCE_LIMITS: Record<SequenceType, [bigint, bigint]> = {
  int2: [-32768n, 32767n],
  int4: [-2147483648n, 2147483647n],
  int8: [-9223372036854775808n, 9223372036854775807n],
};

export function isSequenceTable(relation: string): boolean {
  return relation.startsWith(PREFIX);
}

export function sequenceTableName(sequence: string): string {
  return PREFIX + sequence;
}

export function sequenceOfTable(relation: string): string {
  return relation.slice(PREFIX.length);
}

/** The SQLite name of the sequence a regclass text names (`s`, `public.s`, `"S"`, `app.s`); undefined where it names none. */
export function regclassSequenceName(text: string): string | undefined {
  const parts = text.split('.').map((p) => (/^".*"$/.test(p) ? p.slice(1, -1).replace(/""/g, '"') : p.toLowerCase()));
  return parts.length > 2 ? undefined : parts.length === 2 ? storedName(parts[0]!, parts[1]!) : parts[0];
}

/** The options as the text of the annotation. */
export function sequenceOptionsText(o: SequenceOptions): string {
  return JSON.stringify({ ...o, start: String(o.start), increment: String(o.increment), min: String(o.min), max: String(o.max), cache: String(o.cache) });
}

/** The SQLite statement that creates a sequence's table, its options in the annotation. */
export function sequenceTableSql(name: string, o: SequenceOptions, quote: (ident: string) => string): string {
  return `CREATE TABLE ${quote(sequenceTableName(name))} (pid INTEGER PRIMARY KEY, last_value INTEGER NOT NULL, is_called INTEGER NOT NULL${commentMarker(sequenceOptionsText(o))})`;
}

/** The options a sequence table's SQL records. */
export function readSequenceOptions(sql: string): SequenceOptions {
  const m = OPTIONS.exec(sql);
  const o = JSON.parse(m ? (JSON.parse(m[1]!) as string) : '{}') as Record<string, string | boolean>;
  const big = (k: string) => BigInt(String(o[k] ?? '0'));
  const options: SequenceOptions = { type: (o.type as SequenceType) ?? 'int8', start: big('start'), increment: big('increment'), min: big('min'), max: big('max'), cache: big('cache'), cycle: o.cycle === true };
  if (typeof o.owned === 'string') options.owned = o.owned;
  return options;
}

/** What CREATE/ALTER SEQUENCE give: each option, or undefined where the statement leaves it to the default (`null`: NO MINVALUE/NO MAXVALUE). */
export interface SequenceClauses {
  type?: SequenceType;
  start?: bigint;
  increment?: bigint;
  min?: bigint | null;
  max?: bigint | null;
  cache?: bigint;
  cycle?: boolean;
}

/**
 * The options of a new sequence, or of one altered (`base`), checked as DefineSequence and
 * AlterSequence check them (22023). An ascending sequence's bounds default to 1 and the type's
 * maximum, a descending one's to the type's minimum and -1; START to the bound it leaves from.
 */
export function sequenceOptions(name: string, c: SequenceClauses, base?: SequenceOptions): SequenceOptions {
  const type = c.type ?? base?.type ?? 'int8';
  const [low, high] = SEQUENCE_LIMITS[type];
  const increment = c.increment ?? base?.increment ?? 1n;
  if (increment === 0n) throw invalid('INCREMENT must not be zero');
  const typeChanged = base !== undefined && c.type !== undefined && c.type !== base.type;
  const keep = (v: bigint | undefined, limit: bigint) => (v !== undefined && !(typeChanged && v === limit) ? v : undefined);
  const min = c.min === null ? (increment > 0n ? 1n : low) : (c.min ?? keep(base?.min, SEQUENCE_LIMITS[base?.type ?? 'int8'][0]) ?? (increment > 0n ? 1n : low));
  const max = c.max === null ? (increment > 0n ? high : -1n) : (c.max ?? keep(base?.max, SEQUENCE_LIMITS[base?.type ?? 'int8'][1]) ?? (increment > 0n ? high : -1n));
  const typeName = { int2: 'smallint', int4: 'integer', int8: 'bigint' }[type];
  if (min < low || min > high) throw invalid(`MINVALUE (${min}) is out of range for sequence data type ${typeName}`);
  if (max < low || max > high) throw invalid(`MAXVALUE (${max}) is out of range for sequence data type ${typeName}`);
  if (min >= max) throw invalid(`MINVALUE (${min}) must be less than MAXVALUE (${max})`);
  const start = c.start ?? base?.start ?? (increment > 0n ? min : max);
  if (start < min) throw invalid(`START value (${start}) cannot be less than MINVALUE (${min})`);
  if (start > max) throw invalid(`START value (${start}) cannot be greater than MAXVALUE (${max})`);
  const cache = c.cache ?? base?.cache ?? 1n;
  if (cache <= 0n) throw invalid(`CACHE (${cache}) must be greater than zero`);
  const options: SequenceOptions = { type, start, increment, min, max, cache, cycle: c.cycle ?? base?.cycle ?? false };
  if (base?.owned) options.owned = base.owned;
  return options;
}

function invalid(message: string): PgError {
  return new PgError(SqlState.invalidParameterValue, message);
}

/** nextval's step from the last value: the next one, wrapping round with CYCLE, else 2200H at a bound. */
export function nextSequenceValue(name: string, last: bigint, called: boolean, o: SequenceOptions): bigint {
  if (!called) return last;
  const next = last + o.increment;
  if (next > o.max || next < o.min) {
    const up = o.increment > 0n;
    if (o.cycle) return up ? o.min : o.max;
    throw new PgError(SqlState.sequenceGeneratorLimitExceeded, `nextval: reached ${up ? 'maximum' : 'minimum'} value of sequence "${name}" (${up ? o.max : o.min})`);
  }
  return next;
}

/** The draw of a serial or identity column's next value. */
export function drawSql(sequence: string): string {
  return `pg_seq_next(${quoteString(sequence)})`;
}
