/**
 * The hstore extension on a real server through the `pg` driver (test/corpus/54-hstore35.sql
 * compares the rest with PostgreSQL 15): known only once created, stored in hstore's key order,
 * its operators over parameters, the binary form a client may ask for, and the errors PostgreSQL
 * 15 gives. Each expected value is PostgreSQL's answer.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { RawClient } from './helpers/raw-protocol.js';
import { sharedClient } from './helpers/shared-client.js';

const { client, rows, failure } = sharedClient();

describe('before CREATE EXTENSION', () => {
  it('has no hstore type, functions or operators', async () => {
    expect(await failure("SELECT 'a=>1'::hstore")).toMatchObject({ code: '42704', message: 'type "hstore" does not exist' });
    expect(await failure('CREATE TABLE t_early (h hstore)')).toMatchObject({ code: '42704' });
    expect(await failure("SELECT akeys('a=>1')")).toMatchObject({ code: '42883' });
    expect(await rows("SELECT count(*)::int FROM pg_type WHERE typname IN ('hstore', '_hstore')")).toEqual([[0]]);
  });
});

describe('hstore', () => {
  beforeAll(async () => {
    await client().query('CREATE EXTENSION hstore');
    await client().query('CREATE TABLE items (id int PRIMARY KEY, attrs hstore)');
  });

  it('is listed in pg_extension and pg_type with its array type, as drivers look it up', async () => {
    expect(await rows("SELECT extname, extversion FROM pg_extension WHERE extname = 'hstore'")).toEqual([['hstore', '1.8']]);
    const [[oid, array, elem, category]] = (await rows("SELECT t.oid, t.typarray, a.typelem, t.typcategory FROM pg_type t JOIN pg_type a ON a.oid = t.typarray WHERE t.typname = 'hstore'")) as number[][];
    expect(elem).toBe(oid);
    expect(array).not.toBe(0);
    expect(category).toBe('U');
    // psycopg2's register_hstore asks this, with the type's own oid and its array's.
    expect(await rows("SELECT t.oid, typarray FROM pg_type t JOIN pg_namespace ns ON typnamespace = ns.oid WHERE typname = 'hstore'")).toEqual([[oid, array]]);
  });

  it('stores keys in hstore order (length, then bytes), the first of a duplicate, NULLs and escapes as hstore_out prints them', async () => {
    await client().query(`INSERT INTO items VALUES (1, 'bb=>2, a=>1, a=>9, c=>NULL, d=>"NULL"'), (2, $1), (3, '')`, ['"q\\"t"=>"x\\\\y", k=>"a b"']);
    expect(await rows('SELECT id, attrs FROM items ORDER BY id')).toEqual([
      [1, '"a"=>"1", "c"=>NULL, "d"=>"NULL", "bb"=>"2"'],
      [2, '"k"=>"a b", "q\\"t"=>"x\\\\y"'],
      [3, ''],
    ]);
  });

  it('answers its operators and functions over parameters', async () => {
    expect(await rows('SELECT attrs -> $1, attrs ? $1, attrs @> $2::hstore, akeys(attrs) FROM items WHERE id = 1', ['bb', 'a=>1'])).toEqual([['2', true, true, ['a', 'c', 'd', 'bb']]]);
    expect(await rows('SELECT id FROM items WHERE attrs ?| $1::text[] ORDER BY id', [['k', 'c']])).toEqual([[1], [2]]);
    expect(await rows("SELECT attrs || 'a=>0, z=>1', attrs - ARRAY['c', 'd'], delete(attrs, 'a=>1'::hstore), attrs['bb'] FROM items WHERE id = 1")).toEqual([
      ['"a"=>"0", "c"=>NULL, "d"=>"NULL", "z"=>"1", "bb"=>"2"', '"a"=>"1", "bb"=>"2"', '"c"=>NULL, "d"=>"NULL", "bb"=>"2"', '2'],
    ]);
    expect(await rows("SELECT k, v FROM each('b=>1, a=>NULL'::hstore) AS e(k, v) ORDER BY k")).toEqual([['a', null], ['b', '1']]);
    expect(await rows("SELECT hstore_to_jsonb(attrs), attrs::json FROM items WHERE id = 1")).toEqual([
      [{ a: '1', c: null, d: 'NULL', bb: '2' }, { a: '1', c: null, d: 'NULL', bb: '2' }],
    ]);
  });

  it('groups and compares equal values written in another order as one', async () => {
    await client().query("INSERT INTO items VALUES (4, 'bb=>2, d=>NULL, c=>NULL, a=>1'), (5, 'a=>1, bb=>2, c=>NULL, d=>NULL')");
    expect(await rows('SELECT count(DISTINCT attrs)::int FROM items WHERE id IN (4, 5)')).toEqual([[1]]);
    expect(await rows("SELECT id FROM items WHERE attrs = 'd=>NULL, c=>NULL, bb=>2, a=>1' ORDER BY id")).toEqual([[4], [5]]);
  });

  it('sends hstore_send\'s binary form to a client that asks for it', async () => {
    const c = await RawClient.connect(client().host, client().port);
    expect(await c.prepare('h', 'SELECT $1::hstore AS h', [0])).toBeNull();
    const r = await c.execPrepared('h', ['b=>x, a=>NULL'], 1);
    await c.close();
    expect(r.fields?.[0]).toMatchObject({ name: 'h', format: 1 });
    // Two pairs; key "a" with value NULL (-1), then key "b" with value "x".
    expect(r.rows[0]![0]!.toString('hex')).toBe('00000002' + '00000001' + '61' + 'ffffffff' + '00000001' + '62' + '00000001' + '78');
  });

  it('keeps GIN and GiST indexes over hstore, shown as made', async () => {
    await client().query('CREATE INDEX items_attrs ON items USING gin (attrs)');
    await client().query('CREATE INDEX items_attrs_gist ON items USING gist (attrs gist_hstore_ops)');
    expect(await rows("SELECT indexdef FROM pg_indexes WHERE tablename = 'items' AND indexname LIKE 'items_attrs%' ORDER BY 1")).toEqual([
      ['CREATE INDEX items_attrs ON public.items USING gin (attrs)'],
      ['CREATE INDEX items_attrs_gist ON public.items USING gist (attrs)'],
    ]);
    expect(await rows("SELECT id FROM items WHERE attrs @> 'k=>\"a b\"'")).toEqual([[2]]);
  });

  it('refuses what PostgreSQL refuses, with its SQLSTATE', async () => {
    expect(await failure("SELECT 'a=>1 b'::hstore")).toEqual({ code: 'XX000', message: 'Syntax error near "b" at position 5' });
    expect(await failure("SELECT 'a=>'::hstore")).toEqual({ code: 'XX000', message: 'Unexpected end of string' });
    expect(await failure("SELECT hstore(ARRAY['a', 'b', 'c'])")).toEqual({ code: '2202E', message: 'array must have even number of elements' });
    expect(await failure("SELECT hstore(ARRAY[NULL, 'b'])")).toEqual({ code: '22004', message: 'null value not allowed for hstore key' });
    expect(await failure("SELECT 'a=>1'::hstore < 'b=>1'::hstore")).toMatchObject({ code: '42883' });
    expect(await failure("SELECT 'a=>1'::hstore::int")).toEqual({ code: '42846', message: 'cannot cast type hstore to integer' });
    expect(await failure('DROP EXTENSION hstore')).toMatchObject({ code: '2BP01', message: 'cannot drop extension hstore because other objects depend on it' });
    expect(await rows('SELECT count(*)::int FROM items')).toEqual([[5]]);
  });

  it('drops with its last column', async () => {
    await client().query('DROP TABLE items');
    await client().query('DROP EXTENSION hstore');
    expect(await failure("SELECT 'a=>1'::hstore")).toMatchObject({ code: '42704' });
  });
});
