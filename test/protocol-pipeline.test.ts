/**
 * What drivers that pipeline (pgjdbc's executeBatch, asyncpg's executemany, libpq's pipeline
 * mode, psycopg 3) and those that watch ParameterStatus rely on, message by message as PostgreSQL
 * 15 answers the same frames: the statements before a Sync are one implicit transaction, settings
 * are transactional and reported before ReadyForQuery, a failed block refuses Parse and Bind, a
 * portal's Executes, and a COPY that a message of another kind interrupts.
 */
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cstring, int16, int32, RawClient, type Message } from './helpers/raw-protocol.js';
import { startServer, type TestServer } from './helpers/server.js';

let server: TestServer;
let admin: pg.Client;
let raw: RawClient;

beforeAll(async () => {
  server = await startServer(['--replicas', '2']);
  admin = await server.client();
  await admin.query('CREATE TABLE pipe (id int PRIMARY KEY, v text)');
});

afterAll(async () => {
  await admin?.end();
  await server?.stop();
});

beforeEach(async () => {
  await admin.query('DELETE FROM pipe');
  raw = await RawClient.connect(server.host, server.port);
  return () => raw.close().catch(() => undefined);
});

const parse = (sql: string, name = '') => raw.send('P', Buffer.concat([cstring(name), cstring(sql), int16(0)]));
const bind = (params: Array<string | null> = [], portal = '', stmt = '') =>
  raw.send('B', Buffer.concat([cstring(portal), cstring(stmt), int16(0), int16(params.length), ...params.flatMap((p) => (p === null ? [int32(-1)] : [int32(Buffer.byteLength(p)), Buffer.from(p)])), int16(0)]));
const execute = (portal = '', maxRows = 0) => raw.send('E', Buffer.concat([cstring(portal), int32(maxRows)]));
const sync = () => raw.send('S', Buffer.alloc(0));
const flush = () => raw.send('H', Buffer.alloc(0));
const query = (sql: string) => raw.send('Q', cstring(sql));
/** Parse, Bind and Execute of one statement, as a pipelining driver sends each. */
const run = (sql: string, params: Array<string | null> = []) => {
  parse(sql);
  bind(params);
  execute();
};

/** A message as the tests compare it: its type, and what tells one of its kind from another. */
function show(m: Message): string {
  const text = (at = 0) => m.body.toString('utf8', at, m.body.indexOf(0, at));
  switch (m.type) {
    case 'C':
      return `C ${text()}`;
    case 'Z':
      return `Z ${String.fromCharCode(m.body[0]!)}`;
    case 'S':
      return `S ${text()}=${text(m.body.indexOf(0) + 1)}`;
    case 'E':
    case 'N': {
      const fields = new Map<string, string>();
      for (let at = 0; m.body[at]; at = m.body.indexOf(0, at) + 1) fields.set(String.fromCharCode(m.body[at]!), text(at + 1));
      return `${m.type} ${fields.get('C')} ${fields.get('M')}`;
    }
    case 'D':
      return `D ${m.body.toString('utf8', 6)}`;
    default:
      return m.type;
  }
}

async function answer(readies = 1): Promise<string[]> {
  return (await raw.messages(readies)).map(show);
}

async function ids(): Promise<number[]> {
  return (await admin.query('SELECT id FROM pipe ORDER BY id')).rows.map((r) => r.id);
}

describe("a pipeline's implicit transaction", () => {
  it('an error rolls back the statements before it in the same Sync, and skips the rest', async () => {
    parse('INSERT INTO pipe VALUES ($1, $2)', 'ins');
    for (const id of ['1', '2', '1', '3']) {
      bind([id, 'x'], '', 'ins');
      execute();
    }
    sync();
    expect(await answer()).toEqual(['1', '2', 'C INSERT 0 1', '2', 'C INSERT 0 1', '2', 'E 23505 duplicate key value violates unique constraint "pipe_pkey"', 'Z I']);
    expect(await ids()).toEqual([]);
  });

  it('each Sync commits what came before it', async () => {
    run('INSERT INTO pipe VALUES (1)');
    sync();
    run('INSERT INTO pipe VALUES (1)');
    sync();
    expect((await answer(2)).filter((m) => m.startsWith('E') || m.startsWith('Z'))).toEqual(['Z I', 'E 23505 duplicate key value violates unique constraint "pipe_pkey"', 'Z I']);
    expect(await ids()).toEqual([1]);
  });

  it('holds when the pipeline arrives in pieces, a Flush between them', async () => {
    run('INSERT INTO pipe VALUES (1)');
    flush();
    expect((await raw.messages(1, 'C')).map(show)).toEqual(['1', '2', 'C INSERT 0 1']);
    run('SELECT 1 / 0');
    sync();
    // PostgreSQL plans the unnamed statement at Bind, where folding 1 / 0 fails.
    expect(await answer()).toEqual(['1', 'E 22012 division by zero', 'Z I']);
    expect(await ids()).toEqual([]);
  });

  it('a transaction-level advisory lock taken in it is held until its Sync, the session active meanwhile', async () => {
    run('SELECT pg_advisory_xact_lock(7722)');
    flush();
    expect((await raw.messages(1, 'C')).map(show)).toEqual(['1', '2', 'D ', 'C SELECT 1']);
    const tryLock = async () => (await admin.query('SELECT pg_try_advisory_lock(7722) AS got')).rows[0].got;
    expect(await tryLock()).toBe(false);
    expect((await admin.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE state = 'active' AND pid <> pg_backend_pid()")).rows[0].n).toBe(1);
    sync();
    expect(await answer()).toEqual(['Z I']);
    expect(await tryLock()).toBe(true);
    await admin.query('SELECT pg_advisory_unlock(7722)');
  });

  it('ROLLBACK in it rolls it back and COMMIT commits it, each with a WARNING', async () => {
    run('INSERT INTO pipe VALUES (1)');
    run('ROLLBACK');
    run('INSERT INTO pipe VALUES (2)');
    run('COMMIT');
    run('INSERT INTO pipe VALUES (2)');
    sync();
    const warning = 'N 25P01 there is no transaction in progress';
    expect((await answer()).filter((m) => m.length > 1)).toEqual(['C INSERT 0 1', warning, 'C ROLLBACK', 'C INSERT 0 1', warning, 'C COMMIT', 'E 23505 duplicate key value violates unique constraint "pipe_pkey"', 'Z I']);
    expect(await ids()).toEqual([2]);
  });

  it('BEGIN in it makes it the block: the statements before BEGIN roll back with it', async () => {
    run('INSERT INTO pipe VALUES (1)');
    run('BEGIN');
    run('SELECT 1 / 0');
    sync();
    expect((await answer()).slice(-2)).toEqual(['E 22012 division by zero', 'Z E']);
    query('ROLLBACK');
    expect(await answer()).toEqual(['C ROLLBACK', 'Z I']);
    expect(await ids()).toEqual([]);
  });

  it('SET LOCAL in it is a WARNING and lasts until its Sync; VACUUM after a statement in it is 25001', async () => {
    run("SET LOCAL application_name = 'inside'");
    run('SHOW application_name');
    run('VACUUM pipe');
    sync();
    expect((await answer()).filter((m) => m.length > 1)).toEqual([
      'N 25P01 SET LOCAL can only be used in transaction blocks',
      'C SET',
      'D inside',
      'C SHOW',
      'E 25001 VACUUM cannot be executed within a pipeline',
      'Z I',
    ]);
    run('VACUUM pipe');
    sync();
    expect(await answer()).toEqual(['1', '2', 'C VACUUM', 'Z I']);
  });
});

describe('settings are transactional and reported before ReadyForQuery', () => {
  it('reports a change once, after CommandComplete; a SET the pipeline rolled back not at all', async () => {
    query("SET application_name = 'a'");
    expect(await answer()).toEqual(['C SET', 'S application_name=a', 'Z I']);
    query("SET application_name = 'a'");
    expect(await answer()).toEqual(['C SET', 'Z I']);
    run("SET application_name = 'b'");
    run('SELECT 1 / 0');
    sync();
    expect(await answer()).toEqual(['1', '2', 'C SET', '1', 'E 22012 division by zero', 'Z I']);
    query('SHOW application_name');
    expect(await answer()).toEqual(['T', 'D a', 'C SHOW', 'Z I']);
  });

  it('an error in a block puts the setting back at once, and says so before its ReadyForQuery', async () => {
    query('BEGIN');
    query("SET application_name = 'in_block'");
    query('SELECT 1 / 0');
    expect(await answer(3)).toEqual(['C BEGIN', 'Z T', 'C SET', 'S application_name=in_block', 'Z T', 'E 22012 division by zero', 'S application_name=', 'Z E']);
    query("SET application_name = 'refused'");
    expect(await answer()).toEqual(['E 25P02 current transaction is aborted, commands ignored until end of transaction block', 'Z E']);
    query('ROLLBACK');
    expect(await answer()).toEqual(['C ROLLBACK', 'Z I']);
  });
});

describe('a failed transaction block over the extended protocol', () => {
  it('refuses Parse with 25P02 and keeps no statement, but takes ROLLBACK', async () => {
    query('BEGIN');
    query('SELECT 1 / 0');
    await answer(2);
    parse('SELECT 1', 'late');
    sync();
    expect(await answer()).toEqual(['E 25P02 current transaction is aborted, commands ignored until end of transaction block', 'Z E']);
    run('ROLLBACK');
    sync();
    expect(await answer()).toEqual(['1', '2', 'C ROLLBACK', 'Z I']);
    bind([], '', 'late');
    sync();
    expect(await answer()).toEqual(['E 26000 prepared statement "late" does not exist', 'Z I']);
  });
});

describe('portals and statements', () => {
  it("a portal read in pieces: each Execute's tag counts its own rows, and the count reached suspends it", async () => {
    await admin.query("INSERT INTO pipe SELECT g, 'v' FROM generate_series(1, 5) AS g");
    parse('SELECT id FROM pipe ORDER BY id');
    bind([], 'p');
    for (let i = 0; i < 4; i++) execute('p', 2);
    sync();
    expect(await answer()).toEqual(['1', '2', 'D 1', 'D 2', 's', 'D 3', 'D 4', 's', 'D 5', 'C SELECT 1', 'C SELECT 0', 'Z I']);
  });

  it('Execute of SHOW sends no RowDescription (Describe would)', async () => {
    run('SHOW DateStyle');
    sync();
    expect(await answer()).toEqual(['1', '2', 'D ISO, MDY', 'C SHOW', 'Z I']);
  });

  it('a failed Parse leaves no unnamed statement; a Query after an error waits for the Sync', async () => {
    parse('SELECT 1');
    sync();
    parse('SELEC 2');
    query('SELECT 3');
    sync();
    bind();
    sync();
    expect((await answer(3)).filter((m) => m.length > 1)).toEqual(['Z I', 'E 42601 syntax error at or near "SELEC"', 'Z I', 'E 26000 unnamed prepared statement does not exist', 'Z I']);
  });

  it('Bind with as many result formats as no column count is 08P01, as is a binary parameter too short', async () => {
    parse('SELECT 1, 2, 3');
    raw.send('B', Buffer.concat([cstring(''), cstring(''), int16(0), int16(0), int16(2), int16(1), int16(0)]));
    sync();
    expect(await answer()).toEqual(['1', 'E 08P01 bind message has 2 result formats but query has 3 columns', 'Z I']);
    raw.send('P', Buffer.concat([cstring(''), cstring('SELECT $1::int4'), int16(1), int32(23)]));
    raw.send('B', Buffer.concat([cstring(''), cstring(''), int16(1), int16(1), int16(1), int32(2), Buffer.from([0, 1]), int16(0)]));
    sync();
    expect(await answer()).toEqual(['1', 'E 08P01 insufficient data left in message', 'Z I']);
  });
});

describe('COPY FROM STDIN', () => {
  it('a message of another kind during it is an error and the end of the session, as PostgreSQL loses its place', async () => {
    query('COPY pipe (id) FROM STDIN');
    expect(await raw.messages(1, 'G')).toHaveLength(1);
    query('SELECT 1');
    expect(await answer()).toEqual(['E 08P01 unexpected message type 0x51 during COPY from stdin', 'E 08P01 terminating connection because protocol synchronization was lost']);
    expect(await ids()).toEqual([]);
  });
});
