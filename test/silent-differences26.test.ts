/**
 * The twenty-sixth session's silent differences (test/corpus/45-wrong26.sql), through a real
 * server and the `pg` driver: each answer here is PostgreSQL 15's, which evsql gave otherwise.
 */
import { describe, expect, it } from 'vitest';
import { sharedClient } from './helpers/shared-client.js';

const { client } = sharedClient();
const code = async (text: string) => client().query(text).then(() => 'no error', (e: { code?: string }) => e.code);
const text = async (sql: string, values?: unknown[]) => (await client().query({ text: sql, values, rowMode: 'array', types: { getTypeParser: () => (v: string) => v } })).rows;

describe('array_position', () => {
  it('refuses a multidimensional array, also through a parameter', async () => {
    expect(await code('SELECT array_position(ARRAY[[1,2],[3,4]], 2)')).toBe('0A000');
    await expect(client().query('SELECT array_position($1::int[], $2::int)', ['{{1,2},{3,4}}', 2])).rejects.toMatchObject({ code: '0A000' });
  });

  it('refuses a NULL start only where the search reaches it', async () => {
    expect(await code('SELECT array_position(ARRAY[1,2], 1, NULL)')).toBe('22004');
    expect(await text(`SELECT array_position('{}'::int[], 1, NULL), array_position(ARRAY[1,2], NULL, NULL), array_position(ARRAY[1,2,1], 1, 2)`)).toEqual([[null, null, '3']]);
  });
});

describe('array_replace', () => {
  it('replaces among a multidimensional array\'s leaves', async () => {
    expect(await text('SELECT array_replace(ARRAY[[1,NULL],[3,1]], 1, 9), array_replace($1::int[], NULL, 0)', ['{{1,NULL},{3,1}}'])).toEqual([['{{9,NULL},{3,9}}', '{{1,0},{3,1}}']]);
  });
});

describe('INTERSECT and EXCEPT of numerics that carry their display scales', () => {
  it('print the left member\'s texts through EXCEPT ALL and INTERSECT ALL', async () => {
    await client().query('CREATE TABLE w26n (id int, g text, x numeric)');
    await client().query(`INSERT INTO w26n VALUES (1, 'a', 2.50), (2, 'b', 10.0), (3, 'b', NULL), (4, 'c', 10.0)`);
    expect(await text('SELECT x FROM w26n EXCEPT ALL SELECT 1 ORDER BY 1')).toEqual([['2.50'], ['10.0'], ['10.0'], [null]]);
    expect(await text('SELECT x FROM w26n INTERSECT ALL SELECT x FROM w26n WHERE id < 3 ORDER BY 1')).toEqual([['2.50'], ['10.0']]);
  });

  it('compare a right member whose columns share a name by position', async () => {
    expect(await text(`SELECT x, g FROM w26n EXCEPT SELECT 10, 'b' ORDER BY 1, 2`)).toEqual([['2.50', 'a'], ['10.0', 'c'], [null, 'b']]);
    expect(await text(`SELECT x, g FROM w26n EXCEPT ALL SELECT 10, 'b' ORDER BY 1, 2`)).toEqual([['2.50', 'a'], ['10.0', 'c'], [null, 'b']]);
  });

  it('refuse an INTERSECT group whose sides print it differently: which side PostgreSQL keeps is its plan\'s', async () => {
    expect(await code('SELECT x FROM w26n INTERSECT SELECT 10 ORDER BY 1')).toBe('0A000');
  });

  it('judge only the groups kept: one printed two ways that EXCEPT removes is answered', async () => {
    await client().query(`INSERT INTO w26n VALUES (5, 'b', 10)`);
    expect(await code('SELECT x FROM w26n EXCEPT ALL SELECT 1 ORDER BY 1')).toBe('0A000');
    expect(await text('SELECT x FROM w26n EXCEPT SELECT 10 ORDER BY 1')).toEqual([['2.50'], [null]]);
    expect(await text('SELECT x FROM w26n INTERSECT ALL SELECT x FROM w26n WHERE id = 1 ORDER BY 1')).toEqual([['2.50']]);
  });
});

describe('a scalar subquery in a grouped query', () => {
  it('prints a numeric with the scale its query carries', async () => {
    await client().query('CREATE TABLE w26g (id int, g text, x numeric)');
    await client().query(`INSERT INTO w26g VALUES (1, 'a', 2.50), (2, 'b', 10.0), (3, 'b', NULL)`);
    expect(await text('SELECT g, (SELECT max(x) FROM w26g n WHERE n.g = m.g), count(*) FROM w26g m GROUP BY g ORDER BY g')).toEqual([['a', '2.50', '1'], ['b', '10.0', '2']]);
    expect(await text('SELECT g, (SELECT x FROM w26g WHERE id = 2) + 1 FROM w26g GROUP BY g ORDER BY g')).toEqual([['a', '11.0'], ['b', '11.0']]);
  });
});
