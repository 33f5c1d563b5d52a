/**
 * What keeps translation bounded: the translation cache by the bytes it holds, and statements
 * with more parameters than SQLite binds, whose values go into the SQL as literals.
 */
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadParser } from '../../dialect/translate/parse.js';
import { TranslatorSchema } from '../../dialect/translate/schema.js';
import { translate, translationCacheSize } from '../../dialect/translate/translate.js';
import type { SchemaSnapshot } from '../../dialect/schema-snapshot.js';
import { inlineParameters } from '../../dialect/sqlite-quote.js';

const schema = new TranslatorSchema(JSON.parse(readFileSync(new URL('./golden/schema.json', import.meta.url), 'utf8')) as SchemaSnapshot);

beforeAll(async () => {
  await loadParser();
});

describe('translation cache', () => {
  it('does not keep a large statement', () => {
    // Under PostgreSQL's 1,664 targets, long by its aliases.
    const big = `SELECT ${Array.from({ length: 1600 }, (_, i) => `${i} AS a_column_with_a_long_name_${i}`).join(', ')}`;
    expect(big.length).toBeGreaterThan(32 * 1024);
    const first = translate(big, schema);
    expect(translate(big, schema)).not.toBe(first);
    const small = 'SELECT 1 AS one';
    expect(translate(small, schema)).toBe(translate(small, schema));
  });

  it('holds a bounded number of bytes however many distinct statements come', () => {
    const filler = 'x'.repeat(12 * 1024);
    for (let i = 0; i < 600; i++) translate(`SELECT '${filler}' AS v${i}`, schema);
    const { entries, textBytes } = translationCacheSize();
    expect(textBytes).toBeLessThanOrEqual(4 * 1024 * 1024);
    expect(entries).toBeLessThan(600);
    expect(textBytes).toBeGreaterThan(3 * 1024 * 1024);
  });
});

describe('parameters written in as literals', () => {
  const db = new Database(':memory:');
  const run = (sql: string, params: number[], values: Array<null | bigint | number | string | Buffer>) => {
    const step = inlineParameters({ sql, params }, values);
    expect(step.params).toEqual([]);
    return db.prepare(step.sql).raw(true).safeIntegers(true).get() as unknown[];
  };

  it('keeps each value’s storage class and leaves quoted ? and comments alone', () => {
    const sql = `SELECT ?, '?''?', "?" FROM (SELECT 1 AS "?") /* ? */ WHERE ? IS NOT NULL AND typeof(?) = 'real' AND typeof(?) = 'integer' AND ? = X'00ff' AND ? IS NULL`;
    const row = run(sql, [1, 2, 3, 4, 5, 6], ["it's ?", 1, 2, 3n, Buffer.from([0, 255]), null]);
    expect(row).toEqual(["it's ?", "?'?", 1n]);
  });

  it('writes text with NUL, infinities and NaN as SQLite would bind them', () => {
    expect(run('SELECT ?, ?, ?, ?, typeof(?)', [1, 2, 3, 4, 5], ['a\0b', Infinity, -Infinity, NaN, 2.5])).toEqual(['a\0b', Infinity, -Infinity, null, 'real']);
  });
});
