/**
 * Numeric parameters the result columns only print keep the display scale they were sent with
 * (Translation.displayParams, wire/param-values.ts): which parameters qualify, and how Bind's text
 * and binary values decode for them. What they print is compared with PostgreSQL in
 * test/corpus/20-found.sql.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadParser } from '../../dialect/translate/parse.js';
import { TranslatorSchema } from '../../dialect/translate/schema.js';
import { translate } from '../../dialect/translate/translate.js';
import type { SchemaSnapshot } from '../../dialect/schema-snapshot.js';
import { decodeBinary, decodeText } from '../../wire/param-values.js';
import { OID } from '../../pg/types/registry.js';
import { numericBinary } from '../../pg/types/numeric.js';
import { sqlstate } from '../helpers/sqlstate.js';

const snapshot = JSON.parse(readFileSync(new URL('./golden/schema.json', import.meta.url), 'utf8')) as SchemaSnapshot;
const schema = new TranslatorSchema(snapshot);
const display = (sql: string) => translate(sql, schema)[0]!.displayParams;

beforeAll(loadParser);

describe('a display parameter', () => {
  it('is a numeric parameter that result columns of a plain query only print or compute on', () => {
    expect(display('SELECT $1::numeric')).toEqual([1]);
    expect(display('SELECT $1::numeric * 2, $2::numeric / 3 + 1')).toEqual([1, 2]);
    expect(display('SELECT $1::numeric * 2 ORDER BY 1')).toEqual([1]);
  });

  it('is also one used as a value elsewhere, which reads its text as numeric_in does', () => {
    const [t] = translate("SELECT $1::numeric, 'a?', $2::text WHERE $1::numeric > 10", schema);
    expect(t!.displayParams).toEqual([1]);
    expect(t!.steps[0]!.sql).toBe(`SELECT ? AS "numeric", 'a?' AS "?column?", pg_cast_text(?) AS "text" WHERE pg_num_cmp(pg_store(?, 1700, -1), 10) > 0`);
    expect(t!.steps[0]!.params).toEqual([1, 2, 1]);
  });

  it('is also one a subquery without FROM carries to the result columns', () => {
    expect(display('SELECT x FROM (SELECT $1::numeric AS x) s WHERE x > 5')).toEqual([1]);
  });

  it('is also one of a result\'s set operation, whose rows carry their texts (a value equal to another at another scale is 0A000)', () => {
    expect(display('SELECT $1::numeric UNION SELECT 12.5')).toEqual([1]);
    expect(display('SELECT $1::numeric INTERSECT SELECT 12.5 ORDER BY 1')).toEqual([1]);
  });

  it('is also one sqrt, exp, ln, log or power takes its result’s scale from', () => {
    expect(display('SELECT sqrt($1::numeric)')).toEqual([1]);
  });

  it('is not one of a write, or of a typmod', () => {
    expect(display('SELECT $1::numeric(6,2) * 2')).toBeUndefined();
    expect(display('UPDATE orders SET total = $1::numeric RETURNING $1::numeric * 2')).toBeUndefined();
    // Steps keep the parameter's own number: the executor binds them as any other.
    expect(translate('SELECT $1::numeric * 2', schema)[0]!.steps[0]!.params).toEqual([1]);
  });

  it('decodes to its decimal text, from text or binary, checked as numeric_in checks it', () => {
    expect(decodeText('12.50', OID.numeric, true)).toBe('12.50');
    expect(decodeText(' 1e2 ', OID.numeric, true)).toBe('100');
    expect(decodeText('NaN', OID.numeric, true)).toBe('NaN');
    expect(decodeText('12.50', OID.numeric)).toBe(12.5);
    expect(sqlstate(() => decodeText('abc', OID.numeric, true))).toBe('22P02');
    const sent = numericBinary('-3.1400', (((1000 << 16) | 4) + 4));
    expect(decodeBinary(sent, OID.numeric, 0, true)).toBe('-3.1400');
    expect(decodeBinary(sent, OID.numeric, 0)).toBe(-3.14);
  });
});
