/**
 * `npm run bench -- micro`: the cost of each piece of one request's path through evsql, measured
 * in isolation with the real code: protocol decode, translation (cache hit), mixer keys and batch
 * formation, the hand-off to a worker thread, SQLite itself, the state hash, the verifier, and the
 * encoding of the result. The pgbench (TPC-B) statements serve as the example request.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import xxhash from 'xxhash-wasm';
import { Args, say } from './cli.js';
import { dataRow } from '../wire/backend-messages.js';
import { OID } from '../pg/types/registry.js';
import { decodeTextParam, encodeText } from '../pg/types/text-format.js';
import { encodeRow, resultColumns } from '../wire/results.js';
import { loadParser } from '../dialect/translate/parse.js';
import { TranslatorSchema } from '../dialect/translate/schema.js';
import { translate } from '../dialect/translate/translate.js';
import { BodyReader, MessageReader, MessageWriter } from '../wire/frames.js';
import { Batcher } from '../mixer/batcher.js';
import { NO_RULES } from '../mixer/rules.js';
import { SchemaKeys } from '../mixer/schema-keys.js';
import { conflictKeys } from '../mixer/statement-keys.js';
import { type BatchItem, SYSTEM_CONTEXT, shareItems } from '../executor/messages.js';
import { Replica, newRequestId } from '../executor/replica.js';
import { openReplicaConnection } from '../executor/connection.js';
import { readSchema } from '../dialect/schema-snapshot.js';
import { StateHash } from '../executor/state-hash.js';
import { Verifier } from '../verifier/quorum.js';

const ACCOUNTS = 10_000;
const SELECT = 'SELECT abalance FROM pgbench_accounts WHERE aid = $1';
/** Not a point read (a range, however short): it goes to a reader thread. */
const RANGE_SELECT = 'SELECT abalance FROM pgbench_accounts WHERE aid BETWEEN $1 AND $1';
const UPDATE = 'UPDATE pgbench_accounts SET abalance = abalance + $1 WHERE aid = $2';
const DDL = `CREATE TABLE pgbench_accounts (aid int4 NOT NULL, bid int4, abalance int4, filler bpchar(84), PRIMARY KEY (aid))`;

interface Row {
  name: string;
  nsPerOp: number;
  note: string;
}

/**
 * Runs `fn` (which does `per` operations) until `ms` have passed; ns per operation. A function
 * that returns a promise is awaited each call; a synchronous one runs in a plain loop, so the
 * figure carries no microtask cost of its own.
 */
async function time(fn: () => unknown, per: number, ms: number): Promise<number> {
  const first = fn();
  const isAsync = first instanceof Promise;
  if (isAsync) await first;
  const round = isAsync
    ? async () => {
        for (let i = 0; i < 20; i++) await fn();
      }
    : () => {
        for (let i = 0; i < 20; i++) fn();
      };
  // Warm up long enough for the optimizing compiler to have done its work.
  const warm = performance.now();
  while (performance.now() - warm < ms / 2) await round();
  let n = 0;
  const t0 = performance.now();
  let t1 = t0;
  while (t1 - t0 < ms) {
    await round();
    n += 20;
    t1 = performance.now();
  }
  return ((t1 - t0) * 1e6) / (n * per);
}

/** The bytes pgbench -M prepared sends for one UPDATE: Bind (2 text parameters), Execute, Sync. */
function bindExecuteSync(): Buffer {
  const w = new MessageWriter();
  w.begin('B').cstring('').cstring('P_1').int16(0).int16(2).value('-4211').value('73201').int16(0).end();
  w.begin('E').cstring('').int32(0).end();
  w.begin('S').end();
  return w.flush();
}

/** Frames the messages and reads Bind's fields as the connection does, decoding the parameters as int4. */
function decodeBind(bytes: Buffer): unknown[] {
  const reader = new MessageReader(1 << 20);
  reader.startupPhase = false;
  reader.push(bytes);
  const params: unknown[] = [];
  for (let m = reader.next(); m; m = reader.next()) {
    if (m.type !== 'B') continue;
    const r = new BodyReader(m.body);
    r.cstring();
    r.cstring();
    for (let i = r.int16(); i > 0; i--) r.int16();
    for (let i = r.int16(); i > 0; i--) {
      const len = r.int32();
      params.push(len < 0 ? null : decodeTextParam(r.bytes(len).toString('utf8'), OID.int4));
    }
    for (let i = r.int16(); i > 0; i--) r.int16();
  }
  return params;
}

export async function microCommand(argv: string[]): Promise<number> {
  const args = new Args(argv, { ms: { type: 'string' } });
  if (args.help) {
    say('usage: npm run bench -- micro [--ms N]   (N: milliseconds per measurement, default 500)');
    return 0;
  }
  const ms = args.int('ms', 500, 10);
  const rows: Row[] = [];
  const add = (name: string, nsPerOp: number, note = '') => {
    rows.push({ name, nsPerOp, note });
    say(`  ${name.padEnd(46)} ${nsPerOp.toFixed(0).padStart(9)} ns/op  ${note}`);
  };
  say(`per-request path, pgbench's UPDATE/SELECT on pgbench_accounts (${ACCOUNTS} rows); ${ms} ms per line\n`);

  const dir = mkdtempSync(join(tmpdir(), 'evsql-micro-'));
  const file = join(dir, 'replica-0.sqlite');
  const setup = new Database(file);
  setup.pragma('journal_mode = WAL');
  setup.exec(DDL);
  const fill = setup.prepare('INSERT INTO pgbench_accounts VALUES (?, 1, 0, ?)');
  setup.transaction(() => {
    for (let i = 1; i <= ACCOUNTS; i++) fill.run(i, ' '.repeat(84));
  })();
  const schema = new TranslatorSchema(readSchema(setup));
  // The mixer's view of the schema, built as the pipeline builds it.
  const schemaKeys = new SchemaKeys(readSchema(setup));
  setup.close();
  await loadParser();

  let replica: Replica | undefined;
  let echo: Worker | undefined;
  try {
    const bytes = bindExecuteSync();
    add('protocol: frame + decode Bind/Execute/Sync', await time(() => decodeBind(bytes), 1, ms), `${bytes.length} bytes, 2 text params`);

    translate(UPDATE, schema);
    add('translate: cache hit', await time(() => translate(UPDATE, schema), 1, ms), 'statement text -> Translation');

    const [upd] = translate(UPDATE, schema);
    let aid = 0;
    add('mixer: conflict keys', await time(() => conflictKeys(upd!, [5n, BigInt((aid++ % ACCOUNTS) + 1)], schemaKeys, NO_RULES), 1, ms), 'row key on aid');
    const BATCH = 64;
    const batcher = new Batcher({ maxBatchSize: 256, maxDelayMs: 1, seed: 1 });
    let id = 0;
    let seq = 0;
    const keySets = Array.from({ length: BATCH }, (_, i) => conflictKeys(upd!, [5n, BigInt(i + 1)], schemaKeys, NO_RULES));
    add(
      'mixer: batcher push + take',
      await time(() => {
        for (let i = 0; i < BATCH; i++) batcher.push({ id: ++id, session: i, keys: keySets[i]! }, 0);
        batcher.take(0, ++seq, true);
      }, BATCH, ms),
      `per request, batches of ${BATCH}`,
    );

    echo = new Worker("const { parentPort } = require('node:worker_threads'); parentPort.on('message', (m) => parentPort.postMessage(m));", { eval: true });
    const ctx = { ...SYSTEM_CONTEXT, now: Date.now() };
    const item = (aidValue: number): BatchItem => ({ id: newRequestId(), tx: null, ctx, work: { kind: 'exec', steps: upd!.steps, params: [5n, BigInt(aidValue)] } });
    const message = { id: 1, ctx, op: { op: 'batch', seq: 1, items: [item(1)], order: [0] } };
    add(
      'thread hand-off: round trip of one request',
      await time(() => new Promise<void>((resolve) => {
        echo!.once('message', () => resolve());
        echo!.postMessage(message);
      }), 1, ms),
      'postMessage there and back (structured clone)',
    );

    // Set up as a replica's connection is: the translated UPDATE calls PostgreSQL's functions.
    const { db } = openReplicaConnection(file, false, () => ({ ctx, cancelled: () => false, settings: undefined, rng: 1 }));
    const sel = db.prepare('SELECT abalance FROM pgbench_accounts WHERE aid = ?').raw(true);
    add('sqlite: point SELECT', await time(() => sel.all(BigInt((aid++ % ACCOUNTS) + 1)), 1, ms), 'better-sqlite3, prepared');
    const upStmt = db.prepare(upd!.steps[0]!.sql);
    db.exec('BEGIN');
    add('sqlite: UPDATE in an open transaction', await time(() => upStmt.run(...upd!.steps[0]!.params.map((p) => (p === 1 ? 5n : BigInt((aid++ % ACCOUNTS) + 1)))), 1, ms), 'no triggers');
    db.exec('ROLLBACK');
    db.close();

    const hash = new StateHash(await xxhash());
    const image = [73201n, 1n, -4211n, ' '.repeat(84)];
    add('state hash: one row image', await time(() => hash.rowHash('pgbench_accounts', image), 1, ms), '2 x xxhash64 of the binary encoding');

    const verifier = new Verifier({ replicas: 3 });
    let vseq = 0;
    add(
      'verifier: 3 tokens -> commit decision',
      await time(() => {
        vseq++;
        for (let r = 0; r < 3; r++) verifier.onToken({ replica: r, seq: vseq, mode: 'parallel', rootBefore: 'a', rootAfter: 'a', outputs: 'o' });
      }, 1, ms),
      'per batch',
    );

    const columns = resultColumns(null, [{ name: 'aid', declType: 'int4' }, { name: 'bid', declType: 'int4' }, { name: 'abalance', declType: 'int4' }, { name: 'filler', declType: 'bpchar(84)' }], null);
    const writer = new MessageWriter();
    let encoded = 0;
    add(
      'encode: DataRow of a pgbench_accounts row',
      await time(() => {
        dataRow(writer, encodeRow(image, columns, [], encodeText));
        if (++encoded % 1000 === 0) writer.flush();
      }, 1, ms),
      '4 columns, text format',
    );

    replica = new Replica(0, file, 1, 'full');
    const [sel2] = translate(SELECT, schema);
    add(
      'replica: point read on the main thread',
      await time(() => replica!.read(sel2!.steps, [BigInt((aid++ % ACCOUNTS) + 1)], ctx, newRequestId()), 1, ms),
      'primary-key SELECT, no thread hop',
    );
    const [range] = translate(RANGE_SELECT, schema);
    add(
      'replica: read on a reader thread',
      await time(() => replica!.read(range!.steps, [BigInt((aid++ % ACCOUNTS) + 1)], ctx, newRequestId()), 1, ms),
      'one-row range SELECT, round trip',
    );
    let bseq = 0;
    for (const size of [1, 64]) {
      add(
        `replica: batch of ${size} UPDATE(s) + commit`,
        await time(async () => {
          const items = Array.from({ length: size }, () => item((aid++ % ACCOUNTS) + 1));
          await replica!.batch(++bseq, shareItems(items), items.map((_, i) => i));
          await replica!.commit(bseq);
        }, size, ms),
        `per request: savepoint, change capture, hash, token${size === 1 ? ', one fsync per request' : ', one fsync per batch'}`,
      );
    }
  } finally {
    await echo?.terminate();
    await replica?.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return 0;
}
