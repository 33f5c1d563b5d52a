/**
 * What pg-boss needs of evsql (sweep 25): its advisory-lock key `('x' || md5(…))::bit(64)::bigint`
 * read as PostgreSQL's bit_in, bit(n) and bittoint8 read it (pg/types/bit-string.ts), and an
 * advisory lock keyed by an expression (dialect/translate/advisory.ts).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { bitsToInteger, castBits, parseBitString } from '../../pg/types/bit-string.js';
import { loadParser } from '../../dialect/translate/parse.js';
import { translate } from '../../dialect/translate/translate.js';
import { TranslatorSchema } from '../../dialect/translate/schema.js';
import type { SchemaSnapshot } from '../../dialect/schema-snapshot.js';

const schema = new TranslatorSchema(JSON.parse(readFileSync(new URL('./golden/schema.json', import.meta.url), 'utf8')) as SchemaSnapshot);

/** `text::bit(length)::int4/int8`: bit_in, the explicit cast's length coercion, then bittoint4/8. */
const bitStringInteger = (text: string, length: number, width: 32 | 64) => bitsToInteger(castBits(parseBitString(text), length, true), width);

beforeAll(async () => {
  await loadParser();
});

describe('text::bit(n)::integer', () => {
  it('reads hexadecimal after x, binary after b or without a prefix', () => {
    expect(bitStringInteger('xff', 8, 32)).toBe(255n);
    expect(bitStringInteger('XAB', 8, 32)).toBe(171n);
    expect(bitStringInteger('b101', 3, 32)).toBe(5n);
    expect(bitStringInteger('101', 3, 32)).toBe(5n);
  });

  it('cuts or pads on the right to n bits, as an explicit cast does', () => {
    expect(bitStringInteger('xff', 4, 32)).toBe(15n);
    expect(bitStringInteger('xf', 8, 32)).toBe(240n);
    expect(bitStringInteger('', 4, 32)).toBe(0n);
  });

  it('takes the first of exactly the width\'s bits as the sign', () => {
    expect(bitStringInteger('xffffffff', 32, 32)).toBe(-1n);
    expect(bitStringInteger('xffffffffffffffff', 64, 64)).toBe(-1n);
    expect(bitStringInteger('xffffffff', 32, 64)).toBe(4294967295n);
    // pg-boss's key of md5('a'): SELECT ('x' || md5('a'))::bit(64)::bigint on PostgreSQL 15.
    expect(bitStringInteger('x0cc175b9c0f1b6a831c399e269772661', 64, 64)).toBe(919145239626757800n);
  });

  it("fails as PostgreSQL's: a digit of neither kind, a bit string wider than the integer", () => {
    expect(() => bitStringInteger('xfg', 8, 32)).toThrow(expect.objectContaining({ code: '22P02', message: '"g" is not a valid hexadecimal digit' }));
    expect(() => bitStringInteger('12', 8, 32)).toThrow(expect.objectContaining({ code: '22P02', message: '"2" is not a valid binary digit' }));
    expect(() => bitStringInteger('xff', 40, 32)).toThrow(expect.objectContaining({ code: '22003', message: 'integer out of range' }));
    expect(() => bitStringInteger('xff', 72, 64)).toThrow(expect.objectContaining({ code: '22003', message: 'bigint out of range' }));
  });
});

describe('advisory lock keyed by an expression', () => {
  it('computes the key with a SELECT of the arguments first', () => {
    const [t] = translate("SELECT pg_advisory_xact_lock(('x' || md5(current_database() || '.pgboss.s'))::bit(64)::bigint)", schema);
    expect(t!.advisory).toMatchObject({ action: 'lock', level: 'transaction', key: [{ column: 0 }] });
    expect(t!.steps).toEqual([]);
    expect(t!.advisoryKey!.steps[0]!.sql).toContain('pg_bit_int(pg_bit_cast(');
    expect(t!.advisoryKey!.columns!.map((c) => c.type.oid)).toEqual([20]);
  });

  it("types a parameter as PostgreSQL's PREPARE does: by the expression it is in", () => {
    expect(translate('SELECT pg_try_advisory_lock($1 + 1)', schema)[0]!.paramTypes).toEqual([23]);
  });

  it('finds no function for a key of another type (42883)', () => {
    expect(() => translate("SELECT pg_advisory_lock('a' || 'b')", schema)).toThrow(expect.objectContaining({ code: '42883', message: 'function pg_advisory_lock(text) does not exist' }));
    expect(() => translate('SELECT pg_advisory_lock(1.5 + 1)', schema)).toThrow(expect.objectContaining({ code: '42883', message: 'function pg_advisory_lock(numeric) does not exist' }));
    expect(() => translate('SELECT pg_advisory_lock(length($1), 2::bigint + 1)', schema)).toThrow(expect.objectContaining({ code: '42883', message: 'function pg_advisory_lock(integer, bigint) does not exist' }));
  });
});
