/**
 * The thirty-fifth session's silent differences in reporting and bookkeeping SQL
 * (test/corpus/54-wrong35.sql), through a real server and the `pg` driver: each answer here is
 * PostgreSQL 15's, where evsql answered another value or type, answered where PostgreSQL fails,
 * or refused a form PostgreSQL reads.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { sharedClient } from './helpers/shared-client.js';

const { client, failure } = sharedClient();
const text = async (sql: string) => (await client().query({ text: sql, rowMode: 'array', types: { getTypeParser: () => (v: string) => v } })).rows;

afterAll(async () => {
  await client().query('DROP TABLE IF EXISTS w35t_tgt, w35t_dup, w35t_bal, w35t_src');
});

describe('a set operation read as a derived table or a CTE', () => {
  it('takes the later of date, timestamp and timestamptz, so what reads it keeps the time and the zone', async () => {
    // The column was read as the left member's date: x + interval lost 10:00 and printed no zone.
    expect(await text(`SELECT x + interval '1 hour', pg_typeof(x) FROM (SELECT date '2024-01-31' AS x UNION SELECT timestamptz '2024-02-01 10:00+00') t ORDER BY 1`)).toEqual([
      ['2024-01-31 01:00:00+00', 'timestamp with time zone'],
      ['2024-02-01 11:00:00+00', 'timestamp with time zone'],
    ]);
    expect(await text(`WITH c AS (SELECT date '2024-01-31' AS x UNION ALL SELECT timestamp '2024-02-01 10:00') SELECT pg_typeof(x), x + interval '1 hour' FROM c ORDER BY 2`)).toEqual([
      ['timestamp without time zone', '2024-01-31 01:00:00'],
      ['timestamp without time zone', '2024-02-01 11:00:00'],
    ]);
    expect(await text(`SELECT pg_typeof(x), x FROM (SELECT timestamp '2024-01-01 10:00' AS x UNION ALL SELECT timestamptz '2024-01-02 12:00+00') t ORDER BY 2`)).toEqual([
      ['timestamp with time zone', '2024-01-01 10:00:00+00'],
      ['timestamp with time zone', '2024-01-02 12:00:00+00'],
    ]);
    // A NULL member between them takes the type the others resolve to.
    expect(await text(`SELECT pg_typeof(x), x + interval '1 hour' FROM (SELECT date '2024-01-01' AS x UNION ALL SELECT NULL UNION ALL SELECT timestamp '2024-01-01 05:00') t ORDER BY 2`)).toEqual([
      ['timestamp without time zone', '2024-01-01 01:00:00'],
      ['timestamp without time zone', '2024-01-01 06:00:00'],
      ['timestamp without time zone', null],
    ]);
  });

  it('makes two NULLs a text', async () => {
    expect(await text('SELECT pg_typeof(x) FROM (SELECT NULL AS x UNION SELECT NULL) t')).toEqual([['text']]);
  });
});

describe('CASE with an untyped operand', () => {
  it('compares it as a text, so a number or a date beside it has no = (42883), where evsql answered NULL', async () => {
    expect((await failure(`SELECT CASE '1' WHEN 1 THEN 'int' END`))?.code).toBe('42883');
    expect((await failure(`SELECT CASE '2024-01-01' WHEN date '2024-01-01' THEN 1 END`))?.message).toBe('operator does not exist: text = date');
    expect((await failure('SELECT CASE NULL WHEN 1 THEN 1 ELSE 2 END'))?.code).toBe('42883');
  });

  it('still matches texts and untyped literals', async () => {
    expect(await text(`SELECT CASE '1' WHEN '1' THEN 1 END, CASE 'b' WHEN 'a' THEN 1 WHEN 'b' THEN 2 END, CASE 'ab' WHEN 'a' || 'b' THEN 'y' END, CASE NULL WHEN NULL THEN 1 ELSE 2 END`)).toEqual([['1', '2', 'y', '2']]);
  });
});

describe('DELETE … USING … RETURNING a joined table\'s column', () => {
  it('returns each deleted row once, with the first row its join reaches (was 0A000 where several join it)', async () => {
    await client().query('CREATE TABLE w35t_dup (k int, v text, w int)');
    await client().query(`INSERT INTO w35t_dup VALUES (1, 'one', 10), (1, 'uno', 20), (2, 'two', 30), (4, 'four', 40)`);
    await client().query('CREATE TABLE w35t_tgt (k int PRIMARY KEY, v text)');
    await client().query('INSERT INTO w35t_tgt VALUES (1, NULL), (2, NULL), (3, NULL)');
    const r = await client().query({ text: 'DELETE FROM w35t_tgt t USING w35t_dup d WHERE d.k = t.k RETURNING t.k, d.v, d.w, d.v || d.w', rowMode: 'array' });
    expect(r.rowCount).toBe(2);
    expect(r.rows).toEqual([[1, 'one', 10, 'one10'], [2, 'two', 30, 'two30']]);
    expect(await text('SELECT k FROM w35t_tgt')).toEqual([['3']]);
    // A condition on the joined rows picks among them.
    await client().query(`INSERT INTO w35t_tgt VALUES (1, 'a'), (2, 'b')`);
    expect(await text('DELETE FROM w35t_tgt USING w35t_dup WHERE w35t_dup.k = w35t_tgt.k AND w35t_dup.w > 10 RETURNING w35t_tgt.k, w35t_dup.v')).toEqual([['1', 'uno'], ['2', 'two']]);
  });

  it('still refuses the same in UPDATE … FROM, whose joined row no subquery can find again', async () => {
    await client().query(`INSERT INTO w35t_tgt VALUES (1, 'a')`);
    expect((await failure('UPDATE w35t_tgt t SET v = d.v FROM w35t_dup d WHERE d.k = t.k RETURNING t.k, d.w'))?.code).toBe('0A000');
    expect(await text('SELECT k, v FROM w35t_tgt ORDER BY k')).toEqual([['1', 'a'], ['3', null]]);
  });
});

describe('regular-expression options', () => {
  it('n (and m, p, w) match newline-sensitively: a dot and [^…] stop at a newline, ^ and $ match beside one (was 0A000)', async () => {
    expect(await text(`SELECT E'a\\nb' ~ 'a.b', E'a\\nb' ~ '(?n)a.b', regexp_replace(E'x\\ny', '^y', 'Y', 'gn'), regexp_replace(E'ab\\ncd', '$', ';', 'gn')`)).toEqual([['t', 'f', 'x\nY', 'ab;\ncd;']]);
    expect(await text(`SELECT regexp_match(E'k1: v1\\nk2: v2', 'k1: (.*)', 'n'), regexp_match(E'k1: v1\\nk2: v2', 'k1: (.*)'), regexp_substr(E'l1\\nl2\\nl3', '^.*$', 1, 2, 'n')`)).toEqual([['{v1}', '{"v1\nk2: v2"}', 'l2']]);
    expect(await text(`SELECT regexp_like(E'a\\nb', 'a.b', 'p'), regexp_like(E'a\\nb', '^b', 'p'), regexp_like(E'a\\nb', '^b', 'w'), regexp_like(E'a\\nb', 'a.b', 'w'), regexp_like(E'a\\nb', '^b', 'ns'), E'a\\rb' ~ '(?n)a.b', E'a\\nb' ~ '(?n)a[^x]b'`)).toEqual([['f', 'f', 't', 't', 'f', 't', 'f']]);
  });

  it('x reads the expanded syntax and q the pattern as plain text (were 0A000)', async () => {
    expect(await text(`SELECT regexp_replace('2024-01-31', '(\\d{4}) - (\\d\\d) # month\n - (\\d\\d)', '\\3.\\2.\\1', 'x'), 'a b' ~ '(?x)a b', 'a b' ~ '(?x)a\\ b', 'a#b' ~ '(?x)a[#]b'`)).toEqual([['31.01.2024', 'f', 't', 't']]);
    expect(await text(`SELECT regexp_replace('a.b*c', '.b*', '-', 'q'), regexp_replace('A.B', 'a.b', 'x', 'qi'), 'x+y' ~ '(?q)x+y'`)).toEqual([['a-c', 'x', 't']]);
  });

  it('reads an untyped start, N or subexpression of regexp_count/instr/substr/replace as an integer (a word was taken for 1)', async () => {
    expect((await failure(`SELECT regexp_count('abc', 'b', 'n')`))?.message).toBe('invalid input syntax for type integer: "n"');
    expect((await failure(`SELECT regexp_instr('abc', 'b', 'x')`))?.code).toBe('22P02');
    expect((await failure(`SELECT regexp_substr('abc', 'b', 'x')`))?.code).toBe('22P02');
    expect(await text(`SELECT regexp_count('abcb', 'b', '2'), regexp_instr('abcb', 'b', '1', '2'), regexp_substr('abcb', 'b', '1', '2', 'i', '0'), regexp_replace('abcb', 'b', 'x', '1', '2')`)).toEqual([['2', '4', 'b', 'abcx']]);
  });
});

describe('a table whose BEFORE trigger assigns NEW', () => {
  it('takes fewer VALUES than columns, or a narrower SELECT, without a column list: the rest are their defaults (was XX000)', async () => {
    await client().query('CREATE TABLE w35t_bal (a int PRIMARY KEY, b numeric(18,4) NOT NULL DEFAULT 0, c int DEFAULT 7, d text)');
    await client().query(`CREATE FUNCTION w35t_norm() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.b := round(NEW.b, 2); NEW.d := coalesce(NEW.d, 'c=' || NEW.c); RETURN NEW; END $$`);
    await client().query('CREATE TRIGGER w35t_norm_t BEFORE INSERT OR UPDATE ON w35t_bal FOR EACH ROW EXECUTE FUNCTION w35t_norm()');
    expect(await text('INSERT INTO w35t_bal VALUES (1, 1.005) RETURNING *')).toEqual([['1', '1.0100', '7', 'c=7']]);
    expect(await text('INSERT INTO w35t_bal VALUES (2) RETURNING *')).toEqual([['2', '0.0000', '7', 'c=7']]);
    expect(await text('INSERT INTO w35t_bal VALUES (3, 2.345, 1), (4, 3.456, 2) RETURNING *')).toEqual([['3', '2.3500', '1', 'c=1'], ['4', '3.4600', '2', 'c=2']]);
    expect((await text('INSERT INTO w35t_bal SELECT a + 100, b FROM w35t_bal WHERE a < 3 RETURNING a, b, d')).sort()).toEqual([['101', '1.0100', 'c=7'], ['102', '0.0000', 'c=7']]);
    expect(await text('INSERT INTO w35t_bal VALUES (1, 5.555) ON CONFLICT (a) DO UPDATE SET b = EXCLUDED.b RETURNING *')).toEqual([['1', '5.5600', '7', 'c=7']]);
    expect(await text('INSERT INTO w35t_bal VALUES (30) ON CONFLICT DO NOTHING RETURNING a, d')).toEqual([['30', 'c=7']]);
  });

  it('refuses a VALUES row wider than the columns, or rows of different widths, as PostgreSQL does (one was dropped silently)', async () => {
    expect(await failure(`INSERT INTO w35t_bal VALUES (5, 1, 2, 'x', 9)`)).toMatchObject({ code: '42601', message: 'INSERT has more expressions than target columns' });
    expect(await failure('INSERT INTO w35t_bal VALUES (6, 1), (7)')).toMatchObject({ code: '42601', message: 'VALUES lists must all be the same length' });
    expect(await text('SELECT count(*) FROM w35t_bal WHERE a IN (5, 6, 7)')).toEqual([['0']]);
  });

  it('sets SET (a, b) = (…) of a row or a subquery column by column, through the trigger (was 0A000)', async () => {
    await client().query('CREATE TABLE w35t_src (k int, x numeric, y text)');
    await client().query(`INSERT INTO w35t_src VALUES (1, 1.005, 'one'), (2, 2.5, 'two')`);
    expect(await text('UPDATE w35t_bal SET (b, d) = (SELECT x, y FROM w35t_src WHERE k = w35t_bal.a) WHERE a IN (1, 2) RETURNING a, b, d')).toEqual([['1', '1.0100', 'one'], ['2', '2.5000', 'two']]);
    // A row no subquery row matches sets NULLs: b's NOT NULL refuses it, and the other rows stay as they were.
    expect((await failure('UPDATE w35t_bal SET (b, d) = (SELECT x, y FROM w35t_src WHERE k = w35t_bal.a) WHERE a IN (1, 3)'))?.code).toBe('23502');
    expect(await text('SELECT a, b, d FROM w35t_bal WHERE a IN (1, 3) ORDER BY a')).toEqual([['1', '1.0100', 'one'], ['3', '2.3500', 'c=1']]);
    expect(await text(`UPDATE w35t_bal SET (b, c, d) = (9.999, DEFAULT, NULL) WHERE a = 4 RETURNING *`)).toEqual([['4', '10.0000', '7', 'c=7']]);
  });
});
