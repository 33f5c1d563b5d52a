/** bool: input as parse_bool reads it, output as 't' or 'f'. */
import { invalidSyntax } from './input-syntax.js';
import type { ArrayValue, SqliteValue } from './registry.js';
import { scalarText } from './scalar-text.js';

/** parse_bool: a unique prefix of true/false/yes/no/on/off, or 1/0, in any case. */
export function parseBoolText(text: string): boolean | undefined {
  const s = text.trim().toLowerCase();
  if (s.length === 0) return undefined;
  switch (s[0]) {
    case 't':
      return 'true'.startsWith(s) ? true : undefined;
    case 'f':
      return 'false'.startsWith(s) ? false : undefined;
    case 'y':
      return 'yes'.startsWith(s) ? true : undefined;
    case 'n':
      return 'no'.startsWith(s) ? false : undefined;
    case 'o':
      // 'o' alone is ambiguous between on and off.
      if (s.length < 2) return undefined;
      return 'on'.startsWith(s) ? true : 'off'.startsWith(s) ? false : undefined;
    case '1':
      return s.length === 1 ? true : undefined;
    case '0':
      return s.length === 1 ? false : undefined;
    default:
      return undefined;
  }
}

export function toBool(value: SqliteValue | ArrayValue): boolean {
  if (typeof value === 'bigint') return value !== 0n;
  if (typeof value === 'number') return value !== 0;
  const text = scalarText(value);
  const b = parseBoolText(text);
  if (b === undefined) throw invalidSyntax('boolean', text);
  return b;
}

export function boolText(value: SqliteValue | ArrayValue): string {
  if (typeof value === 'bigint') return value !== 0n ? 't' : 'f';
  if (typeof value === 'number') return value !== 0 ? 't' : 'f';
  if (typeof value === 'string') {
    const b = parseBoolText(value);
    return b === undefined ? value : b ? 't' : 'f';
  }
  return scalarText(value);
}
