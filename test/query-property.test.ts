/**
 * Randomized differential of whole queries, SQLancer-style: from a fixed seed, SELECTs over three
 * small tables of NULLs, duplicates and mixed types (int, bigint, numeric(8,2), float8, text, bool,
 * date, timestamptz) — random WHERE predicates (AND/OR/NOT, IS [NOT] DISTINCT FROM, BETWEEN, IN
 * lists and subqueries, EXISTS, LIKE, CASE, coalesce, nullif, comparisons across types), select
 * lists, GROUP BY/HAVING, DISTINCT, inner/left/full joins, ORDER BY with NULLS FIRST/LAST and
 * LIMIT — must answer the rows PostgreSQL 15 answers (as a multiset unless ORDER BY orders them
 * fully: by every output column), or fail with its SQLSTATE. EVSQL_PROPERTY_SEED picks another seed.
 *
 * Ternary-logic partitioning is a second oracle, on evsql alone: a query's rows are those of the
 * query WHERE p, WHERE NOT p and WHERE (p) IS NULL together.
 *
 * PostgreSQL's answers for the default seed are recorded in test/recorded/query-property.json
 * (helpers/recorded.ts): replayed where no PostgreSQL is installed, checked where one is.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startPostgres, type TestPostgres } from './helpers/postgres.js';
import { postgresSource, readRecording, RERECORD, writeRecording } from './helpers/recorded.js';
import { startServer, type TestServer } from './helpers/server.js';

const QUERIES = 1_000;
const PARTITIONED = 300;
const DEFAULT_SEED = 20261205;
const RECORDING = 'query-property.json';

const SETUP = [
  'DROP TABLE IF EXISTS qp_c, qp_b, qp_a',
  'CREATE TABLE qp_a (id int PRIMARY KEY, i int, b bigint, n numeric(8,2), f float8, t text, ok bool, d date, ts timestamptz)',
  `INSERT INTO qp_a VALUES
    (1, 1, 10, 1.50, 1.5, 'a', true, '2024-01-01', '2024-01-01 10:00+00'),
    (2, 2, 20, 2.00, 2, 'b', false, '2024-01-02', '2024-01-02 00:00+00'),
    (3, NULL, 30, -1.25, -1.25, 'A', NULL, '2024-02-29', NULL),
    (4, 2, NULL, 2, NULL, 'b', true, NULL, '2023-12-31 23:59:59+00'),
    (5, 0, 0, 0, 0, '', false, '2024-01-01', '2024-01-01 00:00+00'),
    (6, -3, -5000000000, NULL, -0.5, NULL, true, '1999-12-31', '2024-01-01 12:30+00'),
    (7, 7, 7, 7.77, 7.77, 'abc', NULL, '2024-03-01', '2024-03-01 00:00+00'),
    (8, 1, 10, 1.5, 1.5, 'a', true, '2024-01-01', '2024-01-01 10:00+00'),
    (9, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
    (10, 10, 100, 100, 1e10, 'B', false, '2024-12-31', '2024-12-31 23:00+00'),
    (11, 3, 3, 0.1, 0.1, 'a%b', true, '2024-01-03', '2024-01-03 00:00+00'),
    (12, 5, 5, 5.55, 5.55, 'a_c', false, '2024-01-05', '2024-01-05 05:05+00')`,
  'CREATE TABLE qp_b (id int PRIMARY KEY, i int, n numeric(8,2), t text, d date)',
  `INSERT INTO qp_b VALUES
    (1, 1, 1.50, 'a', '2024-01-01'), (2, 2, 2.5, 'x', '2024-01-02'), (3, NULL, NULL, NULL, NULL),
    (4, 2, 2.00, 'b', '2024-02-29'), (5, 7, 7.77, 'abc', NULL), (6, 100, 0, 'B', '2024-01-01'),
    (7, 1, -1.25, 'a', '2024-12-31'), (8, 3, 3, '', '2024-01-03')`,
  'CREATE TABLE qp_c (k int, t text)',
  `INSERT INTO qp_c VALUES (1, 'a'), (2, NULL), (NULL, 'b'), (3, 'a'), (1, 'a')`,
];

type Type = 'int' | 'bigint' | 'numeric' | 'float' | 'text' | 'bool' | 'date' | 'timestamptz';

const COLUMNS: Record<string, Partial<Record<Type, string[]>>> = {
  qp_a: { int: ['id', 'i'], bigint: ['b'], numeric: ['n'], float: ['f'], text: ['t'], bool: ['ok'], date: ['d'], timestamptz: ['ts'] },
  qp_b: { int: ['id', 'i'], numeric: ['n'], text: ['t'], date: ['d'] },
  qp_c: { int: ['k'], text: ['t'] },
};

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

interface Query {
  sql: string;
  /**
   * ORDER BY every output column: the rows' order is the answer's, but for equal numerics of
   * different scales (2 and 2.00), whose order PostgreSQL leaves to the plan, and which of them
   * LIMIT keeps (`limited`).
   */
  ordered: boolean;
  limited?: boolean;
  /** The parts ternary-logic partitioning recombines; absent where it does not apply. */
  partition?: { head: string; predicate: string };
}

interface Relation {
  table: string;
  alias: string;
}

function queries(count: number, seed: number): Query[] {
  const random = generator(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const chance = (p: number) => random() < p;

  const column = (rels: Relation[], type: Type): string | undefined => {
    const options = rels.flatMap((r) => (COLUMNS[r.table]![type] ?? []).map((c) => `${r.alias}.${c}`));
    return options.length ? pick(options) : undefined;
  };

  const literal = (type: Type): string => {
    switch (type) {
      case 'int':
        return String(int(12) - 3);
      case 'bigint':
        return pick(['10', '5000000000', '-5000000000', '0']) + '::bigint';
      case 'numeric':
        return pick(['1.50', '2', '0.10', '-1.25', '7.77', '2.5', '100']);
      case 'float':
        return pick(['1.5', '2', '-0.5', '0.1', '1e10']) + '::float8';
      case 'text':
        return pick(["'a'", "'b'", "'A'", "''", "'abc'", "'x'", "'a%b'"]);
      case 'bool':
        return pick(['true', 'false']);
      case 'date':
        return pick(["date '2024-01-01'", "date '2024-02-29'", "date '2000-01-01'", "date '2024-12-31'"]);
      case 'timestamptz':
        return pick(["timestamptz '2024-01-01 10:00+00'", "timestamptz '2024-01-02 00:00+00'", "timestamptz '2024-01-01 00:00+00'"]);
    }
  };

  const expr = (rels: Relation[], type: Type, depth: number): string => {
    const col = column(rels, type);
    if (depth <= 0 || chance(0.35)) return col && chance(0.75) ? col : literal(type);
    const sub = (t: Type = type) => expr(rels, t, depth - 1);
    switch (int(6)) {
      case 0:
        return `coalesce(${sub()}, ${literal(type)})`;
      case 1:
        return type === 'bool' ? predicate(rels, depth - 1) : `CASE WHEN ${predicate(rels, depth - 1)} THEN ${sub()} ELSE ${sub()} END`;
      case 2:
        return type === 'bool' || type === 'float' ? sub() : `nullif(${sub()}, ${literal(type)})`;
      default:
        break;
    }
    switch (type) {
      case 'int':
        return pick([`(${sub()} ${pick(['+', '-', '*'])} ${sub()})`, `abs(${sub()})`, `(${sub()} % 3)`, `(${sub()} / 2)`, `length(${sub('text')})`, `(-${sub()})`, `${sub('numeric')}::int`, `(${sub('date')} - ${sub('date')})`, `extract(day from ${sub('date')})::int`, `sign(${sub()})`]);
      case 'bigint':
        return pick([`(${sub()} + ${sub('int')})`, `(${sub('int')}::bigint * 2)`, `abs(${sub()})`]);
      case 'numeric':
        return pick([`(${sub()} + ${sub('int')})`, `(${sub()} * 2)`, `round(${sub()}, 1)`, `(${sub()} - ${sub()})`, `abs(${sub()})`, `${sub('int')}::numeric(8,2)`, `trunc(${sub()})`, `(${sub()} / 4)`, `greatest(${sub()}, ${sub('int')})`]);
      case 'float':
        return pick([`(${sub()} * 2)`, `(${sub()} + ${sub('int')})`, `abs(${sub()})`, `${sub('numeric')}::float8`, `round(${sub()})`]);
      case 'text':
        return pick([`(${sub()} || 'x')`, `upper(${sub()})`, `lower(${sub()})`, `substr(${sub()}, 1, 2)`, `${sub('int')}::text`, `concat(${sub()}, ${sub('int')})`, `(${sub('numeric')} || '')`, `${sub('float')}::text`, `${sub('date')}::text`, `replace(${sub()}, 'a', 'z')`, `trim(${sub()})`]);
      case 'bool':
        return predicate(rels, depth - 1);
      case 'date':
        return pick([`(${sub()} + ${int(5)})`, `(${sub()} - 1)`, `${sub('timestamptz')}::date`, `date_trunc('month', ${sub()})::date`]);
      case 'timestamptz':
        return pick([`(${sub()} + interval '1 day')`, `date_trunc('day', ${sub()})`]);
    }
  };

  const COMPARED: Array<[Type, Type]> = [
    ['int', 'int'],
    ['int', 'numeric'],
    ['int', 'float'],
    ['numeric', 'float'],
    ['numeric', 'numeric'],
    ['bigint', 'int'],
    ['text', 'text'],
    ['date', 'date'],
    ['date', 'timestamptz'],
    ['timestamptz', 'timestamptz'],
    ['bool', 'bool'],
    ['float', 'float'],
  ];

  const predicate = (rels: Relation[], depth: number): string => {
    const [lt, rt] = pick(COMPARED);
    const l = () => expr(rels, lt, Math.min(depth, 1));
    const r = () => expr(rels, rt, Math.min(depth, 1));
    if (depth > 0 && chance(0.3)) {
      switch (int(3)) {
        case 0:
          return `(${predicate(rels, depth - 1)} AND ${predicate(rels, depth - 1)})`;
        case 1:
          return `(${predicate(rels, depth - 1)} OR ${predicate(rels, depth - 1)})`;
        default:
          return `(NOT ${predicate(rels, depth - 1)})`;
      }
    }
    switch (int(10)) {
      case 0:
        return `(${l()} IS ${pick(['', 'NOT '])}NULL)`;
      case 1:
        return `(${l()} IS ${pick(['', 'NOT '])}DISTINCT FROM ${r()})`;
      case 2:
        return `(${l()} ${pick(['', 'NOT '])}BETWEEN ${literal(rt)} AND ${r()})`;
      case 3:
        return `(${l()} ${pick(['', 'NOT '])}IN (${literal(lt)}, ${literal(lt)}${chance(0.3) ? ', NULL' : ''}))`;
      case 4: {
        // An uncorrelated or correlated subquery over another table.
        const inner = { table: pick(['qp_b', 'qp_c']), alias: `s${depth}` };
        const target = column([inner], 'int') ?? `${inner.alias}.k`;
        const where = chance(0.5) ? ` WHERE ${predicate([inner, ...(chance(0.5) ? rels : [])], 0)}` : '';
        if (chance(0.5)) return `(${expr(rels, 'int', 0)} ${pick(['', 'NOT '])}IN (SELECT ${target} FROM ${inner.table} ${inner.alias}${where}))`;
        return `(${pick(['', 'NOT '])}EXISTS (SELECT 1 FROM ${inner.table} ${inner.alias}${where}))`;
      }
      case 5: {
        const t = expr(rels, 'text', 0);
        return `(${t} ${pick(['LIKE', 'NOT LIKE', 'ILIKE'])} ${pick(["'a%'", "'%b'", "'_'", "'a\\_c'", "'%'", "'A%'"])})`;
      }
      case 6:
        return lt === 'bool' ? l() : `(${l()} ${pick(['=', '<>', '<', '<=', '>', '>='])} ${r()})`;
      default:
        return `(${l()} ${pick(['=', '<>', '<', '<=', '>', '>='])} ${r()})`;
    }
  };

  const TYPES: Type[] = ['int', 'int', 'bigint', 'numeric', 'numeric', 'float', 'text', 'text', 'bool', 'date', 'timestamptz'];

  const from = (): { rels: Relation[]; sql: string } => {
    const a = { table: 'qp_a', alias: 'a' };
    if (chance(0.6)) return { rels: [a], sql: 'qp_a a' };
    const b = chance(0.7) ? { table: 'qp_b', alias: 'b' } : { table: 'qp_c', alias: 'c' };
    const key = b.table === 'qp_b' ? pick(['i', 'id']) : 'k';
    const on = `a.${pick(['i', 'id'])} = ${b.alias}.${key}${chance(0.3) ? ` AND ${predicate([a, b], 0)}` : ''}`;
    return { rels: [a, b], sql: `qp_a a ${pick(['JOIN', 'LEFT JOIN', 'FULL JOIN', 'RIGHT JOIN'])} ${b.table} ${b.alias} ON ${on}` };
  };

  const order = (k: number, limit: boolean): string => {
    const keys = Array.from({ length: k }, (_, i) => `${i + 1}${pick(['', ' DESC'])}${pick(['', ' NULLS FIRST', ' NULLS LAST'])}`);
    return ` ORDER BY ${keys.join(', ')}${limit ? ` LIMIT ${1 + int(5)}${chance(0.3) ? ` OFFSET ${int(3)}` : ''}` : ''}`;
  };

  const plain = (): Query => {
    const { rels, sql } = from();
    const k = 1 + int(3);
    const distinct = chance(0.15);
    // DISTINCT of branches of different scales (`coalesce(n, 2)`) makes 2 and 2.00 one row, whose
    // text PostgreSQL takes from the plan's first: evsql refuses it (0A000).
    const item = (type: Type) => (distinct && type === 'numeric' ? (column(rels, type) ?? literal(type)) : expr(rels, type, 2));
    const list = Array.from({ length: k }, (_, i) => `${item(pick(TYPES))} AS c${i + 1}`).join(', ');
    const p = predicate(rels, 2);
    const head = `SELECT ${distinct ? 'DISTINCT ' : ''}${list} FROM ${sql}`;
    const sorted = chance(0.35);
    const limited = sorted && chance(0.7);
    const tail = sorted ? order(k, limited) : '';
    const query: Query = { sql: `${head} WHERE ${p}${tail}`, ordered: sorted, limited };
    if (!distinct && !sorted) query.partition = { head, predicate: p };
    return query;
  };

  const AGGREGATES: Array<[Type, (x: string) => string]> = [
    ['int', () => 'count(*)'],
    ['int', (x) => `count(${x})`],
    ['int', (x) => `sum(${x})`],
    ['numeric', (x) => `sum(${x})`],
    ['int', (x) => `min(${x})`],
    ['numeric', (x) => `max(${x})`],
    ['text', (x) => `max(${x})`],
    ['int', (x) => `avg(${x})`],
    ['numeric', (x) => `avg(${x})`],
    ['date', (x) => `min(${x})`],
    ['text', (x) => `string_agg(${x}, ',' ORDER BY ${x})`],
    ['bool', (x) => `bool_and(${x})`],
    ['int', (x) => `count(DISTINCT ${x})`],
  ];

  const grouped = (): Query => {
    const { rels, sql } = from();
    const keyTypes = Array.from({ length: int(3) }, () => pick(TYPES));
    // A numeric key of branches of different scales (`coalesce(n, 2)`) groups 2 and 2.00 as one,
    // whose text PostgreSQL takes from the plan's first row: evsql refuses it (0A000).
    const keys = keyTypes.map((t) => (chance(0.7) || t === 'numeric' ? (column(rels, t) ?? literal(t)) : expr(rels, t, 1)));
    const aggs = Array.from({ length: 1 + int(2) }, () => {
      const [t, f] = pick(AGGREGATES);
      return f(expr(rels, t, 1));
    });
    const list = [...keys, ...aggs].map((x, i) => `${x} AS c${i + 1}`).join(', ');
    const where = chance(0.6) ? ` WHERE ${predicate(rels, 1)}` : '';
    const group = keys.length ? ` GROUP BY ${keys.map((_, i) => i + 1).join(', ')}` : '';
    const having = chance(0.3) ? ` HAVING count(*) ${pick(['>', '>=', '='])} ${int(3)}` : '';
    const sorted = chance(0.4);
    const limited = sorted && chance(0.5);
    return { sql: `SELECT ${list} FROM ${sql}${where}${group}${having}${sorted ? order(keys.length + aggs.length, limited) : ''}`, ordered: sorted, limited };
  };

  return Array.from({ length: count }, () => (chance(0.7) ? plain() : grouped()));
}

/** A query's rows as text (in order where it orders them fully), or the SQLSTATE it fails with. */
type Outcome = string | { error: string };

interface Recording {
  seed: number;
  sha256: string;
  outcomes: Outcome[];
}

const rawText = { getTypeParser: () => (v: string) => v };

async function rows(client: pg.Client, sql: string): Promise<string[] | { error: string }> {
  try {
    const res = await client.query({ text: sql, rowMode: 'array', types: rawText });
    // SQLite does not keep the sign of a REAL zero (README, SQL compatibility): -0 and 0 compare equal here.
    return (res.rows as Array<Array<string | null>>).map((r) => JSON.stringify(r.map((v) => (v === '-0' ? '0' : v))));
  } catch (err) {
    return { error: (err as { code?: string }).code ?? String(err) };
  }
}

/** A row with each decimal's trailing zeros dropped: 2.00 and 2 sort as one. */
function unscaled(row: string): string {
  return row.replace(/"(-?\d+)(?:\.(\d*?))0*"/g, (_, whole: string, fraction: string) => `"${whole}${fraction ? `.${fraction}` : ''}"`);
}

async function outcome(client: pg.Client, q: Query): Promise<Outcome> {
  const r = await rows(client, q.sql);
  if (!Array.isArray(r)) return r;
  const set = [...r].sort().join('\n');
  if (!q.ordered) return set;
  const order = r.map(unscaled).join('\n');
  return q.limited ? order : `${order}\n--\n${set}`;
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

async function connect(config: pg.ClientConfig): Promise<pg.Client> {
  const c = new pg.Client({ ...config, types: rawText });
  c.on('error', () => undefined);
  await c.connect();
  for (const statement of SETUP) await c.query(statement);
  return c;
}

/** PostgreSQL's outcomes: from the live server (recorded or checked against the recording) or the recording. */
async function postgresOutcomes(all: Query[]): Promise<{ outcomes: Outcome[]; stale: boolean }> {
  const sha256 = createHash('sha256').update([...SETUP, ...all.map((q) => q.sql)].join('\n')).digest('hex');
  const recorded = seed === DEFAULT_SEED ? readRecording<Recording>(RECORDING) : undefined;
  const current = recorded?.sha256 === sha256 ? recorded : undefined;
  if (!postgres) {
    if (!current) throw new Error(`no PostgreSQL, and test/recorded/${RECORDING} does not hold seed ${seed}'s queries: ${RERECORD}`);
    return { outcomes: current.outcomes, stale: false };
  }
  const client = await connect(postgres.config());
  try {
    const outcomes: Outcome[] = [];
    for (const q of all) outcomes.push(await outcome(client, q));
    if (source === 'record') writeRecording(RECORDING, { seed, sha256, outcomes });
    const stale = source === 'live' && seed === DEFAULT_SEED && JSON.stringify(current?.outcomes) !== JSON.stringify(outcomes);
    return { outcomes, stale };
  } finally {
    await client.end().catch(() => undefined);
  }
}

it(`answers ${QUERIES} random queries over NULLs, duplicates and mixed types as PostgreSQL 15 does (${source === 'replay' ? 'recorded' : 'live'})`, { timeout: 180_000 }, async () => {
  const all = queries(QUERIES, seed);
  const { outcomes: expected, stale } = await postgresOutcomes(all);
  const ev = await connect(server.config());
  const mismatches: string[] = [];
  try {
    for (const [i, q] of all.entries()) {
      const actual = await outcome(ev, q);
      if (JSON.stringify(actual) !== JSON.stringify(expected[i])) mismatches.push(`${q.sql}\n    postgres: ${JSON.stringify(expected[i])}\n    evsql:    ${JSON.stringify(actual)}`);
    }
  } finally {
    await ev.end().catch(() => undefined);
  }
  const errors = expected.filter((o) => typeof o === 'object').length;
  console.log(`query property: ${all.length - mismatches.length}/${all.length} identical (${errors} raise errors in PostgreSQL)\n${mismatches.slice(0, 40).join('\n')}`);
  expect(stale, `test/recorded/${RECORDING} differs from what PostgreSQL answers: ${RERECORD}`).toBe(false);
  expect(errors).toBeLessThan(all.length / 10);
  expect(mismatches).toEqual([]);
});

it(`partitions ${PARTITIONED} random queries' rows by WHERE p, NOT p and p IS NULL (ternary logic, evsql alone)`, { timeout: 120_000 }, async () => {
  const all = queries(QUERIES, seed).filter((q) => q.partition).slice(0, PARTITIONED);
  const ev = await connect(server.config());
  const broken: string[] = [];
  try {
    for (const q of all) {
      const { head, predicate } = q.partition!;
      const whole = await rows(ev, head);
      if (!Array.isArray(whole)) continue;
      const parts = [];
      for (const p of [predicate, `NOT ${predicate}`, `(${predicate}) IS NULL`]) parts.push(await rows(ev, `${head} WHERE ${p}`));
      // A predicate that fails on some row (`-2::text <> t` is 42883) partitions nothing.
      if (!parts.every(Array.isArray)) continue;
      const joined = (parts as string[][]).flat().sort().join('\n');
      if (joined !== [...whole].sort().join('\n')) broken.push(`${head} WHERE ${predicate}\n    whole: ${whole.length} rows, parts: ${joined.split('\n').length}`);
    }
  } finally {
    await ev.end().catch(() => undefined);
  }
  console.log(`ternary partitioning: ${all.length - broken.length}/${all.length} hold\n${broken.slice(0, 20).join('\n')}`);
  expect(broken).toEqual([]);
});
