-- pg_trgm, fuzzystrmatch and unaccent, as search boxes, de-duplication jobs and ORMs (Rails' pg_search,
-- Django's TrigramSimilarity, Prisma raw queries) use them: their functions and operators, the
-- threshold settings, trigram indexes, and what is refused before CREATE EXTENSION.
-- @must
CREATE TABLE l34_names (id int PRIMARY KEY, name text NOT NULL, code varchar(20));
-- @must
INSERT INTO l34_names VALUES (1, 'PostgreSQL', 'pg'), (2, 'Postgres', 'pgs'), (3, 'MySQL', 'my'), (4, 'SQLite', 'lite'), (5, 'post office', 'po'), (6, 'gresql', 'gr'), (7, 'Microsoft SQL Server', 'mssql'), (8, 'Oracle', 'ora');
SELECT similarity('word', 'two words');
SELECT 'abc' % 'abd';
CREATE INDEX l34_no_ext ON l34_names USING gin (name gin_trgm_ops);
SELECT levenshtein('kitten', 'sitting');
SELECT unaccent('Hôtel');
-- @must
CREATE EXTENSION IF NOT EXISTS pg_trgm;
-- @must
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;
SELECT extname, extversion FROM pg_extension WHERE extname IN ('pg_trgm', 'fuzzystrmatch') ORDER BY 1;
-- @must
SELECT show_trgm('Hello, World! x');
SELECT show_trgm(''), show_trgm('a'), show_trgm('ab'), show_trgm('  '), show_trgm('A b-c dd'), show_trgm('ñandú café');
SELECT show_trgm('ABC abc AbC'), show_trgm('x1 22 a_b'), show_trgm(NULL);
-- @must
SELECT similarity('word', 'two words'), similarity('abc', 'abc'), similarity('', ''), similarity('a b c', 'c b a');
SELECT similarity('PostgreSQL', 'Postgres'), similarity('postgres', 'POSTGRES'), similarity('Jon Smith', 'John Smyth'), similarity('x', NULL);
-- @must
SELECT word_similarity('word', 'two words'), strict_word_similarity('word', 'two words');
SELECT word_similarity('wor', 'two words'), word_similarity('', 'abc'), word_similarity('xyz', 'Trigrams'), word_similarity('aaa', 'aaa bbb aaa');
SELECT word_similarity('Trigram', 'Trigrams are great'), strict_word_similarity('gram', 'Trigrams are great'), strict_word_similarity('great tri', 'Trigrams are great');
SELECT strict_word_similarity('word', 'words of wisdom'), strict_word_similarity('of wis', 'words of wisdom'), word_similarity('of wis', 'words of wisdom');
SELECT word_similarity('new york', 'I live in New York City'), strict_word_similarity('new york', 'I live in New York City'), word_similarity('york new', 'new york');
-- @must
SELECT pg_typeof(similarity('a', 'b')), pg_typeof('a' <-> 'b'), pg_typeof('a' % 'b'), pg_typeof(show_trgm('a'));
SELECT 'abc' % 'abd', 'abc' % 'xyz', 'word' <% 'two words', 'two words' %> 'word', 'word' <<% 'two words', 'two words' %>> 'word';
SELECT 'word' <-> 'two words', 'word' <<-> 'two words', 'two words' <->> 'word', 'word' <<<-> 'two words', 'two words' <->>> 'word';
SELECT 'abc' <<-> 'xabcx', 'abc' <->> 'xabcx', 'abc' <-> 'abc';
SELECT show_limit();
SHOW pg_trgm.similarity_threshold;
SELECT current_setting('pg_trgm.word_similarity_threshold'), current_setting('pg_trgm.strict_word_similarity_threshold');
-- @must
CREATE INDEX l34_names_trgm ON l34_names USING gin (name gin_trgm_ops);
-- @must
CREATE INDEX l34_names_code_trgm ON l34_names USING gist (code gist_trgm_ops);
CREATE INDEX l34_names_bad ON l34_names USING gin (id gin_trgm_ops);
CREATE INDEX l34_names_wrong ON l34_names USING gin (name gist_trgm_ops);
SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'l34_names' ORDER BY 1;
-- @must
SELECT name, similarity(name, 'postgre') AS sml FROM l34_names WHERE name % 'postgre' ORDER BY sml DESC, name;
-- @must
SELECT name, name <-> 'sqlite' AS dist FROM l34_names ORDER BY dist, name LIMIT 3;
SELECT name FROM l34_names WHERE 'gres' <% name ORDER BY 1;
SELECT name FROM l34_names WHERE name %> 'gres' ORDER BY 1;
SELECT name, word_similarity('sql', name) FROM l34_names WHERE 'sql' <% name ORDER BY 2 DESC, 1;
SELECT code FROM l34_names WHERE code % 'pgs' ORDER BY 1;
-- params: ["postgres"]
SELECT name FROM l34_names WHERE name % $1 ORDER BY similarity(name, $1) DESC, name;
-- params: ["sql", 2]
SELECT name FROM l34_names ORDER BY name <-> $1, name LIMIT $2;
SELECT name FROM l34_names WHERE name ILIKE '%sql%' ORDER BY 1;
SET pg_trgm.similarity_threshold = 0.1;
SHOW pg_trgm.similarity_threshold;
SELECT show_limit();
SELECT name FROM l34_names WHERE name % 'post' ORDER BY 1;
SET pg_trgm.similarity_threshold = 2;
SET pg_trgm.similarity_threshold = 'high';
SET pg_trgm.word_similarity_threshold = 0.3;
SELECT name FROM l34_names WHERE 'sq' <% name ORDER BY 1;
RESET pg_trgm.word_similarity_threshold;
SELECT set_limit(0.5), show_limit();
SHOW pg_trgm.similarity_threshold;
SELECT set_limit(1.5);
SELECT set_limit(-0.1);
RESET pg_trgm.similarity_threshold;
SELECT show_limit();
SELECT 1 % 2, 7 % 3;
SELECT 'x' % 1;
SELECT name % 3 FROM l34_names;
SELECT similarity(1, 2);
SELECT similarity('a');
-- @must
SELECT levenshtein('kitten', 'sitting'), levenshtein('kitten', 'sitting', 2, 3, 4), levenshtein('', 'abc'), levenshtein('abc', ''), levenshtein('same', 'same');
SELECT levenshtein('GUMBO', 'GAMBOL'), levenshtein('café', 'cafe'), levenshtein('ñandú', 'nandu'), levenshtein('abc', 'ABC'), levenshtein(NULL, 'a');
-- @must
SELECT levenshtein_less_equal('kitten', 'sitting', 1), levenshtein_less_equal('kitten', 'sitting', 5), levenshtein_less_equal('kitten', 'sitting', -1), levenshtein_less_equal('kitten', 'sitting', 2, 3, 4, 3);
SELECT levenshtein_less_equal('abc', 'abd', 0), levenshtein_less_equal('abcdef', '', 2), levenshtein_less_equal('', 'abcdef', 2), levenshtein_less_equal('a', 'abcdefgh', 3);
SELECT levenshtein('', repeat('x', 300));
SELECT levenshtein('a', repeat('x', 300));
SELECT levenshtein_less_equal(repeat('y', 256), 'abc', 2);
-- @must
SELECT soundex('Robert'), soundex('Rupert'), soundex('Tymczak'), soundex('Ashcraft'), soundex('Pfister'), soundex('Lloyd'), soundex('Ab-ba'), soundex('12Rupert');
SELECT soundex('123'), soundex(''), soundex('a'), soundex('Lee'), soundex('Gutierrez'), soundex('Jackson'), soundex('Müller'), text_soundex('Robert');
-- @must
SELECT difference('Anne', 'Ann'), difference('Robert', 'Rupert'), difference('', 'x'), difference('', ''), difference('Smith', 'Smythe'), difference('Kim', 'Park');
SELECT name, soundex(name), levenshtein(lower(name), 'postgresql') FROM l34_names ORDER BY 3, 1;
SELECT a.name, b.name FROM l34_names a JOIN l34_names b ON a.id < b.id AND difference(a.name, b.name) >= 3 ORDER BY 1, 2;
-- @must
CREATE EXTENSION unaccent;
-- @must
SELECT unaccent('Hôtel Crème Brûlée'), unaccent('Œuvre æ ß ﬁ'), unaccent('x¼y'), unaccent('a“b”c'), unaccent('Ñandú'), unaccent(NULL), unaccent('');
SELECT length(unaccent('e' || chr(769))), unaccent('Ångström ÆØÅ łódź Dvořák'), unaccent('Straße ĳ ǅ ℃ ™ …'), pg_typeof(unaccent('a'));
SELECT unaccent('unaccent', 'Ñandú'), unaccent('public.unaccent', 'Éte');
SELECT unaccent('nosuch', 'x');
SELECT unaccent(42);
SELECT name FROM l34_names WHERE unaccent(name) ILIKE unaccent('%pÖst%') ORDER BY 1;
-- params: ["crème"]
SELECT unaccent($1) = 'creme';
SELECT similarity(unaccent('Müller'), 'muller'), levenshtein(unaccent('Müller'), 'Muller');
-- @must
DROP EXTENSION unaccent;
SELECT unaccent('é');
-- @must
DROP INDEX l34_names_trgm;
DROP INDEX l34_names_code_trgm;
DROP TABLE l34_names;
DROP EXTENSION fuzzystrmatch;
SELECT soundex('Robert');
-- @must
DROP EXTENSION pg_trgm;
SELECT similarity('a', 'b');
