/** uuid: input as string_to_uuid reads it, the canonical lowercase text, and the 16 bytes. */
import { hexValue, invalidSyntax } from './input-syntax.js';
import type { ArrayValue, SqliteValue } from './registry.js';
import { scalarText } from './scalar-text.js';

/** string_to_uuid: 32 hex digits, optionally in braces, with a '-' allowed after any group of four. */
export function parseUuidText(text: string): string | undefined {
  let pos = 0;
  const braces = text[0] === '{';
  if (braces) pos++;
  let hex = '';
  for (let i = 0; i < 16; i++) {
    if (hexValue(text.charCodeAt(pos)) < 0 || hexValue(text.charCodeAt(pos + 1)) < 0) return undefined;
    hex += text.slice(pos, pos + 2);
    pos += 2;
    if (text[pos] === '-' && i % 2 === 1 && i < 15) pos++;
  }
  if (braces) {
    if (text[pos] !== '}') return undefined;
    pos++;
  }
  if (pos !== text.length) return undefined;
  hex = hex.toLowerCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function uuidFromBytes(buf: Buffer): string {
  const hex = buf.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function uuidBytes(value: SqliteValue | ArrayValue): Buffer {
  if (Buffer.isBuffer(value) && value.length === 16) return value;
  const text = scalarText(value);
  const canonical = parseUuidText(text);
  if (canonical === undefined) throw invalidSyntax('uuid', text);
  return Buffer.from(canonical.replace(/-/g, ''), 'hex');
}
