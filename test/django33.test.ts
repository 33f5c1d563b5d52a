/**
 * What the thirty-third session's Django sweep (test/corpus/52-django33.sql) fixed that needs
 * evsql's catalog functions, on a real server through the `pg` driver; each expected value is
 * PostgreSQL 15's answer to the same statement.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { startServer, type TestServer } from './helpers/server.js';

let server: TestServer;
let c: pg.Client;
const rows = async (text: string) => (await c.query({ text, rowMode: 'array' })).rows;

beforeAll(async () => {
  server = await startServer([], { keepData: true });
  c = await server.client();
  await c.query('CREATE TABLE d33_post (id int PRIMARY KEY, tags text[], meta jsonb)');
  await c.query(`INSERT INTO d33_post VALUES (1, '{red,sweet}', '{"a": 1, "b": 2}'), (2, '{yellow}', '{"a": 3}'), (3, '{yellow,sour}', '{}'), (4, '{}', '{"b": 4}'), (5, NULL, NULL)`);
});

afterAll(async () => {
  await c.end();
  await server.stop();
});
describe('GROUP BY a set-returning function of the select list (a tag cloud)', () => {
  it('groups the values the function makes, by alias, position or the call (was one row per value, or 42803)', async () => {
    const cloud = [['yellow', '2'], ['red', '1'], ['sour', '1'], ['sweet', '1']];
    expect(await rows('SELECT unnest(tags) AS tag, count(*) FROM d33_post GROUP BY tag ORDER BY 2 DESC, 1')).toEqual(cloud);
    expect(await rows('SELECT unnest(tags), count(*) FROM d33_post GROUP BY 1 ORDER BY 2 DESC, 1')).toEqual(cloud);
    expect(await rows('SELECT unnest(tags) AS tag, count(*) FROM d33_post GROUP BY unnest(tags) ORDER BY 2 DESC, 1')).toEqual(cloud);
    expect(await rows('SELECT jsonb_object_keys(meta) AS k, count(*), sum(id) FROM d33_post GROUP BY k ORDER BY k')).toEqual([['a', '2', '3'], ['b', '2', '5']]);
  });

  it('keeps WHERE, HAVING, an expression around the call, and a call only GROUP BY names', async () => {
    expect(await rows('SELECT upper(unnest(tags)) AS u, count(*) FROM d33_post WHERE id > 1 GROUP BY 1 HAVING count(*) > 1')).toEqual([['YELLOW', '2']]);
    expect(await rows('SELECT count(*) FROM d33_post GROUP BY unnest(tags) ORDER BY 1 DESC')).toEqual([['2'], ['1'], ['1'], ['1']]);
    expect(await rows('SELECT generate_series(1, 3) AS g, count(*) FROM d33_post GROUP BY g ORDER BY g')).toEqual([[1, '5'], [2, '5'], [3, '5']]);
  });

  it('names a bare call as PostgreSQL does, and a GROUP BY name a FROM column has is that column', async () => {
    expect(await rows('SELECT unnest(tags), count(*) FROM d33_post GROUP BY 1 ORDER BY 1 LIMIT 1')).toEqual([['red', '1']]);
    // `id` is the table's column: each post's values grouped with it.
    expect(await rows('SELECT unnest(tags) AS id, count(*) FROM d33_post GROUP BY id ORDER BY 1')).toEqual([['red', '1'], ['sour', '1'], ['sweet', '1'], ['yellow', '1'], ['yellow', '1']]);
  });

  it('groups by an alias of an unnest over a FROM item (FROM t, unnest(t.tags) AS u(v))', async () => {
    expect(await rows('SELECT u.v AS tag, count(*) FROM d33_post, unnest(d33_post.tags) AS u(v) GROUP BY tag ORDER BY 2 DESC, 1 LIMIT 1')).toEqual([['yellow', '2']]);
  });
});

describe('a cursor declared after a savepoint (iterator() inside a nested atomic block)', () => {
  const failure = (sql: string) => c.query(sql).then(() => undefined, (e: { code?: string }) => e.code);

  it('is closed by ROLLBACK TO that savepoint, as PostgreSQL drops the subtransaction portals; one declared before stays', async () => {
    await c.query('BEGIN');
    await c.query('DECLARE before_sp CURSOR FOR SELECT id FROM d33_post ORDER BY id');
    await c.query('SAVEPOINT sp');
    await c.query('DECLARE after_sp CURSOR FOR SELECT id FROM d33_post ORDER BY id');
    await c.query('ROLLBACK TO SAVEPOINT sp');
    expect(await failure('FETCH 1 FROM after_sp')).toBe('34000');
    await c.query('ROLLBACK TO SAVEPOINT sp');
    expect(await rows('FETCH 1 FROM before_sp')).toEqual([[1]]);
    await c.query('ROLLBACK');
  });

  it('belongs to the enclosing savepoint once its own is released', async () => {
    await c.query('BEGIN');
    await c.query('SAVEPOINT outer_sp');
    await c.query('SAVEPOINT inner_sp');
    await c.query('DECLARE released CURSOR FOR SELECT 1');
    await c.query('RELEASE SAVEPOINT inner_sp');
    expect(await rows('FETCH 1 FROM released')).toEqual([[1]]);
    await c.query('SAVEPOINT later');
    await c.query('ROLLBACK TO SAVEPOINT later');
    expect(await rows('FETCH 1 FROM released')).toEqual([]);
    await c.query('ROLLBACK TO SAVEPOINT outer_sp');
    expect(await failure('FETCH 1 FROM released')).toBe('34000');
    await c.query('ROLLBACK');
  });
});

describe("pgcrypto's digest() and hmac() (Django's SHA1() … SHA512())", () => {
  it('are known once the extension is created, and hash text or bytea with any OpenSSL digest', async () => {
    const failure = (sql: string) => c.query(sql).then(() => undefined, (e: { code?: string; message?: string }) => [e.code, e.message]);
    expect(await failure("SELECT digest('abc', 'md5')")).toEqual(['42883', 'function digest(unknown, unknown) does not exist']);
    await c.query('CREATE EXTENSION IF NOT EXISTS pgcrypto');
    expect(await rows("SELECT encode(digest('abc', 'sha256'), 'hex'), encode(digest('é'::bytea, 'MD5'), 'hex'), digest(NULL::text, 'sha1')")).toEqual([
      ['ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad', '66ddcd97cfdeabb2f6fb8a999b4bc76f', null],
    ]);
    expect(await rows("SELECT encode(hmac('abc', 'key', 'sha256'), 'hex')")).toEqual([['9c196e32dc0175f86f4b1cb89289d6619de6bee699e4c378e68309ed97a1a6ab']]);
    expect(await failure("SELECT digest('abc', 'foo')")).toEqual(['22023', 'Cannot use "foo": No such hash algorithm']);
    await c.query('DROP EXTENSION pgcrypto');
  });
});
