/**
 * The thirtieth session's silent differences in arrays (test/corpus/49-wrong30.sql), through a
 * real server and the `pg` driver: each answer here is PostgreSQL 15's, which evsql gave otherwise.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedClient } from './helpers/shared-client.js';

const { client } = sharedClient();
const text = async (sql: string, values?: unknown[]) => (await client().query({ text: sql, values, rowMode: 'array', types: { getTypeParser: () => (v: string) => v } })).rows;

beforeAll(async () => {
  await client().query('CREATE TABLE w30b (id int PRIMARY KEY, a bigint[], f float8[])');
  await client().query(`INSERT INTO w30b VALUES (1, '{9223372036854775807,-1}', '{1e17,-1e20}'), (2, '{9223372036854775806}', '{1e300}'), (3, '{9007199254740993,NULL}', NULL)`);
});
afterAll(async () => {
  await client().query('DROP TABLE w30b');
});

describe('a bigint[] of elements past 2^53', () => {
  it('finds each element exactly, not its nearest double (= ANY, @>, &&, array_position)', async () => {
    expect(await text('SELECT id, 9223372036854775806 = ANY(a), a @> ARRAY[9223372036854775806], a && ARRAY[9007199254740992], array_position(a, 9223372036854775806) FROM w30b ORDER BY id')).toEqual([
      ['1', 'f', 'f', 'f', null],
      ['2', 't', 't', 'f', '1'],
      ['3', null, 'f', 'f', null],
    ]);
    expect(await text('SELECT id FROM w30b WHERE 9007199254740993 = ANY($1::bigint[]) ORDER BY id', ['{9007199254740992,5}'])).toEqual([]);
    expect(await text('SELECT id FROM w30b WHERE a[1] = ANY($1::bigint[]) ORDER BY id', ['{9007199254740993,9223372036854775806}'])).toEqual([['2'], ['3']]);
  });

  it('reads, unnests and edits them with every digit (a subscript failed with XX000, an edit rounded them)', async () => {
    expect(await text('SELECT a[1], a[1:1] FROM w30b ORDER BY id')).toEqual([
      ['9223372036854775807', '{9223372036854775807}'],
      ['9223372036854775806', '{9223372036854775806}'],
      ['9007199254740993', '{9007199254740993}'],
    ]);
    expect(await text('SELECT u FROM w30b, unnest(a) u WHERE id = 1 ORDER BY u')).toEqual([['-1'], ['9223372036854775807']]);
    expect(await text('SELECT array_remove(a, -1), array_replace(a, -1, 9223372036854775805) FROM w30b WHERE id = 1')).toEqual([['{9223372036854775807}', '{9223372036854775807,9223372036854775805}']]);
  });

  it('leaves a float8[] of whole values past 2^53 as doubles (unnest of 1e300 or -1e20 failed with XX000)', async () => {
    expect(await text('SELECT u FROM w30b, unnest(f) u ORDER BY u')).toEqual([['-1e+20'], ['1e+17'], ['1e+300']]);
  });
});

describe('array_to_string of a char(n)[]', () => {
  it('joins the elements with their padding, as they print', async () => {
    expect(await text("SELECT array_to_string('{a,bb,NULL}'::char(3)[], '|'), array_to_string('{a,bb,NULL}'::char(3)[], ',', '*'), array_to_string(ARRAY['x'::char(2)], '|')")).toEqual([['a  |bb ', 'a  ,bb ,*', 'x ']]);
  });
});
