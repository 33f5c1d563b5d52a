/**
 * The bit string, money and timetz semantics of pg/types/bit-string.ts, money.ts and timetz.ts,
 * against PostgreSQL 15's answers (varbit.c's, cash.c's, date.c's), and how the translator's SQL
 * stores them.
 */
import type Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { assignBits, bitsFromBinary, bitsToBinary, bitwise, castBits, integerToBits, parseBitString, shiftBits } from '../../pg/types/bit-string.js';
import { formatMoney, moneyDivided, moneyTimesFloat, moneyWords, parseMoney } from '../../pg/types/money.js';
import { parseTimetz } from '../../pg/types/timestamp.js';
import { formatTimetz, timetzAtOffset, timetzSortKey } from '../../pg/types/timetz.js';
import { fails, openTranslatedDb, run } from '../helpers/translated-db.js';

let db: Database.Database;
/** What SQLite holds: the stored values and their storage classes. */
const stored = (sql: string) => db.prepare(sql).raw(true).all();

beforeAll(async () => {
  db = await openTranslatedDb();
});

describe('bit strings', () => {
  it("reads bit_in's binary and hexadecimal digits", () => {
    expect(parseBitString('b0101')).toBe('0101');
    expect(parseBitString('X1f')).toBe('00011111');
    expect(() => parseBitString('x1g')).toThrow(expect.objectContaining({ code: '22P02', message: '"g" is not a valid hexadecimal digit' }));
  });

  it('pads or cuts on a cast, refuses on assignment', () => {
    expect(castBits('101', 6, true)).toBe('101000');
    expect(castBits('101', 6, false)).toBe('101');
    expect(castBits('101101', 3, false)).toBe('101');
    expect(() => assignBits('101', 4, true)).toThrow(expect.objectContaining({ code: '22026', message: 'bit string length 3 does not match type bit(4)' }));
    expect(() => assignBits('10101', 4, false)).toThrow(expect.objectContaining({ code: '22001', message: 'bit string too long for type bit varying(4)' }));
  });

  it('shifts within the length, a negative count the other way; bitwise operators need one length', () => {
    expect(shiftBits('10011', 1)).toBe('00110');
    expect(shiftBits('10011', -1)).toBe('01001');
    expect(shiftBits('10011', 7)).toBe('00000');
    expect(() => bitwise('#', '1100', '1')).toThrow(expect.objectContaining({ code: '22026', message: 'cannot XOR bit strings of different sizes' }));
  });

  it('makes an integer its low bits, the sign repeated past its width', () => {
    expect(integerToBits(5n, 3, 32)).toBe('101');
    expect(integerToBits(-2n, 34, 32)).toBe('11' + '1'.repeat(31) + '0');
  });

  it("sends and receives bit_send's form", () => {
    expect(bitsToBinary('101000001').toString('hex')).toBe('00000009a080');
    expect(bitsFromBinary(Buffer.from('00000009a080', 'hex'))).toBe('101000001');
  });

  it('is stored as text in a column of TEXT affinity, which keeps leading zeros', () => {
    run('CREATE TABLE b30 (b bit(4), v varbit)');
    run("INSERT INTO b30 VALUES (B'0011', X'0')");
    expect(run('SELECT b, v FROM b30')).toEqual([['0011', '0000']]);
    expect(stored('SELECT typeof(b), typeof(v) FROM b30')).toEqual([['text', 'text']]);
    expect(fails("INSERT INTO b30 VALUES (B'1', NULL)")).toBe('22026');
  });
});

describe('money', () => {
  it("reads cash_in: symbol, sign, separators, the third fraction digit rounding", () => {
    expect(parseMoney('$1,234.56')).toBe(123456n);
    expect(parseMoney('($5.00)')).toBe(-500n);
    expect(parseMoney('0.015')).toBe(2n);
    expect(parseMoney('0.0049')).toBe(0n);
    expect(parseMoney('')).toBe(0n);
    expect(() => parseMoney('1e3')).toThrow(expect.objectContaining({ code: '22P02' }));
    expect(() => parseMoney('92233720368547758.08')).toThrow(expect.objectContaining({ code: '22003', message: 'value "92233720368547758.08" is out of range for type money' }));
  });

  it('prints cash_out under lc_monetary C', () => {
    expect(formatMoney(0n)).toBe('$0.00');
    expect(formatMoney(-5n)).toBe('-$0.05');
    expect(formatMoney(123456789n)).toBe('$1,234,567.89');
  });

  it('rounds a float product half to even and truncates an integer quotient', () => {
    expect(moneyTimesFloat(5n, 0.5)).toBe(2n);
    expect(moneyTimesFloat(15n, 0.5)).toBe(8n);
    expect(moneyDivided(-1000n, 3n)).toBe(-333n);
    expect(() => moneyDivided(1000n, 0)).toThrow(expect.objectContaining({ code: '22012' }));
  });

  it("words amounts as cash_words does, its double blanks included", () => {
    expect(moneyWords(100000n)).toBe('One thousand  dollars and zero cents');
    expect(moneyWords(11000n)).toBe('One hundred and ten dollars and zero cents');
    expect(moneyWords(-4210n)).toBe('Minus forty two dollars and ten cents');
  });

  it('is stored as a count of cents, numbers assigned through their casts', () => {
    run('CREATE TABLE m30 (m money)');
    run("INSERT INTO m30 VALUES (7), (0.05), ('$1.10')");
    expect(run('SELECT m FROM m30 ORDER BY m')).toEqual([[5n], [110n], [700n]]);
    expect(stored('SELECT DISTINCT typeof(m) FROM m30')).toEqual([['integer']]);
  });
});

describe('timetz', () => {
  const key = (text: string) => timetzSortKey(parseTimetz(text));

  it('sorts by the UTC time, then the zone west of UTC, across the whole range of offsets', () => {
    const order = ['24:00:00-15:59', '00:00+15:59', '09:00+02', '08:00+01', '07:00+00', '06:30-08', '12:00:00.5-04'];
    const sorted = [...order].sort((a, b) => (key(a) < key(b) ? -1 : 1));
    expect(sorted).toEqual(['00:00+15:59', '09:00+02', '08:00+01', '07:00+00', '06:30-08', '12:00:00.5-04', '24:00:00-15:59']);
  });

  it('keeps the instant across zones and prints timetz_out', () => {
    expect(formatTimetz(timetzAtOffset(parseTimetz('01:00+02'), -3 * 3600))).toBe('20:00:00-03');
    expect(formatTimetz(parseTimetz('1:2:3.5+5:45'))).toBe('01:02:03.5+05:45');
    expect(formatTimetz(parseTimetz('allballs'))).toBe('00:00:00+00');
  });

  it('is stored as timetz_out prints it', () => {
    run('CREATE TABLE t30 (t timetz)');
    run("INSERT INTO t30 VALUES ('9:00 CET')");
    expect(run('SELECT t FROM t30')).toEqual([['09:00:00+01']]);
  });
});
