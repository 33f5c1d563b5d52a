/**
 * Large results and values through real sockets, with the server's memory read from
 * /proc/PID/status: a result streams from the reader a chunk at a time as the client takes it
 * (a client that stops reading holds the server up, not its memory), Execute with a row limit
 * suspends the portal on one snapshot, and a 50 MB value makes the round trip in a bounded
 * number of copies.
 */
import { readFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import Cursor from 'pg-cursor';
import { afterEach, describe, expect, it } from 'vitest';
import { cstring, int32 } from './helpers/raw-protocol.js';
import { startServer, type TestServer } from './helpers/server.js';

const MB = 1024 * 1024;
let server: TestServer | undefined;

afterEach(async () => {
  await server?.stop();
  server = undefined;
});

/** The server's resident memory now and at its peak (VmHWM), in bytes. */
function memory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)![1]) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

/** CPU time the server has used, in clock ticks (utime + stime of /proc/PID/stat). */
function cpuTicks(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

async function until(what: string, condition: () => boolean, timeoutMs: number, everyMs = 100): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/**
 * A bare simple-query client that counts DataRows without keeping them, so the test's own memory
 * stays small, and whose socket can be paused like a slow reader's.
 */
class CountingClient {
  private pending = Buffer.alloc(0);
  rows = 0;
  /** CopyData messages of a COPY TO. */
  copied = 0;
  bytes = 0;
  tags: string[] = [];
  private onReady: (() => void) | null = null;

  private constructor(readonly socket: Socket) {
    socket.on('data', (d: Buffer) => this.take(d));
  }

  static async connect(s: TestServer): Promise<CountingClient> {
    const socket = connect(s.port, s.host);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
    const client = new CountingClient(socket);
    const params = Buffer.from('user\0postgres\0database\0postgres\0\0');
    const ready = client.ready();
    socket.write(Buffer.concat([int32(8 + params.length), int32(196608), params]));
    await ready;
    return client;
  }

  ready(): Promise<void> {
    return new Promise((r) => (this.onReady = r));
  }

  query(sql: string): Promise<void> {
    const body = cstring(sql);
    const ready = this.ready();
    this.socket.write(Buffer.concat([Buffer.from('Q'), int32(body.length + 4), body]));
    return ready;
  }

  private take(d: Buffer): void {
    this.bytes += d.length;
    let buf = this.pending.length ? Buffer.concat([this.pending, d]) : d;
    while (buf.length >= 5) {
      const len = buf.readInt32BE(1);
      if (buf.length < len + 1) break;
      const type = String.fromCharCode(buf[0]!);
      if (type === 'D') this.rows++;
      else if (type === 'd') this.copied++;
      else if (type === 'C') this.tags.push(buf.toString('utf8', 5, len));
      else if (type === 'E') this.tags.push(`error ${buf.toString('utf8', 5, len)}`);
      else if (type === 'Z') this.onReady?.();
      buf = buf.subarray(len + 1);
    }
    this.pending = Buffer.from(buf);
  }
}

describe('large results', () => {
  it('stream to a client that reads slowly: the server holds a chunk of the result, not all of it, and lets it go after', async () => {
    server = await startServer(['--replicas', '1']);
    const pid = server.proc.pid!;
    const client = await CountingClient.connect(server);
    await client.query('SELECT 1');
    const before = memory(pid).rss;
    // About 120 MB on the wire, 1 GB as rows held in a server's memory.
    const done = client.query("SELECT g, repeat('x', 100) FROM generate_series(1, 1000000) g");
    await until('the first rows', () => client.rows > 0, 20_000, 10);
    client.socket.pause();
    // Paused, the server fills the socket and then has nothing to do: it must stop there, at a
    // bounded cost, rather than produce the rest of the result into its memory.
    let last = cpuTicks(pid);
    await until(
      'the server to stop working for the paused client',
      () => {
        const now = cpuTicks(pid);
        const idle = now - last <= 2;
        last = now;
        return idle;
      },
      30_000,
      500,
    );
    const paused = memory(pid).rss - before;
    const seenWhilePaused = client.rows;
    client.socket.resume();
    await done;
    expect(client.tags).toEqual(['SELECT 1', 'SELECT 1000000']);
    expect(client.rows).toBe(1_000_001);
    expect(seenWhilePaused).toBeLessThan(1_000_001);
    expect(paused).toBeLessThan(200 * MB);
    expect(memory(pid).peak - before).toBeLessThan(300 * MB);
    // Nothing keeps the result: what it used goes back (not all at once: the heaps shrink lazily).
    await until('the memory to come back', () => memory(pid).rss - before < 150 * MB, 20_000, 250);
    client.socket.destroy();
  }, 90_000);

  it('copies every row of a table or query larger than a reader sends at once (COPY TO, as pg_dump and psql \\copy read a table)', async () => {
    server = await startServer(['--replicas', '1']);
    const client = await CountingClient.connect(server);
    await client.query('CREATE TABLE big AS SELECT g FROM generate_series(1, 20000) g');
    await client.query('COPY big TO STDOUT');
    await client.query('COPY (SELECT g, g * 2 FROM big WHERE g > 5) TO STDOUT (FORMAT csv)');
    expect(client.tags).toEqual(['SELECT 20000', 'COPY 20000', 'COPY 19995']);
    expect(client.copied).toBe(39_995);
    client.socket.destroy();
  }, 60_000);

  it('reads a large result in pieces with Execute and a row limit (PortalSuspended), on one snapshot, in bounded memory', async () => {
    server = await startServer(['--replicas', '1']);
    const pid = server.proc.pid!;
    const client = await server.client();
    const other = await server.client();
    try {
      await client.query('CREATE TABLE t (id int PRIMARY KEY, v text)');
      await client.query("INSERT INTO t SELECT g, 'v' || g FROM generate_series(1, 20000) g");
      const before = memory(pid).rss;
      // pg-cursor: Execute with a row limit, then Flush, until fewer rows than asked come back.
      const big = client.query(new Cursor("SELECT g, repeat('x', 100) AS pad FROM generate_series(1, 1000000) g"));
      let count = 0;
      let pieces = 0;
      for (;;) {
        const rows = (await big.read(10_000)) as Array<{ g: number; pad: string }>;
        if (!rows.length) break;
        expect(rows[0]!.g).toBe(count + 1);
        expect(rows.at(-1)!.g).toBe(count + rows.length);
        count += rows.length;
        pieces++;
      }
      await big.close();
      expect(count).toBe(1_000_000);
      expect(pieces).toBe(100);
      expect(memory(pid).peak - before).toBeLessThan(300 * MB);

      // The rows of a table, across chunks of the reader, while another session changes it: the
      // portal sees the table as it was when it ran, to the last row.
      const table = client.query(new Cursor('SELECT id, v FROM t ORDER BY id'));
      const first = (await table.read(100)) as Array<{ id: number; v: string }>;
      await other.query('DELETE FROM t WHERE id > 10000');
      await other.query("UPDATE t SET v = 'changed' WHERE id > 100");
      await other.query('INSERT INTO t VALUES (20001, $1)', ['new']);
      const rest = (await table.read(1_000_000)) as Array<{ id: number; v: string }>;
      await table.close();
      const all = [...first, ...rest];
      expect(all.length).toBe(20_000);
      expect(all.every((r, i) => r.id === i + 1 && r.v === `v${i + 1}`)).toBe(true);
      expect((await client.query('SELECT count(*)::int AS n FROM t')).rows[0].n).toBe(10_001);
    } finally {
      await client.end();
      await other.end();
    }
  }, 90_000);

  it('takes a 50 MB value in as psql sends it (a literal) and gives it back, in a bounded number of copies that go after', async () => {
    server = await startServer(['--replicas', '1']);
    const pid = server.proc.pid!;
    const client = await server.client();
    try {
      await client.query('CREATE TABLE docs (id int PRIMARY KEY, body text)');
      const value = `it's ${'0123456789abcdef'.repeat(50 * MB / 16)}`;
      const before = memory(pid).rss;
      // No parameters: node-postgres sends the simple protocol, the literal inside the text.
      await client.query(`INSERT INTO docs VALUES (1, '${value.replaceAll("'", "''")}')`);
      const back = (await client.query('SELECT body FROM docs WHERE id = 1')).rows[0].body as string;
      expect(back.length).toBe(value.length);
      expect(back === value).toBe(true);
      // Some ten copies (the message, the text, the value, the batch, SQLite's, the trigger's,
      // the hash's, the result's), collected when V8 gets to it; the parser alone kept 400 MB.
      expect(memory(pid).peak - before).toBeLessThan(16 * 50 * MB);
      await until('the memory to come back', () => memory(pid).rss - before < 200 * MB, 20_000, 250);
    } finally {
      await client.end();
    }
  }, 90_000);
});
