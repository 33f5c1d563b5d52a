/**
 * Unit tests for pg/types/: the registry (registry.ts), the text and binary wire formats
 * (text-format.ts, binary-format.ts) and, through them, every type family in that folder
 * (float.ts, numeric.ts, integer.ts, bool.ts, bytea.ts, uuid.ts, timestamp.ts, interval.ts,
 * json.ts, array.ts, range.ts). Expected strings and bytes were checked against PostgreSQL 15
 * (its output functions and *_send functions), so they are PostgreSQL's, not these modules'.
 */
import { describe, expect, it } from 'vitest';
import { PgError, SqlState } from '../../pg/errors.js';
import { decodeBinaryParam, encodeBinary } from '../../pg/types/binary-format.js';
import { formatFloat4, formatFloat8 } from '../../pg/types/float.js';
import { abbrevCidr, inetSortKey, storedInet } from '../../pg/types/inet.js';
import { OID, type SqliteValue, arrayElementOid, arrayOidOf, formatType, inferOid, typeFromDeclared, typeLength, typeName } from '../../pg/types/registry.js';
import { decodeTextParam, encodeText } from '../../pg/types/text-format.js';
import { formatRange, parseRange, rangeDifference, rangeIntersection, rangeKey, rangeTest, rangeUnion } from '../../pg/types/range.js';

const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ''), 'hex');
const numericTypmod = (precision: number, scale: number) => ((precision << 16) | (scale & 0x7ff)) + 4;

/** The PgError a call throws, so tests can check its SQLSTATE and message together. */
function pgError(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(PgError);
    const err = e as PgError;
    return { code: err.code, message: err.message };
  }
  throw new Error('expected a PgError');
}

describe('type metadata', () => {
  it('has PostgreSQL OIDs', () => {
    expect(OID.int4).toBe(23);
    expect(OID.timestamptz).toBe(1184);
    expect(OID.text_array).toBe(1009);
    expect(OID.varchar_array).toBe(1015);
    expect(OID.jsonb).toBe(3802);
  });

  it.each([
    [OID.bool, 'bool', 1],
    [OID.bytea, 'bytea', -1],
    [OID.char, 'char', 1],
    [OID.name, 'name', 64],
    [OID.int2, 'int2', 2],
    [OID.int4, 'int4', 4],
    [OID.int8, 'int8', 8],
    [OID.oid, 'oid', 4],
    [OID.text, 'text', -1],
    [OID.float4, 'float4', 4],
    [OID.float8, 'float8', 8],
    [OID.unknown, 'unknown', -2],
    [OID.numeric, 'numeric', -1],
    [OID.date, 'date', 4],
    [OID.time, 'time', 8],
    [OID.timestamp, 'timestamp', 8],
    [OID.timestamptz, 'timestamptz', 8],
    [OID.interval, 'interval', 16],
    [OID.uuid, 'uuid', 16],
    [OID.jsonb, 'jsonb', -1],
    [OID.regclass, 'regclass', 4],
    [OID.int4_array, '_int4', -1],
    [OID.text_array, '_text', -1],
  ])('typeName/typeLength(%i) = %s, %i', (oid, name, len) => {
    expect(typeName(oid)).toBe(name);
    expect(typeLength(oid)).toBe(len);
  });

  it('knows nothing of other OIDs', () => {
    expect(typeName(99999)).toBe('???');
    expect(typeLength(99999)).toBe(-1);
    expect(formatType(99999, -1)).toBe('???');
  });

  it('relates arrays and elements', () => {
    expect(arrayElementOid(OID.int4_array)).toBe(OID.int4);
    expect(arrayElementOid(OID.int4)).toBe(0);
    expect(arrayOidOf(OID.text)).toBe(OID.text_array);
    expect(arrayOidOf(OID.regclass)).toBe(0);
  });

  it.each([
    [OID.bool, -1, 'boolean'],
    [OID.char, -1, '"char"'],
    [OID.int2, -1, 'smallint'],
    [OID.int4, -1, 'integer'],
    [OID.int8, -1, 'bigint'],
    [OID.float4, -1, 'real'],
    [OID.float8, -1, 'double precision'],
    [OID.text, -1, 'text'],
    [OID.name, -1, 'name'],
    [OID.bpchar, -1, 'bpchar'],
    [OID.bpchar, 5, 'character(1)'],
    [OID.bpchar, 124, 'character(120)'],
    [OID.varchar, -1, 'character varying'],
    [OID.varchar, 259, 'character varying(255)'],
    [OID.numeric, -1, 'numeric'],
    [OID.numeric, numericTypmod(10, 2), 'numeric(10,2)'],
    [OID.numeric, numericTypmod(5, -2), 'numeric(5,-2)'],
    [OID.date, -1, 'date'],
    [OID.time, -1, 'time without time zone'],
    [OID.time, 6, 'time(6) without time zone'],
    [OID.timestamp, -1, 'timestamp without time zone'],
    [OID.timestamp, 3, 'timestamp(3) without time zone'],
    [OID.timestamptz, -1, 'timestamp with time zone'],
    [OID.timestamptz, 0, 'timestamp(0) with time zone'],
    [OID.interval, -1, 'interval'],
    [OID.interval, 2147418114, 'interval(2)'],
    [OID.interval, 470286339, 'interval day to second(3)'],
    [OID.interval, 327679, 'interval year'],
    [OID.interval, 201392127, 'interval hour to minute'],
    [OID.uuid, -1, 'uuid'],
    [OID.jsonb, -1, 'jsonb'],
    [OID.regclass, -1, 'regclass'],
    [OID.unknown, -1, 'unknown'],
    [OID.text_array, -1, 'text[]'],
    [OID.bpchar_array, -1, 'bpchar[]'],
    [OID.varchar_array, 14, 'character varying(10)[]'],
    [OID.numeric_array, numericTypmod(10, 2), 'numeric(10,2)[]'],
    [OID.timestamptz_array, -1, 'timestamp with time zone[]'],
  ])('formatType(%i, %i) = %s', (oid, typmod, expected) => {
    expect(formatType(oid, typmod)).toBe(expected);
  });
});

describe('typeFromDeclared', () => {
  it.each([
    ['int', OID.int4, -1],
    ['integer', OID.int4, -1],
    ['INTEGER', OID.int4, -1],
    ['int4', OID.int4, -1],
    ['serial', OID.int4, -1],
    ['serial4', OID.int4, -1],
    ['smallint', OID.int2, -1],
    ['int2', OID.int2, -1],
    ['smallserial', OID.int2, -1],
    ['bigint', OID.int8, -1],
    ['int8', OID.int8, -1],
    ['bigserial', OID.int8, -1],
    ['serial8', OID.int8, -1],
    ['real', OID.float4, -1],
    ['float4', OID.float4, -1],
    ['REAL', OID.float8, -1],
    ['double precision', OID.float8, -1],
    ['DOUBLE  PRECISION', OID.float8, -1],
    ['float8', OID.float8, -1],
    ['float', OID.float8, -1],
    ['float(24)', OID.float4, -1],
    ['float(25)', OID.float8, -1],
    ['numeric', OID.numeric, -1],
    ['decimal', OID.numeric, -1],
    ['numeric(10,2)', OID.numeric, numericTypmod(10, 2)],
    ['NUMERIC(10, 2)', OID.numeric, numericTypmod(10, 2)],
    ['decimal(5)', OID.numeric, numericTypmod(5, 0)],
    ['numeric(5,-2)', OID.numeric, numericTypmod(5, -2)],
    ['boolean', OID.bool, -1],
    ['bool', OID.bool, -1],
    ['text', OID.text, -1],
    ['TEXT', OID.text, -1],
    ['varchar', OID.varchar, -1],
    ['varchar(255)', OID.varchar, 259],
    ['character varying(10)', OID.varchar, 14],
    ['char', OID.bpchar, 5],
    ['character', OID.bpchar, 5],
    ['char(120)', OID.bpchar, 124],
    ['character(3)', OID.bpchar, 7],
    ['bpchar', OID.bpchar, -1],
    ['"char"', OID.char, -1],
    ['bytea', OID.bytea, -1],
    ['BLOB', OID.bytea, -1],
    ['date', OID.date, -1],
    ['time', OID.time, -1],
    ['time without time zone', OID.time, -1],
    ['time(3)', OID.time, 3],
    ['timestamp', OID.timestamp, -1],
    ['timestamp without time zone', OID.timestamp, -1],
    ['timestamp(3) without time zone', OID.timestamp, 3],
    ['timestamptz', OID.timestamptz, -1],
    ['timestamp with time zone', OID.timestamptz, -1],
    ['timestamp(0) with time zone', OID.timestamptz, 0],
    ['timestamptz(9)', OID.timestamptz, 6],
    ['interval', OID.interval, -1],
    ['interval(2)', OID.interval, 2147418114],
    ['interval day to second(3)', OID.interval, 470286339],
    ['interval year', OID.interval, 327679],
    ['json', OID.json, -1],
    ['jsonb', OID.jsonb, -1],
    ['uuid', OID.uuid, -1],
    ['name', OID.name, -1],
    ['oid', OID.oid, -1],
    ['regclass', OID.regclass, -1],
    ['pg_catalog.int4', OID.int4, -1],
    ['pg_catalog.varchar(20)', OID.varchar, 24],
    ['pg_catalog."char"', OID.char, -1],
    ['text[]', OID.text_array, -1],
    ['int4[]', OID.int4_array, -1],
    ['integer[][]', OID.int4_array, -1],
    ['integer[3]', OID.int4_array, -1],
    ['integer array', OID.int4_array, -1],
    ['varchar(10)[]', OID.varchar_array, 14],
    ['timestamptz[]', OID.timestamptz_array, -1],
    ['_text', OID.text_array, -1],
    ['_int8', OID.int8_array, -1],
    ['_char', OID.char_array, -1],
    ['xml[]', OID.text_array, -1],
    ['', OID.text, -1],
    ['whatever', OID.text, -1],
    ['money', OID.money, -1],
    ['bit text(8)', OID.bit, 8],
    ['time with time zone', OID.timetz, -1],
  ])('%j -> %i (typmod %i)', (decl, oid, typmod) => {
    expect(typeFromDeclared(decl)).toEqual({ oid, typmod });
  });

  it('maps null and undefined to text', () => {
    expect(typeFromDeclared(null)).toEqual({ oid: OID.text, typmod: -1 });
    expect(typeFromDeclared(undefined)).toEqual({ oid: OID.text, typmod: -1 });
  });

  it.each([
    ['numeric(0)', 'NUMERIC precision 0 must be between 1 and 1000'],
    ['numeric(1001)', 'NUMERIC precision 1001 must be between 1 and 1000'],
    ['numeric(5,-1001)', 'NUMERIC scale -1001 must be between -1000 and 1000'],
    ['numeric(1,2,3)', 'invalid NUMERIC type modifier'],
    ['varchar(0)', 'length for type varchar must be at least 1'],
    ['char(0)', 'length for type char must be at least 1'],
    ['varchar(10485761)', 'length for type varchar cannot exceed 10485760'],
    ['float(0)', 'precision for type float must be at least 1 bit'],
    ['float(54)', 'precision for type float must be less than 54 bits'],
  ])('rejects %s as PostgreSQL does', (decl, message) => {
    expect(pgError(() => typeFromDeclared(decl))).toEqual({ code: SqlState.invalidParameterValue, message });
  });
});

describe('integers', () => {
  it('encodes the storage bigint as text and binary', () => {
    expect(encodeText(42n, OID.int4)).toBe('42');
    expect(encodeText(-9223372036854775808n, OID.int8)).toBe('-9223372036854775808');
    expect(encodeBinary(1n, OID.int2)).toEqual(hex('0001'));
    expect(encodeBinary(-2n, OID.int4)).toEqual(hex('fffffffe'));
    expect(encodeBinary(9223372036854775807n, OID.int8)).toEqual(hex('7fffffffffffffff'));
    expect(encodeBinary(4294967295n, OID.oid)).toEqual(hex('ffffffff'));
  });

  it('encodes other JavaScript types sensibly', () => {
    expect(encodeText(7, OID.int4)).toBe('7');
    expect(encodeText(2.5, OID.int4)).toBe('2'); // as float8::int4 rounds, half to even
    expect(encodeText('12', OID.int8)).toBe('12');
    expect(encodeBinary(7, OID.int4)).toEqual(hex('00000007'));
    expect(encodeBinary('12', OID.int8)).toEqual(hex('000000000000000c'));
  });

  it('rejects values out of the column type range in binary', () => {
    expect(pgError(() => encodeBinary(40000n, OID.int2))).toEqual({
      code: SqlState.numericValueOutOfRange,
      message: 'smallint out of range',
    });
    expect(pgError(() => encodeBinary(2n ** 31n, OID.int4)).message).toBe('integer out of range');
  });

  it.each([
    ['0', OID.int4, 0n],
    [' 12 ', OID.int4, 12n],
    ['+3', OID.int2, 3n],
    ['-0', OID.int8, 0n],
    ['-2147483648', OID.int4, -2147483648n],
    ['2147483647', OID.int4, 2147483647n],
    ['-32768', OID.int2, -32768n],
    ['00012', OID.int4, 12n],
    ['9223372036854775807', OID.int8, 9223372036854775807n],
    ['-9223372036854775808', OID.int8, -9223372036854775808n],
    ['4294967295', OID.oid, 4294967295n],
    ['-1', OID.oid, 4294967295n],
  ])('decodes %j as %i -> %s', (text, oid, expected) => {
    expect(decodeTextParam(text, oid)).toBe(expected);
  });

  it.each([
    ['abc', OID.int4, SqlState.invalidTextRepresentation, 'invalid input syntax for type integer: "abc"'],
    ['', OID.int4, SqlState.invalidTextRepresentation, 'invalid input syntax for type integer: ""'],
    ['1.5', OID.int8, SqlState.invalidTextRepresentation, 'invalid input syntax for type bigint: "1.5"'],
    ['- 1', OID.int2, SqlState.invalidTextRepresentation, 'invalid input syntax for type smallint: "- 1"'],
    ['x', OID.oid, SqlState.invalidTextRepresentation, 'invalid input syntax for type oid: "x"'],
    ['2147483648', OID.int4, SqlState.numericValueOutOfRange, 'value "2147483648" is out of range for type integer'],
    ['99999999999', OID.int4, SqlState.numericValueOutOfRange, 'value "99999999999" is out of range for type integer'],
    ['32768', OID.int2, SqlState.numericValueOutOfRange, 'value "32768" is out of range for type smallint'],
    [
      '9223372036854775808',
      OID.int8,
      SqlState.numericValueOutOfRange,
      'value "9223372036854775808" is out of range for type bigint',
    ],
    ['4294967296', OID.oid, SqlState.numericValueOutOfRange, 'value "4294967296" is out of range for type oid'],
  ])('rejects %j as %i', (text, oid, code, message) => {
    expect(pgError(() => decodeTextParam(text, oid))).toEqual({ code, message });
  });

  it('decodes binary parameters', () => {
    expect(decodeBinaryParam(hex('ffff'), OID.int2)).toBe(-1n);
    expect(decodeBinaryParam(hex('80000000'), OID.int4)).toBe(-2147483648n);
    expect(decodeBinaryParam(hex('8000000000000000'), OID.int8)).toBe(-9223372036854775808n);
    expect(decodeBinaryParam(hex('ffffffff'), OID.oid)).toBe(4294967295n);
  });
});

describe('bool', () => {
  it('encodes', () => {
    expect(encodeText(1n, OID.bool)).toBe('t');
    expect(encodeText(0n, OID.bool)).toBe('f');
    expect(encodeText(1, OID.bool)).toBe('t');
    expect(encodeText('true', OID.bool)).toBe('t');
    expect(encodeBinary(1n, OID.bool)).toEqual(hex('01'));
    expect(encodeBinary(0, OID.bool)).toEqual(hex('00'));
  });

  it.each([
    ['t', 1],
    ['true', 1],
    [' TRUE ', 1],
    ['tru', 1],
    ['y', 1],
    ['yes', 1],
    ['on', 1],
    ['1', 1],
    ['f', 0],
    ['FALSE', 0],
    ['n', 0],
    ['no', 0],
    ['of', 0],
    ['off', 0],
    ['0', 0],
  ])('decodes %j as %i', (text, expected) => {
    expect(decodeTextParam(text, OID.bool)).toBe(expected);
  });

  it.each(['o', '10', 'x', '', 'onn', 'truex'])('rejects %j', (text) => {
    expect(pgError(() => decodeTextParam(text, OID.bool))).toEqual({
      code: SqlState.invalidTextRepresentation,
      message: `invalid input syntax for type boolean: "${text}"`,
    });
  });

  it('decodes binary', () => {
    expect(decodeBinaryParam(hex('01'), OID.bool)).toBe(1);
    expect(decodeBinaryParam(hex('00'), OID.bool)).toBe(0);
  });
});

describe('float8 and float4', () => {
  // PostgreSQL's Ryu never accepts a bound of the rounding interval, so 1e23 and some large
  // integers print differently from JavaScript's shortest form.
  it.each([
    [0.1, '0.1'],
    [100, '100'],
    [1e15, '1e+15'],
    [123456789012345, '123456789012345'],
    [1e-5, '1e-05'],
    [0.0001, '0.0001'],
    [2.5e-7, '2.5e-07'],
    [5e-324, '5e-324'],
    [1.7976931348623157e308, '1.7976931348623157e+308'],
    [1e22, '1e+22'],
    [1e23, '9.999999999999999e+22'],
    [-29636951804874392, '-2.9636951804874392e+16'],
    [9007199254740993, '9.007199254740992e+15'],
    [181705388398854.625, '181705388398854.62'],
    [0.1 + 0.2, '0.30000000000000004'],
    [-1.5e-10, '-1.5e-10'],
    [1e100, '1e+100'],
    [-0, '-0'],
    [0, '0'],
    [NaN, 'NaN'],
    [Infinity, 'Infinity'],
    [-Infinity, '-Infinity'],
  ])('float8 %d prints as %s', (value, expected) => {
    expect(formatFloat8(value)).toBe(expected);
    expect(encodeText(value, OID.float8)).toBe(expected);
  });

  it.each([
    [0.1, '0.1'],
    [1e6, '1e+06'],
    [123456, '123456'],
    [16777217, '1.6777216e+07'],
    [3.4028235e38, '3.4028235e+38'],
    [1e-45, '1e-45'],
    [1.17549435e-38, '1.1754944e-38'],
    [0.000123, '0.000123'],
    [1.21636864e8, '1.21636864e+08'],
    [-7.77e-20, '-7.77e-20'],
    [333333.3, '333333.3'],
  ])('float4 %d prints as %s', (value, expected) => {
    expect(formatFloat4(value)).toBe(expected);
    expect(encodeText(Math.fround(value), OID.float4)).toBe(expected);
  });

  it('prints non-number storage values', () => {
    expect(encodeText('NaN', OID.float8)).toBe('NaN');
    expect(encodeText(3n, OID.float8)).toBe('3');
  });

  it.each([
    ['1.5', OID.float8, 1.5],
    [' 1.5 ', OID.float8, 1.5],
    ['.5', OID.float8, 0.5],
    ['5.', OID.float8, 5],
    ['-1e-3', OID.float8, -0.001],
    ['Infinity', OID.float8, Infinity],
    ['-inf', OID.float8, -Infinity],
    ['0.1', OID.float4, Math.fround(0.1)],
    ['1e-45', OID.float4, Math.fround(1e-45)],
  ])('decodes %j as %i', (text, oid, expected) => {
    expect(decodeTextParam(text, oid)).toBe(expected);
  });

  it('keeps NaN as text, which SQLite would otherwise turn into NULL', () => {
    expect(decodeTextParam('NaN', OID.float8)).toBe('NaN');
    expect(decodeBinaryParam(hex('7ff8000000000000'), OID.float8)).toBe('NaN');
    expect(encodeBinary('NaN', OID.float8)).toEqual(hex('7ff8000000000000'));
  });

  it.each([
    ['abc', OID.float8, SqlState.invalidTextRepresentation, 'invalid input syntax for type double precision: "abc"'],
    ['1.5e', OID.float8, SqlState.invalidTextRepresentation, 'invalid input syntax for type double precision: "1.5e"'],
    ['abc', OID.float4, SqlState.invalidTextRepresentation, 'invalid input syntax for type real: "abc"'],
    ['1e400', OID.float8, SqlState.numericValueOutOfRange, '"1e400" is out of range for type double precision'],
    ['1e-400', OID.float8, SqlState.numericValueOutOfRange, '"1e-400" is out of range for type double precision'],
    ['1e40', OID.float4, SqlState.numericValueOutOfRange, '"1e40" is out of range for type real'],
    ['1e-46', OID.float4, SqlState.numericValueOutOfRange, '"1e-46" is out of range for type real'],
  ])('rejects %j as %i', (text, oid, code, message) => {
    expect(pgError(() => decodeTextParam(text, oid))).toEqual({ code, message });
  });

  it('has the IEEE binary format', () => {
    expect(encodeBinary(0.1, OID.float8)).toEqual(hex('3fb999999999999a'));
    expect(encodeBinary(0.1, OID.float4)).toEqual(hex('3dcccccd'));
    expect(decodeBinaryParam(hex('3fb999999999999a'), OID.float8)).toBe(0.1);
    expect(decodeBinaryParam(hex('3dcccccd'), OID.float4)).toBe(Math.fround(0.1));
  });
});

describe('numeric', () => {
  it.each([
    [12345.678, -1, '12345.678'],
    [1.1, numericTypmod(10, 2), '1.10'],
    [1.005, numericTypmod(10, 2), '1.01'],
    [-1.005, numericTypmod(10, 2), '-1.01'],
    [2.675, numericTypmod(10, 2), '2.68'],
    [-0.004, numericTypmod(10, 2), '0.00'],
    [99.995, numericTypmod(10, 2), '100.00'],
    [5n, numericTypmod(10, 2), '5.00'],
    [5n, -1, '5'],
    [1200, numericTypmod(5, -2), '1200'],
    [1e-7, -1, '0.0000001'],
    [1e21, -1, '1000000000000000000000'],
    [0.1 + 0.2, -1, '0.30000000000000004'],
    ['123456789012345678901234567890.5', -1, '123456789012345678901234567890.5'],
    ['1.5', numericTypmod(10, 0), '2'],
    ['NaN', -1, 'NaN'],
    [Infinity, -1, 'Infinity'],
    [-Infinity, numericTypmod(10, 2), '-Infinity'],
  ] as Array<[SqliteValue, number, string]>)('%s with typmod %i prints as %s', (value, typmod, expected) => {
    expect(encodeText(value, OID.numeric, typmod)).toBe(expected);
  });

  it.each([
    ['1.5', 1.5],
    ['  -2.25 ', -2.25],
    ['1e2', 100n],
    ['1E-3', 0.001],
    ['.5', 0.5],
    ['-0', 0n],
    ['-0.000', 0n],
    ['123', 123n],
    ['9223372036854775807', 9223372036854775807n],
    ['9223372036854775808', Buffer.from('9223372036854775808')],
    ['123456789012345', 123456789012345n],
    ['1234567890.12345', 1234567890.12345],
    ['1234567890.123456', Buffer.from('1234567890.123456')],
    ['0.1234567890123456789', Buffer.from('0.1234567890123456789')],
    ['1e400', Buffer.from('1' + '0'.repeat(400))],
    ['NaN', 'NaN'],
    ['Infinity', Infinity],
    ['-inf', -Infinity],
  ] as Array<[string, SqliteValue]>)('decodes %j as %s', (text, expected) => {
    expect(decodeTextParam(text, OID.numeric)).toEqual(expected);
  });

  it.each(['abc', '1e', '', '1.2.3', '--1', '1 2'])('rejects %j', (text) => {
    expect(pgError(() => decodeTextParam(text, OID.numeric))).toEqual({
      code: SqlState.invalidTextRepresentation,
      message: `invalid input syntax for type numeric: "${text}"`,
    });
  });

  it('rejects values beyond the numeric format', () => {
    expect(pgError(() => decodeTextParam('1e-16384', OID.numeric))).toEqual({
      code: SqlState.numericValueOutOfRange,
      message: 'value overflows numeric format',
    });
  });

  // ndigits, weight, sign, dscale, then base-10000 digits, as numeric_send writes them.
  it.each([
    [12345.678, -1, '0003 0001 0000 0003  0001 0929 1a7c'], // [1, 2345, 6780], weight 1, dscale 3
    [0.001, -1, '0001 ffff 0000 0003  000a'], // [10], weight -1
    [0.00001, -1, '0001 fffe 0000 0005  03e8'], // [1000], weight -2
    [0n, numericTypmod(10, 2), '0000 0000 0000 0002'],
    [-100000000n, -1, '0001 0002 4000 0000  0001'], // trailing zero digits are dropped
    [1.1, numericTypmod(10, 2), '0002 0000 0000 0002  0001 03e8'],
    ['NaN', -1, '0000 0000 c000 0000'],
    [Infinity, -1, '0000 0000 d000 0000'],
    [-Infinity, -1, '0000 0000 f000 0000'],
  ] as Array<[SqliteValue, number, string]>)('%s with typmod %i sends %s', (value, typmod, bytes) => {
    expect(encodeBinary(value, OID.numeric, typmod)).toEqual(hex(bytes));
  });

  it('receives the binary format', () => {
    expect(decodeBinaryParam(hex('0003 0001 0000 0003 0001 0929 1a7c'), OID.numeric)).toBe(12345.678);
    expect(decodeBinaryParam(hex('0001 ffff 4000 0003 000a'), OID.numeric)).toBe(-0.001);
    expect(decodeBinaryParam(hex('0001 0002 4000 0000 0001'), OID.numeric)).toBe(-100000000n);
    expect(decodeBinaryParam(hex('0000 0000 0000 0002'), OID.numeric)).toBe(0n);
    // Digits beyond the display scale are truncated, as numeric_recv does.
    expect(decodeBinaryParam(hex('0002 0000 0000 0001 0001 1388'), OID.numeric)).toBe(1.5);
    expect(decodeBinaryParam(hex('0000 0000 c000 0000'), OID.numeric)).toBe('NaN');
    expect(decodeBinaryParam(hex('0005 0002 0000 0008 0001 0000 0000 0000 0001'), OID.numeric)).toEqual(Buffer.from('100000000.00000001'));
  });

  it('rejects malformed binary', () => {
    expect(pgError(() => decodeBinaryParam(hex('0000 0000 1234 0000'), OID.numeric))).toEqual({
      code: SqlState.invalidBinaryRepresentation,
      message: 'invalid sign in external "numeric" value',
    });
    expect(pgError(() => decodeBinaryParam(hex('0001 0000 0000 0000 2710'), OID.numeric)).message).toBe(
      'invalid digit in external "numeric" value',
    );
    expect(pgError(() => decodeBinaryParam(hex('0002 0000 0000 0000 0001'), OID.numeric))).toEqual({
      code: SqlState.protocolViolation,
      message: 'insufficient data left in message',
    });
  });
});

describe('character types', () => {
  it('passes text through', () => {
    expect(encodeText('héllo', OID.text)).toBe('héllo');
    expect(encodeText('x', OID.varchar, 14)).toBe('x');
    expect(decodeTextParam('héllo', OID.text)).toBe('héllo');
    expect(decodeTextParam('x', OID.varchar)).toBe('x');
    expect(decodeTextParam('x', OID.unknown)).toBe('x');
    expect(decodeTextParam('x', 0)).toBe('x');
  });

  it('prints other JavaScript types as a cast would', () => {
    expect(encodeText(12345678901234567890n, OID.text)).toBe('12345678901234567890');
    expect(encodeText(42, OID.text)).toBe('42');
    expect(encodeText(1.5, OID.varchar)).toBe('1.5');
    expect(encodeText(Buffer.from('abc'), OID.text)).toBe('abc');
  });

  it('pads bpchar(n) to n characters', () => {
    expect(encodeText('ab', OID.bpchar, 8)).toBe('ab  ');
    expect(encodeText('abcd', OID.bpchar, 8)).toBe('abcd');
    expect(encodeText('é😀', OID.bpchar, 7)).toBe('é😀 ');
    expect(encodeText('ab', OID.bpchar, -1)).toBe('ab');
    expect(encodeBinary('ab', OID.bpchar, 8)).toEqual(Buffer.from('ab  '));
  });

  it('keeps the first character of "char"', () => {
    expect(decodeTextParam('abc', OID.char)).toBe('a');
    expect(decodeTextParam('', OID.char)).toBe('');
  });

  it('sends and receives UTF-8', () => {
    expect(encodeBinary('héllo', OID.text)).toEqual(Buffer.from('héllo'));
    expect(encodeBinary(5n, OID.varchar)).toEqual(Buffer.from('5'));
    expect(decodeBinaryParam(Buffer.from('héllo'), OID.text)).toBe('héllo');
    expect(decodeBinaryParam(Buffer.from('x'), OID.name)).toBe('x');
  });

  it('rejects invalid UTF-8 and NUL in binary text', () => {
    expect(pgError(() => decodeBinaryParam(hex('61e228a1'), OID.text))).toEqual({
      code: SqlState.characterNotInRepertoire,
      message: 'invalid byte sequence for encoding "UTF8": 0xe2 0x28 0xa1',
    });
    expect(pgError(() => decodeBinaryParam(hex('ff'), OID.varchar)).message).toBe(
      'invalid byte sequence for encoding "UTF8": 0xff',
    );
    expect(pgError(() => decodeBinaryParam(hex('6100'), OID.text)).message).toBe(
      'invalid byte sequence for encoding "UTF8": 0x00',
    );
  });
});

describe('bytea', () => {
  it('prints hex', () => {
    expect(encodeText(hex('0a0bff'), OID.bytea)).toBe('\\x0a0bff');
    expect(encodeText(Buffer.alloc(0), OID.bytea)).toBe('\\x');
    expect(encodeText('\\x0102', OID.bytea)).toBe('\\x0102');
    expect(encodeText('abc', OID.bytea)).toBe('\\x616263');
  });

  it.each([
    ['\\x0A0b', '0a0b'],
    ['\\x 01 02', '0102'],
    ['\\x', ''],
    ['abc\\\\def\\001', '6162635c64656601'],
    ['\\000\\377', '00ff'],
    ['é', 'c3a9'],
  ])('decodes %j', (text, bytes) => {
    expect(decodeTextParam(text, OID.bytea)).toEqual(hex(bytes));
  });

  it.each([
    ['\\x0g', SqlState.invalidParameterValue, 'invalid hexadecimal digit: "g"'],
    ['\\x012', SqlState.invalidParameterValue, 'invalid hexadecimal data: odd number of digits'],
    ['a\\9', SqlState.invalidTextRepresentation, 'invalid input syntax for type bytea'],
    ['\\400', SqlState.invalidTextRepresentation, 'invalid input syntax for type bytea'],
  ])('rejects %j', (text, code, message) => {
    expect(pgError(() => decodeTextParam(text, OID.bytea))).toEqual({ code, message });
  });

  it('sends and receives the bytes as they are', () => {
    const bytes = hex('00ff10');
    expect(encodeBinary(bytes, OID.bytea)).toEqual(bytes);
    expect(decodeBinaryParam(bytes, OID.bytea)).toBe(bytes);
    expect(decodeBinaryParam(bytes, 0)).toBe(bytes);
  });
});

describe('date and time', () => {
  it.each([
    ['2024-01-02', '2024-01-02'],
    ['2024-1-2', '2024-01-02'],
    ['20240102', '2024-01-02'],
    ['2024-01-02 03:04:05', '2024-01-02'],
    ['0044-03-15 BC', '0044-03-15 BC'],
    ['123-01-02', '0123-01-02'],
    ['12345-01-01', '12345-01-01'],
    ['infinity', 'infinity'],
    ['-infinity', '-infinity'],
    ['epoch', '1970-01-01'],
    ['4714-11-24 BC', '4714-11-24 BC'],
    ['5874897-12-31', '5874897-12-31'],
  ])('date %j -> %s', (text, expected) => {
    expect(decodeTextParam(text, OID.date)).toBe(expected);
  });

  it.each([
    ['x', SqlState.invalidDatetimeFormat, 'invalid input syntax for type date: "x"'],
    ['2024-01-02T', SqlState.invalidDatetimeFormat, 'invalid input syntax for type date: "2024-01-02T"'],
    ['2024-02-30', SqlState.datetimeFieldOverflow, 'date/time field value out of range: "2024-02-30"'],
    ['2024-13-01', SqlState.datetimeFieldOverflow, 'date/time field value out of range: "2024-13-01"'],
    ['0000-01-01', SqlState.datetimeFieldOverflow, 'date/time field value out of range: "0000-01-01"'],
    ['24-01-02', SqlState.datetimeFieldOverflow, 'date/time field value out of range: "24-01-02"'],
    ['5874898-01-01', SqlState.datetimeFieldOverflow, 'date out of range: "5874898-01-01"'],
  ])('date rejects %j', (text, code, message) => {
    expect(pgError(() => decodeTextParam(text, OID.date))).toEqual({ code, message });
  });

  it.each([
    ['2024-01-02', '0000223f'],
    ['2000-01-01', '00000000'],
    ['1999-12-31', 'ffffffff'],
    ['infinity', '7fffffff'],
    ['-infinity', '80000000'],
  ])('date %s is sent as %s', (stored, bytes) => {
    expect(encodeBinary(stored, OID.date)).toEqual(hex(bytes));
    expect(decodeBinaryParam(hex(bytes), OID.date)).toBe(stored);
  });

  it.each([
    ['24:00', '24:00:00'],
    ['23:59:59.9999999', '24:00:00'],
    ['1:2:3', '01:02:03'],
    ['12:34', '12:34:00'],
    ['12:34:56.789', '12:34:56.789'],
    ['12:00:00.000001', '12:00:00.000001'],
    ['03:04:05+02', '03:04:05'],
    ['2024-01-02 03:04:05', '03:04:05'],
  ])('time %j -> %s', (text, expected) => {
    expect(decodeTextParam(text, OID.time)).toBe(expected);
  });

  it.each([
    ['x', SqlState.invalidDatetimeFormat, 'invalid input syntax for type time: "x"'],
    ['24:00:01', SqlState.datetimeFieldOverflow, 'date/time field value out of range: "24:00:01"'],
    ['12:60:00', SqlState.datetimeFieldOverflow, 'date/time field value out of range: "12:60:00"'],
  ])('time rejects %j', (text, code, message) => {
    expect(pgError(() => decodeTextParam(text, OID.time))).toEqual({ code, message });
  });

  it('sends time as microseconds', () => {
    expect(encodeBinary('24:00:00', OID.time)).toEqual(hex('000000141dd76000'));
    expect(encodeBinary('00:00:01.5', OID.time)).toEqual(hex('000000000016e360'));
    expect(decodeBinaryParam(hex('000000000016e360'), OID.time)).toBe('00:00:01.5');
    expect(pgError(() => decodeBinaryParam(hex('000000141dd76001'), OID.time))).toEqual({
      code: SqlState.datetimeFieldOverflow,
      message: 'time out of range',
    });
  });
});

describe('timestamp and timestamptz', () => {
  it.each([
    ['2024-01-02', '2024-01-02 00:00:00+00', '2024-01-02 00:00:00'],
    ['2024-01-02 03:04:05.678', '2024-01-02 03:04:05.678+00', '2024-01-02 03:04:05.678'],
    ['2024-01-02 03:04:05.500000', '2024-01-02 03:04:05.5+00', '2024-01-02 03:04:05.5'],
    ['2024-01-02T03:04:05Z', '2024-01-02 03:04:05+00', '2024-01-02 03:04:05'],
    ['2024-01-02T03:04:05.678Z', '2024-01-02 03:04:05.678+00', '2024-01-02 03:04:05.678'],
    ['2024-01-02T03:04:05.678+05:30', '2024-01-01 21:34:05.678+00', '2024-01-02 03:04:05.678'],
    ['2024-01-02 03:04:05-0800', '2024-01-02 11:04:05+00', '2024-01-02 03:04:05'],
    ['2024-01-02 03:04:05 +02', '2024-01-02 01:04:05+00', '2024-01-02 03:04:05'],
    ['2024-01-02 03:04:05+05:30:15', '2024-01-01 21:33:50+00', '2024-01-02 03:04:05'],
    ['2024-01-02 03:04:05 UTC', '2024-01-02 03:04:05+00', '2024-01-02 03:04:05'],
    ['2024-01-02 24:00:00', '2024-01-03 00:00:00+00', '2024-01-03 00:00:00'],
    ['2024-01-02 03:04:60', '2024-01-02 03:05:00+00', '2024-01-02 03:05:00'],
    ['2024-01-02 03:04:05.1234565', '2024-01-02 03:04:05.123456+00', '2024-01-02 03:04:05.123456'],
    ['2024-01-02 03:04:05.9999999', '2024-01-02 03:04:06+00', '2024-01-02 03:04:06'],
    ['2024-1-2 3:4:5', '2024-01-02 03:04:05+00', '2024-01-02 03:04:05'],
    ['0044-03-15 12:00:00+01 BC', '0044-03-15 11:00:00+00 BC', '0044-03-15 12:00:00 BC'],
    ['0001-01-01 00:00:00+01', '0001-12-31 23:00:00+00 BC', '0001-01-01 00:00:00'],
    ['12345-01-01', '12345-01-01 00:00:00+00', '12345-01-01 00:00:00'],
    ['epoch', '1970-01-01 00:00:00+00', '1970-01-01 00:00:00'],
    ['infinity', 'infinity', 'infinity'],
    ['-infinity', '-infinity', '-infinity'],
    [new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 678)).toISOString(), '2024-01-02 03:04:05.678+00', '2024-01-02 03:04:05.678'],
  ])('%j -> timestamptz %s, timestamp %s', (text, tz, plain) => {
    expect(decodeTextParam(text, OID.timestamptz)).toBe(tz);
    expect(decodeTextParam(text, OID.timestamp)).toBe(plain);
  });

  it.each([
    ['x', SqlState.invalidDatetimeFormat, 'invalid input syntax for type timestamp with time zone: "x"'],
    ['+infinity', SqlState.invalidDatetimeFormat, 'invalid input syntax for type timestamp with time zone: "+infinity"'],
    ['2024-01-02 25:00', SqlState.datetimeFieldOverflow, 'date/time field value out of range: "2024-01-02 25:00"'],
    ['2024-01-02 24:00:01', SqlState.datetimeFieldOverflow, 'date/time field value out of range: "2024-01-02 24:00:01"'],
    ['2024-01-02 03:04:05+16', '22009', 'time zone displacement out of range: "2024-01-02 03:04:05+16"'],
    ['294277-01-01', SqlState.datetimeFieldOverflow, 'timestamp out of range: "294277-01-01"'],
    ['4714-11-23 BC', SqlState.datetimeFieldOverflow, 'timestamp out of range: "4714-11-23 BC"'],
  ])('timestamptz rejects %j', (text, code, message) => {
    expect(pgError(() => decodeTextParam(text, OID.timestamptz))).toEqual({ code, message });
  });

  it('names the type in timestamp syntax errors', () => {
    expect(pgError(() => decodeTextParam('x', OID.timestamp))).toEqual({
      code: SqlState.invalidDatetimeFormat,
      message: 'invalid input syntax for type timestamp: "x"',
    });
  });

  it('prints the storage form as is and normalizes other strings', () => {
    expect(encodeText('2024-01-02 03:04:05.678+00', OID.timestamptz)).toBe('2024-01-02 03:04:05.678+00');
    expect(encodeText('2024-01-02 03:04:05', OID.timestamptz)).toBe('2024-01-02 03:04:05+00');
    expect(encodeText('2024-01-02T03:04:05.678Z', OID.timestamptz)).toBe('2024-01-02 03:04:05.678+00');
    expect(encodeText('2024-01-02 03:04:05', OID.timestamp)).toBe('2024-01-02 03:04:05');
    expect(encodeText('2024-01-02', OID.timestamp)).toBe('2024-01-02 00:00:00');
    expect(encodeText('not a time', OID.timestamp)).toBe('not a time');
  });

  // int8 microseconds since 2000-01-01 00:00:00 UTC.
  it.each([
    ['2000-01-01 00:00:00+00', '0000000000000000'],
    ['1999-12-31 23:59:59.999999+00', 'ffffffffffffffff'],
    ['2024-01-02 03:04:05.678+00', '0002b0ec85204bb0'],
    ['infinity', '7fffffffffffffff'],
    ['-infinity', '8000000000000000'],
    ['0044-03-15 11:00:00+00 BC', 'ff1af9e824b32c00'],
    ['294276-12-31 23:59:59.999999+00', '7fffff5bb3b29fff'],
  ])('timestamptz %s is sent as %s', (stored, bytes) => {
    expect(encodeBinary(stored, OID.timestamptz)).toEqual(hex(bytes));
    expect(decodeBinaryParam(hex(bytes), OID.timestamptz)).toBe(stored);
  });

  it('sends timestamp like timestamptz', () => {
    expect(encodeBinary('2024-01-02 03:04:05.678', OID.timestamp)).toEqual(hex('0002b0ec85204bb0'));
    expect(decodeBinaryParam(hex('0002b0ec85204bb0'), OID.timestamp)).toBe('2024-01-02 03:04:05.678');
  });

  it('rejects out-of-range binary timestamps', () => {
    expect(pgError(() => decodeBinaryParam(hex('7fffff5bb3b2a000'), OID.timestamptz))).toEqual({
      code: SqlState.datetimeFieldOverflow,
      message: 'timestamp out of range',
    });
  });
});

describe('interval', () => {
  it.each([
    ['1 day', '1 day'],
    ['1.5 days', '1 day 12:00:00'],
    ['-1.5 days', '-1 days -12:00:00'],
    ['1 year 2 months 3 days 4 hours 5 minutes 6.5 seconds', '1 year 2 mons 3 days 04:05:06.5'],
    ['0', '00:00:00'],
    ['5', '00:00:05'],
    ['1 2:03:04', '1 day 02:03:04'],
    ['1-2', '1 year 2 mons'],
    ['-1 days 02:00:00', '-1 days +02:00:00'],
    ['1 day ago', '-1 days'],
    ['-1 day +1 hour ago', '1 day -01:00:00'],
    ['1.5 months', '1 mon 15 days'],
    ['1.5 years', '1 year 6 mons'],
    ['1.7 weeks', '11 days 21:36:00'],
    ['P1Y2M3DT4H5M6.5S', '1 year 2 mons 3 days 04:05:06.5'],
    ['PT1.5H', '01:30:00'],
    ['P1W', '7 days'],
    ['@ 1 hour', '01:00:00'],
    ['1:30', '01:30:00'],
    ['1:30.5', '00:01:30.5'],
    ['100 hours', '100:00:00'],
    ['-00:00:01.5', '-00:00:01.5'],
    ['1 mon -1 days', '1 mon -1 days'],
    ['1 year -1 mon', '11 mons'],
    ['3 days -04:00', '3 days -04:00:00'],
    ['1h30m', '01:30:00'],
    ['10 millisecond', '00:00:00.01'],
    ['5 us', '00:00:00.000005'],
    ['1.25 century', '125 years'],
    ['-1 year -2 mons +3 days', '-1 years -2 mons +3 days'],
    ['1 week 2 days', '9 days'],
    ['00:00:00.0000005', '00:00:00'],
  ])('%j -> %s', (text, expected) => {
    expect(decodeTextParam(text, OID.interval)).toBe(expected);
  });

  it.each(['x', '', '1 fortnight', '1 day 2 days', '1 ago', 'P'])('rejects %j', (text) => {
    expect(pgError(() => decodeTextParam(text, OID.interval))).toEqual({
      code: SqlState.invalidDatetimeFormat,
      message: `invalid input syntax for type interval: "${text}"`,
    });
  });

  // int8 microseconds, int4 days, int4 months.
  it.each([
    ['1 year 2 mons 3 days 04:05:06.5', '000000036c9361a0 00000003 0000000e'],
    ['-1 days -12:00:00', 'fffffff5f1145000 ffffffff 00000000'],
    ['00:00:00', '0000000000000000 00000000 00000000'],
  ])('%s is sent as %s', (stored, bytes) => {
    expect(encodeBinary(stored, OID.interval)).toEqual(hex(bytes));
    expect(decodeBinaryParam(hex(bytes), OID.interval)).toBe(stored);
  });
});

describe('uuid', () => {
  const canonical = 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11';

  it.each([
    canonical,
    'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11',
    '{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}',
    'a0eebc999c0b4ef8bb6d6bb9bd380a11',
    'a0ee-bc99-9c0b-4ef8-bb6d-6bb9-bd38-0a11',
  ])('decodes %j', (text) => {
    expect(decodeTextParam(text, OID.uuid)).toBe(canonical);
  });

  it.each([
    'x',
    ' a0eebc999c0b4ef8bb6d6bb9bd380a11',
    'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a1',
    'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}',
    'a-0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11',
  ])('rejects %j', (text) => {
    expect(pgError(() => decodeTextParam(text, OID.uuid))).toEqual({
      code: SqlState.invalidTextRepresentation,
      message: `invalid input syntax for type uuid: "${text}"`,
    });
  });

  it('sends 16 bytes', () => {
    expect(encodeBinary(canonical, OID.uuid)).toEqual(hex('a0eebc999c0b4ef8bb6d6bb9bd380a11'));
    expect(decodeBinaryParam(hex('a0eebc999c0b4ef8bb6d6bb9bd380a11'), OID.uuid)).toBe(canonical);
    expect(encodeText(hex('a0eebc999c0b4ef8bb6d6bb9bd380a11'), OID.uuid)).toBe(canonical);
  });
});

describe('inet and cidr', () => {
  it('reads input as network_in does, cidr widths inferred from the address class', () => {
    const cases: Array<[string, number, string]> = [
      ['10.1.2.3/32', OID.inet, '10.1.2.3'],
      ['10.1/16', OID.inet, '10.1.0.0/16'],
      ['010.001.002.003', OID.inet, '10.1.2.3'],
      ['10.1', OID.cidr, '10.1.0.0/16'],
      ['192.168.1', OID.cidr, '192.168.1.0/24'],
      ['224', OID.cidr, '224.0.0.0/4'],
      ['2001:0db8:0000:0001:0000:0000:0000:0001/64', OID.inet, '2001:db8:0:1::1/64'],
      ['1:0:0:1:0:0:1:1', OID.inet, '1::1:0:0:1:1'],
      ['::0.0.0.1', OID.inet, '::1'],
      ['::ffff:1.2.3.4', OID.inet, '::ffff:1.2.3.4'],
      ['FE80::', OID.inet, 'fe80::'],
    ];
    for (const [text, oid, out] of cases) expect(decodeTextParam(text, oid)).toBe(out);
  });

  it('refuses malformed values with 22P02, and host bits in a cidr with its detail', () => {
    for (const text of ['10.1', ' 1.2.3.4', '256.1.1.1', '1.2.3.4/33', '1::2::3', '1:2:3:4:5:6:7:8:9', '::1/129', '10.1/24']) {
      expect(() => decodeTextParam(text, OID.inet)).toThrow(expect.objectContaining({ code: SqlState.invalidTextRepresentation }));
    }
    expect(() => decodeTextParam('10.1.2.3/24', OID.cidr)).toThrow(expect.objectContaining({ message: 'invalid cidr value: "10.1.2.3/24"', fields: { detail: 'Value has bits set to right of mask.' } }));
  });

  it('orders as network_cmp does: family, the bits both masks cover, the shorter mask, the address', () => {
    const sorted = ['10.0.0.0/8', '10.0.0.0/16', '10.0.0.2', '10.0.0.10/8', '10.1.0.0/8', '::1'].map((t) => inetSortKey(storedInet(t)));
    expect([...sorted].sort()).toEqual(['10.0.0.0/8', '10.0.0.10/8', '10.1.0.0/8', '10.0.0.0/16', '10.0.0.2', '::1'].map((t) => inetSortKey(storedInet(t))));
  });

  it('abbreviates cidr as inet_cidr_ntop does', () => {
    expect(['10.1.0.0/16', '0.0.0.0/0', '2001:db8::/32', '::/0', '::ffff:1.2.3.0/120', '2001:db8:0:1::/64'].map((t) => abbrevCidr(storedInet(t)))).toEqual(['10.1/16', '0/0', '2001:db8/32', '::/0', '::ffff:1.2.3/120', '2001:db8::1/64']);
  });
});

describe('citext', () => {
  it('keeps ASCII text as it is and refuses letters NOCASE would not fold (0A000)', () => {
    expect(decodeTextParam('Alice@Example.COM 1-2_3', OID.citext)).toBe('Alice@Example.COM 1-2_3');
    expect(decodeTextParam('5 € ✓', OID.citext)).toBe('5 € ✓');
    expect(() => decodeTextParam('Café', OID.citext)).toThrow(expect.objectContaining({ code: SqlState.featureNotSupported }));
  });
});

describe('json and jsonb', () => {
  it('keeps json as written', () => {
    expect(decodeTextParam('{"b":1,  "a":2}', OID.json)).toBe('{"b":1,  "a":2}');
    expect(encodeText('{"b":1}', OID.json)).toBe('{"b":1}');
    expect(encodeBinary('{"b":1}', OID.json)).toEqual(Buffer.from('{"b":1}'));
  });

  it.each([
    [
      '{"b": 1, "a": [1, 2.50, 1e2, -0, 1E-3], "aa": {"x":null,"x":true}, "": "\\u00e9\\n\\u0001"}',
      '{"": "é\\n\\u0001", "a": [1, 2.50, 100, 0, 0.001], "b": 1, "aa": {"x": true}}',
    ],
    ['{"é":1,"z":2,"ab":3}', '{"z": 2, "ab": 3, "é": 1}'],
    ['{"aaa":1,"bb":2,"c":3}', '{"c": 3, "bb": 2, "aaa": 1}'],
    ['[]', '[]'],
    ['{}', '{}'],
    [' 1 ', '1'],
    ['-0.0', '0.0'],
    ['1.0e+5', '100000'],
    ['"\\/"', '"/"'],
    ['"\\ud83d\\ude00"', '"😀"'],
    ['[true,false,null]', '[true, false, null]'],
  ])('normalizes jsonb %s', (text, expected) => {
    expect(decodeTextParam(text, OID.jsonb)).toBe(expected);
  });

  it.each(['{"a":1 ', '[1,]', "{'a':1}", '01', 'NaN', ''])('rejects %j', (text) => {
    const expected = { code: SqlState.invalidTextRepresentation, message: 'invalid input syntax for type json' };
    expect(pgError(() => decodeTextParam(text, OID.json))).toEqual(expected);
    expect(pgError(() => decodeTextParam(text, OID.jsonb))).toEqual(expected);
  });

  it('rejects \\u0000 in jsonb', () => {
    expect(pgError(() => decodeTextParam('"\\u0000"', OID.jsonb))).toEqual({
      code: '22P05',
      message: 'unsupported Unicode escape sequence',
    });
  });

  it('sends jsonb with its version byte', () => {
    expect(encodeBinary('{"a": 1}', OID.jsonb)).toEqual(hex('017b2261223a20317d'));
    expect(decodeBinaryParam(hex('017b2261223a317d'), OID.jsonb)).toBe('{"a": 1}');
    expect(pgError(() => decodeBinaryParam(hex('027b7d'), OID.jsonb)).message).toBe('unsupported jsonb version number 2');
  });
});

describe('arrays', () => {
  it('prints stored JSON as an array literal with quoting', () => {
    expect(encodeText('[1,null,3]', OID.int4_array)).toBe('{1,NULL,3}');
    expect(encodeText('[[1,2],[3,4]]', OID.int4_array)).toBe('{{1,2},{3,4}}');
    expect(encodeText('[]', OID.text_array)).toBe('{}');
    expect(encodeText('["a","","NULL","null","a b","a\\"b","a\\\\b","{x}","a,b"]', OID.text_array)).toBe(
      '{a,"","NULL","null","a b","a\\"b","a\\\\b","{x}","a,b"}',
    );
    expect(encodeText('[true,false,null]', OID.bool_array)).toBe('{t,f,NULL}');
    expect(encodeText('[1.5,"NaN","Infinity"]', OID.float8_array)).toBe('{1.5,NaN,Infinity}');
    expect(encodeText('[9223372036854775807]', OID.int8_array)).toBe('{9223372036854775807}');
    expect(encodeText('["\\\\x0102"]', OID.bytea_array)).toBe('{"\\\\x0102"}');
  });

  it('prints JavaScript arrays and passes literals through', () => {
    expect(encodeText(['a b', null, 'c'], OID.text_array)).toBe('{"a b",NULL,c}');
    expect(encodeText([1n, 2, [3]], OID.int8_array)).toBe('{1,2,{3}}');
    expect(encodeText([true, false], OID.bool_array)).toBe('{t,f}');
    expect(encodeText([hex('0102')], OID.bytea_array)).toBe('{"\\\\x0102"}');
    expect(encodeText(['ab'], OID.bpchar_array, 8)).toBe('{"ab  "}');
    expect(encodeText('{1,2}', OID.int4_array)).toBe('{1,2}');
  });

  it.each([
    ['{1,2,3}', OID.int4_array, '[1,2,3]'],
    ['{{1,2},{3,4}}', OID.int4_array, '[[1,2],[3,4]]'],
    ['{}', OID.int4_array, '[]'],
    [' { null , NULL, 1 } ', OID.int4_array, '[null,null,1]'],
    ['[1:2]={1,2}', OID.int4_array, '[1,2]'],
    [' [2] = {1,2}', OID.int4_array, '[1,2]'],
    ['{a,"",NULL,"NULL","a b","a\\"b","{x}"}', OID.text_array, '["a","",null,"NULL","a b","a\\"b","{x}"]'],
    ['{"a b", c\\,d , NULL, " x " }', OID.text_array, '["a b","c,d",null," x "]'],
    ['{t,f,NULL}', OID.bool_array, '[true,false,null]'],
    ['{1.5,NaN,Infinity}', OID.float8_array, '[1.5,"NaN","Infinity"]'],
    ['{1.50,123456789012345678901234567890.5}', OID.numeric_array, '[1.5,"123456789012345678901234567890.5"]'],
    ['{"\\\\x0102",abc}', OID.bytea_array, '["\\\\x0102","\\\\x616263"]'],
    ['{"2024-01-02 03:04:05+02",infinity}', OID.timestamptz_array, '["2024-01-02 01:04:05+00","infinity"]'],
    ['{9223372036854775807}', OID.int8_array, '[9223372036854775807]'],
  ])('decodes %j as %i', (text, oid, expected) => {
    expect(decodeTextParam(text, oid)).toBe(expected);
  });

  it.each([
    ['{1,2', 'Unexpected end of input.'],
    ['{{1,2},{3}}', 'Multidimensional arrays must have sub-arrays with matching dimensions.'],
    ['{1,{2}}', 'Unexpected "{" character.'],
    ['{{1},2}', 'Unexpected array element.'],
    ['{,}', 'Unexpected "," character.'],
    ['{1}}', 'Junk after closing right brace.'],
    ['1', 'Array value must start with "{" or dimension information.'],
    ['[1:2]={1,2,3}', 'Specified array dimensions do not match array contents.'],
    ['[1:2]={}', 'Specified array dimensions do not match array contents.'],
    ['[ 1:2]={1,2}', '"[" must introduce explicitly-specified array dimensions.'],
    ['[1:2={1,2}', 'Missing "]" after array dimensions.'],
    ['[1:2]', 'Missing "=" after array dimensions.'],
  ])('rejects %j', (text, detail) => {
    try {
      decodeTextParam(text, OID.int4_array);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PgError);
      expect((e as PgError).code).toBe(SqlState.invalidTextRepresentation);
      expect((e as PgError).message).toBe(`malformed array literal: "${text}"`);
      expect((e as PgError).fields.detail).toBe(detail);
    }
  });

  it('refuses lower bounds other than 1, which the stored JSON array would lose', () => {
    expect(pgError(() => decodeTextParam('[0:1]={1,2}', OID.int4_array))).toEqual({
      code: SqlState.featureNotSupported,
      message: 'an array with a lower bound other than 1 is not supported by evsql',
    });
    expect(pgError(() => decodeTextParam('[2:1]={1}', OID.int4_array))).toEqual({ code: '2202E', message: 'upper bound cannot be less than lower bound' });
  });

  it('reports element errors as the element type does', () => {
    expect(pgError(() => decodeTextParam('{a}', OID.int4_array))).toEqual({
      code: SqlState.invalidTextRepresentation,
      message: 'invalid input syntax for type integer: "a"',
    });
  });

  // ndim, has-nulls flag, element OID, (size, lower bound) per dimension, then (length, bytes).
  it.each([
    ['[1,null,3]', OID.int4_array, '00000001 00000001 00000017 00000003 00000001 00000004 00000001 ffffffff 00000004 00000003'],
    [
      '[[1,2],[3,4]]',
      OID.int8_array,
      '00000002 00000000 00000014 00000002 00000001 00000002 00000001' +
        ' 00000008 0000000000000001 00000008 0000000000000002 00000008 0000000000000003 00000008 0000000000000004',
    ],
    ['[]', OID.text_array, '00000000 00000000 00000019'],
    ['["a","b"]', OID.text_array, '00000001 00000000 00000019 00000002 00000001 00000001 61 00000001 62'],
  ])('%s as %i is sent as array_send does', (stored, oid, bytes) => {
    expect(encodeBinary(stored, oid)).toEqual(hex(bytes));
    expect(decodeBinaryParam(hex(bytes), oid)).toBe(stored);
  });

  it('sends an array without elements as zero-dimensional', () => {
    expect(encodeBinary([[]], OID.int4_array)).toEqual(hex('00000000 00000000 00000017'));
  });

  it('rejects malformed binary arrays', () => {
    expect(pgError(() => decodeBinaryParam(hex('00000001 00000000 00000019 00000001 00000001 00000001 61'), OID.int4_array))).toEqual({
      code: SqlState.datatypeMismatch,
      message: 'wrong element type',
    });
    expect(pgError(() => decodeBinaryParam(hex('ffffffff 00000000 00000017'), OID.int4_array)).message).toBe(
      'invalid number of dimensions: -1',
    );
    expect(pgError(() => decodeBinaryParam(hex('00000000 00000002 00000017'), OID.int4_array)).message).toBe(
      'invalid array flags',
    );
    expect(pgError(() => decodeBinaryParam(hex('00000001 00000000 00000017 00000002 00000001 00000004 00000001'), OID.int4_array))).toEqual({
      code: SqlState.protocolViolation,
      message: 'insufficient data left in message',
    });
  });
});

describe('binary lengths', () => {
  it.each([
    [OID.bool, 1],
    [OID.int2, 2],
    [OID.int4, 4],
    [OID.int8, 8],
    [OID.float4, 4],
    [OID.float8, 8],
    [OID.date, 4],
    [OID.time, 8],
    [OID.timestamptz, 8],
    [OID.interval, 16],
    [OID.uuid, 16],
  ])('oid %i needs exactly %i bytes', (oid, length) => {
    expect(pgError(() => decodeBinaryParam(Buffer.alloc(length - 1), oid))).toEqual({
      code: SqlState.protocolViolation,
      message: 'insufficient data left in message',
    });
    expect(pgError(() => decodeBinaryParam(Buffer.alloc(length + 1), oid)).code).toBe(SqlState.invalidBinaryRepresentation);
  });
});

describe('round trips', () => {
  // text input -> storage -> text output, then storage -> binary -> storage.
  it.each([
    [OID.bool, 'true', 't'],
    [OID.int2, '-32768', '-32768'],
    [OID.int4, ' 42 ', '42'],
    [OID.int8, '-9223372036854775808', '-9223372036854775808'],
    [OID.oid, '4294967295', '4294967295'],
    [OID.float4, '3.14159', '3.14159'],
    [OID.float8, '2.718281828459045', '2.718281828459045'],
    [OID.float8, '-1e300', '-1e+300'],
    [OID.float8, 'NaN', 'NaN'],
    [OID.float8, '-Infinity', '-Infinity'],
    [OID.numeric, '12345.678', '12345.678'],
    [OID.numeric, '-0.001', '-0.001'],
    [OID.numeric, '123456789012345678901234567890.123456789', '123456789012345678901234567890.123456789'],
    [OID.numeric, '9223372036854775807', '9223372036854775807'],
    [OID.numeric, 'NaN', 'NaN'],
    [OID.text, 'héllo wörld', 'héllo wörld'],
    [OID.varchar, '', ''],
    [OID.name, 'pg_class', 'pg_class'],
    [OID.bytea, '\\xdeadbeef', '\\xdeadbeef'],
    [OID.date, '2024-02-29', '2024-02-29'],
    [OID.date, '0044-03-15 BC', '0044-03-15 BC'],
    [OID.time, '23:59:59.999999', '23:59:59.999999'],
    [OID.timestamp, '2024-01-02 03:04:05.678', '2024-01-02 03:04:05.678'],
    [OID.timestamp, '1900-02-28 12:00:00.5', '1900-02-28 12:00:00.5'],
    [OID.timestamptz, '2024-01-02T03:04:05.678+05:30', '2024-01-01 21:34:05.678+00'],
    [OID.timestamptz, '0044-03-15 12:00:00+01 BC', '0044-03-15 11:00:00+00 BC'],
    [OID.interval, '1 year 2 mons -3 days 04:05:06.789', '1 year 2 mons -3 days +04:05:06.789'],
    [OID.uuid, 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'],
    [OID.json, '{"b":1,"a":[1,2]}', '{"b":1,"a":[1,2]}'],
    [OID.jsonb, '{"b":1,"a":[1,2]}', '{"a": [1, 2], "b": 1}'],
    [OID.text_array, '{a,"b c",NULL}', '{a,"b c",NULL}'],
    [OID.int4_array, '{{1,2},{3,NULL}}', '{{1,2},{3,NULL}}'],
    [OID.numeric_array, '{1.5,NaN}', '{1.5,NaN}'],
    [OID.timestamptz_array, '{"2024-01-02 03:04:05+00"}', '{"2024-01-02 03:04:05+00"}'],
  ])('oid %i: %j', (oid, input, output) => {
    const stored = decodeTextParam(input, oid);
    expect(encodeText(stored, oid)).toBe(output);
    const sent = encodeBinary(stored, oid);
    expect(sent).not.toBeNull();
    expect(encodeText(decodeBinaryParam(sent!, oid), oid)).toBe(output);
  });

  it('keeps null as null', () => {
    expect(encodeText(null, OID.int4)).toBeNull();
    expect(encodeBinary(null, OID.text)).toBeNull();
  });

  it('sends inet as inet_send does (inet_server_addr() and its kin return one)', () => {
    expect(encodeBinary('127.0.0.1', OID.inet)).toEqual(Buffer.from([2, 32, 0, 4, 127, 0, 0, 1]));
    expect(encodeBinary('::ffff:127.0.0.1', OID.inet)).toEqual(Buffer.from([3, 128, 0, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 127, 0, 0, 1]));
    expect(encodeBinary('2001:db8::1', OID.inet)).toEqual(Buffer.from([3, 128, 0, 16, 0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]));
  });

  it('sends and receives cidr as cidr_send does, and refuses host bits in a received cidr', () => {
    expect(encodeBinary('10.1.0.0/16', OID.cidr)).toEqual(Buffer.from([2, 16, 1, 4, 10, 1, 0, 0]));
    expect(decodeBinaryParam(Buffer.from([2, 16, 1, 4, 10, 1, 0, 0]), OID.cidr)).toBe('10.1.0.0/16');
    expect(decodeBinaryParam(Buffer.from([2, 8, 0, 4, 10, 1, 2, 3]), OID.inet)).toBe('10.1.2.3/8');
    expect(() => decodeBinaryParam(Buffer.from([2, 8, 1, 4, 10, 1, 2, 3]), OID.cidr)).toThrow(/invalid external "cidr" value/);
    expect(() => decodeBinaryParam(Buffer.from([2, 33, 0, 4, 10, 1, 2, 3]), OID.inet)).toThrow(/invalid bits/);
  });

  it('sends unsupported types as their text', () => {
    expect(encodeBinary('<a/>', OID.xml)).toEqual(Buffer.from('<a/>'));
    expect(encodeBinary('x', 600)).toEqual(Buffer.from('x'));
    expect(decodeBinaryParam(Buffer.from('(1,2)'), 600)).toBe('(1,2)');
  });

  it('sends and receives timetz as timetz_send does: microseconds, then the zone west of UTC', () => {
    expect(encodeBinary('12:00:00.5+00', OID.timetz)!.toString('hex')).toBe('0000000a0ef35120' + '00000000');
    // SELECT timetz_send('12:00:00+02') on PostgreSQL 15.
    expect(encodeBinary('12:00:00+02', OID.timetz)!.toString('hex')).toBe('0000000a0eebb000ffffe3e0');
    expect(decodeBinaryParam(Buffer.from('0000000a0eebb000ffffe3e0', 'hex'), OID.timetz)).toBe('12:00:00+02');
  });
});

describe('inferOid', () => {
  it.each([
    [1n, OID.int4],
    [-2147483648n, OID.int4],
    [2147483648n, OID.int8],
    [-9223372036854775808n, OID.int8],
    [1, OID.int4],
    [2147483647, OID.int4],
    [2147483648, OID.int8],
    [1e300, OID.numeric],
    [1.5, OID.numeric],
    [NaN, OID.numeric],
    ['x', OID.text],
    [hex('00'), OID.bytea],
    [null, OID.text],
  ] as Array<[SqliteValue, number]>)('%s -> %i', (value, oid) => {
    expect(inferOid(value)).toBe(oid);
  });
});

describe('range types', () => {
  it('reads literals as range_in does and prints them as range_out does', () => {
    const cases: Array<[string, number, string]> = [
      ['[1,5)', OID.int4range, '[1,5)'],
      ['(1,5]', OID.int4range, '[2,6)'],
      [' [ 1 , 5 ) ', OID.int4range, '[1,5)'],
      ['(3,4)', OID.int4range, 'empty'],
      [' EMPTY ', OID.daterange, 'empty'],
      ['[,5]', OID.int4range, '(,6)'],
      ['["1","5"]', OID.int8range, '[1,6)'],
      ['[1.0,2.50)', OID.numrange, '[1.0,2.50)'],
      ['[1,NaN)', OID.numrange, '[1,NaN)'],
      ['[2024-02-28,2024-03-01]', OID.daterange, '[2024-02-28,2024-03-02)'],
      ['[2020-01-01,infinity]', OID.daterange, '[2020-01-01,infinity]'],
      ['[2024-01-01,2024-01-02]', OID.tsrange, '["2024-01-01 00:00:00","2024-01-02 00:00:00"]'],
      ['[2024-01-01 10:00+02,)', OID.tstzrange, '["2024-01-01 08:00:00+00",)'],
    ];
    for (const [input, oid, out] of cases) expect(encodeText(decodeTextParam(input, oid), oid), input).toBe(out);
  });

  it('refuses malformed literals with PostgreSQL detail and SQLSTATE', () => {
    expect(pgError(() => decodeTextParam('[1,5', OID.int4range))).toEqual({ code: SqlState.invalidTextRepresentation, message: 'malformed range literal: "[1,5"' });
    expect(pgError(() => decodeTextParam('empty x', OID.int4range)).code).toBe(SqlState.invalidTextRepresentation);
    expect(pgError(() => decodeTextParam('[5,1)', OID.int4range))).toEqual({ code: SqlState.dataException, message: 'range lower bound must be less than or equal to range upper bound' });
    expect(pgError(() => decodeTextParam('["a",5)', OID.int4range))).toEqual({ code: SqlState.invalidTextRepresentation, message: 'invalid input syntax for type integer: "a"' });
    expect(pgError(() => decodeTextParam('[1,2147483647]', OID.int4range))).toEqual({ code: SqlState.numericValueOutOfRange, message: 'integer out of range' });
  });

  it('orders by range_cmp: empty first, then lower bounds, then upper bounds', () => {
    const sorted = ['empty', '(,1)', '(,)', '[-2.5,0)', '[-2.25,0)', '[0,1)', '[0,1]', '(0,1)', '[0.001,0.01)', '[1,)'];
    const key = (s: string) => rangeKey(OID.numrange, parseRange(s, OID.numrange, decodeTextParam));
    for (let i = 1; i < sorted.length; i++) expect(key(sorted[i - 1]!) < key(sorted[i]!), `${sorted[i - 1]} < ${sorted[i]}`).toBe(true);
    expect(key('[1.0,2)')).toBe(key('[1,2.00)'));
  });

  it('computes the operators as rangetypes.c', () => {
    const r = (s: string) => parseRange(s, OID.int8range, decodeTextParam);
    expect(formatRange(rangeUnion(OID.int8range, r('[5,15)'), r('[10,20)'), true))).toBe('[5,20)');
    expect(formatRange(rangeIntersection(OID.int8range, r('[5,15)'), r('[10,20)')))).toBe('[10,15)');
    expect(formatRange(rangeDifference(OID.int8range, r('[5,15)'), r('[10,20)')))).toBe('[5,10)');
    expect(pgError(() => rangeUnion(OID.int8range, r('[1,5)'), r('[7,8)'), true)).message).toBe('result of range union would not be contiguous');
    expect(pgError(() => rangeDifference(OID.int8range, r('[1,10)'), r('[3,4)'))).message).toBe('result of range difference would not be contiguous');
    expect(rangeTest('-|-', OID.int8range, r('[1,5)'), r('[5,6)'))).toBe(true);
    expect(rangeTest('&&', OID.int8range, r('[3,7)'), r('[7,12)'))).toBe(false);
    expect(rangeTest('&<', OID.int8range, r('[1,20)'), r('[18,20)'))).toBe(true);
    expect(rangeTest('@>', OID.int8range, r('[2,4)'), r('empty'))).toBe(true);
  });

  it('sends and receives the binary form as range_send and range_recv', () => {
    const cases: Array<[string, number, string]> = [
      ['[1,5)', OID.int4range, '0200000004000000010000000400000005'],
      ['(,6)', OID.int4range, '080000000400000006'],
      ['empty', OID.int4range, '01'],
      ['[1.0,2.50)', OID.numrange, '020000000a000100000000000100010000000c000200000000000200021388'],
      ['[2020-01-01,2020-02-01)', OID.daterange, '020000000400001c890000000400001ca8'],
    ];
    for (const [text, oid, bytes] of cases) {
      expect(encodeBinary(text, oid)!.toString('hex'), text).toBe(bytes);
      expect(decodeBinaryParam(hex(bytes), oid), text).toBe(text);
    }
  });
});
