/**
 * The twenty-third session's silent differences (test/corpus/42-wrong23.sql), through a real
 * server and the `pg` driver: each answer here is PostgreSQL 15's, which evsql gave otherwise
 * without an error.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedClient } from './helpers/shared-client.js';

const { client, rows } = sharedClient();
const code = async (text: string) => client().query(text).then(() => 'no error', (e: { code?: string }) => e.code);

describe('char(n) beside text in a result set operation', () => {
  beforeAll(async () => {
    await client().query('CREATE TABLE c23 (id int PRIMARY KEY, c char(5), t text)');
    await client().query("INSERT INTO c23 VALUES (1, 'ab', 'xy'), (2, 'abc', 'z '), (3, NULL, NULL)");
  });

  it('prints each member as it has its values: the char(n) padded, the text as it is', async () => {
    expect(await rows('SELECT c FROM c23 UNION ALL SELECT t FROM c23 ORDER BY 1')).toEqual([['ab   '], ['abc  '], ['xy'], ['z '], [null], [null]]);
    expect(await rows("SELECT c FROM c23 UNION ALL SELECT 'lit' ORDER BY 1")).toEqual([['ab   '], ['abc  '], ['lit'], [null]]);
    expect(await rows('SELECT c, 1 AS m FROM c23 UNION ALL SELECT c::char(3), 2 FROM c23 ORDER BY 1, 2')).toEqual([['ab   ', 1], ['ab ', 2], ['abc  ', 1], ['abc', 2], [null, 1], [null, 2]]);
  });

  it('keeps the left member row of a UNION group, and the text member’s own where it alone has one', async () => {
    expect(await rows('SELECT c FROM c23 UNION SELECT t FROM c23 ORDER BY 1')).toEqual([['ab   '], ['abc  '], ['xy'], ['z '], [null]]);
    expect(await rows("SELECT c FROM c23 UNION SELECT 'ab' ORDER BY 1")).toEqual([['ab   '], ['abc  '], [null]]);
    expect(await rows("SELECT c FROM c23 UNION SELECT t FROM c23 UNION SELECT 'q' ORDER BY 1")).toEqual([['ab   '], ['abc  '], ['q'], ['xy'], ['z '], [null]]);
    expect(await rows("SELECT c FROM c23 UNION SELECT t FROM c23 INTERSECT SELECT 'xy' ORDER BY 1")).toEqual([['ab   '], ['abc  '], ['xy'], [null]]);
  });

  it('describes the column, and min/max of char(n), with no typmod', async () => {
    const union = await client().query('SELECT c FROM c23 UNION ALL SELECT t FROM c23');
    const min = await client().query('SELECT min(c), c FROM c23 GROUP BY c');
    expect([union.fields[0]!.dataTypeModifier, min.fields[0]!.dataTypeModifier, min.fields[1]!.dataTypeModifier]).toEqual([-1, -1, 9]);
    expect(await rows('SELECT min(c), max(c) FROM c23')).toEqual([['ab   ', 'abc  ']]);
  });
});

describe('UNION of numerics equal at different scales', () => {
  beforeAll(async () => {
    await client().query('CREATE TABLE n23 (id int PRIMARY KEY, a numeric, b numeric)');
    await client().query('INSERT INTO n23 VALUES (1, 1.0, 1.00), (2, 2.50, 2.5), (3, 1.00, 3), (4, 4, 4), (5, 5, 5)');
  });

  it('keeps the left member’s text where the UNION reads fewer than 7 rows', async () => {
    expect(await rows('SELECT 1.0 UNION SELECT 1.00')).toEqual([['1.0']]);
    expect(await rows('SELECT 1.00 UNION SELECT 1.0')).toEqual([['1.00']]);
    expect(await rows('SELECT b FROM n23 WHERE id <= 2 UNION SELECT a FROM n23 WHERE id <= 2 ORDER BY 1')).toEqual([['1.00'], ['2.5']]);
  });

  it('refuses where the text kept is the plan’s or the table’s physical order', async () => {
    expect(await code('SELECT a FROM n23 WHERE id IN (1, 3) UNION SELECT 7')).toBe('0A000');
    expect(await code('SELECT a FROM n23 UNION SELECT b FROM n23')).toBe('0A000');
  });
});

describe('extract of a value that is no date, time or interval', () => {
  it('is an error, as there is no such function', async () => {
    expect(await code('SELECT extract(day FROM 5)')).toBe('42883');
    expect(await code("SELECT date_part('day', 2.5)")).toBe('42883');
    expect(await code("SELECT extract(day FROM '2024-01-05')")).toBe('42725');
    expect(await code('SELECT extract(day FROM NULL)')).toBe('42725');
    expect(await rows("SELECT extract(day FROM $1::date)", ['2024-03-05'])).toEqual([['5']]);
  });
});
