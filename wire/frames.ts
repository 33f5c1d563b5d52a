/**
 * Framing of the PostgreSQL v3 protocol, server side: split the client's byte stream into
 * messages (with a size bound) and build backend messages.
 */
import { isUtf8 } from 'node:buffer';
import { PgError, SqlState } from '../pg/errors.js';
import { decodeBytes, type Encoding, encodeString } from '../pg/encodings.js';

export const PROTOCOL_3_0 = 196608;
export const SSL_REQUEST = 80877103;
export const GSSENC_REQUEST = 80877104;
export const CANCEL_REQUEST = 80877102;
/** PostgreSQL's MAX_STARTUP_PACKET_LENGTH: a client not yet authenticated cannot make the server buffer more. */
export const MAX_STARTUP_PACKET = 10_000;
/** PostgreSQL's PG_MAX_AUTH_TOKEN_LENGTH: the longest message a client may send while authenticating. */
export const MAX_AUTH_MESSAGE = 65_535;

/** A message longer than this is received into a buffer of its own size. */
const LARGE_MESSAGE = 1 << 20;

export interface FrontendMessage {
  /** Message type byte as a character; '' for the untyped startup-phase packets. */
  type: string;
  body: Buffer;
}

/**
 * Accumulates socket chunks and yields whole messages. Before startup completes, packets have no
 * type byte. A declared length beyond `maxMessageSize` is refused before its body is buffered, so a
 * client cannot make the server allocate what it claims.
 */
export class MessageReader {
  private chunks: Buffer[] = [];
  private buffered = 0;
  /** A large message being received, in a buffer of its size: chunks then a copy of them would hold it twice. */
  private partial: { buf: Buffer; filled: number; type: string; header: number } | null = null;
  startupPhase = true;
  /** Until set, a message is bounded by MAX_AUTH_MESSAGE, so a client that never authenticates cannot make the server buffer more. */
  authenticated = false;

  constructor(private readonly maxMessageSize: number) {}

  push(chunk: Buffer): void {
    this.buffered += chunk.length;
    const p = this.partial;
    if (!p) {
      this.chunks.push(chunk);
      return;
    }
    const n = Math.min(chunk.length, p.buf.length - p.filled);
    chunk.copy(p.buf, p.filled, 0, n);
    p.filled += n;
    if (n < chunk.length) this.chunks.push(chunk.subarray(n));
  }

  /** Next complete message, or undefined when more bytes are needed. Throws 08P01/54000 on bad framing. */
  next(): FrontendMessage | undefined {
    const p = this.partial;
    if (p) {
      if (p.filled < p.buf.length) return undefined;
      this.partial = null;
      this.buffered -= p.buf.length;
      return { type: p.type, body: p.buf.subarray(p.header) };
    }
    const header = this.startupPhase ? 4 : 5;
    if (this.buffered < header) return undefined;
    const head = this.peek(header);
    const type = this.startupPhase ? '' : String.fromCharCode(head[0]!);
    const length = head.readInt32BE(this.startupPhase ? 0 : 1);
    const minLength = this.startupPhase ? 8 : 4;
    if (length < minLength) {
      throw new PgError(SqlState.protocolViolation, `invalid message length ${length}`);
    }
    if (this.startupPhase && length > MAX_STARTUP_PACKET) {
      throw new PgError(SqlState.protocolViolation, 'invalid length of startup packet', { severity: 'FATAL' });
    }
    if (!this.authenticated && length > MAX_AUTH_MESSAGE) {
      throw new PgError(SqlState.protocolViolation, 'invalid message length', { severity: 'FATAL' });
    }
    if (length > this.maxMessageSize) {
      throw new PgError(SqlState.programLimitExceeded, `message of ${length} bytes exceeds the limit of ${this.maxMessageSize} bytes`);
    }
    const total = length + (this.startupPhase ? 0 : 1);
    if (this.buffered < total) {
      if (total > LARGE_MESSAGE) {
        const buf = Buffer.allocUnsafe(total);
        let at = 0;
        for (const c of this.chunks) at += c.copy(buf, at);
        this.chunks = [];
        this.partial = { buf, filled: at, type, header };
      }
      return undefined;
    }
    const all = this.take(total);
    return { type, body: all.subarray(header) };
  }

  /**
   * What the client sent after the last message taken, as far as it has arrived: 'sync' when a
   * Sync (or a simple Query, which ends a pipeline's transaction too) comes before any Execute,
   * 'execute' when an Execute does, null when neither has arrived.
   */
  pipelineAhead(): 'sync' | 'execute' | null {
    if (this.partial) return this.partial.type === 'E' ? 'execute' : this.partial.type === 'S' || this.partial.type === 'Q' ? 'sync' : null;
    if (this.buffered === 0) return null;
    const all = this.peek(this.buffered);
    for (let at = 0; at < all.length; at += 1 + all.readInt32BE(at + 1)) {
      const type = String.fromCharCode(all[at]!);
      if (type === 'S' || type === 'Q') return 'sync';
      if (type === 'E') return 'execute';
      if (at + 5 > all.length || all.readInt32BE(at + 1) < 4) return null;
    }
    return null;
  }

  private peek(n: number): Buffer {
    if (this.chunks[0]!.length >= n) return this.chunks[0]!;
    this.chunks = [Buffer.concat(this.chunks)];
    return this.chunks[0]!;
  }

  private take(n: number): Buffer {
    let first = this.chunks[0]!;
    if (first.length < n) {
      first = Buffer.concat(this.chunks);
      this.chunks = [first];
    }
    const out = first.subarray(0, n);
    if (first.length === n) this.chunks.shift();
    else this.chunks[0] = first.subarray(n);
    this.buffered -= n;
    return out;
  }
}

/** Reads the fields of one frontend message body. Running past the end is a protocol violation. */
export class BodyReader {
  private offset = 0;
  /** `encoding`: the client's, where its text is converted (client_encoding), else null. */
  constructor(private readonly buf: Buffer, private readonly encoding: Encoding | null = null) {}

  int16(): number {
    this.need(2);
    const v = this.buf.readInt16BE(this.offset);
    this.offset += 2;
    return v;
  }

  /** A count (of parameters, formats): PostgreSQL reads these 16 bits unsigned. */
  uint16(): number {
    this.need(2);
    const v = this.buf.readUInt16BE(this.offset);
    this.offset += 2;
    return v;
  }

  int32(): number {
    this.need(4);
    const v = this.buf.readInt32BE(this.offset);
    this.offset += 4;
    return v;
  }

  byte(): number {
    this.need(1);
    return this.buf[this.offset++]!;
  }

  /** A NUL-terminated string, which must be valid UTF-8 (the server encoding) as PostgreSQL checks. */
  cstring(): string {
    const end = this.buf.indexOf(0, this.offset);
    if (end < 0) throw new PgError(SqlState.protocolViolation, 'invalid string in message');
    const s = clientText(this.buf.subarray(this.offset, end), this.encoding);
    this.offset = end + 1;
    return s;
  }

  bytes(n: number): Buffer {
    this.need(n);
    const b = this.buf.subarray(this.offset, this.offset + n);
    this.offset += n;
    return b;
  }

  rest(): Buffer {
    const b = this.buf.subarray(this.offset);
    this.offset = this.buf.length;
    return b;
  }

  get remaining(): number {
    return this.buf.length - this.offset;
  }

  /** The message must end here (a Query string with a NUL inside it does not). */
  end(): void {
    if (this.offset !== this.buf.length) throw new PgError(SqlState.protocolViolation, 'invalid message format');
  }

  private need(n: number): void {
    if (this.offset + n > this.buf.length) {
      throw new PgError(SqlState.protocolViolation, 'insufficient data left in message');
    }
  }
}

/** PostgreSQL's report of bytes that are not UTF-8: the offending sequence, in hex. */
export function invalidUtf8(raw: Buffer): PgError {
  // Decoding replaces each bad sequence by U+FFFD; a U+FFFD the client really sent is skipped.
  const text = raw.toString('utf8');
  let at = 0;
  let counted = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) {
    at += Buffer.byteLength(text.slice(counted, i));
    counted = i;
    if (!(raw[at] === 0xef && raw[at + 1] === 0xbf && raw[at + 2] === 0xbd)) break;
  }
  return invalidEncoding(raw, at, raw.length);
}

/** pg_utf_mblen: a UTF-8 sequence's length by its first byte (1 for a byte none starts with). */
export function utf8SequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if ((lead & 0xe0) === 0xc0) return 2;
  if ((lead & 0xf0) === 0xe0) return 3;
  if ((lead & 0xf8) === 0xf0) return 4;
  return 1;
}

/** report_invalid_encoding: the bytes of the offending character, as far as they go. */
export function invalidEncoding(b: Uint8Array, at: number, end: number): PgError {
  const count = Math.min(utf8SequenceLength(b[at]!), end - at, 8);
  const bytes: string[] = [];
  for (let k = 0; k < count; k++) bytes.push('0x' + b[at + k]!.toString(16).padStart(2, '0'));
  return new PgError(
    SqlState.characterNotInRepertoire,
    `invalid byte sequence for encoding "UTF8": ${bytes.join(' ')}`,
  );
}

/** Bytes the client sent as text (a parameter value): UTF-8 without NUL, or 22021 as in PostgreSQL. */
export function utf8Text(raw: Buffer): string {
  if (!isUtf8(raw)) throw invalidUtf8(raw);
  const nul = raw.indexOf(0);
  if (nul >= 0) throw invalidUtf8(raw.subarray(nul));
  return raw.toString('utf8');
}

/** Bytes the client sent as text in its client_encoding (null: UTF-8, the database's). */
export function clientText(raw: Buffer, encoding: Encoding | null): string {
  return encoding ? decodeBytes(raw, encoding) : utf8Text(raw);
}

/** Buffered output beyond which a long result (rows, COPY TO) waits for the socket to drain. */
export const WRITE_HIGH_WATER = 256 * 1024;

/**
 * Builds backend messages into one growing buffer, so a whole response (RowDescription, many
 * DataRows, CommandComplete, ReadyForQuery) leaves in a single socket write.
 */
export class MessageWriter {
  private buf: Buffer;
  private pos = 0;
  private start = -1;
  /** The client's encoding where its text is converted (client_encoding), else null: UTF-8. */
  encoding: Encoding | null = null;

  constructor(initial = 4096) {
    this.buf = Buffer.allocUnsafe(initial);
  }

  get length(): number {
    return this.pos;
  }

  begin(type: string): this {
    this.ensure(5);
    this.start = this.pos;
    this.buf[this.pos] = type.charCodeAt(0);
    this.pos += 5;
    return this;
  }

  end(): this {
    this.buf.writeInt32BE(this.pos - this.start - 1, this.start + 1);
    this.start = -1;
    return this;
  }

  int16(v: number): this {
    this.ensure(2);
    this.buf.writeInt16BE(v, this.pos);
    this.pos += 2;
    return this;
  }

  int32(v: number): this {
    this.ensure(4);
    this.buf.writeInt32BE(v, this.pos);
    this.pos += 4;
    return this;
  }

  byte(v: number): this {
    this.ensure(1);
    this.buf[this.pos++] = v;
    return this;
  }

  cstring(s: string): this {
    if (this.encoding) return this.raw(lenient(s, this.encoding)).byte(0);
    const n = Buffer.byteLength(s);
    this.ensure(n + 1);
    this.buf.write(s, this.pos, 'utf8');
    this.pos += n;
    this.buf[this.pos++] = 0;
    return this;
  }

  /** Text of a value (a DataRow's, COPY's) in the client's encoding: 22P05 where it has no character for one. */
  text(s: string): string | Buffer {
    return this.encoding ? encodeString(s, this.encoding) : s;
  }

  /** A length-prefixed value as in DataRow: -1 for NULL. */
  value(v: string | Buffer | null): this {
    if (v === null) return this.int32(-1);
    if (typeof v === 'string') {
      const n = Buffer.byteLength(v);
      this.ensure(n + 4);
      this.buf.writeInt32BE(n, this.pos);
      this.buf.write(v, this.pos + 4, 'utf8');
      this.pos += n + 4;
      return this;
    }
    this.ensure(v.length + 4);
    this.buf.writeInt32BE(v.length, this.pos);
    v.copy(this.buf, this.pos + 4);
    this.pos += v.length + 4;
    return this;
  }

  raw(b: Buffer): this {
    this.ensure(b.length);
    b.copy(this.buf, this.pos);
    this.pos += b.length;
    return this;
  }

  /** Hands out the bytes written so far and starts over. */
  flush(): Buffer {
    // A large buffer is handed out itself rather than copied (one large value would be in memory twice).
    if (this.buf.length > 1 << 20) {
      const out = this.buf.subarray(0, this.pos);
      this.buf = Buffer.allocUnsafe(4096);
      this.pos = 0;
      return out;
    }
    const out = Buffer.from(this.buf.subarray(0, this.pos));
    this.pos = 0;
    return out;
  }

  private ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const next = Buffer.allocUnsafe(size);
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
  }
}

/**
 * A name, tag or message in the client's encoding, a character it has not as '?': an error being
 * reported must reach the client whatever it says.
 */
function lenient(s: string, encoding: Encoding): Buffer {
  try {
    return encodeString(s, encoding);
  } catch {
    return Buffer.concat([...s].map((ch) => {
      try {
        return encodeString(ch, encoding);
      } catch {
        return Buffer.from('?');
      }
    }));
  }
}
