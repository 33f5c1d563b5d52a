/**
 * The nineteenth session's fixes of older sweeps' output formats (23-sweep8.sql, 33-sweep14.sql):
 * extra_float_digits of 0 and below, which round floats to DBL_DIG (FLT_DIG) plus that many
 * digits as C's %g does, and bytea_output = 'escape'. The values are PostgreSQL 15's.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { byteaOut, setByteaOutput } from '../../pg/types/bytea.js';
import { formatFloat4, formatFloat8, setExtraFloatDigits } from '../../pg/types/float.js';

afterEach(() => {
  setExtraFloatDigits(undefined);
  setByteaOutput(undefined);
});

describe('extra_float_digits', () => {
  it('rounds float8 to 15 plus its digits, in %g notation', () => {
    setExtraFloatDigits('0');
    expect([0.1 + 0.2, 1 / 3, 1e100, 1.5e-5, 123456789012345678, 1e15, -2.5, -0, 1e-4, 123456789012345].map(formatFloat8)).toEqual(['0.3', '0.333333333333333', '1e+100', '1.5e-05', '1.23456789012346e+17', '1e+15', '-2.5', '-0', '0.0001', '123456789012345']);
    setExtraFloatDigits('-2');
    expect([Math.PI, 1 / 3].map(formatFloat8)).toEqual(['3.14159265359', '0.3333333333333']);
    setExtraFloatDigits('-15');
    expect([Math.PI, 123.456, 0.00012345].map(formatFloat8)).toEqual(['3', '1e+02', '0.0001']);
    expect([NaN, Infinity].map(formatFloat8)).toEqual(['NaN', 'Infinity']);
  });

  it('rounds float4 to 6 plus its digits', () => {
    setExtraFloatDigits('0');
    expect([0.1, 100000, 1234567, 2 / 3].map(formatFloat4)).toEqual(['0.1', '100000', '1.23457e+06', '0.666667']);
  });

  it('prints the shortest exact digits from 1 up', () => {
    setExtraFloatDigits('3');
    expect(formatFloat8(0.1 + 0.2)).toBe('0.30000000000000004');
  });
});

describe("bytea_output = 'escape'", () => {
  it('prints printable ASCII as itself, a backslash doubled and other bytes in octal', () => {
    setByteaOutput('escape');
    expect(byteaOut(Buffer.from([0x00, 0x41, 0x5c, 0x7f, 0x80, 0x20, 0x7e]))).toBe('\\000A\\\\\\177\\200 ~');
    expect(byteaOut(Buffer.alloc(0))).toBe('');
    setByteaOutput('hex');
    expect(byteaOut(Buffer.from([0xff, 0x00]))).toBe('\\xff00');
  });
});
