/**
 * The encodings convert, convert_from and convert_to read and write (mbutils.c's pg_convert):
 * UTF8, the database's, and LATIN1, whose bytes are the first 256 code points. Another encoding
 * PostgreSQL has is refused (0A000); a name it has not is 22023.
 */
import { PgError, SqlState } from './errors.js';

type Encoding = 'UTF8' | 'LATIN1';

const DONE: Record<string, Encoding> = { utf8: 'UTF8', unicode: 'UTF8', latin1: 'LATIN1', iso88591: 'LATIN1' };

/** pg_encname_tbl's other names, as clean_encoding_name leaves them (letters and digits, lower case). */
const OTHERS = /^(?:sqlascii|latin(?:[2-9]|10)|iso8859(?:[2-9]|1[0-6])|win(?:dows)?(?:866|874|125[0-8])|win|alt|koi8[ru]?|euc(?:cn|jp|kr|tw|jis2004)|big5|gbk|gb18030|sjis|shiftjis2004|mskanji|uhc|johab|tcvn(?:5712)?|vscii|abc|mulecode|iso88595|iso88596|iso88597|iso88598)$/;

/** The encoding a name names, as pg_char_to_encoding reads it; `role` words the error ('source', 'destination'). */
export function encodingNamed(name: string, role: 'source' | 'destination'): Encoding {
  const clean = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  const known = DONE[clean];
  if (known) return known;
  if (OTHERS.test(clean)) throw new PgError(SqlState.featureNotSupported, `conversion to or from encoding "${name}" is not supported by evsql`);
  throw new PgError(SqlState.invalidParameterValue, `invalid ${role} encoding name "${name}"`);
}

function invalidBytes(encoding: Encoding, bytes: Buffer, at: number, length: number): PgError {
  const shown = [...bytes.subarray(at, Math.min(bytes.length, at + length))].map((b) => `0x${b.toString(16).padStart(2, '0')}`).join(' ');
  return new PgError(SqlState.characterNotInRepertoire, `invalid byte sequence for encoding "${encoding}": ${shown}`);
}

/** The text of bytes in an encoding, checked as pg_verify_mbstr checks them (a NUL byte is none of text's). */
export function decodeBytes(bytes: Buffer, encoding: Encoding): string {
  if (encoding === 'LATIN1') {
    const nul = bytes.indexOf(0);
    if (nul >= 0) throw invalidBytes(encoding, bytes, nul, 1);
    return bytes.toString('latin1');
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
  for (const ch of text) {
    if (ch.codePointAt(0)! > 0xff) {
      const shown = [...Buffer.from(ch, 'utf8')].map((b) => `0x${b.toString(16).padStart(2, '0')}`).join(' ');
      throw new PgError(SqlState.untranslatableCharacter, `character with byte sequence ${shown} in encoding "UTF8" has no equivalent in encoding "${encoding}"`);
    }
  }
  return Buffer.from(text, 'latin1');
}
