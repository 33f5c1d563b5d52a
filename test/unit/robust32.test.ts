/**
 * A write's join passes a cancellation point per row combination (emit-query.ts whereWithPoint):
 * through subqueries and CTEs of plain columns too, so a cancel stops it on the replicas' writers;
 * never naming a column computed by a call, which SQLite's flattening would run once more per
 * combination. Run here as the translator writes them, on SQLite with evsql's functions, with a
 * cancel that is already there when the statement starts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import type { FunctionScope } from '../../dialect/runtime/function-scope.js';
import { registerFunctions } from '../../dialect/runtime/functions.js';
import { applySchemaEdit } from '../../dialect/runtime/schema-edit.js';
import { loadParser } from '../../dialect/translate/parse.js';
import { readSchema } from '../../dialect/schema-snapshot.js';
import { TranslatorSchema } from '../../dialect/translate/schema.js';
import { translate } from '../../dialect/translate/translate.js';
import { sqlstate } from '../helpers/sqlstate.js';

let db: Database.Database;
let cancelled = false;

/** The SQLite SQL of a statement's steps. */
const sqlOf = (text: string): string[] => translate(text, new TranslatorSchema(readSchema(db))).flatMap((t) => t.steps.map((s) => s.sql ?? ''));

function run(text: string): void {
  for (const step of translate(text, new TranslatorSchema(readSchema(db))).flatMap((t) => t.steps)) {
    if (step.edit) applySchemaEdit(db, step.edit);
    if (step.sql) db.prepare(step.sql).run();
  }
}

/** What the statement does with a cancel waiting: the SQLSTATE it fails with, or undefined. */
function underCancel(text: string): string | undefined {
  cancelled = true;
  try {
    return sqlstate(() => run(text));
  } finally {
    cancelled = false;
  }
}

/** The arguments of the statement's cancellation point, or null without one. */
function pointOf(text: string): string | null {
  const m = /pg_cancel_point\(([^)]*)\)/.exec(sqlOf(text).join('\n'));
  return m ? m[1]! : null;
}

beforeAll(async () => {
  await loadParser();
  db = new Database(':memory:');
  db.defaultSafeIntegers(true);
  const scope: FunctionScope = { ctx: { user: 'u', database: 'd', settings: {}, pid: 1, now: 0, seed: 1 }, cancelled: () => cancelled, settings: undefined, rng: 1 };
  registerFunctions(db, () => scope);
  run('CREATE TABLE s32r_t (a int PRIMARY KEY, b text)');
  run('CREATE TABLE s32r_d (a int, b text)');
  run("INSERT INTO s32r_t SELECT g, 'x' FROM generate_series(1, 20) g");
  run('CREATE SEQUENCE s32r_seq');
  run('CREATE VIEW s32r_v AS SELECT a, b FROM s32r_t');
  run("CREATE VIEW s32r_vw AS SELECT a, b FROM s32r_v WHERE (a) > 1 AND a IN (2, 3, 4)");
  run('CREATE VIEW s32r_vr AS SELECT a, random() AS r FROM s32r_t');
  run('CREATE VIEW s32r_vs AS SELECT a FROM s32r_t WHERE a IN (SELECT a FROM s32r_t)');
});

describe('a write joining through subqueries and CTEs stops at a cancel', () => {
  const writes = [
    "INSERT INTO s32r_d SELECT a.a, 'z' FROM (SELECT * FROM s32r_t) a, (SELECT a, b FROM s32r_t) b, (SELECT a AS k FROM s32r_t WHERE a > 0) c",
    "WITH x AS (SELECT a, b FROM s32r_t) INSERT INTO s32r_d SELECT x1.a, 'z' FROM x x1, x x2, x x3",
    "WITH x AS (SELECT a, b FROM s32r_t) UPDATE s32r_t SET b = 'q' FROM x x1, (SELECT b FROM s32r_t) x2 WHERE x1.b = x2.b",
    'DELETE FROM s32r_d USING (SELECT a FROM s32r_t) x1, (VALUES (1), (2)) v(z) WHERE x1.a + v.z > 0',
    "INSERT INTO s32r_d SELECT t.a, 'z' FROM s32r_t t JOIN (SELECT a + 1 AS a2 FROM s32r_t) u ON u.a2 = t.a",
    "INSERT INTO s32r_d SELECT x1.a, 'z' FROM s32r_v x1, s32r_vw x2, s32r_v",
    "WITH x AS (SELECT a, b FROM s32r_v) INSERT INTO s32r_d SELECT x1.a, 'z' FROM x x1, x x2",
  ];
  it.each(writes)('%s', (text) => {
    expect(pointOf(text)).not.toBeNull();
    expect(underCancel(text)).toBe('57014');
    // Uncancelled it runs as before.
    expect(sqlstate(() => run(text))).toBeUndefined();
  });

  it('a read of the same join has no point (reads stop from outside: their thread is replaced)', () => {
    expect(pointOf('SELECT count(*) FROM (SELECT * FROM s32r_t) a, (SELECT a, b FROM s32r_t) b')).toBeNull();
  });
});

describe('the point never names a column computed by a call', () => {
  it('a subquery calling nextval is left out, the plain ones are named', () => {
    const point = pointOf("INSERT INTO s32r_d SELECT a.a, 'z' FROM (SELECT a, nextval('s32r_seq') AS n FROM s32r_t) a, (SELECT a FROM s32r_t) b, s32r_t c");
    expect(point).not.toBeNull();
    expect(point).not.toContain('"a"."');
    expect(point).toContain('"b"."a"');
    expect(point).toContain('"c".rowid');
  });

  it('a CTE over a function or a scalar subquery, and a view that calls one, are left out', () => {
    expect(pointOf("WITH x AS (SELECT a, random() AS r FROM s32r_t) INSERT INTO s32r_d SELECT x1.a, 'z' FROM x x1, x x2")).toBeNull();
    expect(pointOf("WITH x AS (SELECT a, (SELECT max(a) FROM s32r_t) AS m FROM s32r_t) INSERT INTO s32r_d SELECT x1.a, 'z' FROM x x1, x x2")).toBeNull();
    expect(pointOf("INSERT INTO s32r_d SELECT x1.a, 'z' FROM s32r_vr x1, s32r_vr x2")).toBeNull();
    expect(pointOf("INSERT INTO s32r_d SELECT x1.a, 'z' FROM s32r_vs x1, s32r_vs x2")).toBeNull();
    expect(pointOf("WITH x AS (SELECT a FROM s32r_vr) INSERT INTO s32r_d SELECT x1.a, 'z' FROM x x1, x x2")).toBeNull();
    // Plain views are named, by their first column.
    expect(pointOf("INSERT INTO s32r_d SELECT x1.a, 'z' FROM s32r_v x1, s32r_vw x2, s32r_vr x3")).toBe('"x1"."a", "x2"."a"');
  });

  it('a nested CTE of the same name is judged by its own query', () => {
    // Inside, x calls random(): the inner join names none of it; outside, x is plain.
    const volatileInside = "WITH x AS (SELECT a, b FROM s32r_t) INSERT INTO s32r_d SELECT y.a, 'z' FROM (WITH x AS (SELECT a, random() AS b FROM s32r_t) SELECT x1.a FROM x x1, x x2) y, x, s32r_t t";
    expect(sqlOf(volatileInside).join('\n')).not.toContain('pg_cancel_point("x1"');
    expect(pointOf(volatileInside)).toBe('"x"."a", "t".rowid');
    // Inside, x is plain: the inner join names it; outside, x calls random() and is left out.
    const volatileOutside = "WITH x AS (SELECT a, random() AS b FROM s32r_t) INSERT INTO s32r_d SELECT y.a, 'z' FROM (WITH x AS (SELECT a, b FROM s32r_t) SELECT x1.a FROM x x1, x x2) y, x, s32r_t t";
    expect(sqlOf(volatileOutside).join('\n')).toContain('pg_cancel_point("x1"."a", "x2"."a")');
    expect(sqlOf(volatileOutside).join('\n')).toContain('pg_cancel_point("y"."a", "t".rowid)');
  });
});

describe('a FROM subquery that calls a volatile function is evaluated once per row, as PostgreSQL does not pull it up', () => {
  it.each([
    'SELECT x.r FROM (SELECT random() AS r FROM s32r_t) x WHERE x.r < 0.5',
    'WITH x AS (SELECT random() AS r FROM s32r_t) SELECT x.r FROM x WHERE x.r < 0.5',
  ])('random() compared and shown is one value per row: %s', (text) => {
    const rows = db.prepare(sqlOf(text).join('\n')).raw(true).all() as number[][];
    for (const [r] of rows) expect(r).toBeLessThan(0.5);
  });
});
