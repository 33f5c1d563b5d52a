/**
 * A bare PostgreSQL v3 client over a socket, for what drivers hide: the exact bytes of binary
 * results and the formats in RowDescription. It speaks the extended protocol the way libpq's
 * PQprepare + PQexecPrepared do (sysbench's path): a named Parse with parameter type OIDs and a
 * Sync, then Bind with text parameters and chosen result formats, Describe(portal), Execute, Sync.
 */
import { connect, type Socket } from 'node:net';

export interface RawField {
  name: string;
  typeOid: number;
  typmod: number;
  format: number;
}

export interface RawResult {
  fields: RawField[] | null;
  rows: Array<Array<Buffer | null>>;
  tag: string | null;
  /** SQLSTATE of an ErrorResponse, if one came. */
  error: string | null;
  /** The server closed the connection instead of sending ReadyForQuery. */
  closed?: boolean;
}

export interface Message {
  type: string;
  body: Buffer;
}

export class RawClient {
  private buffer = Buffer.alloc(0);
  private queue: Message[] = [];
  private waiter: (() => void) | null = null;
  private closed = false;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (d: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, d]);
      while (this.buffer.length >= 5) {
        const len = this.buffer.readInt32BE(1);
        if (this.buffer.length < len + 1) break;
        this.queue.push({ type: String.fromCharCode(this.buffer[0]!), body: this.buffer.subarray(5, len + 1) });
        this.buffer = this.buffer.subarray(len + 1);
      }
      this.wake();
    });
    socket.on('close', () => {
      this.closed = true;
      this.wake();
    });
  }

  /** Types of the messages the server sent before ReadyForQuery, in order. */
  readonly startupMessages: string[] = [];

  /** `version`: the StartupMessage's protocol code; `options`: more parameters (e.g. `_pq_.…`). */
  static async connect(host: string, port: number, user = 'postgres', database = 'postgres', opts: { version?: number; options?: Record<string, string> } = {}): Promise<RawClient> {
    const socket = connect(port, host);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
    const client = new RawClient(socket);
    const extra = Object.entries(opts.options ?? {}).map(([k, v]) => `${k}\0${v}\0`).join('');
    const params = Buffer.from(`user\0${user}\0database\0${database}\0${extra}\0`);
    const startup = Buffer.alloc(8);
    startup.writeInt32BE(8 + params.length, 0);
    startup.writeInt32BE(opts.version ?? 196608, 4);
    socket.write(Buffer.concat([startup, params]));
    for (;;) {
      const m = await client.next();
      client.startupMessages.push(m.type);
      if (m.type === 'E') throw new Error(`startup failed: ${errorCode(m.body)}`);
      if (m.type === 'R' && m.body.readInt32BE(0) !== 0) throw new Error('RawClient supports trust authentication only');
      if (m.type === 'Z') return client;
    }
  }

  /** PQprepare: a named Parse with explicit parameter type OIDs, then Sync. Resolves to the SQLSTATE of an error, or null. */
  async prepare(name: string, sql: string, paramOids: number[]): Promise<string | null> {
    const oids = Buffer.alloc(2 + 4 * paramOids.length);
    oids.writeInt16BE(paramOids.length, 0);
    paramOids.forEach((o, i) => oids.writeInt32BE(o, 2 + 4 * i));
    this.send('P', Buffer.concat([cstring(name), cstring(sql), oids]));
    this.send('S', Buffer.alloc(0));
    return (await this.untilReady()).error;
  }

  /** PQexecPrepared: Bind (text parameters, `resultFormat` for every column), Describe(P), Execute, Sync. */
  async execPrepared(name: string, params: Array<string | null>, resultFormat: number): Promise<RawResult> {
    const parts: Buffer[] = [cstring(''), cstring(name), int16(0), int16(params.length)];
    for (const p of params) {
      if (p === null) {
        parts.push(int32(-1));
      } else {
        const b = Buffer.from(p, 'utf8');
        parts.push(int32(b.length), b);
      }
    }
    parts.push(int16(1), int16(resultFormat));
    this.send('B', Buffer.concat(parts));
    this.send('D', Buffer.concat([Buffer.from('P'), cstring('')]));
    this.send('E', Buffer.concat([cstring(''), int32(0)]));
    this.send('S', Buffer.alloc(0));
    return this.untilReady();
  }

  /** A simple-query COPY … TO STDOUT: the payload of each CopyData message, as the server cut them. */
  async copyOut(sql: string): Promise<Buffer[]> {
    this.send('Q', Buffer.from(`${sql}\0`));
    const chunks: Buffer[] = [];
    for (let m = await this.next(); m.type !== 'Z'; m = await this.next()) if (m.type === 'd') chunks.push(m.body);
    return chunks;
  }

  async close(): Promise<void> {
    this.send('X', Buffer.alloc(0));
    this.socket.end();
    if (!this.closed) await new Promise<void>((r) => this.socket.once('close', () => r()));
  }

  /** Drops the connection without a Terminate, as a client that is killed or loses its network does. */
  destroy(): void {
    this.socket.destroy();
  }

  /** One typed message, as given: for frames no driver would send. */
  send(type: string, body: Buffer): void {
    const head = Buffer.alloc(5);
    head.write(type, 0, 'latin1');
    head.writeInt32BE(body.length + 4, 1);
    this.socket.write(Buffer.concat([head, body]));
  }

  private wake(): void {
    const w = this.waiter;
    this.waiter = null;
    w?.();
  }

  private async next(): Promise<Message> {
    while (this.queue.length === 0) {
      if (this.closed) throw new Error('connection closed');
      await new Promise<void>((r) => (this.waiter = r));
    }
    return this.queue.shift()!;
  }

  /**
   * Every message, in order, through the `readies`-th ReadyForQuery (or `until` other message),
   * or up to the server closing the connection: what a pipeline's answer is, message by message.
   */
  async messages(readies = 1, until?: string): Promise<Message[]> {
    const seen: Message[] = [];
    for (let left = readies; left > 0; ) {
      if (this.closed && this.queue.length === 0) return seen;
      const m = await this.next().catch(() => null);
      if (!m) continue;
      seen.push(m);
      if (m.type === 'Z' || m.type === until) left--;
    }
    return seen;
  }

  /** The messages up to ReadyForQuery, or up to the server closing the connection. */
  async untilReady(): Promise<RawResult> {
    const result: RawResult = { fields: null, rows: [], tag: null, error: null };
    for (;;) {
      if (this.closed && this.queue.length === 0) return { ...result, closed: true };
      const m = await this.next().catch(() => null);
      if (!m) continue;
      switch (m.type) {
        case 'T':
          result.fields = rowDescription(m.body);
          break;
        case 'D':
          result.rows.push(dataRow(m.body));
          break;
        case 'C':
          result.tag = m.body.toString('utf8', 0, m.body.length - 1);
          break;
        case 'E':
          result.error = errorCode(m.body);
          break;
        case 'Z':
          return result;
      }
    }
  }
}

export function cstring(s: string): Buffer {
  return Buffer.from(`${s}\0`, 'utf8');
}

/** 16 bits, as a count (up to 65,535) or a signed code alike. */
export function int16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(n & 0xffff, 0);
  return b;
}

export function int32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n, 0);
  return b;
}

function rowDescription(body: Buffer): RawField[] {
  const n = body.readInt16BE(0);
  let at = 2;
  const fields: RawField[] = [];
  for (let i = 0; i < n; i++) {
    const end = body.indexOf(0, at);
    const name = body.toString('utf8', at, end);
    at = end + 1;
    const typeOid = body.readInt32BE(at + 6);
    const typmod = body.readInt32BE(at + 12);
    const format = body.readInt16BE(at + 16);
    fields.push({ name, typeOid, typmod, format });
    at += 18;
  }
  return fields;
}

function dataRow(body: Buffer): Array<Buffer | null> {
  const n = body.readInt16BE(0);
  let at = 2;
  const values: Array<Buffer | null> = [];
  for (let i = 0; i < n; i++) {
    const len = body.readInt32BE(at);
    at += 4;
    if (len < 0) {
      values.push(null);
    } else {
      values.push(Buffer.from(body.subarray(at, at + len)));
      at += len;
    }
  }
  return values;
}

function errorCode(body: Buffer): string {
  let at = 0;
  while (at < body.length && body[at] !== 0) {
    const end = body.indexOf(0, at + 1);
    if (body[at] === 'C'.charCodeAt(0)) return body.toString('utf8', at + 1, end);
    at = end + 1;
  }
  return '';
}

export interface FirstAnswer {
  /** SQLSTATE of the first ErrorResponse, or null. */
  code: string | null;
  /** The server closed the socket (rather than saying ReadyForQuery or going quiet). */
  closed: boolean;
  ms: number;
  /** Every byte the server sent. */
  data: Buffer;
}

/**
 * Sends `bytes` on a fresh socket; resolves once the server closes it, says ReadyForQuery, or
 * `waitMs` passes, with the SQLSTATE of the first ErrorResponse it sent.
 */
export async function sendFirst(host: string, port: number, bytes: Buffer, waitMs = 5000): Promise<FirstAnswer> {
  const socket = connect(port, host);
  const started = Date.now();
  let data = Buffer.alloc(0);
  return new Promise((resolve) => {
    const done = (closed: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ code: firstError(data), closed, ms: Date.now() - started, data });
    };
    const timer = setTimeout(() => done(false), waitMs);
    socket.on('connect', () => socket.write(bytes));
    socket.on('data', (d: Buffer) => {
      data = Buffer.concat([data, d]);
      if (data.includes(Buffer.from([0x5a, 0, 0, 0, 5]))) done(false);
    });
    socket.on('close', () => done(true));
    socket.on('error', () => undefined);
  });
}

/** The SQLSTATE of the first ErrorResponse among backend messages; a lone 'N'/'S'/'G' answer to an encryption request before them is skipped. */
export function firstError(data: Buffer): string | null {
  let at = 0;
  while (at < data.length && 'NSG'.includes(String.fromCharCode(data[at]!)) && data[at + 1] !== 0) at++;
  for (; at + 5 <= data.length; at += 1 + data.readInt32BE(at + 1)) {
    if (data[at] !== 'E'.charCodeAt(0)) continue;
    const body = data.subarray(at + 5, at + 1 + data.readInt32BE(at + 1));
    for (let f = 0; f < body.length && body[f] !== 0; f = body.indexOf(0, f) + 1) {
      if (body[f] === 'C'.charCodeAt(0)) return body.toString('utf8', f + 1, body.indexOf(0, f));
    }
  }
  return null;
}

/** A protocol 3.0 StartupMessage; `padTo` pads it with an application_name to about that many bytes. */
export function startup(params: Record<string, string>, padTo = 0): Buffer {
  let body = Buffer.concat([...Object.entries(params).flatMap(([k, v]) => [cstring(k), cstring(v)]), Buffer.from([0])]);
  if (padTo > body.length) body = Buffer.concat([cstring('application_name'), cstring('x'.repeat(padTo - body.length)), body]);
  return Buffer.concat([int32(8 + body.length), int32(196608), body]);
}
