import { beforeAll, describe, expect, it } from 'vitest';
import { clientEncodingNamed, decodeBytes, encodeString, encodingNamed } from '../../pg/encodings.js';
import { fails, openTranslatedDb, run } from '../helpers/translated-db.js';

const ALL = Buffer.from(Array.from({ length: 255 }, (_, i) => i + 1));

describe('single-byte encodings', () => {
  it('every byte a single-byte encoding defines decodes to one character and encodes back to itself', () => {
    for (const name of ['LATIN1', 'LATIN2', 'LATIN5', 'LATIN9', 'WIN1250', 'WIN1251', 'WIN1252', 'WIN866', 'KOI8R', 'KOI8U', 'ISO_8859_5']) {
      const defined = [...ALL].filter((b) => {
        try {
          decodeBytes(Buffer.of(b), name);
          return true;
        } catch {
          return false;
        }
      });
      const bytes = Buffer.from(defined);
      const text = decodeBytes(bytes, name);
      expect(text.length, name).toBe(bytes.length);
      expect(encodeString(text, name), name).toEqual(bytes);
    }
  });

  it('knows the characters each encoding puts where the others differ', () => {
    expect(decodeBytes(Buffer.of(0x80), 'WIN1252')).toBe('€');
    expect(decodeBytes(Buffer.of(0x80), 'LATIN1')).toBe('\u0080');
    expect(decodeBytes(Buffer.of(0xa4), 'LATIN9')).toBe('€');
    // LATIN5 is ISO 8859-9: Turkish letters where LATIN1 has Icelandic ones, C1 controls kept.
    expect(decodeBytes(Buffer.of(0xd0, 0xdd, 0xde, 0xfe, 0x80), 'LATIN5')).toBe('ĞİŞş\u0080');
    expect(decodeBytes(Buffer.of(0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4), 'KOI8R')).toBe('Привет');
    expect(encodeString('Zażółć', 'LATIN2')).toEqual(Buffer.of(0x5a, 0x61, 0xbf, 0xf3, 0xb3, 0xe6));
  });

  it('a character the encoding lacks is 22P05, a byte it leaves undefined too; NUL is 22021', () => {
    expect(() => encodeString('€', 'LATIN1')).toThrow(expect.objectContaining({ code: '22P05', message: 'character with byte sequence 0xe2 0x82 0xac in encoding "UTF8" has no equivalent in encoding "LATIN1"' }));
    expect(() => encodeString('😀', 'WIN1252')).toThrow(expect.objectContaining({ code: '22P05' }));
    expect(() => decodeBytes(Buffer.of(0x41, 0xa5), 'LATIN3')).toThrow(expect.objectContaining({ code: '22P05', message: 'character with byte sequence 0xa5 in encoding "LATIN3" has no equivalent in encoding "UTF8"' }));
    expect(() => decodeBytes(Buffer.of(0x41, 0), 'LATIN1')).toThrow(expect.objectContaining({ code: '22021' }));
  });

  it('names as PostgreSQL reads them', () => {
    expect(clientEncodingNamed("'utf-8'")).toBe('UTF8');
    expect(clientEncodingNamed('latin1')).toBe('LATIN1');
    expect(clientEncodingNamed('ISO_8859_1')).toBe('LATIN1');
    expect(clientEncodingNamed('windows-1252')).toBe('WIN1252');
    expect(clientEncodingNamed('sql_ascii')).toBe('SQL_ASCII');
    expect(clientEncodingNamed('koi8')).toBe('KOI8R');
    expect(() => clientEncodingNamed('EUC_JP')).toThrow(expect.objectContaining({ code: '0A000' }));
    expect(() => clientEncodingNamed('nope')).toThrow(expect.objectContaining({ code: '22023' }));
    expect(encodingNamed('win1251', 'source')).toBe('WIN1251');
    expect(() => encodingNamed('sql_ascii', 'source')).toThrow(expect.objectContaining({ code: '0A000' }));
  });
});

describe('convert, convert_from and convert_to in the single-byte encodings', () => {
  beforeAll(async () => {
    await openTranslatedDb();
  });

  it('answer as PostgreSQL 15 does', () => {
    const [[euro, koi, latin2]] = run("SELECT convert_to('€', 'WIN1252'), convert_from('\\xf0d2'::bytea, 'KOI8R'), convert('\\xc5bc'::bytea, 'UTF8', 'LATIN2')");
    expect([(euro as Buffer).toString('hex'), koi, (latin2 as Buffer).toString('hex')]).toEqual(['80', 'Пр', 'bf']);
    expect(fails("SELECT convert_from('\\x81'::bytea, 'WIN1252')")).toBe('22P05');
  });
});
