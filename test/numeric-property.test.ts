/**
 * Property tests of evsql's numerics against a real PostgreSQL 15. Random expressions over numeric,
 * integer and float8 values (+ - * /, unary minus, round, trunc, abs, ceil, floor, mod, casts)
 * from a fixed seed, evaluated by both servers, must print the same text or fail with the same
 * SQLSTATE (division by zero, integer overflow, a function that does not exist for the types).
 * EVSQL_PROPERTY_SEED picks another seed. Expressions are sent 500 to a SELECT; a SELECT that
 * fails is split in halves until each error has its expression. And random comparisons of an
 * indexed numeric column holding values of every stored form (BLOBs of many digits among them)
 * with constants, each as the ids it selects, must select the same rows.
 *
 * PostgreSQL's answers for the default seed are recorded in test/recorded/numeric-property.json and
 * numeric-compare-property.json
 * (helpers/recorded.ts): replayed where no PostgreSQL is installed, checked where one is.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startPostgres, type TestPostgres } from './helpers/postgres.js';
import { postgresSource, readRecording, RERECORD, writeRecording } from './helpers/recorded.js';
import { startServer, type TestServer } from './helpers/server.js';

const EXPRESSIONS = 10_000;
const PER_SELECT = 500;
const DEFAULT_SEED = 20260101;
const RECORDING = 'numeric-property.json';

type Kind = 'int' | 'numeric' | 'float';

interface Expr {
  sql: string;
  kind: Kind;
}

/** mulberry32: a small deterministic generator, so a failure reproduces. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function expressions(count: number, seed: number): string[] {
  const random = generator(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const digits = (n: number) => Array.from({ length: n }, () => String(int(10))).join('');

  const leaf = (): Expr => {
    switch (int(6)) {
      case 0:
        return { sql: String(int(1000)), kind: 'int' };
      case 1:
        return { sql: pick(['2147483647', '2147483646', '65536', '46341', '0', '1']), kind: 'int' };
      case 2:
        return { sql: `${pick(['', '-'])}${digits(1 + int(20))}.${digits(int(12))}::numeric`, kind: 'numeric' };
      case 3:
        return { sql: `${digits(1 + int(4))}.${digits(1 + int(4))}`, kind: 'numeric' };
      case 4:
        return { sql: `'${pick(['', '-'])}${digits(1 + int(6))}.${digits(int(6))}'::numeric`, kind: 'numeric' };
      default:
        return { sql: `${digits(1 + int(3))}.${digits(1 + int(3))}::float8`, kind: 'float' };
    }
  };

  const wider = (a: Kind, b: Kind): Kind => (a === 'float' || b === 'float' ? 'float' : a === 'numeric' || b === 'numeric' ? 'numeric' : 'int');

  const expr = (depth: number): Expr => {
    if (depth === 0 || random() < 0.25) return leaf();
    switch (int(8)) {
      case 0:
      case 1:
      case 2:
      case 3: {
        const l = expr(depth - 1);
        const r = expr(depth - 1);
        return { sql: `(${l.sql} ${pick(['+', '-', '*', '/'])} ${r.sql})`, kind: wider(l.kind, r.kind) };
      }
      case 4: {
        const x = expr(depth - 1);
        return { sql: `(-${x.sql})`, kind: x.kind };
      }
      case 5: {
        const x = expr(depth - 1);
        // round(float8, int) and trunc(float8, int) do not exist; the one-argument forms do.
        if (x.kind === 'float') return { sql: `${pick(['round', 'trunc', 'abs', 'ceil', 'floor'])}(${x.sql})`, kind: 'float' };
        return { sql: `${pick(['round', 'trunc'])}(${x.sql}, ${int(6) - 1})`, kind: 'numeric' };
      }
      case 6: {
        const x = expr(depth - 1);
        return { sql: `${pick(['abs', 'ceil', 'floor'])}(${x.sql})`, kind: x.kind === 'int' && random() < 0.5 ? 'int' : x.kind };
      }
      default: {
        const l = expr(depth - 1);
        const r = expr(depth - 1);
        // float8 has no % and no mod().
        if (l.kind === 'float' || r.kind === 'float') return { sql: `(${l.sql} * ${r.sql})`, kind: 'float' };
        return { sql: random() < 0.5 ? `(${l.sql} % ${r.sql})` : `mod(${l.sql}, ${r.sql})`, kind: wider(l.kind, r.kind) };
      }
    }
  };

  return Array.from({ length: count }, () => expr(3).sql);
}

const COMPARISONS = 2_000;
const COMPARISON_RECORDING = 'numeric-compare-property.json';
const COMPARED_ROWS = 240;

/**
 * A table of numerics as evsql stores them in every form — integers, REALs, BLOBs of more than 15
 * digits, values sharing one nearest double, NaN, NULL — with an index on the column, and random
 * predicates over it (comparisons, BETWEEN, IN with constants near and equal to stored values),
 * each as the ids it selects; a few sorts and aggregates besides.
 */
function comparisons(count: number, seed: number): { setup: string[]; predicates: string[] } {
  const random = generator(seed ^ 0x5eed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const digits = (n: number) => Array.from({ length: n }, () => String(int(10))).join('');
  const base = `${1 + int(9)}${digits(19)}`;
  const number = (): string => {
    switch (int(4)) {
      case 0:
        return `${pick(['', '-'])}${digits(1 + int(4))}`;
      case 1:
        return `${pick(['', '-'])}${digits(1 + int(6))}.${digits(1 + int(6))}`;
      case 2:
        // Beyond a double's digits, often sharing one nearest double with others.
        return `${pick(['', '-'])}${base}.${digits(1 + int(3))}`;
      default:
        return `${pick(['', '-'])}${digits(1 + int(25))}.${digits(int(20))}`;
    }
  };
  const values = Array.from({ length: COMPARED_ROWS }, (_, i) => (i === 0 ? "'NaN'" : i === 1 ? 'NULL' : number()));
  const setup = [
    'DROP TABLE IF EXISTS prop_num',
    'CREATE TABLE prop_num (id int PRIMARY KEY, n numeric)',
    'CREATE INDEX prop_num_n ON prop_num (n)',
    `INSERT INTO prop_num VALUES ${values.map((v, i) => `(${i}, ${v})`).join(', ')}`,
  ];
  const constant = () => (random() < 0.4 ? pick(values.slice(2)) : number());
  const ids = (where: string) => `(SELECT string_agg(id::text, ',' ORDER BY id) FROM prop_num WHERE ${where})`;
  const predicate = (): string => {
    switch (int(5)) {
      case 0:
      case 1:
        return ids(`n ${pick(['<', '<=', '>', '>=', '=', '<>'])} ${constant()}`);
      case 2:
        return ids(`${constant()} ${pick(['<', '>'])} n`);
      case 3:
        return ids(`n ${pick(['', 'NOT '])}BETWEEN ${constant()} AND ${constant()}`);
      default:
        return ids(`n IN (${constant()}, ${constant()}, ${constant()})`);
    }
  };
  const predicates = Array.from({ length: count }, predicate);
  predicates.push(
    `(SELECT string_agg(id::text, ',' ORDER BY n, id) FROM prop_num)`,
    `(SELECT string_agg(id::text, ',' ORDER BY n DESC, id) FROM prop_num)`,
    `(SELECT min(n)::text || ' ' || max(n)::text FROM prop_num)`,
    `(SELECT count(DISTINCT n) FROM prop_num)`,
  );
  return { setup, predicates };
}

/** An expression's text, or the SQLSTATE it fails with. */
type Outcome = string | null | { error: string };

interface Recording {
  seed: number;
  sha256: string;
  outcomes: Outcome[];
}

const rawText = { getTypeParser: () => (v: string) => v };

/** One SELECT of every expression: their values, or the SELECT's error. */
async function select(client: pg.Client, exprs: string[]): Promise<Array<string | null> | { error: string }> {
  try {
    const res = await client.query({ text: `SELECT ${exprs.join(', ')}`, rowMode: 'array', types: rawText });
    // SQLite does not keep the sign of a REAL zero (README, SQL compatibility): -0 and 0 compare equal here.
    return (res.rows[0] as Array<string | null>).map((v) => (v === '-0' ? '0' : v));
  } catch (err) {
    return { error: (err as { code?: string }).code ?? String(err) };
  }
}

/** Each expression's outcome, from as few SELECTs as the errors allow. */
async function evaluate(client: pg.Client, exprs: string[]): Promise<Outcome[]> {
  const all = await select(client, exprs);
  if (Array.isArray(all)) return all;
  if (exprs.length === 1) return [all];
  const half = exprs.length >> 1;
  return [...(await evaluate(client, exprs.slice(0, half))), ...(await evaluate(client, exprs.slice(half)))];
}

/** Each expression's outcome on evsql: those PostgreSQL evaluates batched, those it refuses one by one. */
async function evaluateLike(client: pg.Client, exprs: string[], expected: Outcome[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = new Array<Outcome>(exprs.length);
  const fine = exprs.flatMap((_, i) => (isError(expected[i]!) ? [] : [i]));
  for (let k = 0; k < fine.length; k += PER_SELECT) {
    const batch = fine.slice(k, k + PER_SELECT);
    (await evaluate(client, batch.map((i) => exprs[i]!))).forEach((o, j) => (outcomes[batch[j]!] = o));
  }
  for (const [i, e] of exprs.entries()) if (isError(expected[i]!)) outcomes[i] = (await evaluate(client, [e]))[0]!;
  return outcomes;
}

function isError(o: Outcome): o is { error: string } {
  return o !== null && typeof o === 'object';
}

const source = postgresSource();
const seed = Number(process.env.EVSQL_PROPERTY_SEED ?? DEFAULT_SEED);
let server: TestServer;
let postgres: TestPostgres | undefined;

beforeAll(async () => {
  const started = source === 'replay' ? undefined : startPostgres();
  server = await startServer(['--replicas', '1']);
  postgres = await started;
});

afterAll(async () => {
  await postgres?.stop();
  expect(await server?.stop()).toBe(0);
});

/**
 * PostgreSQL's outcomes: from the live server (recorded or checked against the recording) or the
 * recording. `setup` runs first (and is part of what the recording's hash covers).
 */
async function postgresOutcomes(all: string[], recording: string, setup: string[] = []): Promise<{ outcomes: Outcome[]; stale: boolean }> {
  const sha256 = createHash('sha256').update([...setup, ...all].join('\n')).digest('hex');
  const recorded = seed === DEFAULT_SEED ? readRecording<Recording>(recording) : undefined;
  const current = recorded?.sha256 === sha256 ? recorded : undefined;
  if (!postgres) {
    if (!current) throw new Error(`no PostgreSQL, and test/recorded/${recording} does not hold seed ${seed}'s expressions: ${RERECORD}`);
    return { outcomes: current.outcomes, stale: false };
  }
  const client = await connect(postgres.config());
  try {
    for (const statement of setup) await client.query(statement);
    const outcomes: Outcome[] = [];
    for (let i = 0; i < all.length; i += PER_SELECT) outcomes.push(...(await evaluate(client, all.slice(i, i + PER_SELECT))));
    if (source === 'record') writeRecording(recording, { seed, sha256, outcomes });
    const stale = source === 'live' && seed === DEFAULT_SEED && JSON.stringify(current?.outcomes) !== JSON.stringify(outcomes);
    return { outcomes, stale };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Runs `all` on evsql as on PostgreSQL and lists the expressions whose outcomes differ. */
async function compare(name: string, all: string[], recording: string, setup: string[] = []): Promise<{ mismatches: string[]; errors: number }> {
  const { outcomes: expected, stale } = await postgresOutcomes(all, recording, setup);
  const ev = await connect(server.config());
  let actual: Outcome[];
  try {
    for (const statement of setup) await ev.query(statement);
    actual = await evaluateLike(ev, all, expected);
  } finally {
    await ev.end().catch(() => undefined);
  }
  const mismatches = all.flatMap((e, i) =>
    JSON.stringify(expected[i]) === JSON.stringify(actual[i]) ? [] : [`${e}\n    postgres: ${JSON.stringify(expected[i])}\n    evsql:    ${JSON.stringify(actual[i])}`],
  );
  const errors = expected.filter(isError).length;
  console.log(`${name}: ${all.length - mismatches.length}/${all.length} identical (${errors} raise errors in PostgreSQL)\n${mismatches.slice(0, 30).join('\n')}`);
  expect(stale, `test/recorded/${recording} differs from what PostgreSQL answers: ${RERECORD}`).toBe(false);
  return { mismatches, errors };
}

async function connect(config: pg.ClientConfig): Promise<pg.Client> {
  const c = new pg.Client({ ...config, types: rawText });
  c.on('error', () => undefined);
  await c.connect();
  return c;
}

it(`evaluates ${EXPRESSIONS} random arithmetic expressions as PostgreSQL 15 does (${source === 'replay' ? 'recorded' : 'live'})`, { timeout: 240_000 }, async () => {
  const { mismatches, errors } = await compare('numeric property', expressions(EXPRESSIONS, seed), RECORDING);
  expect(errors).toBeGreaterThan(0);
  expect(mismatches).toEqual([]);
});

it(`compares an indexed numeric column of many-digit values with ${COMPARISONS} random constants as PostgreSQL 15 does (${source === 'replay' ? 'recorded' : 'live'})`, { timeout: 120_000 }, async () => {
  const { setup, predicates } = comparisons(COMPARISONS, seed);
  const { mismatches } = await compare('numeric comparison property', predicates, COMPARISON_RECORDING, setup);
  expect(mismatches).toEqual([]);
});
