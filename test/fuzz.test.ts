/**
 * Thousands of random and mutated protocol frames on raw sockets; afterwards the server must
 * still serve a normal client. Seeded, bounded in count and time.
 */
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers/server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startServer(['--max-message-size', String(1 << 20)]);
});

afterAll(async () => {
  expect(await server.stop()).toBe(0);
});

function rng(seed: number) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x100000000;
  };
}

function frame(type: string, body: Buffer): Buffer {
  const b = Buffer.alloc(5 + body.length);
  b.write(type, 0, 'latin1');
  b.writeInt32BE(body.length + 4, 1);
  body.copy(b, 5);
  return b;
}

function startup(): Buffer {
  const params = Buffer.from('user\0postgres\0database\0postgres\0\0');
  const b = Buffer.alloc(8 + params.length);
  b.writeInt32BE(b.length, 0);
  b.writeInt32BE(196608, 4);
  params.copy(b, 8);
  return b;
}

/** Well-formed messages a mutation starts from. */
function validFrames(): Buffer[] {
  const cs = (s: string) => Buffer.from(s + '\0');
  const i16 = (n: number) => {
    const b = Buffer.alloc(2);
    b.writeInt16BE(n);
    return b;
  };
  const i32 = (n: number) => {
    const b = Buffer.alloc(4);
    b.writeInt32BE(n);
    return b;
  };
  return [
    frame('Q', cs('SELECT 1')),
    frame('P', Buffer.concat([cs('s1'), cs('SELECT $1::int'), i16(1), i32(23)])),
    frame('B', Buffer.concat([cs(''), cs('s1'), i16(0), i16(1), i32(1), Buffer.from('5'), i16(0)])),
    frame('D', Buffer.concat([Buffer.from('P'), cs('')])),
    frame('E', Buffer.concat([cs(''), i32(0)])),
    frame('C', Buffer.concat([Buffer.from('S'), cs('s1')])),
    frame('S', Buffer.alloc(0)),
    frame('H', Buffer.alloc(0)),
    frame('d', Buffer.from('1\t2\n')),
    frame('c', Buffer.alloc(0)),
    frame('Q', cs("COPY nothing FROM STDIN")),
  ];
}

function mutate(r: () => number, base: Buffer): Buffer {
  const b = Buffer.from(base);
  const kind = Math.floor(r() * 5);
  if (kind === 0 && b.length > 0) b[Math.floor(r() * b.length)] = Math.floor(r() * 256);
  if (kind === 1) return b.subarray(0, Math.floor(r() * b.length));
  if (kind === 2 && b.length > 5) b.writeInt32BE(Math.floor(r() * 0xffffffff) | 0, 1);
  if (kind === 3) return Buffer.concat([b, Buffer.from(Array.from({ length: Math.floor(r() * 64) }, () => Math.floor(r() * 256)))]);
  if (kind === 4) return Buffer.from(Array.from({ length: 1 + Math.floor(r() * 128) }, () => Math.floor(r() * 256)));
  return b;
}

async function session(payload: Buffer[], afterStartup: boolean): Promise<void> {
  await new Promise<void>((resolve) => {
    const s: Socket = connect(server.port, server.host);
    const done = () => {
      clearTimeout(timer);
      s.destroy();
      resolve();
    };
    const timer = setTimeout(done, 300);
    s.on('error', done);
    s.on('close', done);
    s.on('data', () => undefined);
    s.on('connect', () => {
      if (afterStartup) s.write(startup());
      for (const p of payload) s.write(p);
    });
  });
}

it('survives thousands of random and mutated frames', async () => {
  const r = rng(20261126);
  const valid = validFrames();
  let frames = 0;
  const deadline = Date.now() + 40_000;
  for (let group = 0; group < 20 && Date.now() < deadline; group++) {
    const sessions: Promise<void>[] = [];
    for (let k = 0; k < 20; k++) {
      const batch: Buffer[] = [];
      const n = 5 + Math.floor(r() * 20);
      for (let i = 0; i < n; i++) batch.push(mutate(r, valid[Math.floor(r() * valid.length)]!));
      frames += n;
      // A few sessions mangle the startup packet itself.
      sessions.push(session(batch, k % 10 !== 0));
    }
    await Promise.all(sessions);
  }
  expect(frames).toBeGreaterThan(2000);
  const client = await server.client();
  const res = await client.query('SELECT 40 + 2 AS answer');
  expect(res.rows).toEqual([{ answer: 42 }]);
  await client.end();
}, 120_000);
