import { describe, expect, it } from 'vitest';
import {
  CopyInParser,
  checkForceColumns,
  copyOptionsFromStatement,
  formatCopyHeader,
  formatCopyRow,
  type CopyOptions,
  type CopyStatementOptions,
} from '../../wire/copy-format.js';
import { PgError } from '../../pg/errors.js';

type Row = (string | null)[];

const TEXT = copyOptionsFromStatement({});
const CSV = copyOptionsFromStatement({ format: 'csv' });

function toBuffer(input: string | Buffer): Buffer {
  return typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
}

/** Feeds the input in pieces of the given sizes (the rest in one piece) and collects every row. */
function parse(
  opts: CopyOptions,
  columns: number,
  input: string | Buffer,
  sizes: number[] = [],
  names?: string[],
): { rows: Row[]; parser: CopyInParser } {
  const parser = new CopyInParser(opts, columns, names);
  const buf = toBuffer(input);
  const rows: Row[] = [];
  let at = 0;
  for (const size of sizes) {
    rows.push(...parser.push(buf.subarray(at, at + size)));
    at += size;
  }
  if (at < buf.length) rows.push(...parser.push(buf.subarray(at)));
  rows.push(...parser.end());
  return { rows, parser };
}

function rowsOf(opts: CopyOptions, columns: number, input: string | Buffer, names?: string[]): Row[] {
  return parse(opts, columns, input, [], names).rows;
}

function pgError(fn: () => unknown): PgError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(PgError);
    return err as PgError;
  }
  throw new Error('expected a PgError');
}

function expectPgError(fn: () => unknown, code: string, message: string): PgError {
  const err = pgError(fn);
  expect({ code: err.code, message: err.message }).toEqual({ code, message });
  return err;
}

/** mulberry32: a small seeded generator so fuzz failures reproduce. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('copyOptionsFromStatement', () => {
  it('applies PostgreSQL defaults', () => {
    expect(TEXT).toMatchObject({ format: 'text', delimiter: '\t', null: '\\N', header: false });
    expect(CSV).toMatchObject({
      format: 'csv',
      delimiter: ',',
      null: '',
      header: false,
      quote: '"',
      escape: '"',
    });
    expect(copyOptionsFromStatement({ format: 'csv', quote: "'" }).escape).toBe("'");
    expect(copyOptionsFromStatement({ header: true }).header).toBe(true);
  });

  const cases: [CopyStatementOptions, string, string][] = [
    [{ format: 'xml' }, '22023', 'COPY format "xml" not recognized'],
    [{ format: 'binary', delimiter: ',' }, '42601', 'cannot specify DELIMITER in BINARY mode'],
    [{ format: 'binary', null: 'x' }, '42601', 'cannot specify NULL in BINARY mode'],
    [{ format: 'binary', header: true }, '0A000', 'cannot specify HEADER in BINARY mode'],
    [{ delimiter: '||' }, '0A000', 'COPY delimiter must be a single one-byte character'],
    [{ delimiter: '' }, '0A000', 'COPY delimiter must be a single one-byte character'],
    [{ delimiter: 'é' }, '0A000', 'COPY delimiter must be a single one-byte character'],
    [{ delimiter: '\n' }, '22023', 'COPY delimiter cannot be newline or carriage return'],
    [{ null: 'a\rb' }, '22023', 'COPY null representation cannot use newline or carriage return'],
    [{ delimiter: '\\' }, '22023', 'COPY delimiter cannot be "\\"'],
    [{ delimiter: 'a' }, '22023', 'COPY delimiter cannot be "a"'],
    [{ delimiter: '7' }, '22023', 'COPY delimiter cannot be "7"'],
    [{ quote: "'" }, '0A000', 'COPY quote available only in CSV mode'],
    [{ format: 'csv', quote: '' }, '0A000', 'COPY quote must be a single one-byte character'],
    [{ format: 'csv', delimiter: '"' }, '22023', 'COPY delimiter and quote must be different'],
    [{ escape: '\\' }, '0A000', 'COPY escape available only in CSV mode'],
    [{ format: 'csv', escape: 'ab' }, '0A000', 'COPY escape must be a single one-byte character'],
    [{ forceQuote: '*' }, '0A000', 'COPY force quote available only in CSV mode'],
    [{ format: 'csv', forceQuote: ['a'], isFrom: true }, '0A000', 'COPY force quote only available using COPY TO'],
    [{ forceNotNull: ['a'] }, '0A000', 'COPY force not null available only in CSV mode'],
    [
      { format: 'csv', forceNotNull: ['a'], isFrom: false },
      '0A000',
      'COPY force not null only available using COPY FROM',
    ],
    [{ forceNull: ['a'] }, '0A000', 'COPY force null available only in CSV mode'],
    [{ format: 'csv', forceNull: ['a'], isFrom: false }, '0A000', 'COPY force null only available using COPY FROM'],
    [{ null: 'a\tb' }, '22023', 'COPY delimiter must not appear in the NULL specification'],
    [{ format: 'csv', null: 'x"' }, '22023', 'CSV quote character must not appear in the NULL specification'],
  ];
  it.each(cases)('rejects %j', (opts, code, message) => {
    expectPgError(() => copyOptionsFromStatement(opts), code, message);
  });

  it('checks FORCE_* columns against the copied columns', () => {
    const opts = copyOptionsFromStatement({ format: 'csv', forceNotNull: ['b'], forceNull: ['zz'] });
    expectPgError(() => checkForceColumns(opts, ['a', 'b']), '42P10', 'FORCE_NULL column "zz" not referenced by COPY');
    expectPgError(
      () => new CopyInParser(opts, 2, ['a', 'b']),
      '42P10',
      'FORCE_NULL column "zz" not referenced by COPY',
    );
    const quoted = copyOptionsFromStatement({ format: 'csv', forceQuote: ['q'] });
    expectPgError(() => checkForceColumns(quoted, ['a']), '42P10', 'FORCE_QUOTE column "q" not referenced by COPY');
    expect(() => checkForceColumns(copyOptionsFromStatement({ format: 'csv', forceQuote: '*' }), [])).not.toThrow();
  });
});

describe('text format input', () => {
  it('splits fields and reads \\N as NULL', () => {
    expect(rowsOf(TEXT, 3, 'a\tb\tc\n\\N\t\t\\N\n')).toEqual([
      ['a', 'b', 'c'],
      [null, '', null],
    ]);
  });

  it('decodes every backslash escape', () => {
    const line = '\\b\\f\\n\\r\\t\\v\\\\|\\101\\60\\0617|\\x41\\x4\\x4g\\xg\\x|\\q\\:x\\N\\ \n';
    const [row] = rowsOf(copyOptionsFromStatement({ delimiter: '|' }), 4, line);
    expect(row).toEqual(['\b\f\n\r\t\v\\', 'A0' + '17', 'A\x04\x04gxgx', 'q:xN ']);
  });

  it('takes octal escapes modulo 256 and UTF-8 spelled in escapes', () => {
    expect(rowsOf(TEXT, 1, '\\501\n')).toEqual([['A']]);
    expect(rowsOf(TEXT, 1, '\\303\\251\\xc3\\xa9\n')).toEqual([['éé']]);
  });

  it('treats only an unescaped, whole \\N field as NULL', () => {
    expect(rowsOf(TEXT, 3, '\\\\N\ta\\N\t\\N\n')).toEqual([['\\N', 'aN', null]]);
  });

  it('honours a custom NULL string compared before unescaping', () => {
    const opts = copyOptionsFromStatement({ null: 'NULL' });
    expect(rowsOf(opts, 3, 'NULL\t\\N\tNUL\\L\n')).toEqual([[null, 'N', 'NULL']]);
    expect(rowsOf(copyOptionsFromStatement({ null: '' }), 2, '\t\\N\n')).toEqual([[null, 'N']]);
  });

  it('keeps escaped delimiters and escaped newlines inside a field', () => {
    expect(rowsOf(TEXT, 2, 'a\\\tb\tc\\\nd\n')).toEqual([['a\tb', 'c\nd']]);
    expect(rowsOf(TEXT, 1, 'x\\\r\ny\n')).toEqual([['x\r'], ['y']]);
  });

  it('drops a backslash left dangling at the end of input', () => {
    expect(rowsOf(TEXT, 1, 'abc\\')).toEqual([['abc']]);
  });

  it('accepts \\n, \\r\\n and \\r line endings, but one style per stream', () => {
    expect(rowsOf(TEXT, 1, 'a\r\nb\r\n')).toEqual([['a'], ['b']]);
    expect(rowsOf(TEXT, 1, 'a\rb\r')).toEqual([['a'], ['b']]);
    const cr = expectPgError(
      () => rowsOf(TEXT, 1, 'a\nb\r\n'),
      '22P04',
      'literal carriage return found in data',
    );
    expect(cr.fields.hint).toBe('Use "\\r" to represent carriage return.');
    expectPgError(() => rowsOf(TEXT, 1, 'a\r\nb\rc\r\n'), '22P04', 'literal carriage return found in data');
    const nl = expectPgError(() => rowsOf(TEXT, 1, 'a\r\nb\nc\n'), '22P04', 'literal newline found in data');
    expect(nl.fields.hint).toBe('Use "\\n" to represent newline.');
    expectPgError(() => rowsOf(TEXT, 1, 'a\rb\nc\r'), '22P04', 'literal newline found in data');
    expectPgError(() => rowsOf(TEXT, 1, 'a\r\n\n'), '22P04', 'literal newline found in data');
  });

  it('reads a last line without newline as a row, and an empty line as an empty field', () => {
    expect(rowsOf(TEXT, 2, 'a\tb\nc\td')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(rowsOf(TEXT, 1, '\n\n')).toEqual([[''], ['']]);
    expect(rowsOf(TEXT, 1, '')).toEqual([]);
  });

  it('handles zero-column tables', () => {
    expect(rowsOf(TEXT, 0, '\n\n')).toEqual([[], []]);
    expectPgError(() => rowsOf(TEXT, 0, 'x\n'), '22P04', 'extra data after last expected column');
  });

  it('reports the wrong number of columns as PostgreSQL does', () => {
    expectPgError(() => rowsOf(TEXT, 2, 'a\tb\tc\n'), '22P04', 'extra data after last expected column');
    expectPgError(() => rowsOf(TEXT, 3, 'a\tb\n', ['x', 'y', 'z']), '22P04', 'missing data for column "z"');
    expectPgError(() => rowsOf(TEXT, 3, 'a\\tb\n'), '22P04', 'missing data for column "column2"');
  });

  it('skips the header line when asked', () => {
    const opts = copyOptionsFromStatement({ header: true });
    expect(rowsOf(opts, 2, 'x\ty\tz\n1\t2\n')).toEqual([['1', '2']]);
  });
});

describe('end-of-copy marker', () => {
  it('ends the data and ignores what follows', () => {
    const parser = new CopyInParser(TEXT, 1);
    expect(parser.push(Buffer.from('a\n\\.\nnot\tdata\xff\n'))).toEqual([['a']]);
    expect(parser.sawEndMarker).toBe(true);
    expect(parser.push(Buffer.from('more\n'))).toEqual([]);
    expect(parser.end()).toEqual([]);
  });

  it('accepts \\r\\n after the marker in a \\r\\n stream and in a first line', () => {
    expect(parse(TEXT, 1, 'a\r\n\\.\r\njunk').rows).toEqual([['a']]);
    expect(parse(TEXT, 1, '\\.\r\n').parser.sawEndMarker).toBe(true);
  });

  it('ends a text line that has data before the marker, keeping that data as a row', () => {
    const { rows, parser } = parse(TEXT, 2, 'a\tb\nc\td\\.\nz\n');
    expect(rows).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parser.sawEndMarker).toBe(true);
  });

  it('does not take an escaped backslash followed by a dot for the marker', () => {
    expect(rowsOf(TEXT, 1, '\\\\.\n')).toEqual([['\\.']]);
  });

  it('rejects a corrupt marker in text format', () => {
    expectPgError(() => rowsOf(TEXT, 1, 'a\n\\.x\n'), '22P04', 'end-of-copy marker corrupt');
    expectPgError(() => rowsOf(TEXT, 1, 'a\n\\.'), '22P04', 'end-of-copy marker corrupt');
    expectPgError(
      () => rowsOf(TEXT, 1, 'a\r\n\\.\n'),
      '22P04',
      'end-of-copy marker does not match previous newline style',
    );
    expectPgError(
      () => rowsOf(TEXT, 1, 'a\n\\.\r'),
      '22P04',
      'end-of-copy marker does not match previous newline style',
    );
  });

  it('in CSV ends only alone on a line; elsewhere \\. is data', () => {
    const ended = parse(CSV, 1, 'a\n\\.\nb\n');
    expect(ended.rows).toEqual([['a']]);
    expect(ended.parser.sawEndMarker).toBe(true);
    expect(rowsOf(CSV, 1, '"\\."\n\\.x\nx\\.\n\\.')).toEqual([['\\.'], ['\\.x'], ['x\\.'], ['\\.']]);
    expect(rowsOf(CSV, 1, '"a\n\\.\n"\n')).toEqual([['a\n\\.\n']]);
  });

  it('ends the data while the header is still expected', () => {
    const { rows, parser } = parse(copyOptionsFromStatement({ header: true }), 1, '\\.\n');
    expect(rows).toEqual([]);
    expect(parser.sawEndMarker).toBe(true);
  });
});

describe('CSV input', () => {
  it('reads quoted fields with delimiters, quotes and newlines inside', () => {
    const input = '"a,b","say ""hi""","line1\nline2\r\nline3",plain\n';
    expect(rowsOf(CSV, 4, input)).toEqual([['a,b', 'say "hi"', 'line1\nline2\r\nline3', 'plain']]);
  });

  it('tells NULL (unquoted empty) from an empty string ("")', () => {
    expect(rowsOf(CSV, 3, ',"",\n')).toEqual([[null, '', null]]);
    const opts = copyOptionsFromStatement({ format: 'csv', null: 'NULL' });
    expect(rowsOf(opts, 3, 'NULL,"NULL",\n')).toEqual([[null, 'NULL', '']]);
  });

  it('keeps unquoted whitespace and backslashes, and joins quoted pieces', () => {
    expect(rowsOf(CSV, 3, ' a ,b\\n,x"y,z"w\n')).toEqual([[' a ', 'b\\n', 'xy,zw']]);
  });

  it('uses a separate escape character only inside quotes', () => {
    const opts = copyOptionsFromStatement({ format: 'csv', escape: '\\' });
    expect(rowsOf(opts, 3, '"a\\"b\\\\c\\d",e\\f,""\n')).toEqual([['a"b\\c\\d', 'e\\f', '']]);
    expect(rowsOf(opts, 1, '"x\\"\ny"\n')).toEqual([['x"\ny']]);
  });

  it('supports other quote and delimiter characters', () => {
    const opts = copyOptionsFromStatement({ format: 'csv', quote: "'", delimiter: ';' });
    expect(rowsOf(opts, 2, "'a;b''c';\"x\"\n")).toEqual([["a;b'c", '"x"']]);
  });

  it('skips a header line, even one with a quoted newline', () => {
    const opts = copyOptionsFromStatement({ format: 'csv', header: true });
    expect(rowsOf(opts, 2, '"col\n1",col2,col3\n1,2\n')).toEqual([['1', '2']]);
  });

  it('reports an unterminated quoted field', () => {
    expectPgError(() => rowsOf(CSV, 2, 'a,"b\nc\n'), '22P04', 'unterminated CSV quoted field');
  });

  it('rejects an unquoted carriage return in a \\n stream', () => {
    const err = expectPgError(() => rowsOf(CSV, 1, 'a\nb\rc\n'), '22P04', 'unquoted carriage return found in data');
    expect(err.fields.hint).toBe('Use quoted CSV field to represent carriage return.');
    expectPgError(() => rowsOf(CSV, 1, 'a\r\nb\n'), '22P04', 'unquoted newline found in data');
  });

  it('reports column count errors', () => {
    expectPgError(() => rowsOf(CSV, 1, 'a,"b"\n'), '22P04', 'extra data after last expected column');
    expectPgError(() => rowsOf(CSV, 2, '"a,b"\n', ['p', 'q']), '22P04', 'missing data for column "q"');
  });

  it('applies FORCE_NOT_NULL and FORCE_NULL', () => {
    const opts = copyOptionsFromStatement({ format: 'csv', forceNotNull: ['a'], forceNull: ['b', 'c'] });
    expect(rowsOf(opts, 3, ',"",x\n', ['a', 'b', 'c'])).toEqual([['', null, 'x']]);
  });
});

describe('encoding checks', () => {
  it('rejects invalid UTF-8 in the input', () => {
    const bad = (bytes: number[]) => Buffer.from([0x61, 0x0a, ...bytes, 0x0a]);
    const msg = 'invalid byte sequence for encoding "UTF8": ';
    expectPgError(() => rowsOf(TEXT, 1, bad([0xff])), '22021', msg + '0xff');
    expectPgError(() => rowsOf(TEXT, 1, bad([0xc3, 0x28])), '22021', msg + '0xc3 0x28');
    expectPgError(() => rowsOf(TEXT, 1, bad([0xed, 0xa0, 0x80])), '22021', msg + '0xed 0xa0 0x80');
    expectPgError(() => rowsOf(CSV, 1, bad([0x00])), '22021', msg + '0x00');
    expectPgError(() => rowsOf(TEXT, 1, Buffer.from([0x61, 0xe2, 0x82])), '22021', msg + '0xe2 0x82');
  });

  it('rejects invalid UTF-8 spelled with escapes', () => {
    const msg = 'invalid byte sequence for encoding "UTF8": ';
    expectPgError(() => rowsOf(TEXT, 1, 'a\\xffb\n'), '22021', msg + '0xff');
    expectPgError(() => rowsOf(TEXT, 1, 'a\\0\n'), '22021', msg + '0x00');
  });

  it('accepts multibyte characters split across chunks', () => {
    const input = Buffer.from('€😀é\tx\n');
    for (let k = 1; k < input.length; k++) {
      expect(parse(TEXT, 2, input, [k]).rows).toEqual([['€😀é', 'x']]);
    }
  });
});

describe('chunking', () => {
  const samples: [string, CopyOptions, number, string][] = [
    ['text', TEXT, 3, 'a\tb\\tc\t\\N\n\\x41\\101\\\\\t\\\nx\t\n\\.\n'],
    ['text crlf', TEXT, 2, 'a\tb\r\nc\\r\td\r\n\\.\r\nignored'],
    ['text cr', TEXT, 1, 'a\rb\r\\.\r'],
    ['text no final newline', TEXT, 2, 'a\tb\nc\t\\'],
    ['csv', CSV, 3, 'a,"b,""c""\r\nd",\n"",x,"\\."\n\\.\n'],
    ['csv crlf', CSV, 2, '"x\r\ny",z\r\n\\.\r\n'],
    ['csv escape', copyOptionsFromStatement({ format: 'csv', escape: '\\' }), 2, '"a\\"\nb\\\\",c\n"d"\\.,e'],
    ['csv header', copyOptionsFromStatement({ format: 'csv', header: true }), 1, '"h\n",x\nv\n'],
  ];

  it.each(samples)('%s: splitting at every offset gives the same rows', (_name, opts, columns, input) => {
    const whole = parse(opts, columns, input);
    const buf = Buffer.from(input);
    for (let k = 0; k <= buf.length; k++) {
      const split = parse(opts, columns, buf, [k]);
      expect(split.rows).toEqual(whole.rows);
      expect(split.parser.sawEndMarker).toBe(whole.parser.sawEndMarker);
    }
    const bytewise = parse(opts, columns, buf, Array.from({ length: buf.length }, () => 1));
    expect(bytewise.rows).toEqual(whole.rows);
  });
});

describe('round trip', () => {
  const pieces = [
    'a', 'Z', '0', ' ', '.', 'N', '\\', '\\.', '\\N', '\t', '\n', '\r', '\r\n', ',', ';', '|', '"', "'",
    '\b', '\f', '\v', '\x01', 'é', '€', '😀', 'NULL',
  ];
  const variants: [string, CopyOptions][] = [
    ['text', TEXT],
    ['text |', copyOptionsFromStatement({ delimiter: '|' })],
    ['text header', copyOptionsFromStatement({ header: true, null: 'NULL' })],
    ['csv', CSV],
    ['csv ;', copyOptionsFromStatement({ format: 'csv', delimiter: ';', null: 'NULL' })],
    ['csv escape', copyOptionsFromStatement({ format: 'csv', escape: '\\', header: true })],
    ['csv quote', copyOptionsFromStatement({ format: 'csv', quote: "'" })],
    ['csv force quote', copyOptionsFromStatement({ format: 'csv', forceQuote: '*' })],
  ];

  it.each(variants)('%s: formatted rows parse back under random chunking', (_name, opts) => {
    for (let seed = 1; seed <= 40; seed++) {
      const random = rng(seed);
      const columns = 1 + Math.floor(random() * 4);
      const names = Array.from({ length: columns }, (_, k) => `c${k}`);
      const rows: Row[] = [];
      for (let r = Math.floor(random() * 25); r >= 0; r--) {
        const row: Row = [];
        for (let k = 0; k < columns; k++) {
          if (random() < 0.15) {
            row.push(null);
            continue;
          }
          let value = '';
          for (let n = Math.floor(random() * 6); n > 0; n--) value += pieces[Math.floor(random() * pieces.length)];
          // In text format a value spelled like the NULL string is indistinguishable from NULL.
          row.push(opts.format === 'text' && value === opts.null ? value + 'x' : value);
        }
        rows.push(row);
      }
      let data = opts.header ? formatCopyHeader(names, opts) : '';
      for (const row of rows) data += formatCopyRow(row, opts);
      const withMarker = random() < 0.5;
      if (withMarker) data += '\\.\ntrailing garbage';
      const buf = Buffer.from(data);
      const sizes: number[] = [];
      for (let total = 0; total < buf.length; ) {
        const size = Math.floor(random() * 12);
        sizes.push(size);
        total += size;
      }
      const { rows: parsed, parser } = parse(opts, columns, buf, sizes, names);
      expect(parsed, `seed ${seed}`).toEqual(rows);
      expect(parser.sawEndMarker).toBe(withMarker);
    }
  });
});

describe('output formatting', () => {
  it('escapes text values as PostgreSQL does', () => {
    expect(formatCopyRow(['a\tb', 'c\\d', null, 'x\ny\r\b\f\v\x01', ''], TEXT)).toBe(
      'a\\tb\tc\\\\d\t\\N\tx\\ny\\r\\b\\f\\v\x01\t\n',
    );
    expect(formatCopyRow(['a|b', 'c\td'], copyOptionsFromStatement({ delimiter: '|' }))).toBe('a\\|b|c\\td\n');
    expect(formatCopyRow(['\\N', null], copyOptionsFromStatement({ null: 'NULL' }))).toBe('\\\\N\tNULL\n');
  });

  it('quotes CSV values only when needed', () => {
    expect(formatCopyRow(['a,b', 'q"x', '', null, 'plain', 'l\nb', 'c\rr', '\\.'], CSV)).toBe(
      '"a,b","q""x","",,plain,"l\nb","c\rr",\\.\n',
    );
    expect(formatCopyRow(['\\.'], CSV)).toBe('"\\."\n');
    const nullWord = copyOptionsFromStatement({ format: 'csv', null: 'NULL' });
    expect(formatCopyRow(['NULL', null, ''], nullWord)).toBe('"NULL",NULL,\n');
    const escaped = copyOptionsFromStatement({ format: 'csv', escape: '\\' });
    expect(formatCopyRow(['q"x\\y', 'a\\b'], escaped)).toBe('"q\\"x\\\\y",a\\b\n');
    const dollar = copyOptionsFromStatement({ format: 'csv', escape: '$' });
    expect(formatCopyRow(['a"b'], dollar)).toBe('"a$"b"\n');
  });

  it('applies FORCE_QUOTE to non-NULL values', () => {
    const all = copyOptionsFromStatement({ format: 'csv', forceQuote: '*' });
    expect(formatCopyRow(['a', null, ''], all)).toBe('"a",,""\n');
    const some = copyOptionsFromStatement({ format: 'csv', forceQuote: ['y'] });
    expect(formatCopyRow(['1', '2', null], some, ['x', 'y', 'z'])).toBe('1,"2",\n');
  });

  it('formats header lines', () => {
    expect(formatCopyHeader(['id', 'a\tb'], TEXT)).toBe('id\ta\\tb\n');
    expect(formatCopyHeader(['id', 'a,b', 'q"'], CSV)).toBe('id,"a,b","q"""\n');
    expect(formatCopyHeader(['only'], copyOptionsFromStatement({ format: 'csv', forceQuote: '*' }))).toBe('only\n');
  });
});

describe('pgbench -i row shape', () => {
  // Its speed is bench/'s to measure (a timed assertion fails on a loaded machine, not on a slow parser).
  it('parses 100,000 one-row CopyData messages, a row from each', () => {
    const names = ['aid', 'bid', 'abalance', 'filler'];
    const parser = new CopyInParser(TEXT, 4, names);
    let count = 0;
    let last: Row = [];
    for (let aid = 1; aid <= 100_000; aid++) {
      const rows = parser.push(Buffer.from(`${aid}\t1\t0\t\n`));
      expect(rows.length).toBe(1);
      count += rows.length;
      if (rows.length > 0) last = rows[0]!;
    }
    count += parser.push(Buffer.from('\\.\n')).length + parser.end().length;
    expect(count).toBe(100_000);
    expect(last).toEqual(['100000', '1', '0', '']);
    expect(parser.sawEndMarker).toBe(true);
  });

  it('parses a bulk chunk of many rows', () => {
    const lines: string[] = [];
    for (let aid = 1; aid <= 50_000; aid++) lines.push(`${aid}\t${1 + (aid % 3)}\t0\t`);
    const { rows } = parse(TEXT, 4, lines.join('\n') + '\n', [65_536, 65_536, 65_536]);
    expect(rows.length).toBe(50_000);
    expect(rows[49_999]).toEqual(['50000', '3', '0', '']);
  });
});
