/**
 * COPY on the wire: COPY FROM STDIN takes the client's CopyData, parses rows and inserts them in
 * batches; COPY TO STDOUT runs the query and sends its rows as CopyData. The text and CSV formats
 * themselves are copy-format.ts, the binary format copy-binary.ts.
 */
import * as msg from './backend-messages.js';
import { asPgError } from './as-pg-error.js';
import { BINARY_COPY_TRAILER, BinaryCopyInParser, binaryCopyHeader, binaryCopyRow } from './copy-binary.js';
import { CopyInParser, checkForceColumns, copyOptionsFromStatement, formatCopyHeader, formatCopyRow, type CopyOptions } from './copy-format.js';
import { BodyReader, WRITE_HIGH_WATER, type FrontendMessage, type MessageWriter } from './frames.js';
import { decodeText } from './param-values.js';
import { encodedType, resultColumns } from './results.js';
import { PgError, SqlState } from '../pg/errors.js';
import { decodeBytes, type Encoding } from '../pg/encodings.js';
import { assert } from '../lib/assert.js';
import { parseBoolText } from '../pg/types/bool.js';
import type { TextEncoder } from '../pg/types/text-format.js';
import { OID, typeFromDeclared, type PgTypeInfo, type SqliteValue } from '../pg/types/registry.js';
import { storeValue } from '../pg/coerce.js';
import { displayText } from '../pg/types/numeric.js';
import { isDisplayColumn } from '../dialect/catalog/numeric-display.js';
import { translate, type Translation } from '../dialect/translate/translate.js';
import { quoteIdent } from '../dialect/sqlite-quote.js';
import type { TranslatorSchema } from '../dialect/translate/schema.js';
import type { SessionContext } from '../dialect/plan.js';
import type { RunOptions, Session } from '../cluster/session.js';

/** What COPY needs of the connection. */
export interface CopyHost {
  readonly session: Pick<Session, 'inTransaction' | 'begin' | 'end' | 'describe' | 'insertRows' | 'exec'>;
  readonly out: MessageWriter;
  /** The schema statements are translated against now. */
  schema(): TranslatorSchema;
  ctx(): SessionContext;
  runOptions(): RunOptions;
  /** The session's text output functions. */
  textEncoder(): TextEncoder;
  /** `fn` (synchronous) run in the session's TimeZone: COPY FROM reads timestamptz fields without an offset in it. */
  inTimeZone<T>(fn: () => T): T;
  flush(): void;
  /** Sends what is buffered and waits while the socket is full. */
  flushAndWait(): Promise<void>;
}

/** How a COPY FROM STDIN ended; the connection reports it. */
export interface CopyInResult {
  count: number;
  failed: PgError | null;
  /**
   * A message of another kind came: PostgreSQL refuses it before reading its body, so it no longer
   * knows where the next message starts, and ends the session.
   */
  desynchronized: boolean;
}

const COPY_BATCH_ROWS = 2000;

/**
 * Starts a COPY. COPY TO runs to its end here (null); COPY FROM STDIN sends CopyInResponse and
 * returns the CopyIn that takes the client's messages until CopyDone or CopyFail.
 */
export async function startCopy(host: CopyHost, t: Translation, params: SqliteValue[], simple: boolean): Promise<CopyIn | null> {
  const spec = t.copy!;
  const options = copyOptions(t);
  if (!spec.from) {
    await copyOut(host, t, options, params);
    return null;
  }
  // The session's temporary table of that name, if any, as in PostgreSQL's search path (public's
  // that one hides is named so: TranslatorSchema.publicRelation).
  const found = spec.schema === null ? host.schema().lookupTable(spec.table) : undefined;
  const table = found?.sqlName ?? spec.table;
  const { names, types } = await copyColumns(host, table, spec.columns, host.schema().describeTemps(found?.temp ?? false));
  // Serial and identity columns the COPY leaves out draw from their sequences, row by row.
  const drawn = (spec.draws ?? []).filter((d) => !names.includes(d.column));
  // An unconstrained numeric's display text (dialect/catalog/numeric-display.ts) goes beside it.
  // A numeric[]'s display column is left NULL: its values print as stored.
  const displays = names.flatMap((n, i) => {
    const column = host.schema().lookupTable(spec.table)?.column(n);
    return column?.display !== undefined && column.type.oid === OID.numeric ? [{ at: i, column: column.display }] : [];
  });
  const written = [...names, ...displays.map((d) => d.column)];
  const target = `${quoteIdent(table)} (${[...written, ...drawn.map((d) => d.column)].map(quoteIdent).join(', ')})`;
  const values = [...written.map(() => '?'), ...drawn.map((d) => d.sql)];
  const where = spec.where;
  // With WHERE, each row is made whole first (its serial drawn, as PostgreSQL draws it for a row
  // the condition then drops), the condition's parameters being the row's fields again.
  const insertSql = where
    ? `WITH r AS MATERIALIZED (SELECT ${[...values.map((v, i) => `${v} AS c${i}`), `${where.step.sql} AS keep`].join(', ')}) INSERT INTO ${target} SELECT ${values.map((_, i) => `c${i}`).join(', ')} FROM r WHERE keep`
    : `INSERT INTO ${target} VALUES (${values.join(', ')})`;
  const ownTransaction = !host.session.inTransaction;
  if (ownTransaction) host.session.begin();
  const binary = options.format === 'binary';
  const oids = types.map((t) => t.oid);
  const shown = displays.map((d) => d.at);
  const encoding = host.out.encoding;
  const parsed = binary
    ? assigned(new BinaryCopyInParser(oids, shown), types)
    : decodedRows(new CopyInParser(options, names.length, names), spec.table, names, types, host, shown, encoding);
  const rows = where ? withConditionArgs(parsed, where.step.params.map((n) => fieldIndex(names, where.columns[n - 1]!))) : parsed;
  const copy = new CopyIn(host, rows, table, spec.table, insertSql, ownTransaction, simple);
  msg.copyResponse(host.out, 'G', names.length, binary);
  host.flush();
  return copy;
}

function copyOptions(t: Translation): CopyOptions {
  const o = t.copy!.options;
  return copyOptionsFromStatement({
    format: o.format as string | undefined,
    delimiter: o.delimiter as string | undefined,
    null: o.null as string | undefined,
    header: o.header !== undefined ? headerChoice(o.header) : undefined,
    quote: o.quote as string | undefined,
    escape: o.escape as string | undefined,
    forceQuote: o.force_quote === true ? '*' : columnList(o.force_quote),
    forceNotNull: columnList(o.force_not_null),
    forceNull: columnList(o.force_null),
    isFrom: t.copy!.from,
  });
}

/** HEADER's value, as defGetCopyHeaderChoice reads it: a Boolean (parse_bool's spellings) or MATCH. */
function headerChoice(v: string | boolean): boolean | 'match' {
  if (typeof v === 'boolean') return v;
  const word = v.toLowerCase();
  if (word === 'match') return 'match';
  const parsed = parseBoolText(word);
  if (parsed === undefined) throw new PgError(SqlState.syntaxError, 'header requires a Boolean value or "match"');
  return parsed;
}

/** FORCE_QUOTE (a, b) and its kin: the translator joins the list's names with commas. */
function columnList(v: string | boolean | undefined): string[] | undefined {
  return typeof v === 'string' ? v.split(',') : undefined;
}

/** The table's columns (or the listed ones) with their declared types; `temps`: TranslatorSchema.describeTemps. */
async function copyColumns(host: CopyHost, table: string, columns: string[] | null, temps: string[]): Promise<{ names: string[]; types: PgTypeInfo[] }> {
  const list = columns ? columns.map(quoteIdent).join(', ') : '*';
  const described = await host.session.describe([{ sql: `SELECT ${list} FROM ${quoteIdent(table)}`, params: [] }], host.ctx(), temps);
  // A numeric's display column is no column of the table's to its clients.
  const cols = (described.columns ?? []).filter((c) => !isDisplayColumn(c.name));
  return { names: cols.map((c) => c.name), types: cols.map((c) => typeFromDeclared(c.declType)) };
}

/** COPY FROM's data as rows of values to insert. */
interface CopyRows {
  push(chunk: Buffer): SqliteValue[][];
  end(): SqliteValue[][];
  /** The line of each row the last push() or end() returned, as CONTEXT counts lines; absent: rows are numbered (binary). */
  lines?(): number[];
}

/**
 * The text and CSV formats' fields read by the columns' input functions and assigned to their
 * types; an error names where in the data it happened, as PostgreSQL's CONTEXT does. `shown`: the
 * fields of numerics that keep their display scale, whose decimal texts follow the row's fields.
 */
function decodedRows(parser: CopyInParser, table: string, names: string[], types: PgTypeInfo[], host: CopyHost, shown: number[], encoding: Encoding | null): CopyRows {
  const field = (v: string | null, i: number, line: number): [SqliteValue, SqliteValue] => {
    try {
      const decoded = v === null ? null : decodeText(v, types[i]!.oid, shown.includes(i));
      return [storeValue(decoded, types[i]!.oid, types[i]!.typmod), decoded];
    } catch (err) {
      throw inContext(err, `COPY ${table}, line ${line}, column ${names[i]}: ${v === null ? 'null input' : `"${printout(v)}"`}`);
    }
  };
  const decode = (rows: (string | null)[][]) =>
    host.inTimeZone(() =>
      rows.map((row, r) => {
        const fields = row.map((v, i) => field(v, i, parser.rowLines[r]!));
        // Pushed: a row made by map() has holes as V8 sees it, and would cross to every replica as a sparse array.
        const values: SqliteValue[] = [];
        for (const f of fields) values.push(f[0]);
        for (const i of shown) values.push(displayText(fields[i]![1]!));
        return values;
      }),
    );
  const read = (next: () => (string | null)[][]) => {
    try {
      return next();
    } catch (err) {
      const line = parser.currentLine();
      throw inContext(err, `COPY ${table}, line ${line.number}${line.text === undefined ? '' : `: "${printout(line.text)}"`}`);
    }
  };
  // A single-byte encoding's chunk converts on its own: no character spans two chunks.
  const utf8 = (chunk: Buffer) => (encoding ? Buffer.from(decodeBytes(chunk, encoding), 'utf8') : chunk);
  return { push: (chunk) => decode(read(() => parser.push(utf8(chunk)))), end: () => decode(read(() => parser.end())), lines: () => parser.rowLines };
}

/** An error with COPY's CONTEXT line added. */
function inContext(err: unknown, where: string): unknown {
  return err instanceof PgError ? new PgError(err.code, err.message, { ...err.fields, where }) : err;
}

/** limit_printout_length: a value or line in a CONTEXT shows its first 100 bytes. */
function printout(s: string): string {
  const bytes = Buffer.from(s, 'utf8');
  if (bytes.length <= 100) return s;
  let end = 100;
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--;
  return bytes.toString('utf8', 0, end) + '...';
}

/** Each value as INSERT assigns it to its column's type (pg_store): varchar(n)'s length, numeric(p,s)'s precision; display texts as they are. */
function assigned(rows: CopyRows, types: PgTypeInfo[]): CopyRows {
  // Pushed, as decodedRows' rows are.
  return eachRow(rows, (row) => {
    const out: SqliteValue[] = [];
    for (const [i, v] of row.entries()) out.push(i < types.length ? storeValue(v, types[i]!.oid, types[i]!.typmod) : v);
    return out;
  });
}

/** `rows` with `f` made of each row, their lines kept. */
function eachRow(rows: CopyRows, f: (row: SqliteValue[]) => SqliteValue[]): CopyRows {
  return { push: (chunk) => rows.push(chunk).map(f), end: () => rows.end().map(f), lines: rows.lines };
}

/** Where a column the WHERE condition names is among the fields. */
function fieldIndex(names: string[], column: string): number {
  const at = names.indexOf(column);
  assert(at >= 0, () => `COPY's WHERE names ${column}, which is none of its fields (${names.join(', ')})`);
  return at;
}

/** Each row followed by the fields the WHERE condition's parameters take, in their order. */
function withConditionArgs(rows: CopyRows, fields: number[]): CopyRows {
  return eachRow(rows, (row) => {
    const out = row.slice();
    for (const at of fields) out.push(row[at]!);
    return out;
  });
}

/** A COPY FROM STDIN in progress. */
export class CopyIn {
  private count = 0;
  private pending: SqliteValue[][] = [];
  /** The line each pending row came from, for the CONTEXT of a row the table refuses. */
  private pendingLines: number[] = [];
  private rowsRead = 0;
  private failed: PgError | null = null;
  private desynchronized = false;

  constructor(
    private readonly host: CopyHost,
    private readonly parser: CopyRows,
    private readonly table: string,
    /** The table as the COPY names it, for CONTEXT lines. */
    private readonly name: string,
    private readonly insertSql: string,
    /** The COPY opened a transaction of its own, to be all-or-nothing outside a transaction block. */
    private readonly ownTransaction: boolean,
    /** Started by a simple Query, which ends with ReadyForQuery; in the extended protocol Sync does. */
    readonly simple: boolean,
  ) {}

  /** One message from the client; the result once the COPY has ended. */
  async onMessage(m: FrontendMessage): Promise<CopyInResult | null> {
    switch (m.type) {
      case 'd':
        if (this.failed) return null;
        try {
          this.add(this.parser.push(m.body));
          if (this.pending.length >= COPY_BATCH_ROWS) await this.insertPending();
        } catch (err) {
          this.failed = asPgError(err);
        }
        return null;
      case 'c':
        if (!this.failed) {
          try {
            this.add(this.parser.end());
            await this.insertPending();
          } catch (err) {
            this.failed = asPgError(err);
          }
        }
        return this.finish();
      case 'f':
        this.failed ??= new PgError(SqlState.queryCanceled, `COPY from stdin failed: ${new BodyReader(m.body, this.host.out.encoding).cstring()}`);
        return this.finish();
      case 'H':
      case 'S':
        return null;
      default:
        this.failed ??= new PgError(SqlState.protocolViolation, `unexpected message type 0x${m.type.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')} during COPY from stdin`);
        this.desynchronized = true;
        return this.finish();
    }
  }

  private add(rows: SqliteValue[][]): void {
    const lines = this.parser.lines?.();
    rows.forEach((row, i) => {
      this.pending.push(row);
      this.pendingLines.push(lines ? lines[i]! : this.rowsRead + i + 1);
    });
    this.rowsRead += rows.length;
  }

  private async insertPending(): Promise<void> {
    if (!this.pending.length) return;
    const [rows, lines] = [this.pending, this.pendingLines];
    this.pending = [];
    this.pendingLines = [];
    try {
      const result = await this.host.session.insertRows(this.table, this.insertSql, rows, this.host.runOptions());
      this.count += result.changes;
    } catch (err) {
      const row = err instanceof PgError ? err.fields.row : undefined;
      throw row === undefined ? err : inContext(err, `COPY ${this.name}, line ${lines[row]}`);
    }
  }

  private async finish(): Promise<CopyInResult> {
    if (this.ownTransaction) await this.host.session.end(this.failed ? 'rollback' : 'commit', this.host.ctx());
    return { count: this.count, failed: this.failed, desynchronized: this.desynchronized };
  }
}

async function copyOut(host: CopyHost, t: Translation, options: CopyOptions, params: SqliteValue[]): Promise<void> {
  const spec = t.copy!;
  const out = host.out;
  // The rows to copy, as the query the mixer can read conflict keys from.
  const query: Translation = spec.query
    ? { ...t, kind: 'query', steps: [spec.query], node: t.node.CopyStmt.query }
    : translate(`SELECT ${spec.columns ? spec.columns.map(quoteIdent).join(', ') : '*'} FROM ${spec.schema === null ? '' : `${quoteIdent(spec.schema)}.`}${quoteIdent(spec.table)}`, host.schema())[0]!;
  const result = await host.session.exec(query, params, host.runOptions());
  // A table's columns are typed by its select's translation: a numeric printed with its display
  // text is an expression SQLite gives no declared type.
  const columns = resultColumns(spec.query ? spec.queryColumns : (query.columns ?? null), result.columns ?? [], result.rows);
  const binary = options.format === 'binary';
  msg.copyResponse(out, 'H', columns.length, binary);
  // As PostgreSQL cuts them: the binary header goes in the first row's CopyData (or the
  // trailer's), which psycopg 3 expects; a text header line is a CopyData of its own.
  let header = binary ? binaryCopyHeader() : null;
  const withHeader = (data: Buffer): Buffer => {
    const first = header ? Buffer.concat([header, data]) : data;
    header = null;
    return first;
  };
  if (options.header) msg.copyData(out, formatCopyHeader(columns.map((c) => c.name), options));
  const types = columns.map(encodedType);
  const names = columns.map((c) => c.name);
  if (!binary) checkForceColumns(options, names);
  const text = host.textEncoder();
  let count = 0;
  const send = async (rows: SqliteValue[][]): Promise<void> => {
    for (const row of rows) {
      msg.copyData(out, binary ? withHeader(binaryCopyRow(row, types)) : formatCopyRow(row.map((v, i) => text(v, types[i]!.oid, types[i]!.typmod)), options, names));
      if (out.length > WRITE_HIGH_WATER) await host.flushAndWait();
    }
    count += rows.length;
  };
  // A large result comes a chunk at a time (result.rest), each asked for once the last is sent.
  try {
    await send(result.rows);
    for (let rows = await result.rest?.next(); rows; rows = await result.rest!.next()) await send(rows);
  } finally {
    result.rest?.close();
  }
  if (binary) msg.copyData(out, withHeader(BINARY_COPY_TRAILER));
  msg.empty(out, 'c');
  msg.commandComplete(out, `COPY ${count}`);
}
