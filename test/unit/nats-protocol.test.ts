/**
 * The cluster log's framing (cluster/nats/protocol.ts): entries appended together go out as one
 * message; those larger than a NATS message go out in parts and come back whole; a joiner that starts mid-entry drops the tail it cannot use;
 * RPC replies larger than a message are held in parts for the front to fetch.
 */
import { describe, expect, it } from 'vitest';
import { EntryJoiner, type LogEntry, ReplyParts, decode, encode, logMessages } from '../../cluster/nats/protocol.js';

const batch = (n: number, bytes: number): LogEntry => ({ epoch: 7, n, targets: [0, 2], kind: 'batch', seq: n, items: Buffer.alloc(bytes, n), orders: { 0: [1, 0], 2: [0, 1] } });

describe('cluster log framing', () => {
  it('sends entries appended together as one message, and a large one in parts that join back', () => {
    const small = [batch(1, 100)];
    expect(logMessages(small, 4096)).toHaveLength(1);
    const together = [batch(5, 100), { epoch: 7, n: 6, targets: [0, 1, 2], kind: 'commit', upTo: 5 } satisfies LogEntry, batch(7, 100)];
    const [one, ...more] = logMessages(together, 4096);
    expect(more).toEqual([]);
    expect(new EntryJoiner().take(one!)!.map((e) => [e.n, e.kind])).toEqual([[5, 'batch'], [6, 'commit'], [7, 'batch']]);
    const large = [batch(2, 20_000)];
    const messages = logMessages(large, 4096);
    expect(messages.length).toBe(Math.ceil(encode(large).length / (4096 - 1024)));
    expect(messages.every((m) => m.length <= 4096)).toBe(true);
    const joiner = new EntryJoiner();
    const out = messages.map((m) => joiner.take(m));
    expect(out.slice(0, -1).every((e) => e === null)).toBe(true);
    const [joined, ...rest] = out.at(-1)!;
    expect(rest).toEqual([]);
    expect(joined).toMatchObject({ n: 2, kind: 'batch', targets: [0, 2], orders: { 0: [1, 0], 2: [0, 1] } });
    expect(Buffer.from((joined as { items: Uint8Array }).items).equals(Buffer.alloc(20_000, 2))).toBe(true);
    expect(joiner.take(logMessages(small, 4096)[0]!)).toMatchObject([{ n: 1 }]);
  });

  it('drops the parts of an entry whose beginning it never saw', () => {
    const joiner = new EntryJoiner();
    const messages = logMessages([batch(3, 20_000)], 4096);
    expect(messages.slice(1).map((m) => joiner.take(m))).toEqual(messages.slice(1).map(() => null));
    expect(joiner.take(logMessages([batch(4, 10)], 4096)[0]!)).toMatchObject([{ n: 4 }]);
  });

  it('holds a large RPC reply in parts, each fetched once', () => {
    const parts = new ReplyParts();
    const reply = encode({ ok: true, result: { rows: Array.from({ length: 2000 }, (_, i) => [BigInt(i), `row ${i}`]) } });
    expect(parts.split(encode({ ok: true, result: 1 }), 4096)).toEqual(encode({ ok: true, result: 1 }));
    const first = decode<{ split: { token: number; count: number } }>(parts.split(reply, 4096));
    const pieces = Array.from({ length: first.split.count }, (_, i) => parts.take(first.split.token, i));
    expect(Buffer.concat(pieces).equals(Buffer.from(reply))).toBe(true);
    expect(decode<{ ok: boolean }>(parts.take(first.split.token, 0))).toMatchObject({ ok: false });
  });
});
