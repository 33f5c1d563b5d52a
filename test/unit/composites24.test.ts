/**
 * Composite types (CREATE TYPE … AS (…)), from the twenty-fourth session's sweep
 * (test/corpus/43-composite24.sql): record_in's reading of a literal and how the type is kept.
 */
import { describe, expect, it } from 'vitest';
import { recordFields } from '../../pg/types/record.js';
import { compositeColumnsOf, compositeColumnType, compositeViewSql, readCompositeView } from '../../dialect/catalog/composites.js';

describe('record_in field splitting', () => {
  it('reads quoted, escaped, empty and NULL fields as record_in does', () => {
    expect(recordFields('(1,a)', 2)).toEqual(['1', 'a']);
    expect(recordFields(' (5,"hello, world") ', 2)).toEqual(['5', 'hello, world']);
    expect(recordFields('(,)', 2)).toEqual([null, null]);
    expect(recordFields('(7,"")', 2)).toEqual(['7', '']);
    expect(recordFields('("a ""q"" \\\\b",x\\,y)', 2)).toEqual(['a "q" \\b', 'x,y']);
    expect(recordFields('( 1 ,a b)', 2)).toEqual([' 1 ', 'a b']);
  });

  it('refuses malformed literals with 22P02 and record_in\'s detail', () => {
    const detail = (text: string, count: number) => {
      try {
        recordFields(text, count);
      } catch (e) {
        return [(e as { code: string }).code, (e as { fields: { detail?: string } }).fields.detail];
      }
      return undefined;
    };
    expect(detail('1,a', 2)).toEqual(['22P02', 'Missing left parenthesis.']);
    expect(detail('(1,a,b)', 2)).toEqual(['22P02', 'Too many columns.']);
    expect(detail('(1)', 2)).toEqual(['22P02', 'Too few columns.']);
    expect(detail('(1,a) x', 2)).toEqual(['22P02', 'Junk after right parenthesis.']);
    expect(detail('(1,"a', 2)).toEqual(['22P02', 'Unexpected end of input.']);
  });
});

describe('composite type storage', () => {
  it('keeps the attributes in the view and names the type in a column annotation', () => {
    const type = { name: 'addr', attributes: [{ name: 'city', oid: 1043, typmod: 24, typeText: 'character varying(20)' }, { name: 'n */ x', oid: 23, typmod: -1, typeText: 'integer' }] };
    const sql = compositeViewSql(type, (s) => `"${s}"`);
    expect(readCompositeView('pg_composite:addr', sql)).toEqual(type);
    expect(compositeColumnsOf(`CREATE TABLE t ("id" INTEGER, "a" ${compositeColumnType('addr')}, "b" TEXT)`)).toEqual(new Map([['a', 'addr']]));
  });
});
