/**
 * setseed() makes random() draw PostgreSQL 15's own sequence (its xoroshiro128** generator), in
 * reads and in writes every replica runs, and a rollback does not take the draws back. The values
 * are PostgreSQL 15's answers to the same statements.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededDraw, seededState } from '../dialect/runtime/seeded-random.js';
import { startServer, type TestServer } from './helpers/server.js';

describe('the seeded generator', () => {
  it('draws what PostgreSQL 15 draws after setseed(0.5)', () => {
    let state = seededState(0.5);
    const values: number[] = [];
    for (let i = 0; i < 5; i++) ({ value: values[i], state } = seededDraw(state));
    expect(values).toEqual([0.9851677175347999, 0.825301858027981, 0.12974610012450416, 0.16356291958601088, 0.6476186144084]);
  });

  it('seeds from a negative value and from the ends of the range', () => {
    expect(seededDraw(seededState(-0.25)).value).toBe(0.5553213340039351);
    expect(seededDraw(seededState(-1)).value).toBe(0.725656831544149);
    expect(seededDraw(seededState(1)).value).toBe(0.3978842227698167);
  });

  it('refuses a seed outside [-1, 1] with 22023', () => {
    expect(() => seededState(1.5)).toThrow(expect.objectContaining({ code: '22023', message: 'setseed parameter 1.5 is out of allowed range [-1,1]' }));
    expect(() => seededState(Number.NaN)).toThrow(expect.objectContaining({ code: '22023' }));
  });
});

describe('setseed() through a server', () => {
  let server: TestServer;
  let c: pg.Client;

  beforeAll(async () => {
    server = await startServer();
    c = new pg.Client({ host: '127.0.0.1', port: server.port, user: 'postgres', database: 'postgres' });
    await c.connect();
  });

  afterAll(async () => {
    await c.end();
    expect(await server.stop()).toBe(0);
  });

  const one = async (sql: string): Promise<unknown> => Object.values((await c.query(sql)).rows[0] as object)[0];

  it('continues one sequence across statements, rows and the extended protocol', async () => {
    await c.query('SELECT setseed(0.5)');
    const rows = (await c.query('SELECT random() AS r FROM generate_series(1, 2)')).rows.map((r: { r: number }) => r.r);
    expect(rows).toEqual([0.9851677175347999, 0.825301858027981]);
    expect((await c.query({ text: 'SELECT random() AS a, random() AS b', values: [] })).rows[0]).toEqual({ a: 0.12974610012450416, b: 0.16356291958601088 });
    expect(await one('SELECT random()')).toBe(0.6476186144084);
  });

  it('draws the same values in a replicated write, and a rollback keeps the draws', async () => {
    await c.query('CREATE TABLE seeded_draws (x float8)');
    await c.query('SELECT setseed(0.3)');
    await c.query('INSERT INTO seeded_draws SELECT random() FROM generate_series(1, 3)');
    expect(await one('SELECT random()')).toBe(0.07203715234249097);
    await c.query('BEGIN');
    await c.query('INSERT INTO seeded_draws VALUES (random())');
    await c.query('ROLLBACK');
    expect(await one('SELECT random()')).toBe(0.04773214554638239);
    const stored = (await c.query('SELECT x FROM seeded_draws')).rows.map((r: { x: number }) => r.x);
    expect(stored.sort((a, b) => a - b)).toEqual([0.04390722934237634, 0.09576053854453082, 0.662926946301782]);
  });

  it('draws after RESET ALL, which empties the state', async () => {
    await c.query('SELECT setseed(0.5)');
    await c.query('RESET ALL');
    const r = (await one('SELECT random()')) as number;
    expect(r >= 0 && r < 1).toBe(true);
  });

  it('answers 22023 for a seed out of range and keeps serving', async () => {
    await expect(c.query('SELECT setseed(2)')).rejects.toMatchObject({ code: '22023', message: 'setseed parameter 2 is out of allowed range [-1,1]' });
    expect(await one('SELECT setseed(NULL) IS NULL')).toBe(true);
    expect(await one('SELECT 1')).toBe(1);
  });
});
