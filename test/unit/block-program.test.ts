/**
 * A DO block's program (dialect/translate/block-program.ts) driven by hand: the statements it asks
 * for, with its variables bound, given the answers a session would give; what it refuses before
 * running anything; the savepoint an EXCEPTION block takes and rolls back to.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { PgError } from '../../pg/errors.js';
import { loadParser } from '../../dialect/translate/parse.js';
import { type BlockAnswer, type BlockRequest, type DoBlock, type RowTypes, blockSteps, doBlock } from '../../dialect/translate/block-program.js';

beforeAll(loadParser);

type Reply = BlockAnswer | PgError;

const value = (v: string | null, type: string | null = 'text'): BlockAnswer => ({ rows: [[v]], fields: [{ name: 'v', type }], changes: 0 });
const changed = (n: number): BlockAnswer => ({ rows: [], fields: [], changes: n });

/** Runs the block, answering each statement from `replies` in turn: the requests it made, and its error if it failed (and a routine's answer). */
function drive(text: string, replies: Reply[], rowTypes?: RowTypes, answers?: DoBlock['answers']): { requests: BlockRequest[]; error?: PgError; answer?: BlockAnswer } {
  const steps = blockSteps(doBlock(text, answers, rowTypes));
  const requests: BlockRequest[] = [];
  let next = steps.next();
  try {
    while (!next.done) {
      const r = next.value;
      requests.push(r);
      if (r.kind !== 'run') {
        next = steps.next({ rows: [], fields: [], changes: 0 });
        continue;
      }
      const reply = replies.shift();
      if (!reply) throw new Error(`no answer for ${r.sql}`);
      next = reply instanceof PgError ? steps.throw(reply) : steps.next(reply);
    }
  } catch (err) {
    return { requests, error: err as PgError };
  }
  return { requests, ...(next.value ? { answer: next.value } : {}) };
}

const sqls = (requests: BlockRequest[]) => requests.map((r) => (r.kind === 'run' ? r.sql : r.kind));

describe('DO block programs', () => {
  it('runs the branch its condition query chooses, and nothing of the other', () => {
    const text = "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'mood') THEN CREATE TYPE mood AS ENUM ('a'); ELSE RAISE NOTICE 'there'; END IF; END $$";
    expect(sqls(drive(text, [value('t', 'boolean'), changed(0)]).requests)).toEqual([
      "SELECT CAST((NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'mood')) AS boolean)",
      "CREATE TYPE mood AS ENUM ('a')",
    ]);
    const { requests } = drive(text, [value('f', 'boolean')]);
    expect(requests.at(-1)).toMatchObject({ kind: 'notice', notice: { message: 'there', fields: { severity: 'NOTICE', where: 'PL/pgSQL function inline_code_block line 1 at RAISE' } } });
  });

  it('binds variables into the statements that name them, but not into utility statements', () => {
    const text = `DO $$ DECLARE n int; "Odd" text := 'it''s'; BEGIN
      SELECT count(*) INTO n FROM t;
      INSERT INTO t (a, b) VALUES (n + 1, "Odd");
      CREATE TABLE n (n int);
    END $$`;
    const { requests } = drive(text, [value("it's"), value('2', 'bigint'), changed(1), changed(0)]);
    expect(sqls(requests)).toEqual([
      `SELECT CAST(('it''s') AS text)`,
      'SELECT count(*)        FROM t',
      `INSERT INTO t (a, b) VALUES (CAST('2' AS int) + 1, CAST('it''s' AS text))`,
      'CREATE TABLE n (n int)',
    ]);
  });

  it("takes a savepoint for an EXCEPTION block and rolls back to it when its handler catches", () => {
    const text = 'DO $$ BEGIN INSERT INTO t VALUES (1); BEGIN INSERT INTO t VALUES (2); INSERT INTO t VALUES (1); EXCEPTION WHEN unique_violation THEN RAISE NOTICE \'% %\', SQLSTATE, SQLERRM; END; END $$';
    const { requests, error } = drive(text, [changed(1), changed(1), new PgError('23505', 'duplicate key'), value('23505'), value('duplicate key')]);
    expect(error).toBeUndefined();
    expect(sqls(requests)).toEqual([
      'INSERT INTO t VALUES (1)',
      'savepoint',
      'INSERT INTO t VALUES (2)',
      'INSERT INTO t VALUES (1)',
      'rollback',
      "SELECT CAST('23505' AS text)",
      "SELECT CAST('duplicate key' AS text)",
      'notice',
    ]);
  });

  it('lets an error no handler names through, with the CONTEXT of the statement and no position', () => {
    const { error } = drive('DO $$ BEGIN BEGIN PERFORM 1/0; EXCEPTION WHEN unique_violation THEN NULL; END; END $$', [new PgError('22012', 'division by zero', { position: 8 })]);
    expect(error).toMatchObject({ code: '22012', fields: { where: 'SQL statement "SELECT 1/0"\nPL/pgSQL function inline_code_block line 1 at PERFORM' } });
    expect(error?.fields.position).toBeUndefined();
  });

  it('loops over rows into a record and over an integer range, EXIT and CONTINUE taken', () => {
    const rows: BlockAnswer = { rows: [['a'], ['b']], fields: [{ name: 'tablename', type: 'name' }], changes: 0 };
    const text = "DO $$ DECLARE r record; BEGIN FOR r IN SELECT tablename FROM pg_tables LOOP EXECUTE 'DROP TABLE ' || r.tablename; END LOOP; FOR i IN 1..5 LOOP CONTINUE WHEN i = 1; EXIT WHEN i = 3; INSERT INTO t VALUES (i); END LOOP; END $$";
    const { requests } = drive(text, [rows, value('DROP TABLE a'), changed(0), value('DROP TABLE b'), changed(0), value('1', 'integer'), value('5', 'integer'), value('1', 'integer'), value('t', 'boolean'), value('f', 'boolean'), value('f', 'boolean'), changed(1), value('f', 'boolean'), value('t', 'boolean')]);
    expect(sqls(requests).filter((s) => s !== 'tick')).toEqual([
      'SELECT tablename FROM pg_tables',
      "SELECT 'DROP TABLE ' || CAST('a' AS name)",
      'DROP TABLE a',
      "SELECT 'DROP TABLE ' || CAST('b' AS name)",
      'DROP TABLE b',
      'SELECT CAST((1) AS integer)',
      'SELECT CAST((5) AS integer)',
      'SELECT CAST((1) AS integer)',
      "SELECT CAST((CAST('1' AS integer) = 1) AS boolean)",
      "SELECT CAST((CAST('2' AS integer) = 1) AS boolean)",
      "SELECT CAST((CAST('2' AS integer) = 3) AS boolean)",
      "INSERT INTO t VALUES (CAST('2' AS integer))",
      "SELECT CAST((CAST('3' AS integer) = 1) AS boolean)",
      "SELECT CAST((CAST('3' AS integer) = 3) AS boolean)",
    ]);
  });

  it("puts EXECUTE … USING's values in for $1, $2, and no variable into the EXECUTE's string", () => {
    const text = "DO $$ DECLARE k int := 7; BEGIN EXECUTE 'UPDATE t SET a = $1 WHERE k = $2 AND b = k' USING 'x', k; END $$";
    const { requests } = drive(text, [value('7', 'integer'), value('UPDATE t SET a = $1 WHERE k = $2 AND b = k'), value('x', null), value('7', 'integer'), changed(1)]);
    expect(sqls(requests).at(-1)).toBe("UPDATE t SET a = 'x' WHERE k = CAST('7' AS integer) AND b = k");
  });

  it('refuses before running what it cannot run, and what PostgreSQL refuses when compiling', () => {
    expect(() => doBlock("DO $$ DECLARE a int[] := '{1}'; x int; BEGIN FOREACH x IN ARRAY a LOOP NULL; END LOOP; END $$")).toThrow(/FOREACH over array in a DO block/);
    expect(() => doBlock('DO $$ BEGIN ASSERT 1 = 1; END $$')).toThrow(/ASSERT in a DO block/);
    expect(() => doBlock('DO $$ BEGIN RAISE; END $$')).toThrow(/outside an exception handler/);
    expect(() => doBlock('DO $$ BEGIN EXIT; END $$')).toThrow(/outside a loop/);
    expect(() => doBlock('DO $$ DECLARE c CONSTANT int := 1; BEGIN c := 2; END $$')).toThrow(/declared CONSTANT/);
  });
});

describe('row variables (a table\'s row type, %ROWTYPE)', () => {
  const item: RowTypes = (t) => (['item', 'app.item', 'item%rowtype'].includes(t) ? [{ name: 'id', type: 'integer' }, { name: 'name', type: 'text' }] : undefined);
  const sql = (r: { requests: BlockRequest[] }) => r.requests.flatMap((q) => (q.kind === 'run' ? [q.sql] : []));

  it('start as NULL fields of the columns\' types, and take a row by position', () => {
    const r = drive('DO $$ DECLARE v item%ROWTYPE; BEGIN PERFORM v.name; SELECT 7, \'x\' INTO v; PERFORM v.id, v.name; END $$', [value(null), { rows: [['7', 'x']], fields: [{ name: 'a', type: 'integer' }, { name: 'b', type: 'text' }], changes: 0 }, value(null)], item);
    expect(r.error).toBeUndefined();
    expect(sql(r)).toEqual(['PERFORM CAST(NULL AS text)', "SELECT 7, 'x'", "PERFORM CAST('7' AS integer), CAST('x' AS text)"].map((q) => q.replace('PERFORM', 'SELECT')));
  });

  it('are the row of their fields as a whole (v IS NULL), and a field takes an assignment of its type', () => {
    const r = drive('DO $$ DECLARE v app.item; BEGIN v.id := 5; IF v IS NULL THEN RAISE NOTICE \'n\'; END IF; END $$', [value('5', 'integer'), value('f', 'boolean')], item);
    expect(r.error).toBeUndefined();
    expect(sql(r)).toEqual(['SELECT CAST(( 5) AS integer)', "SELECT CAST((ROW(CAST('5' AS integer), CAST(NULL AS text)) IS NULL) AS boolean)"]);
  });

  it('answer what the call selects of the row RETURN gives, each field cast to its column\'s type', () => {
    const answers: DoBlock['answers'] = { returns: 'record', row: { fields: [{ name: 'id', type: 'integer' }, { name: 'name', type: 'text' }], selected: [{ field: 'name', name: 'n' }] } };
    const text = "CREATE FUNCTION evsql_call() RETURNS record LANGUAGE plpgsql AS $b$DECLARE v item; BEGIN SELECT 1, 'a' INTO v; RETURN v; END$b$";
    const r = drive(text, [{ rows: [['1', 'a']], fields: [{ name: 'id', type: 'integer' }, { name: 'name', type: 'text' }], changes: 0 }, value('a')], item, answers);
    expect(sql(r)[1]).toBe("SELECT CAST(CAST('a' AS text) AS text) AS n");
    expect(r.answer?.rows).toEqual([['a']]);
  });

  it('refuses a variable of a type that names no table, and a whole-row assignment', () => {
    expect(() => doBlock('DO $$ DECLARE v app.nosuch; BEGIN NULL; END $$', undefined, item)).toThrow(/a variable of type app.nosuch/);
    expect(() => doBlock('DO $$ DECLARE v app.item; w app.item; BEGIN v := w; END $$', undefined, item)).toThrow(/assignments to other than a variable/);
    expect(() => drive('DO $$ DECLARE v item%ROWTYPE; w item%ROWTYPE; BEGIN v := w; END $$', [], item)).toThrow(/assigning a whole record or row variable/);
  });
});
