/**
 * Range types of the user's (CREATE TYPE … AS RANGE) over node-postgres: constructors, literals,
 * operators and functions over float8, numeric, int4 (no canonical form) and text subtypes, a
 * table column of one with an exclusion constraint, the catalog rows clients read (pg_type,
 * pg_range, pg_proc, information_schema), DROP TYPE and ROLLBACK; then the built-in multiranges.
 * Each expected answer is PostgreSQL 15's.
 */
import { describe, expect, it } from 'vitest';
import { sharedClient } from './helpers/shared-client.js';

const { client, rows, failure } = sharedClient();

describe('CREATE TYPE … AS RANGE', () => {
  it('makes a range over float8 whose constructor, literal and functions answer as PostgreSQL', async () => {
    await client().query('CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi)');
    expect(await rows("SELECT floatrange(1.5, 2.5), floatrange(1, 2, '[]'), floatrange(2.5, 2.5), '(1.50, 2.500]'::floatrange, '(,5)'::floatrange")).toEqual([['[1.5,2.5)', '[1,2]', 'empty', '(1.5,2.5]', '(,5)']]);
    expect(await rows('SELECT lower(floatrange(1.5, 2.5)), upper(floatrange(1.5, 2.5)), isempty(floatrange(1, 1)), lower_inf(floatrange(NULL, 2)), upper_inc(floatrange(1, 2))')).toEqual([[1.5, 2.5, true, true, false]]);
    expect(await rows('SELECT pg_typeof(floatrange(1, 2))::text, pg_typeof(lower(floatrange(1, 2)))::text, format_type(\'floatrange\'::regtype, NULL)')).toEqual([['floatrange', 'double precision', 'floatrange']]);
  });

  it('answers every range operator, keeping a continuous range\'s bounds', async () => {
    const [r] = await rows(`SELECT floatrange(1, 5) @> 3.0::float8, floatrange(1, 5) @> 5.0::float8, floatrange(1, 5) @> floatrange(2, 3),
      floatrange(1, 5) && floatrange(5, 6), floatrange(1, 2) << floatrange(3, 4), floatrange(1, 2) -|- floatrange(2, 3),
      floatrange(1, 2, '[]') -|- floatrange(2, 3), floatrange(1, 3) + floatrange(2, 4), floatrange(1, 3) * floatrange(2, 4),
      floatrange(1, 5) - floatrange(3, 7), range_merge(floatrange(1, 2), floatrange(5, 6)), floatrange(2, 3) > floatrange(1, 4)`);
    expect(r).toEqual([true, false, true, false, true, true, false, '[1,4)', '[2,3)', '[1,3)', '[1,6)', true]);
  });

  it('refuses what PostgreSQL refuses, with its SQLSTATEs', async () => {
    expect(await failure('SELECT floatrange(3, 1)')).toEqual({ code: '22000', message: 'range lower bound must be less than or equal to range upper bound' });
    expect(await failure("SELECT 'garbage'::floatrange")).toMatchObject({ code: '22P02', message: 'malformed range literal: "garbage"' });
    expect(await failure("SELECT floatrange(1, 2, 'xx')")).toMatchObject({ code: '42601', message: 'invalid range bound flags' });
    expect(await failure('SELECT floatrange(1, 5) - floatrange(2, 3)')).toMatchObject({ code: '22000', message: 'result of range difference would not be contiguous' });
    expect(await failure('SELECT floatrange(1, 5) @> 3')).toMatchObject({ code: '42883' });
    expect(await failure('SELECT floatrange(1, 2) && int4range(1, 2)')).toMatchObject({ code: '42883' });
    expect(await failure('CREATE TYPE floatrange AS RANGE (subtype = float8)')).toEqual({ code: '42710', message: 'type "floatrange" already exists' });
    expect(await failure('CREATE TYPE r37bad AS RANGE (subtype = no_such_type)')).toMatchObject({ code: '42704' });
    expect(await failure('CREATE TYPE r37bad AS RANGE (subtype_diff = float8mi)')).toEqual({ code: '42601', message: 'type attribute "subtype" is required' });
    expect(await failure('CREATE TYPE r37bad AS RANGE (subtype = int4, wat = 1)')).toEqual({ code: '42601', message: 'type attribute "wat" not recognized' });
    expect(await failure('CREATE TYPE r37bad AS RANGE (subtype = float8, subtype_diff = nosuchfn)')).toEqual({ code: '42883', message: 'function nosuchfn(double precision, double precision) does not exist' });
    expect(await failure('CREATE TYPE r37bad AS RANGE (subtype = int4, collation = "C")')).toMatchObject({ code: '42809' });
  });

  it('keeps an int4 range as written (no canonical function) and a text range in code point order', async () => {
    await client().query('CREATE TYPE intrange2 AS RANGE (subtype = int4); CREATE TYPE textrange AS RANGE (subtype = text, collation = "C")');
    expect(await rows("SELECT intrange2(1, 5, '[]'), '(1,2)'::intrange2, isempty('(1,2)'::intrange2), intrange2(1, 2, '[]') -|- intrange2(3, 4)")).toEqual([['[1,5]', '(1,2)', false, false]]);
    expect(await rows("SELECT textrange('apple', 'melon') @> 'banana'::text, textrange('B', 'a') @> 'Z'::text, textrange('a b', 'c,d'), textrange('', 'x')")).toEqual([[true, true, '["a b","c,d")', '["",x)']]);
    expect(await failure("SELECT textrange('b', 'a')")).toMatchObject({ code: '22000' });
  });
});

describe('a column of a user range', () => {
  it('stores, filters, orders and checks its values, and takes only its own type', async () => {
    await client().query('CREATE TABLE readings (id int PRIMARY KEY, span floatrange)');
    await client().query("INSERT INTO readings VALUES (1, '[0,10)'), (2, '[5,15)'), (3, floatrange(20, 30, '[]')), (4, 'empty'), (5, NULL), (6, '(,0]')");
    await client().query({ text: 'INSERT INTO readings VALUES (7, $1)', values: ['[2.5,)'] });
    expect(await rows('SELECT id FROM readings WHERE span @> 7.5::float8 ORDER BY id')).toEqual([[1], [2], [7]]);
    expect(await rows("SELECT id FROM readings WHERE span && '[9,21)' ORDER BY id")).toEqual([[1], [2], [3], [7]]);
    expect((await rows('SELECT id FROM readings ORDER BY span, id')).map((r) => r[0])).toEqual([4, 6, 1, 7, 2, 3, 5]);
    expect(await rows("UPDATE readings SET span = span * '[2,8)' WHERE id = 1 RETURNING span")).toEqual([['[2,8)']]);
    expect(await failure("INSERT INTO readings VALUES (8, '[5,1)')")).toMatchObject({ code: '22000' });
    expect(await failure('INSERT INTO readings VALUES (8, 7)')).toEqual({ code: '42804', message: 'column "span" is of type floatrange but expression is of type integer' });
    expect(await failure('INSERT INTO readings VALUES (8, int4range(1, 2))')).toMatchObject({ code: '42804' });
    expect(await rows('SELECT count(*)::int FROM readings')).toEqual([[7]]);
  });

  it('is refused by an exclusion constraint over it where two ranges overlap', async () => {
    await client().query('CREATE TABLE booking (room int, during floatrange, EXCLUDE USING gist (during WITH &&))');
    await client().query("INSERT INTO booking VALUES (1, '[1,2)'), (1, '[2,3)')");
    expect(await failure("INSERT INTO booking VALUES (1, '[2.5,2.6]')")).toMatchObject({ code: '23P01' });
    expect(await rows('SELECT during FROM booking ORDER BY during')).toEqual([['[1,2)'], ['[2,3)']]);
  });
});

describe('the catalog', () => {
  it('has the range, its multirange, their arrays, pg_range\'s row and the constructors, as clients read them', async () => {
    expect(await rows("SELECT typname, typtype, typcategory FROM pg_type WHERE typname LIKE '%float%range' ORDER BY typname")).toEqual([
      ['_floatmultirange', 'b', 'A'], ['_floatrange', 'b', 'A'], ['floatmultirange', 'm', 'R'], ['floatrange', 'r', 'R'],
    ]);
    expect(await rows("SELECT r.rngsubtype::regtype::text, r.rngmultitypid::regtype::text, r.rngsubdiff::text, r.rngcollation::int FROM pg_range r WHERE r.rngtypid = 'floatrange'::regtype")).toEqual([['double precision', 'floatmultirange', 'float8mi', 0]]);
    expect(await rows("SELECT rngcollation::int FROM pg_range WHERE rngtypid = 'textrange'::regtype")).toEqual([[950]]);
    expect(await rows("SELECT proname, pronargs FROM pg_proc WHERE proname IN ('floatrange', 'floatmultirange') ORDER BY proname, pronargs, prosrc")).toEqual([
      ['floatmultirange', 0], ['floatmultirange', 1], ['floatmultirange', 1], ['floatrange', 2], ['floatrange', 3],
    ]);
    expect(await rows("SELECT data_type, udt_name FROM information_schema.columns WHERE table_name = 'readings' AND column_name = 'span'")).toEqual([['USER-DEFINED', 'floatrange']]);
  });
});

describe('DROP TYPE', () => {
  it('is refused while a column has the type (2BP01), then drops it with its catalog rows', async () => {
    expect(await failure('DROP TYPE floatrange')).toMatchObject({ code: '2BP01', message: 'cannot drop type floatrange because other objects depend on it' });
    await client().query('DROP TABLE readings, booking');
    await client().query('DROP TYPE floatrange');
    expect(await rows("SELECT count(*)::int FROM pg_type WHERE typname LIKE '%floatrange%'")).toEqual([[0]]);
    expect(await failure('SELECT floatrange(1, 2)')).toMatchObject({ code: '42883' });
    expect(await failure("SELECT '[1,2)'::floatrange")).toMatchObject({ code: '42704' });
  });

  it('and a ROLLBACK undoes CREATE TYPE', async () => {
    await client().query('BEGIN');
    await client().query('CREATE TYPE txrange AS RANGE (subtype = float8)');
    expect(await rows('SELECT txrange(1, 2)')).toEqual([['[1,2)']]);
    await client().query('ROLLBACK');
    expect(await failure('SELECT txrange(1, 2)')).toMatchObject({ code: '42883' });
  });
});

describe('the built-in multiranges', () => {
  it('read a literal into its canonical form, and are made by their constructors, multirange() and a cast', async () => {
    expect(await rows("SELECT '{[5,7), [1,3], [2,4)}'::int4multirange, '{}'::int4multirange, '{[1.5,2), [3,4.25]}'::nummultirange, int4multirange(int4range(5, 7), int4range(1, 3)), multirange(int4range(1, 3)), int4range(1, 3)::int4multirange")).toEqual([
      ['{[1,4),[5,7)}', '{}', '{[1.5,2),[3,4.25]}', '{[1,3),[5,7)}', '{[1,3)}', '{[1,3)}'],
    ]);
    expect(await failure("SELECT '[1,3)'::int4multirange")).toMatchObject({ code: '22P02', message: 'malformed multirange literal: "[1,3)"' });
    expect(await failure("SELECT '{[3,1)}'::int4multirange")).toMatchObject({ code: '22000' });
  });

  it('answer their operators and functions, and range_agg makes one', async () => {
    const [r] = await rows(`SELECT '{[1,3), [5,7)}'::int4multirange @> 2, '{[1,3), [5,7)}'::int4multirange @> int4range(2, 6), '{[1,3), [5,7)}'::int4multirange && '{[2,4)}'::int4multirange,
      '{[1,3), [5,7)}'::int4multirange + '{[3,5)}'::int4multirange, '{[1,10)}'::int4multirange - '{[3,5)}'::int4multirange, '{[1,5), [7,9)}'::int4multirange * '{[3,8)}'::int4multirange,
      lower('{[1,3), [5,7)}'::int4multirange), upper('{[1,3), [5,7)}'::int4multirange), isempty('{}'::int4multirange), range_merge('{[1,3), [5,7)}'::int4multirange)`);
    expect(r).toEqual([true, false, true, '{[1,7)}', '{[1,3),[5,10)}', '{[3,5),[7,8)}', 1, 7, true, '[1,7)']);
    expect(await rows('SELECT range_agg(r) FROM (VALUES (int4range(1, 3)), (int4range(2, 5)), (NULL), (int4range(8, 9))) v(r)')).toEqual([['{[1,5),[8,9)}']]);
    expect(await rows('SELECT range_agg(r) FROM (VALUES (int4range(1, 3))) v(r) WHERE false')).toEqual([[null]]);
  });

  it('are a column type, ordered by multirange_cmp', async () => {
    await client().query("CREATE TABLE avail (id int, slots int4multirange); INSERT INTO avail VALUES (1, '{[1,3), [5,7)}'), (2, '{[2,6)}'), (3, '{}')");
    expect(await rows('SELECT id FROM avail ORDER BY slots, id')).toEqual([[3], [1], [2]]);
    expect(await rows('SELECT id FROM avail WHERE slots && int4range(3, 5) ORDER BY id')).toEqual([[2]]);
  });
});
