/**
 * What the fifteenth session's sweep (test/corpus/34-sweep15.sql) found evsql answering where
 * PostgreSQL 15 raises an error, or answering with another type: checked on the translation.
 */
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadParser } from '../../dialect/translate/parse.js';
import { TranslatorSchema } from '../../dialect/translate/schema.js';
import { translate } from '../../dialect/translate/translate.js';
import type { SchemaSnapshot } from '../../dialect/schema-snapshot.js';
import { OID } from '../../pg/types/registry.js';
import { registerTypedFunctions } from '../../dialect/runtime/typed-functions.js';
import { registerFloatFunctions } from '../../dialect/runtime/float-functions.js';
import { sqlstate } from '../helpers/sqlstate.js';

const schema = new TranslatorSchema(JSON.parse(readFileSync(new URL('./golden/schema.json', import.meta.url), 'utf8')) as SchemaSnapshot);
const fails = (sql: string) => sqlstate(() => translate(sql, schema));

beforeAll(async () => {
  await loadParser();
});

describe('operators PostgreSQL has no candidate for', () => {
  it('refuses array containment and overlap with an element operand (42883)', () => {
    expect(fails('SELECT ARRAY[1, 2] @> 1')).toBe('42883');
    expect(fails('SELECT 1::bigint <@ ARRAY[1]')).toBe('42883');
    expect(fails('SELECT ARRAY[1] && 1::bigint')).toBe('42883');
    expect(fails("SELECT ARRAY[1, 2] @> '{1}'")).toBeUndefined();
  });

  it('takes only text or int2/int4 on the right of json -> and ->>', () => {
    expect(fails(`SELECT '{"a": 1}'::jsonb -> 1.5`)).toBe('42883');
    expect(fails(`SELECT '[1]'::jsonb ->> 0::bigint`)).toBe('42883');
    expect(fails(`SELECT '[1]'::jsonb -> 0::smallint, '{"a": 1}'::json ->> 'a'`)).toBeUndefined();
  });
});

describe('window functions', () => {
  it('requires OVER for the functions that are only window functions (42809)', () => {
    expect(fails('SELECT row_number()')).toBe('42809');
    expect(fails('SELECT lag(1)')).toBe('42809');
    expect(fails('SELECT rank(1) WITHIN GROUP (ORDER BY 1)')).toBeUndefined();
  });

  it('refuses DISTINCT in a window aggregate as PostgreSQL does (0A000)', () => {
    expect(fails('SELECT sum(DISTINCT 1) OVER ()')).toBe('0A000');
  });
});

describe('generate_series over timestamps', () => {
  it('is over timestamp when the other bound is an untyped literal', () => {
    const [t] = translate("SELECT g FROM generate_series('2024-01-31'::timestamp, '2024-05-31', interval '1 month') g", schema);
    expect(t!.columns![0]!.type?.oid).toBe(OID.timestamp);
  });
});

describe("RETURNING a column of UPDATE's FROM or DELETE's USING tables", () => {
  const sql = (text: string) => translate(text, schema)[0]!.steps.map((s) => ('sql' in s ? s.sql : '')).join('\n');

  it('finds the joined row again in a subquery naming the target by its table name', () => {
    const update = sql("UPDATE orders o SET total = o.total + 1 FROM customers c WHERE c.id = o.customer_id AND o.status = 'new' RETURNING o.id, c.name");
    expect(update).toMatch(/RETURNING "id" AS "id", \(SELECT CASE WHEN count\(\*\) > 1 THEN pg_raise_if\(1, '0A000'/);
    expect(update).toContain('"orders"."customer_id"');
    expect(sql('DELETE FROM orders USING customers c WHERE c.id = orders.customer_id RETURNING orders.id, c.email')).toContain('(SELECT "c"."email" AS "email" FROM "customers" AS "c"');
  });

  it('refuses where the subquery could find another row (0A000)', () => {
    expect(fails('UPDATE orders SET customer_id = 1 FROM customers c WHERE c.id = orders.customer_id RETURNING c.name')).toBe('0A000');
    expect(fails('UPDATE orders SET total = 0 FROM orders o2 WHERE o2.id = orders.id RETURNING o2.total')).toBe('0A000');
    expect(fails('UPDATE orders SET total = 0 FROM customers c WHERE c.id = orders.customer_id RETURNING c.*')).toBe('0A000');
  });
});

describe('GROUPING SETS', () => {
  it("keeps a grouped column's type when the first set leaves it out", () => {
    const [t] = translate('SELECT id, email, count(*) FROM customers GROUP BY GROUPING SETS ((id), (id, email))', schema);
    expect(t!.columns!.map((c) => c.type?.oid)).toEqual([OID.int4, OID.varchar, OID.int8]);
  });
});

describe('parameters', () => {
  it("types unknown || unknown as text, and a parameter by its first cast", () => {
    const [concat] = translate('SELECT $1 || $2, concat($1, $2)', schema);
    expect(concat!.paramTypes).toEqual([OID.text, OID.text]);
    const [casts] = translate('SELECT $1::float4, $1::float8', schema);
    expect(casts!.paramTypes).toEqual([OID.float4]);
  });
});

describe('column aliases on a table in FROM', () => {
  it('renames its columns as a subquery would', () => {
    const [t] = translate('SELECT * FROM customers c(i, n)', schema);
    expect(t!.columns!.map((c) => c.name)).toEqual(['i', 'n', 'email', 'created_at', 'balance']);
  });

  it("refuses a whole-row reference, whose fields keep the table's names (0A000)", () => {
    expect(fails('SELECT row_to_json(c) FROM customers c(i, n)')).toBe('0A000');
  });
});

describe('VARIADIC', () => {
  it("spreads ARRAY[…] into the arguments, joins another array for concat and concat_ws", () => {
    expect(fails("SELECT concat_ws(',', VARIADIC ARRAY['a', 'b']), format('%s', VARIADIC ARRAY[1])")).toBeUndefined();
    expect(fails('SELECT concat(VARIADIC tags) FROM products')).toBeUndefined();
    expect(fails("SELECT format('%s', VARIADIC tags) FROM products")).toBeUndefined();
  });

  it('refuses what is no array (42804) and what it cannot spread (0A000)', () => {
    expect(fails('SELECT concat(VARIADIC 1)')).toBe('42804');
    expect(fails('SELECT json_build_array(VARIADIC tags) FROM products')).toBe('0A000');
    // format's array follows the format alone (format(text, VARIADIC "any")).
    expect(fails("SELECT format('%s %s', 'a', VARIADIC tags) FROM products")).toBe('42883');
  });
});

describe('substring(… SIMILAR … ESCAPE …)', () => {
  const db = new Database(':memory:');
  registerTypedFunctions(db);
  const similar = (s: string, p: string, e = '#') => db.prepare('SELECT pg_substring_similar(?, ?, ?) AS v').get(s, p, e) as { v: string | null };

  it('returns the part between the separators, the part before them as short as it can be', () => {
    expect(similar('Thomas', '%#"o_a#"_').v).toBe('oma');
    expect(similar('xyzxyz', '%#"y%#"z').v).toBe('yzxy');
    expect(similar('abc', 'a#"bc').v).toBe('bc');
    expect(similar('Thomas', 'Th%').v).toBe('Thomas');
    expect(similar('abc', 'x%').v).toBeNull();
    expect(similar('a%b', 'a#%b').v).toBe('a%b');
  });

  it("raises PostgreSQL's errors, and refuses regular-expression syntax (0A000)", () => {
    expect(sqlstate(() => similar('abc', 'a#"b#"c#"'))).toBe('2200C');
    expect(sqlstate(() => similar('abc', 'a%', 'xy'))).toBe('22025');
    expect(sqlstate(() => similar('abc', 'a#"[bc]+#"'))).toBe('0A000');
    expect(sqlstate(() => similar('a1', 'a#d'))).toBe('0A000');
  });
});

describe('sum(float4)', () => {
  it('adds in float4, rounding each partial sum, as float4pl does', () => {
    const db = new Database(':memory:');
    registerTypedFunctions(db);
    const { v } = db.prepare('SELECT pg_float4_sum(x) AS v FROM (SELECT ? AS x UNION ALL SELECT ? UNION ALL SELECT ?)').get(Math.fround(0.1), Math.fround(0.2), Math.fround(0.27)) as { v: number };
    expect(v).toBe(Math.fround(Math.fround(Math.fround(0.1) + Math.fround(0.2)) + Math.fround(0.27)));
    expect(sqlstate(() => db.prepare('SELECT pg_float4_sum(x) FROM (SELECT 3e38 AS x UNION ALL SELECT 3e38)').get())).toBe('22003');
  });
});

describe('array subscripts', () => {
  it("keep the array's typmod: an element of numeric(6,2)[] prints its scale", () => {
    const [t] = translate("SELECT ('{1.5}'::numeric(6,2)[])[1]", schema);
    expect(t!.columns![0]!.type).toEqual({ oid: OID.numeric, typmod: ((6 << 16) | 2) + 4 });
  });
});

describe('float4 arithmetic', () => {
  it('rounds to float4 and overflows or underflows at its range (22003)', () => {
    const db = new Database(':memory:');
    registerFloatFunctions(db);
    const arith = (op: string, a: number, b: number) => (db.prepare('SELECT pg_float_arith(?, ?, ?, 1) AS v').get(op, a, b) as { v: number }).v;
    expect(arith('*', Math.fround(1.1), Math.fround(1.1))).toBe(Math.fround(Math.fround(1.1) * Math.fround(1.1)));
    expect(sqlstate(() => arith('*', 1e20, 1e20))).toBe('22003');
    expect(sqlstate(() => arith('/', 1e30, 1e-30))).toBe('22003');
    expect(sqlstate(() => arith('*', 1e-30, 1e-30))).toBe('22003');
  });
});

describe('operators and set-returning functions by name', () => {
  it('answers 42883 for an operator name PostgreSQL has none of', () => {
    expect(fails('SELECT 5 // 2')).toBe('42883');
    expect(fails("SELECT 'a' === 'a'")).toBe('42883');
  });

  it("types regexp_matches' rows as text[]", () => {
    const [t] = translate("SELECT ARRAY(SELECT regexp_matches('a1b2', '([a-z])(\\d)', 'g'))", schema);
    expect(t!.columns![0]!.type?.oid).toBe(OID.text_array);
  });
});
