/**
 * The text and CSV data formats of COPY, as PostgreSQL 15 reads and writes them. Pure: bytes in,
 * rows out (and rows in, lines out); the protocol layer owns the CopyData/CopyDone messages.
 *
 * The line reader and the field splitters follow copyfromparse.c closely, including its quirks
 * (the newline style is fixed by the first line; in text format '\.' anywhere ends the data), so
 * that input PostgreSQL accepts, rejects or reads a certain way fares the same here.
 */
import { isUtf8 } from 'node:buffer';
import { PgError, SqlState } from '../pg/errors.js';
import { invalidEncoding, utf8SequenceLength } from './frames.js';

export interface CopyOptions {
  format: 'text' | 'csv' | 'binary';
  delimiter: string;
  null: string;
  /** 'match' (COPY FROM): the header line must name the columns. */
  header: boolean | 'match';
  /** CSV only; '' in text format. */
  quote: string;
  /** CSV only; '' in text format. */
  escape: string;
  forceQuote?: string[] | '*';
  forceNotNull?: string[];
  forceNull?: string[];
}

/** COPY options as written in the statement; undefined means the option was not given. */
export interface CopyStatementOptions {
  format?: string;
  delimiter?: string;
  null?: string;
  header?: boolean | 'match';
  quote?: string;
  escape?: string;
  forceQuote?: string[] | '*';
  forceNotNull?: string[];
  forceNull?: string[];
  /** COPY FROM (true) or COPY TO (false); the FORCE_* direction checks need it. */
  isFrom?: boolean;
}

const INVALID_COLUMN_REFERENCE = '42P10';

/** ProcessCopyOptions: defaults and the checks, in PostgreSQL's order so the first error matches. */
export function copyOptionsFromStatement(opts: CopyStatementOptions): CopyOptions {
  const format = opts.format ?? 'text';
  if (format !== 'text' && format !== 'csv' && format !== 'binary') {
    throw new PgError(SqlState.invalidParameterValue, `COPY format "${format}" not recognized`);
  }
  const binary = format === 'binary';
  const csv = format === 'csv';
  if (binary && opts.delimiter !== undefined) {
    throw new PgError(SqlState.syntaxError, 'cannot specify DELIMITER in BINARY mode');
  }
  if (binary && opts.null !== undefined) {
    throw new PgError(SqlState.syntaxError, 'cannot specify NULL in BINARY mode');
  }

  const delimiter = opts.delimiter ?? (csv ? ',' : '\t');
  const nullString = opts.null ?? (csv ? '' : '\\N');
  const quote = opts.quote ?? '"';
  const escape = opts.escape ?? quote;

  if (Buffer.byteLength(delimiter) !== 1) {
    throw new PgError(SqlState.featureNotSupported, 'COPY delimiter must be a single one-byte character');
  }
  if (delimiter === '\r' || delimiter === '\n') {
    throw new PgError(SqlState.invalidParameterValue, 'COPY delimiter cannot be newline or carriage return');
  }
  if (nullString.includes('\r') || nullString.includes('\n')) {
    throw new PgError(
      SqlState.invalidParameterValue,
      'COPY null representation cannot use newline or carriage return',
    );
  }
  // Backslash sequences and digits mean something to the text reader, so they cannot separate fields.
  if (!csv && '\\.abcdefghijklmnopqrstuvwxyz0123456789'.includes(delimiter)) {
    throw new PgError(SqlState.invalidParameterValue, `COPY delimiter cannot be "${delimiter}"`);
  }
  if (binary && opts.header !== undefined && opts.header !== false) {
    throw new PgError(SqlState.featureNotSupported, 'cannot specify HEADER in BINARY mode');
  }
  if (opts.header === 'match' && opts.isFrom === false) {
    throw new PgError(SqlState.featureNotSupported, 'cannot use "match" with HEADER in COPY TO');
  }
  if (!csv && opts.quote !== undefined) {
    throw new PgError(SqlState.featureNotSupported, 'COPY quote available only in CSV mode');
  }
  if (csv && Buffer.byteLength(quote) !== 1) {
    throw new PgError(SqlState.featureNotSupported, 'COPY quote must be a single one-byte character');
  }
  if (csv && delimiter === quote) {
    throw new PgError(SqlState.invalidParameterValue, 'COPY delimiter and quote must be different');
  }
  if (!csv && opts.escape !== undefined) {
    throw new PgError(SqlState.featureNotSupported, 'COPY escape available only in CSV mode');
  }
  if (csv && Buffer.byteLength(escape) !== 1) {
    throw new PgError(SqlState.featureNotSupported, 'COPY escape must be a single one-byte character');
  }
  const forceQuote = opts.forceQuote === '*' || opts.forceQuote?.length ? opts.forceQuote : undefined;
  const forceNotNull = opts.forceNotNull?.length ? opts.forceNotNull : undefined;
  const forceNull = opts.forceNull?.length ? opts.forceNull : undefined;
  if (!csv && forceQuote) {
    throw new PgError(SqlState.featureNotSupported, 'COPY force quote available only in CSV mode');
  }
  if (forceQuote && opts.isFrom === true) {
    throw new PgError(SqlState.featureNotSupported, 'COPY force quote only available using COPY TO');
  }
  if (!csv && forceNotNull) {
    throw new PgError(SqlState.featureNotSupported, 'COPY force not null available only in CSV mode');
  }
  if (forceNotNull && opts.isFrom === false) {
    throw new PgError(SqlState.featureNotSupported, 'COPY force not null only available using COPY FROM');
  }
  if (!csv && forceNull) {
    throw new PgError(SqlState.featureNotSupported, 'COPY force null available only in CSV mode');
  }
  if (forceNull && opts.isFrom === false) {
    throw new PgError(SqlState.featureNotSupported, 'COPY force null only available using COPY FROM');
  }
  if (nullString.includes(delimiter)) {
    throw new PgError(
      SqlState.invalidParameterValue,
      'COPY delimiter must not appear in the NULL specification',
    );
  }
  if (csv && nullString.includes(quote)) {
    throw new PgError(
      SqlState.invalidParameterValue,
      'CSV quote character must not appear in the NULL specification',
    );
  }
  return {
    format: binary ? 'binary' : csv ? 'csv' : 'text',
    delimiter,
    null: nullString,
    header: opts.header ?? false,
    quote: csv ? quote : '',
    escape: csv ? escape : '',
    forceQuote,
    forceNotNull,
    forceNull,
  };
}

/**
 * BeginCopyFrom/BeginCopyTo's check that every FORCE_* column is one of the columns being copied.
 * The caller resolves the names against the table first (42703 is its error, not ours).
 */
export function checkForceColumns(opts: CopyOptions, columnNames: readonly string[]): void {
  const lists: [string[] | '*' | undefined, string][] = [
    [opts.forceQuote, 'FORCE_QUOTE'],
    [opts.forceNotNull, 'FORCE_NOT_NULL'],
    [opts.forceNull, 'FORCE_NULL'],
  ];
  for (const [list, option] of lists) {
    if (list === undefined || list === '*') continue;
    for (const name of list) {
      if (!columnNames.includes(name)) {
        throw new PgError(INVALID_COLUMN_REFERENCE, `${option} column "${name}" not referenced by COPY`);
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// COPY FROM

const LF = 0x0a;
const CR = 0x0d;
const BACKSLASH = 0x5c;
const DOT = 0x2e;

/** The newline style, fixed by the first line as PostgreSQL does. */
const EOL_UNKNOWN = 0;
const EOL_NL = 1;
const EOL_CR = 2;
const EOL_CRNL = 3;

/** readLine results. */
const NEED_DATA = 0;
const LINE = 1;
const END_MARKER = 2;

const INITIAL_CAPACITY = 64 * 1024;

function badFormat(message: string, hint?: string): PgError {
  return new PgError(SqlState.badCopyFileFormat, message, hint === undefined ? {} : { hint });
}

/** pg_utf8_islegal: also rejects overlong forms, surrogates and code points past U+10FFFF. */
function utf8Legal(b: Uint8Array, i: number, length: number): boolean {
  const lead = b[i]!;
  if (lead >= 0x80 && lead < 0xc2) return false;
  if (lead > 0xf4) return false;
  if (length === 1) return true;
  const second = b[i + 1]!;
  let lo = 0x80;
  let hi = 0xbf;
  if (lead === 0xe0) lo = 0xa0;
  else if (lead === 0xed) hi = 0x9f;
  else if (lead === 0xf0) lo = 0x90;
  else if (lead === 0xf4) hi = 0x8f;
  if (second < lo || second > hi) return false;
  for (let k = 2; k < length; k++) {
    const c = b[i + k]!;
    if (c < 0x80 || c > 0xbf) return false;
  }
  return true;
}

/** Offset of the first byte PostgreSQL's UTF8 verifier rejects (NUL included), or -1. */
function firstInvalidUtf8(b: Uint8Array, start: number, end: number): number {
  let i = start;
  while (i < end) {
    const c = b[i]!;
    if (c < 0x80) {
      if (c === 0) return i;
      i++;
      continue;
    }
    const length = utf8SequenceLength(c);
    if (length === 1 || i + length > end || !utf8Legal(b, i, length)) return i;
    i += length;
  }
  return -1;
}

function validUtf8(b: Uint8Array): boolean {
  return isUtf8(b) && !b.includes(0);
}

function isOctal(c: number): boolean {
  return c >= 0x30 && c <= 0x37;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

function forceFlags(
  list: string[] | undefined,
  columnNames: readonly string[] | undefined,
): boolean[] | null {
  if (list === undefined) return null;
  if (columnNames === undefined) throw new Error('COPY FORCE_NOT_NULL/FORCE_NULL need the column names');
  return columnNames.map((name) => list.includes(name));
}

export class CopyInParser {
  private readonly csv: boolean;
  private readonly delimiter: string;
  private readonly delimiterByte: number;
  private readonly nullString: string;
  private readonly nullBytes: Buffer;
  private readonly quoteByte: number;
  /** The CSV escape byte for the attribute splitter. */
  private readonly escapeByte: number;
  /** The CSV escape byte for the line reader: -1 when it equals the quote, which then just toggles. */
  private readonly lineEscapeByte: number;
  private readonly forceNotNull: boolean[] | null;
  private readonly forceNull: boolean[] | null;

  /** Unconsumed input is buf[pos, len); view is buf[0, len), so indexOf never sees stale bytes. */
  private buf = Buffer.allocUnsafe(INITIAL_CAPACITY);
  private view = this.buf.subarray(0, 0);
  private pos = 0;
  private len = 0;

  /** Resumable line-reader state, so a long line arriving in many chunks is scanned once. */
  private scan = 0;
  private inQuote = false;
  private lastWasEsc = false;
  /** The current line has a backslash (text) or a quote (CSV), so it needs the byte-wise splitter. */
  private special = false;
  private eol = EOL_UNKNOWN;
  private lineEnd = 0;

  /**
   * Where the next LF, CR and backslash/quote lie at or after the scan position (-1: none in the
   * buffer; -2: not looked up since the buffer changed). Caching them keeps the scan linear when
   * one of the bytes is rare.
   */
  private nextLf = -2;
  private nextCr = -2;
  private nextSpecial = -2;

  /** Bytes before this offset have been checked for UTF-8; badAt is the first bad byte or -1. */
  private checked = 0;
  private badAt = -1;

  private scratch = Buffer.allocUnsafe(256);
  private headerPending: boolean;
  private readonly matchesHeader: boolean;
  private ended = false;
  private endMarker = false;

  /** Lines read so far, the header's included, as COPY's CONTEXT counts them; and the current one's bytes. */
  private lines = 0;
  private lineStart = 0;
  /** Between reading a line and making it a row: the line is whole in the buffer. */
  private parsing = false;
  /** The line number of each row the last push() or end() returned. */
  rowLines: number[] = [];

  constructor(
    opts: CopyOptions,
    private readonly columnCount: number,
    private readonly columnNames?: readonly string[],
  ) {
    this.csv = opts.format === 'csv';
    this.delimiter = opts.delimiter;
    this.delimiterByte = opts.delimiter.charCodeAt(0);
    this.nullString = opts.null;
    this.nullBytes = Buffer.from(opts.null, 'utf8');
    this.quoteByte = this.csv ? opts.quote.charCodeAt(0) : -1;
    this.escapeByte = this.csv ? opts.escape.charCodeAt(0) : -1;
    this.lineEscapeByte = this.escapeByte === this.quoteByte ? -1 : this.escapeByte;
    this.headerPending = opts.header !== false;
    this.matchesHeader = opts.header === 'match';
    if (columnNames !== undefined) checkForceColumns(opts, columnNames);
    this.forceNotNull = this.csv ? forceFlags(opts.forceNotNull, columnNames) : null;
    this.forceNull = this.csv ? forceFlags(opts.forceNull, columnNames) : null;
  }

  /** True once the '\.' line has been read; PostgreSQL discards whatever follows it. */
  get sawEndMarker(): boolean {
    return this.endMarker;
  }

  push(chunk: Buffer): (string | null)[][] {
    if (this.endMarker || this.ended || chunk.length === 0) return [];
    const start = this.append(chunk);
    // A UTF-8 sequence cannot contain CR or LF, so everything up to the last one can be checked now.
    const lastNewline = Math.max(chunk.lastIndexOf(LF), chunk.lastIndexOf(CR));
    if (lastNewline >= 0) this.checkEncoding(start + lastNewline + 1);
    return this.drain(false);
  }

  end(): (string | null)[][] {
    if (this.endMarker || this.ended) return [];
    this.ended = true;
    this.checkEncoding(this.len);
    return this.drain(true);
  }

  /** Copies the chunk in (the caller may reuse its buffer) and returns where it landed. */
  private append(chunk: Buffer): number {
    const keep = this.len - this.pos;
    const needed = keep + chunk.length;
    if (needed > this.buf.length) {
      const grown = Buffer.allocUnsafe(Math.max(needed, this.buf.length * 2));
      this.buf.copy(grown, 0, this.pos, this.len);
      this.buf = grown;
      this.shift(this.pos);
    } else if (this.len + chunk.length > this.buf.length) {
      this.buf.copyWithin(0, this.pos, this.len);
      this.shift(this.pos);
    }
    const start = this.len;
    chunk.copy(this.buf, start);
    this.len += chunk.length;
    this.view = this.buf.subarray(0, this.len);
    this.forgetPositions();
    return start;
  }

  private shift(by: number): void {
    this.pos -= by;
    this.scan -= by;
    this.len -= by;
    this.checked = Math.max(0, this.checked - by);
    if (this.badAt >= 0) this.badAt -= by;
    this.forgetPositions();
  }

  private forgetPositions(): void {
    this.nextLf = this.nextCr = this.nextSpecial = -2;
  }

  private checkEncoding(upTo: number): void {
    if (upTo <= this.checked) return;
    if (this.badAt < 0) {
      const region = this.view.subarray(this.checked, upTo);
      if (!validUtf8(region)) this.badAt = firstInvalidUtf8(this.view, this.checked, upTo);
    }
    this.checked = upTo;
  }

  /** Bad bytes only fail the COPY once a line containing them is consumed, as in PostgreSQL. */
  private assertEncoded(upTo: number): void {
    if (this.badAt >= 0 && this.badAt < upTo) throw invalidEncoding(this.view, this.badAt, this.len);
  }

  /** The line being read when an error was thrown, for its CONTEXT: its number and its text. */
  currentLine(): { number: number; text?: string } {
    return this.parsing ? { number: this.lines, text: this.view.toString('utf8', this.lineStart, this.lineEnd) } : { number: this.lines + 1 };
  }

  private drain(eof: boolean): (string | null)[][] {
    const rows: (string | null)[][] = [];
    this.rowLines = [];
    while (!this.endMarker) {
      this.parsing = false;
      const lineStart = this.pos;
      const status = this.csv ? this.readCsvLine(eof) : this.readTextLine(eof);
      if (status === NEED_DATA) break;
      this.lines++;
      this.lineStart = lineStart;
      this.parsing = true;
      this.assertEncoded(this.lineEnd);
      const special = this.special;
      this.scan = this.pos;
      this.inQuote = false;
      this.lastWasEsc = false;
      this.special = false;
      if (status === END_MARKER) {
        this.endMarker = true;
        // In text format '\.' may follow data on the same line, which then still forms a row.
        if (this.headerPending || this.lineEnd === lineStart) break;
      } else if (this.headerPending) {
        this.headerPending = false;
        if (this.matchesHeader) this.matchHeader(lineStart, this.lineEnd, special);
        continue;
      }
      rows.push(this.parseLine(lineStart, this.lineEnd, special));
      this.rowLines.push(this.lines);
    }
    this.parsing = false;
    if (this.pos === this.len) {
      this.shift(this.pos);
      this.view = this.buf.subarray(0, 0);
    }
    return rows;
  }

  private findLf(from: number): number {
    let at = this.nextLf;
    if (at !== -1 && at < from) at = this.nextLf = this.view.indexOf(LF, from);
    return at;
  }

  private findCr(from: number): number {
    let at = this.nextCr;
    if (at !== -1 && at < from) at = this.nextCr = this.view.indexOf(CR, from);
    return at;
  }

  private findSpecial(from: number, byte: number): number {
    let at = this.nextSpecial;
    if (at !== -1 && at < from) at = this.nextSpecial = this.view.indexOf(byte, from);
    return at;
  }

  /** The unterminated rest of the input is a row at EOF, unless it is empty. */
  private finishAtEof(eof: boolean): number {
    this.scan = this.len;
    if (!eof || this.pos === this.len) return NEED_DATA;
    this.lineEnd = this.len;
    this.pos = this.len;
    return LINE;
  }

  /** CR/LF outside quotes at `at`: end the line, enforcing the newline style of the first line. */
  private newline(at: number, eof: boolean): number {
    const v = this.view;
    if (v[at] === LF) {
      if (this.eol === EOL_CR || this.eol === EOL_CRNL) {
        throw this.csv
          ? badFormat('unquoted newline found in data', 'Use quoted CSV field to represent newline.')
          : badFormat('literal newline found in data', 'Use "\\n" to represent newline.');
      }
      this.eol = EOL_NL;
      this.lineEnd = at;
      this.pos = at + 1;
      return LINE;
    }
    if (this.eol === EOL_UNKNOWN || this.eol === EOL_CRNL) {
      if (at + 1 >= this.len && !eof) {
        this.scan = at;
        return NEED_DATA;
      }
      if (at + 1 < this.len && v[at + 1] === LF) {
        this.eol = EOL_CRNL;
        this.lineEnd = at;
        this.pos = at + 2;
        return LINE;
      }
      if (this.eol === EOL_CRNL) throw this.literalCr();
      this.eol = EOL_CR;
    } else if (this.eol === EOL_NL) {
      throw this.literalCr();
    }
    this.lineEnd = at;
    this.pos = at + 1;
    return LINE;
  }

  private literalCr(): PgError {
    return this.csv
      ? badFormat(
          'unquoted carriage return found in data',
          'Use quoted CSV field to represent carriage return.',
        )
      : badFormat('literal carriage return found in data', 'Use "\\r" to represent carriage return.');
  }

  /**
   * A backslash-dot at `at`. Returns END_MARKER, NEED_DATA, or (CSV only, where '\.' can be data)
   * LINE to mean "not a marker, carry on". Bytes past EOF read as NUL, as in PostgreSQL.
   */
  private endOfCopy(at: number, eof: boolean): number {
    const v = this.view;
    let i = at + 2;
    if (this.eol === EOL_CRNL) {
      if (i >= this.len && !eof) return this.suspend(at);
      const c = i < this.len ? v[i]! : 0;
      i++;
      if (c === LF) {
        if (this.csv) return LINE;
        throw badFormat('end-of-copy marker does not match previous newline style');
      }
      if (c !== CR) {
        if (this.csv) return LINE;
        throw badFormat('end-of-copy marker corrupt');
      }
    }
    if (i >= this.len && !eof) return this.suspend(at);
    const c = i < this.len ? v[i]! : 0;
    if (c !== CR && c !== LF) {
      if (this.csv) return LINE;
      throw badFormat('end-of-copy marker corrupt');
    }
    if (
      ((this.eol === EOL_NL || this.eol === EOL_CRNL) && c !== LF) ||
      (this.eol === EOL_CR && c !== CR)
    ) {
      throw badFormat('end-of-copy marker does not match previous newline style');
    }
    this.lineEnd = at;
    this.pos = this.len;
    return END_MARKER;
  }

  private suspend(at: number): number {
    this.scan = at;
    return NEED_DATA;
  }

  /** CopyReadLineText, text format: a backslash protects the next byte, newlines included. */
  private readTextLine(eof: boolean): number {
    const v = this.view;
    let i = this.scan;
    for (;;) {
      const lf = this.findLf(i);
      const cr = this.findCr(i);
      const bs = this.findSpecial(i, BACKSLASH);
      let at = lf;
      if (cr >= 0 && (at < 0 || cr < at)) at = cr;
      if (bs >= 0 && (at < 0 || bs < at)) at = bs;
      if (at < 0) return this.finishAtEof(eof);
      if (v[at] !== BACKSLASH) return this.newline(at, eof);
      this.special = true;
      if (at + 1 >= this.len) {
        if (!eof) return this.suspend(at);
        // A trailing backslash at EOF ends the line; the field splitter drops it.
        return this.finishAtEof(eof);
      }
      if (v[at + 1] === DOT) return this.endOfCopy(at, eof);
      i = at + 2;
    }
  }

  /** CopyReadLineText, CSV format: newlines inside quotes are data; '\.' counts only alone on a line. */
  private readCsvLine(eof: boolean): number {
    const v = this.view;
    const quote = this.quoteByte;
    const escape = this.lineEscapeByte;
    let i = this.scan;
    if (i === this.pos && i < this.len && v[i] === BACKSLASH) {
      if (i + 1 >= this.len && !eof) return this.suspend(i);
      if (i + 1 < this.len && v[i + 1] === DOT) {
        const status = this.endOfCopy(i, eof);
        if (status !== LINE) return status;
      }
    }
    for (;;) {
      if (!this.inQuote) {
        const lf = this.findLf(i);
        const cr = this.findCr(i);
        const q = this.findSpecial(i, quote);
        let at = lf;
        if (cr >= 0 && (at < 0 || cr < at)) at = cr;
        if (q >= 0 && (at < 0 || q <= at)) at = q;
        if (at < 0) return this.finishAtEof(eof);
        if (v[at] !== quote) return this.newline(at, eof);
        this.special = true;
        this.inQuote = true;
        i = at + 1;
      } else if (escape < 0) {
        const q = this.findSpecial(i, quote);
        if (q < 0) return this.finishAtEof(eof);
        this.inQuote = false;
        i = q + 1;
      } else {
        // An escape protects a following quote, so this case goes byte by byte.
        let lastWasEsc = this.lastWasEsc;
        while (i < this.len) {
          const c = v[i++]!;
          if (c === escape) lastWasEsc = !lastWasEsc;
          if (c === quote && !lastWasEsc) {
            this.inQuote = false;
            break;
          }
          if (c !== escape) lastWasEsc = false;
        }
        this.lastWasEsc = lastWasEsc;
        if (this.inQuote) return this.finishAtEof(eof);
      }
    }
  }

  private parseLine(start: number, end: number, special: boolean): (string | null)[] {
    if (this.columnCount === 0) {
      // A table without columns still gets one (empty) line per row.
      if (end > start) throw badFormat('extra data after last expected column');
      return [];
    }
    const row = this.fields(start, end, special);
    if (row.length !== this.columnCount) throw this.columnCountError(row.length);
    if (this.forceNotNull !== null || this.forceNull !== null) this.applyForce(row);
    return row;
  }

  /** A line's fields, NULL where one is the null string. */
  private fields(start: number, end: number, special: boolean): (string | null)[] {
    if (!special) {
      const row: (string | null)[] = this.view.toString('utf8', start, end).split(this.delimiter);
      for (let k = 0; k < row.length; k++) if (row[k] === this.nullString) row[k] = null;
      return row;
    }
    // Unescaping and unquoting only shrink a field, so the line length bounds the output.
    if (this.scratch.length < end - start) {
      this.scratch = Buffer.allocUnsafe(Math.max(end - start, this.scratch.length * 2));
    }
    return this.csv ? this.splitCsv(start, end) : this.splitText(start, end);
  }

  /** HEADER MATCH: the header line names the columns, in the COPY's order (CopyFromStateData's checks). */
  private matchHeader(start: number, end: number, special: boolean): void {
    const names = this.columnNames ?? [];
    const fields = this.fields(start, end, special);
    if (fields.length !== names.length) throw badFormat(`wrong number of fields in header line: got ${fields.length}, expected ${names.length}`);
    fields.forEach((got, i) => {
      if (got === null) throw badFormat(`column name mismatch in header line field ${i + 1}: got null value ("${this.nullString}"), expected "${names[i]}"`);
      if (got !== names[i]) throw badFormat(`column name mismatch in header line field ${i + 1}: got "${got}", expected "${names[i]}"`);
    });
  }

  private columnCountError(fields: number): PgError {
    if (fields > this.columnCount) return badFormat('extra data after last expected column');
    const name = this.columnNames?.[fields] ?? `column${fields + 1}`;
    return badFormat(`missing data for column "${name}"`);
  }

  private applyForce(row: (string | null)[]): void {
    for (let k = 0; k < row.length; k++) {
      if (row[k] === null) {
        if (this.forceNotNull?.[k]) row[k] = this.nullString;
      } else if (this.forceNull?.[k] && row[k] === this.nullString) {
        row[k] = null;
      }
    }
  }

  /** The raw (still escaped or quoted) field matches the NULL string. */
  private rawIsNull(start: number, end: number): boolean {
    const length = end - start;
    return length === this.nullBytes.length && this.view.compare(this.nullBytes, 0, length, start, end) === 0;
  }

  /** CopyReadAttributesText. */
  private splitText(start: number, end: number): (string | null)[] {
    const v = this.view;
    const out = this.scratch;
    const delimiter = this.delimiterByte;
    const row: (string | null)[] = [];
    let i = start;
    for (;;) {
      const fieldStart = i;
      let rawEnd = i;
      let o = 0;
      let sawNonAscii = false;
      let foundDelimiter = false;
      for (;;) {
        rawEnd = i;
        if (i >= end) break;
        let c = v[i++]!;
        if (c === delimiter) {
          foundDelimiter = true;
          break;
        }
        if (c === BACKSLASH) {
          if (i >= end) break;
          c = v[i++]!;
          if (isOctal(c)) {
            let value = c - 0x30;
            if (i < end && isOctal(v[i]!)) {
              value = (value << 3) + v[i++]! - 0x30;
              if (i < end && isOctal(v[i]!)) value = (value << 3) + v[i++]! - 0x30;
            }
            c = value & 0xff;
            if (c === 0 || c >= 0x80) sawNonAscii = true;
          } else if (c === 0x78 /* x */) {
            const h1 = i < end ? hexValue(v[i]!) : -1;
            if (h1 >= 0) {
              i++;
              let value = h1;
              const h2 = i < end ? hexValue(v[i]!) : -1;
              if (h2 >= 0) {
                i++;
                value = (value << 4) + h2;
              }
              c = value;
              if (c === 0 || c >= 0x80) sawNonAscii = true;
            }
          } else if (c === 0x62 /* b */) c = 0x08;
          else if (c === 0x66 /* f */) c = 0x0c;
          else if (c === 0x6e /* n */) c = LF;
          else if (c === 0x72 /* r */) c = CR;
          else if (c === 0x74 /* t */) c = 0x09;
          else if (c === 0x76 /* v */) c = 0x0b;
        }
        out[o++] = c;
      }
      if (this.rawIsNull(fieldStart, rawEnd)) {
        row.push(null);
      } else {
        // Escapes can spell bytes the input check never saw.
        if (sawNonAscii && !validUtf8(out.subarray(0, o))) {
          throw invalidEncoding(out, firstInvalidUtf8(out, 0, o), o);
        }
        row.push(out.toString('utf8', 0, o));
      }
      if (!foundDelimiter) return row;
    }
  }

  /** CopyReadAttributesCSV. */
  private splitCsv(start: number, end: number): (string | null)[] {
    const v = this.view;
    const out = this.scratch;
    const delimiter = this.delimiterByte;
    const quote = this.quoteByte;
    const escape = this.escapeByte;
    const row: (string | null)[] = [];
    let i = start;
    for (;;) {
      const fieldStart = i;
      let rawEnd = i;
      let o = 0;
      let sawQuote = false;
      let foundDelimiter = false;
      field: for (;;) {
        for (;;) {
          rawEnd = i;
          if (i >= end) break field;
          const c = v[i++]!;
          if (c === delimiter) {
            foundDelimiter = true;
            break field;
          }
          if (c === quote) {
            sawQuote = true;
            break;
          }
          out[o++] = c;
        }
        for (;;) {
          rawEnd = i;
          if (i >= end) throw badFormat('unterminated CSV quoted field');
          const c = v[i++]!;
          if (c === escape && i < end) {
            const next = v[i]!;
            if (next === escape || next === quote) {
              out[o++] = next;
              i++;
              continue;
            }
          }
          if (c === quote) break;
          out[o++] = c;
        }
      }
      row.push(!sawQuote && this.rawIsNull(fieldStart, rawEnd) ? null : out.toString('utf8', 0, o));
      if (!foundDelimiter) return row;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// COPY TO

interface Formatter {
  /** A value that needs escaping (text) or quoting (CSV). */
  needs: RegExp;
  /** Text: the bytes to escape. CSV: the bytes to double inside quotes. */
  escapable: RegExp;
}

const formatters = new WeakMap<CopyOptions, Formatter>();

function classChar(ch: string): string {
  return '\\x' + ch.charCodeAt(0).toString(16).padStart(2, '0');
}

function formatterFor(opts: CopyOptions): Formatter {
  let f = formatters.get(opts);
  if (f === undefined) {
    const chars =
      opts.format === 'csv'
        ? `${classChar(opts.delimiter)}${classChar(opts.quote)}\\n\\r`
        : `\\\\\\n\\r\\t\\x08\\f\\v${classChar(opts.delimiter)}`;
    const escapable =
      opts.format === 'csv' ? `[${classChar(opts.quote)}${classChar(opts.escape)}]` : `[${chars}]`;
    f = { needs: new RegExp(`[${chars}]`), escapable: new RegExp(escapable, 'g') };
    formatters.set(opts, f);
  }
  return f;
}

/** CopyAttributeOutText: control characters get their C-like letter, so CR/LF never appear raw. */
function textEscape(ch: string): string {
  switch (ch) {
    case '\\':
      return '\\\\';
    case '\n':
      return '\\n';
    case '\r':
      return '\\r';
    case '\t':
      return '\\t';
    case '\b':
      return '\\b';
    case '\f':
      return '\\f';
    case '\v':
      return '\\v';
    default:
      return '\\' + ch;
  }
}

function textField(value: string, f: Formatter): string {
  return f.needs.test(value) ? value.replace(f.escapable, textEscape) : value;
}

/** CopyAttributeOutCSV. */
function csvField(value: string, opts: CopyOptions, f: Formatter, force: boolean, single: boolean): string {
  if (
    force ||
    value === opts.null ||
    // Alone on a line, an unquoted \. would read back as the end marker.
    (single && value === '\\.') ||
    f.needs.test(value)
  ) {
    const escape = opts.escape;
    return opts.quote + value.replace(f.escapable, (ch) => escape + ch) + opts.quote;
  }
  return value;
}

/**
 * One data line, '\n'-terminated. `columnNames` is needed only to apply a FORCE_QUOTE column list
 * (check it first with checkForceColumns).
 */
export function formatCopyRow(
  values: readonly (string | null)[],
  opts: CopyOptions,
  columnNames?: readonly string[],
): string {
  const f = formatterFor(opts);
  const csv = opts.format === 'csv';
  const forceQuote = opts.forceQuote;
  const single = values.length === 1;
  let line = '';
  for (let k = 0; k < values.length; k++) {
    if (k > 0) line += opts.delimiter;
    const value = values[k];
    if (value === null) {
      line += opts.null;
    } else if (!csv) {
      line += textField(value, f);
    } else {
      const force =
        forceQuote === '*' ||
        (forceQuote !== undefined && columnNames !== undefined && forceQuote.includes(columnNames[k]!));
      line += csvField(value, opts, f, force, single);
    }
  }
  return line + '\n';
}

/** The HEADER line: column names formatted like values, never forced into quotes. */
export function formatCopyHeader(columns: readonly string[], opts: CopyOptions): string {
  const f = formatterFor(opts);
  const single = columns.length === 1;
  const fields = columns.map((name) =>
    opts.format === 'csv' ? csvField(name, opts, f, false, single) : textField(name, f),
  );
  return fields.join(opts.delimiter) + '\n';
}
