/**
 * Encodings of text as bytes: the ones convert, convert_from and convert_to read and write
 * (mbutils.c's pg_convert), and a client's client_encoding (wire/ converts what it reads and
 * writes). UTF8 is the database's; the single-byte encodings PostgreSQL has (LATIN1 to LATIN10,
 * the ISO 8859 alphabets, the WIN code pages, KOI8) map each byte to one character. The multibyte
 * ones (EUC_JP, SJIS, BIG5 …) are refused (0A000); a name PostgreSQL has not is 22023.
 */
import { PgError, SqlState } from './errors.js';
import { assert } from '../lib/assert.js';

/** An encoding's name as PostgreSQL prints it (pg_encoding_to_char). */
export type Encoding = string;

/**
 * The single-byte encodings by the name clean_encoding_name leaves of each of pg_encname_tbl's
 * (letters and digits, lower case): the name PostgreSQL prints, and the WHATWG label of the
 * decoder with the same bytes (null: LATIN1, whose bytes are the first 256 code points).
 * WHATWG's 'iso-8859-9' is windows-1254, so LATIN5 is that with the C1 controls put back; Node's
 * 'windows-1252' decoder is its latin1 one, so WIN1252's bytes 0x80 to 0x9f are spelled out below.
 */
const SINGLE_BYTE: Record<string, [Encoding, string | null]> = {
  latin1: ['LATIN1', null], iso88591: ['LATIN1', null],
  latin2: ['LATIN2', 'iso-8859-2'], iso88592: ['LATIN2', 'iso-8859-2'],
  latin3: ['LATIN3', 'iso-8859-3'], iso88593: ['LATIN3', 'iso-8859-3'],
  latin4: ['LATIN4', 'iso-8859-4'], iso88594: ['LATIN4', 'iso-8859-4'],
  latin5: ['LATIN5', 'windows-1254'], iso88599: ['LATIN5', 'windows-1254'],
  latin6: ['LATIN6', 'iso-8859-10'], iso885910: ['LATIN6', 'iso-8859-10'],
  latin7: ['LATIN7', 'iso-8859-13'], iso885913: ['LATIN7', 'iso-8859-13'],
  latin8: ['LATIN8', 'iso-8859-14'], iso885914: ['LATIN8', 'iso-8859-14'],
  latin9: ['LATIN9', 'iso-8859-15'], iso885915: ['LATIN9', 'iso-8859-15'],
  latin10: ['LATIN10', 'iso-8859-16'], iso885916: ['LATIN10', 'iso-8859-16'],
  iso88595: ['ISO_8859_5', 'iso-8859-5'],
  iso88596: ['ISO_8859_6', 'iso-8859-6'],
  iso88597: ['ISO_8859_7', 'iso-8859-7'],
  iso88598: ['ISO_8859_8', 'iso-8859-8'],
  win866: ['WIN866', 'ibm866'], alt: ['WIN866', 'ibm866'],
  win874: ['WIN874', 'windows-874'],
  win: ['WIN1251', 'windows-1251'],
  koi8: ['KOI8R', 'koi8-r'], koi8r: ['KOI8R', 'koi8-r'], koi8u: ['KOI8U', 'koi8-u'],
};
for (let n = 1250; n <= 1258; n++) SINGLE_BYTE[`win${n}`] = SINGLE_BYTE[`windows${n}`] = [`WIN${n}`, n === 1252 ? null : `windows-${n}`];
SINGLE_BYTE.windows866 = SINGLE_BYTE.win866!;
SINGLE_BYTE.windows874 = SINGLE_BYTE.win874!;

/**
 * Bytes 0x80 to 0x9f where no decoder gives them: WIN1252's (U+FFFD where PostgreSQL's table has
 * no character), LATIN5's C1 controls.
 */
const C1: Record<Encoding, string> = {
  WIN1252: '€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ',
  LATIN5: Array.from({ length: 32 }, (_, i) => String.fromCharCode(0x80 + i)).join(''),
};

const LABEL = new Map(Object.values(SINGLE_BYTE).map(([name, label]) => [name, label]));

/** pg_encname_tbl's multibyte encodings and SQL_ASCII, which convert() does not do. */
const OTHERS = /^(?:sqlascii|euc(?:cn|jp|kr|tw|jis2004)|big5|gbk|gb18030|sjis|shiftjis2004|mskanji|uhc|johab|tcvn(?:5712)?|vscii|abc|mulecode|mule(?:internal)?)$/;

const clean = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The encoding a name names, as pg_char_to_encoding reads it; `role` words the error ('source', 'destination'). */
export function encodingNamed(name: string, role: 'source' | 'destination'): Encoding {
  const known = knownEncoding(clean(name));
  if (known) return known;
  if (OTHERS.test(clean(name))) throw new PgError(SqlState.featureNotSupported, `conversion to or from encoding "${name}" is not supported by evsql`);
  throw new PgError(SqlState.invalidParameterValue, `invalid ${role} encoding name "${name}"`);
}

function knownEncoding(cleaned: string): Encoding | undefined {
  if (cleaned === 'utf8' || cleaned === 'unicode') return 'UTF8';
  return SINGLE_BYTE[cleaned]?.[0];
}

/**
 * client_encoding's value as PostgreSQL keeps it: UTF8, SQL_ASCII (no conversion: the client's
 * bytes are taken as the database's, as PostgreSQL does) or a single-byte encoding; 0A000 for an
 * encoding evsql does not convert, 22023 for a name PostgreSQL has not.
 */
export function clientEncodingNamed(value: string): Encoding {
  const cleaned = clean(value);
  if (cleaned === 'sqlascii') return 'SQL_ASCII';
  const known = knownEncoding(cleaned);
  if (known) return known;
  if (OTHERS.test(cleaned)) throw new PgError(SqlState.featureNotSupported, `evsql does not convert to or from client_encoding "${value}": UTF8, SQL_ASCII and the single-byte encodings only`);
  throw new PgError(SqlState.invalidParameterValue, `invalid value for parameter "client_encoding": "${value}"`);
}

/** Whether text to and from a client in `encoding` is converted (UTF8 and SQL_ASCII pass as they are). */
export function converts(encoding: Encoding): boolean {
  return encoding !== 'UTF8' && encoding !== 'SQL_ASCII';
}

interface ByteTable {
  /** The character codes of bytes 0x80 to 0xff, 0xfffd where the encoding has none. */
  high: Uint16Array;
  /** Character code to byte, for the characters past ASCII. */
  bytes: Map<number, number>;
}

const tables = new Map<Encoding, ByteTable>();

/**
 * The byte table of a single-byte encoding, made at first use from its decoder's answer for each
 * byte past ASCII (decoding whole strings with it would not do: ICU's ibm866 swaps three ASCII
 * control characters).
 */
function tableOf(encoding: Encoding): ByteTable {
  let t = tables.get(encoding);
  if (t) return t;
  const label = LABEL.get(encoding);
  const decoder = label ? new TextDecoder(label) : null;
  let chars = C1[encoding] ?? '';
  for (let b = 0x80 + chars.length; b <= 0xff; b++) chars += decoder ? decoder.decode(Uint8Array.of(b)) : String.fromCharCode(b);
  assert(chars.length === 0x80, 'a character for each byte past ASCII');
  const high = Uint16Array.from(chars, (ch) => ch.charCodeAt(0));
  const bytes = new Map<number, number>();
  high.forEach((c, i) => c !== 0xfffd && bytes.set(c, 0x80 + i));
  t = { high, bytes };
  tables.set(encoding, t);
  return t;
}

const UTF16 = new TextDecoder('utf-16le');

function invalidBytes(encoding: Encoding, bytes: Buffer, at: number, length: number): PgError {
  const shown = [...bytes.subarray(at, Math.min(bytes.length, at + length))].map((b) => `0x${b.toString(16).padStart(2, '0')}`).join(' ');
  return new PgError(SqlState.characterNotInRepertoire, `invalid byte sequence for encoding "${encoding}": ${shown}`);
}

/** The text of bytes in an encoding, checked as pg_verify_mbstr checks them (a NUL byte is none of text's). */
export function decodeBytes(bytes: Buffer, encoding: Encoding): string {
  if (encoding !== 'UTF8') {
    const nul = bytes.indexOf(0);
    if (nul >= 0) throw invalidBytes(encoding, bytes, nul, 1);
    if (encoding === 'LATIN1') return bytes.toString('latin1');
    const { high } = tableOf(encoding);
    const codes = new Uint16Array(bytes.length);
    for (let i = 0; i < bytes.length; i++) codes[i] = bytes[i]! < 0x80 ? bytes[i]! : high[bytes[i]! - 0x80]!;
    const text = UTF16.decode(codes);
    // One byte, one character: a byte the encoding leaves undefined is a U+FFFD at its place.
    const bad = text.indexOf('\ufffd');
    if (bad >= 0) throw untranslatable(bytes.subarray(bad, bad + 1), encoding, 'UTF8');
    return text;
  }
  for (let i = 0; i < bytes.length; ) {
    const length = utf8SequenceLength(bytes, i);
    if (length <= 0) throw invalidBytes(encoding, bytes, i, -length || 1);
    i += length;
  }
  return bytes.toString('utf8');
}

/** The length of the valid UTF-8 sequence at `i`, or minus the length its lead byte announces where it is not valid. */
function utf8SequenceLength(bytes: Buffer, i: number): number {
  const lead = bytes[i]!;
  if (lead === 0) return -1;
  if (lead < 0x80) return 1;
  const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (length === 0) return -1;
  if (i + length > bytes.length) return -length;
  for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return -length;
  const second = bytes[i + 1]!;
  // Overlong forms, surrogates and code points past U+10FFFF.
  if ((lead === 0xe0 && second < 0xa0) || (lead === 0xed && second > 0x9f) || (lead === 0xf0 && second < 0x90) || (lead === 0xf4 && second > 0x8f)) return -length;
  return length;
}

/** Text as bytes of an encoding; a character it has not is 22P05, named by its UTF-8 bytes. */
export function encodeString(text: string, encoding: Encoding): Buffer {
  if (encoding === 'UTF8') return Buffer.from(text, 'utf8');
  // ASCII is the same in every encoding here.
  if (!/[^\x00-\x7f]/.test(text)) return Buffer.from(text, 'latin1');
  const out = Buffer.allocUnsafe(text.length);
  const { bytes } = tableOf(encoding);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const b = c < 0x80 ? c : bytes.get(c);
    if (b === undefined) throw untranslatable(Buffer.from(String.fromCodePoint(text.codePointAt(i)!), 'utf8'), 'UTF8', encoding);
    out[i] = b;
  }
  return out;
}

/** report_untranslatable_char: a character (its bytes in `from`) that `to` has not. */
function untranslatable(bytes: Buffer, from: Encoding, to: Encoding): PgError {
  const shown = [...bytes].map((b) => `0x${b.toString(16).padStart(2, '0')}`).join(' ');
  return new PgError(SqlState.untranslatableCharacter, `character with byte sequence ${shown} in encoding "${from}" has no equivalent in encoding "${to}"`);
}
