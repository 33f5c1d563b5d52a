/**
 * Property test of evsql's arithmetic against a real PostgreSQL 15: random expressions over numeric,
 * integer and float8 values (+ - * /, unary minus, round, trunc, abs, ceil, floor, mod, casts)
 * from a fixed seed, evaluated by both servers, must print the same text or fail with the same
 * SQLSTATE (division by zero, integer overflow, a function that does not exist for the types).
 * EVSQL_PROPERTY_SEED picks another seed. Expressions are sent 100 to a SELECT; a SELECT that
 * fails is retried one expression at a time to compare the errors.
 */
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startPostgres, type TestPostgres } from './helpers/postgres.js';
import { startServer, type TestServer } from './helpers/server.js';

const EXPRESSIONS = 10_000;
const PER_SELECT = 100;

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

type Outcome = string[] | { error: string };

const rawText = { getTypeParser: () => (v: string) => v };

async function evaluate(client: pg.Client, exprs: string[]): Promise<Outcome> {
  try {
    const res = await client.query({ text: `SELECT ${exprs.join(', ')}`, rowMode: 'array', types: rawText });
    // SQLite does not keep the sign of a REAL zero (README, SQL compatibility): -0 and 0 compare equal here.
    return (res.rows[0] as Array<string | null>).map((v) => (v === '-0' ? '0' : String(v)));
  } catch (err) {
    return { error: (err as { code?: string }).code ?? String(err) };
  }
}

let server: TestServer;
let postgres: TestPostgres;

beforeAll(async () => {
  [server, postgres] = await Promise.all([startServer(['--replicas', '1']), startPostgres()]);
});

afterAll(async () => {
  await postgres?.stop();
  expect(await server?.stop()).toBe(0);
});

it(`evaluates ${EXPRESSIONS} random arithmetic expressions as PostgreSQL 15 does`, { timeout: 240_000 }, async () => {
  const all = expressions(EXPRESSIONS, Number(process.env.EVSQL_PROPERTY_SEED ?? 20260101));
  const connect = async (config: pg.ClientConfig) => {
    const c = new pg.Client({ ...config, types: rawText });
    c.on('error', () => undefined);
    await c.connect();
    return c;
  };
  const ev = await connect(server.config());
  const pgc = await connect(postgres.config());
  const mismatches: string[] = [];
  let errors = 0;
  try {
    for (let i = 0; i < all.length; i += PER_SELECT) {
      const batch = all.slice(i, i + PER_SELECT);
      const [expected, actual] = [await evaluate(pgc, batch), await evaluate(ev, batch)];
      if (Array.isArray(expected) && Array.isArray(actual)) {
        batch.forEach((e, j) => {
          if (expected[j] !== actual[j]) mismatches.push(`${e}\n    postgres: ${expected[j]}\n    evsql:    ${actual[j]}`);
        });
        continue;
      }
      for (const e of batch) {
        const [x, y] = [await evaluate(pgc, [e]), await evaluate(ev, [e])];
        if (!Array.isArray(x)) errors++;
        if (JSON.stringify(x) !== JSON.stringify(y)) mismatches.push(`${e}\n    postgres: ${JSON.stringify(x)}\n    evsql:    ${JSON.stringify(y)}`);
      }
    }
  } finally {
    await ev.end().catch(() => undefined);
    await pgc.end().catch(() => undefined);
  }
  console.log(`numeric property: ${all.length - mismatches.length}/${all.length} identical (${errors} raise errors in PostgreSQL)\n${mismatches.slice(0, 30).join('\n')}`);
  expect(errors).toBeGreaterThan(0);
  expect(mismatches).toEqual([]);
});
