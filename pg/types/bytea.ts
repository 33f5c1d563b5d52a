/** bytea: the hex and escape input and output formats, and the bytes of a stored value. */
import { PgError, SqlState } from '../errors.js';
import { hexValue } from './input-syntax.js';
import type { ArrayValue, SqliteValue } from './registry.js';
import { scalarText } from './scalar-text.js';

/** byteain: the hex format ('\x...', whitespace allowed between bytes) or the escape format. */
export function parseByteaText(text: string): Buffer {
  if (text.startsWith('\\x')) return parseByteaHex(text);
  if (!text.includes('\\')) return Buffer.from(text, 'utf8');
  const src = Buffer.from(text, 'utf8');
  const out = Buffer.allocUnsafe(src.length);
  let n = 0;
  for (let i = 0; i < src.length; ) {
    const b = src[i];
    if (b !== 0x5c) {
      out[n++] = b;
      i++;
    } else if (src[i + 1] === 0x5c) {
      out[n++] = 0x5c;
      i += 2;
    } else if (isOctal(src[i + 1], 0x33) && isOctal(src[i + 2], 0x37) && isOctal(src[i + 3], 0x37)) {
      out[n++] = ((src[i + 1] - 48) << 6) | ((src[i + 2] - 48) << 3) | (src[i + 3] - 48);
      i += 4;
    } else {
      throw new PgError(SqlState.invalidTextRepresentation, 'invalid input syntax for type bytea');
    }
  }
  return out.subarray(0, n);
}

function isOctal(b: number | undefined, max: number): boolean {
  return b !== undefined && b >= 0x30 && b <= max;
}

function parseByteaHex(text: string): Buffer {
  const out = Buffer.allocUnsafe((text.length - 2) >> 1);
  let n = 0;
  for (let i = 2; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13) {
      i++;
      continue;
    }
    const hi = hexValue(c);
    if (hi < 0) throw invalidHexDigit(text, i);
    if (i + 1 >= text.length) {
      throw new PgError(SqlState.invalidParameterValue, 'invalid hexadecimal data: odd number of digits');
    }
    const lo = hexValue(text.charCodeAt(i + 1));
    if (lo < 0) throw invalidHexDigit(text, i + 1);
    out[n++] = (hi << 4) | lo;
    i += 2;
  }
  return out.subarray(0, n);
}

function invalidHexDigit(text: string, at: number): PgError {
  return new PgError(SqlState.invalidParameterValue, `invalid hexadecimal digit: "${String.fromCodePoint(text.codePointAt(at)!)}"`);
}

/** A stored value as bytes: a string is a '\x' hex literal or else its own UTF-8 text. */
export function toBytea(value: SqliteValue | ArrayValue): Buffer {
  if (Buffer.isBuffer(value)) return value;
  const text = scalarText(value);
  if (text.startsWith('\\x')) {
    try {
      return parseByteaHex(text);
    } catch {
      // not hex after all: the characters themselves
    }
  }
  return Buffer.from(text, 'utf8');
}

/** The session's bytea_output (session-styles.ts sets it around a request). */
let escapeOutput = false;

export function setByteaOutput(style: string | undefined): void {
  escapeOutput = style === 'escape';
}

export function activeByteaOutput(): string {
  return escapeOutput ? 'escape' : 'hex';
}

/** byteaout: hex, or escape's printable ASCII as itself, a backslash doubled and any other byte as \ooo. */
export function byteaOut(b: Buffer): string {
  if (!escapeOutput) return '\\x' + b.toString('hex');
  let out = '';
  for (const c of b) out += c === 0x5c ? '\\\\' : c >= 0x20 && c < 0x7f ? String.fromCharCode(c) : '\\' + c.toString(8).padStart(3, '0');
  return out;
}
