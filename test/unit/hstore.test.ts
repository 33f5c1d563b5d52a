/**
 * hstore_in, hstore_out, hstore_send/recv and hstore_cmp's order (pg/types/hstore.ts), each
 * expected value PostgreSQL 15's.
 */
import { describe, expect, it } from 'vitest';
import { hstoreBinary, hstoreFromBinary, hstoreIn, hstorePairs, hstoreSortKey } from '../../pg/types/hstore.js';

const fails = (text: string) => {
  try {
    hstoreIn(text);
    return undefined;
  } catch (e) {
    const err = e as { code: string; message: string };
    return `${err.code} ${err.message}`;
  }
};

describe('hstore_in and hstore_out', () => {
  it('sorts keys by length then bytes, keeps the first of a duplicate, reads NULL unquoted only', () => {
    expect(hstoreIn('"b"=>1, aa=>NULL, a=>2, a=>3')).toBe('"a"=>"2", "b"=>"1", "aa"=>NULL');
    expect(hstoreIn('a => NULL, b=>null, c=>"NULL", d=>NULLx')).toBe('"a"=>NULL, "b"=>NULL, "c"=>"NULL", "d"=>"NULLx"');
    expect(hstoreIn('é=>1, z=>2')).toBe('"z"=>"2", "é"=>"1"');
  });

  it('reads what hstore_in reads: empty input, trailing commas, = and , inside words, escapes', () => {
    expect(hstoreIn('')).toBe('');
    expect(hstoreIn('  ')).toBe('');
    expect(hstoreIn('a=>1,')).toBe('"a"=>"1"');
    expect(hstoreIn('a=>b=>c')).toBe('"a"=>"b=>c"');
    expect(hstoreIn('a=>1,,b=>2')).toBe('"a"=>"1", ",b"=>"2"');
    expect(hstoreIn('"x\\"y"=>"p\\\\q", k\\ey=>v')).toBe('"key"=>"v", "x\\"y"=>"p\\\\q"');
  });

  it("refuses malformed text with PostgreSQL 15's XX000 messages and byte positions", () => {
    expect(fails('a')).toBe('XX000 Unexpected end of string');
    expect(fails('a=>')).toBe('XX000 Unexpected end of string');
    expect(fails('"a')).toBe('XX000 Unexpected end of string');
    expect(fails('=>1')).toBe('XX000 Syntax error near "=" at position 0');
    expect(fails('a=>1 b=>2')).toBe('XX000 Syntax error near "b" at position 5');
    expect(fails(', a=>1')).toBe('XX000 Syntax error near "a" at position 2');
    expect(fails('é=>1 x')).toBe('XX000 Syntax error near "x" at position 6');
  });
});

describe('the binary form', () => {
  it('is hstore_send\'s and reads back through hstore_recv', () => {
    const stored = hstoreIn('b=>x, a=>NULL');
    const bin = hstoreBinary(stored);
    expect(bin.toString('hex')).toBe('00000002' + '00000001' + '61' + 'ffffffff' + '00000001' + '62' + '00000001' + '78');
    expect(hstoreFromBinary(bin)).toBe(stored);
  });
});

describe("hstore_cmp's order", () => {
  it('puts the empty hstore first, then orders by the pairs\' bytes, a prefix first, then NULL after an empty value', () => {
    const sorted = ['a=>1, b=>1', 'b=>1', '', 'a=>NULL', 'a=>""', 'a=>1', 'a=>12', 'aa=>1']
      .map(hstoreIn)
      .sort((x, y) => (hstoreSortKey(hstorePairs(x)) < hstoreSortKey(hstorePairs(y)) ? -1 : 1));
    expect(sorted).toEqual(['', '"a"=>""', '"a"=>NULL', '"a"=>"1"', '"a"=>"12"', '"a"=>"1", "b"=>"1"', '"aa"=>"1"', '"b"=>"1"']);
  });
});
