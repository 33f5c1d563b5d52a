/**
 * pg_trgm, fuzzystrmatch and unaccent on a real server through the `pg` driver
 * (test/corpus/53-similarity34.sql compares the rest with PostgreSQL): known only once created,
 * trigram operators and indexes, the threshold settings, and the errors PostgreSQL 15 gives. Each
 * expected value is its answer.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedClient } from './helpers/shared-client.js';

const { client, rows, failure } = sharedClient();

beforeAll(async () => {
  await client().query("CREATE TABLE names (id int PRIMARY KEY, name text NOT NULL); INSERT INTO names VALUES (1, 'PostgreSQL'), (2, 'Postgres'), (3, 'MySQL'), (4, 'SQLite'), (5, 'post office')");
});

describe('before CREATE EXTENSION', () => {
  it('their functions, operators and operator classes do not exist', async () => {
    expect(await failure("SELECT similarity('a', 'b')")).toMatchObject({ code: '42883' });
    expect(await failure("SELECT levenshtein('a', 'b')")).toMatchObject({ code: '42883' });
    expect(await failure('SELECT 1 FROM names WHERE name <-> name < 1')).toMatchObject({ code: '42883', message: 'operator does not exist: text <-> text' });
    expect(await failure('CREATE INDEX ON names USING gin (name gin_trgm_ops)')).toEqual({ code: '42704', message: 'operator class "gin_trgm_ops" does not exist for access method "gin"' });
  });
});

describe('pg_trgm', () => {
  beforeAll(async () => {
    await client().query('CREATE EXTENSION pg_trgm');
  });

  it('answers its functions as float4 and text[]', async () => {
    expect(await rows("SELECT similarity('word', 'two words'), word_similarity('word', 'two words'), strict_word_similarity('word', 'two words'), show_trgm('Hi x')")).toEqual([
      [0.36363637, 0.8, 0.5714286, ['  h', '  x', ' hi', ' x ', 'hi ']],
    ]);
  });

  it('keeps a trigram index, shown by pg_indexes as made, and searches with % and <-> and parameters', async () => {
    await client().query('CREATE INDEX names_trgm ON names USING gin (name gin_trgm_ops)');
    expect(await rows("SELECT indexdef FROM pg_indexes WHERE indexname = 'names_trgm'")).toEqual([['CREATE INDEX names_trgm ON public.names USING gin (name gin_trgm_ops)']]);
    expect(await rows("SELECT name FROM names WHERE name % 'postgre' ORDER BY similarity(name, 'postgre') DESC")).toEqual([['Postgres'], ['PostgreSQL']]);
    expect(await rows('SELECT name, name <-> $1 FROM names ORDER BY 2, 1 LIMIT 2', ['sqlite'])).toEqual([
      ['SQLite', 0],
      ['MySQL', 0.9166667],
    ]);
  });

  it('reads the thresholds from the session, checked as their settings are', async () => {
    expect(await rows("SHOW pg_trgm.similarity_threshold")).toEqual([['0.3']]);
    await client().query('SET pg_trgm.similarity_threshold = 0.1');
    expect(await rows("SELECT name FROM names WHERE name % 'post' ORDER BY 1")).toEqual([['PostgreSQL'], ['Postgres'], ['post office']]);
    expect(await rows('SELECT set_limit(0.5), show_limit()')).toEqual([[0.5, 0.5]]);
    expect(await failure('SET pg_trgm.similarity_threshold = 2')).toEqual({ code: '22023', message: '2 is outside the valid range for parameter "pg_trgm.similarity_threshold" (0 .. 1)' });
    expect(await failure('SELECT set_limit(1.5)')).toMatchObject({ code: '22023' });
    await client().query('RESET pg_trgm.similarity_threshold');
    expect(await rows('SELECT show_limit()')).toEqual([[0.3]]);
  });

  it('refuses arguments no implicit cast makes text', async () => {
    expect(await failure('SELECT similarity(1, 2)')).toMatchObject({ code: '42883', message: 'function similarity(integer, integer) does not exist' });
    expect(await failure("SELECT 'x' % 1")).toMatchObject({ code: '22P02' });
  });
});

describe('fuzzystrmatch', () => {
  beforeAll(async () => {
    await client().query('CREATE EXTENSION fuzzystrmatch');
  });

  it('levenshtein, its bounded form, soundex and difference', async () => {
    expect(await rows("SELECT levenshtein('kitten', 'sitting'), levenshtein('kitten', 'sitting', 2, 3, 4), levenshtein_less_equal('kitten', 'sitting', 1), soundex('Tymczak'), difference('Robert', 'Rupert')")).toEqual([[3, 10, 2, 'T522', 4]]);
    expect(await failure("SELECT levenshtein('a', repeat('x', 300))")).toEqual({ code: '22023', message: 'levenshtein argument exceeds maximum length of 255 characters' });
  });
});

describe('unaccent', () => {
  it('replaces what PostgreSQL 15\'s rules name, with the one dictionary there is', async () => {
    expect(await failure("SELECT unaccent('é')")).toMatchObject({ code: '42883' });
    await client().query('CREATE EXTENSION unaccent');
    expect(await rows("SELECT unaccent('Hôtel Crème Brûlée'), unaccent('Œuvre æ ß ﬁ'), unaccent('x¼y'), unaccent('unaccent', 'Ñandú'), length(unaccent('e' || chr(769)))")).toEqual([
      ['Hotel Creme Brulee', 'OEuvre ae ss fi', 'x1/4y', 'Nandu', 1],
    ]);
    expect(await rows("SELECT name FROM names WHERE unaccent(name) ILIKE unaccent($1) ORDER BY 1", ['%pÖst%'])).toEqual([['PostgreSQL'], ['Postgres'], ['post office']]);
    expect(await failure("SELECT unaccent('nosuch', 'x')")).toEqual({ code: '42704', message: 'text search dictionary "nosuch" does not exist' });
  });
});
