/**
 * The text search configurations evsql runs exactly: 'simple' (every token through the simple
 * dictionary) and 'english' (words through english_stem, numbers and words with digits through
 * simple), as PostgreSQL 15's initdb makes them. The other built-in configurations (their
 * Snowball stemmers and stop word lists) are refused.
 */
import { PgError, SqlState } from '../errors.js';
import { stemEnglish } from './english-stem.js';
import { type TokenKind, parseText } from './parser.js';

export type ConfigName = 'simple' | 'english';

/** PostgreSQL 15's english.stop (share/tsearch_data). */
const ENGLISH_STOP_WORDS = new Set(
  ('i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself it its itself they them their ' +
    'theirs themselves what which who whom this that these those am is are was were be been being have has had having do does did doing a an the ' +
    'and but if or because as until while of at by for with about against between into through during before after above below to from up down ' +
    'in out on off over under again further then once here there when where why how all any both each few more most other some such no nor not ' +
    'only own same so than too very s t can will just don should now').split(' '),
);

const OTHER_CONFIGS = new Set([
  'arabic', 'armenian', 'basque', 'catalan', 'danish', 'dutch', 'finnish', 'french', 'german', 'greek', 'hindi', 'hungarian', 'indonesian', 'irish',
  'italian', 'lithuanian', 'nepali', 'norwegian', 'portuguese', 'romanian', 'russian', 'serbian', 'spanish', 'swedish', 'tamil', 'turkish', 'yiddish',
]);

/** The built-in configuration a regconfig's text ('english', 'pg_catalog.english', '"simple"') names, as regconfigin reads it; undefined for none. */
export function builtinConfig(text: string): string | undefined {
  const name = catalogName(text);
  return name !== undefined && (name === 'simple' || name === 'english' || OTHER_CONFIGS.has(name)) ? name : undefined;
}

/** The name a reg* type's text gives an object of pg_catalog ('x', 'pg_catalog.x', '"X"'); undefined for another schema's. */
function catalogName(text: string): string | undefined {
  const parts = text.split('.').map((p) => (/^".*"$/.test(p) ? p.slice(1, -1).replace(/""/g, '"') : p.toLowerCase()));
  return parts.length === 2 && parts[0] === 'pg_catalog' ? parts[1]! : parts.length === 1 ? parts[0]! : undefined;
}

export type DictionaryName = 'simple' | 'english_stem';

/** The dictionary to run for a regdictionary's text: 42704 for none, 0A000 for a Snowball stemmer other than english_stem. */
export function dictionaryNamed(text: string): DictionaryName {
  const name = catalogName(text);
  if (name === 'simple' || name === 'english_stem') return name;
  if (name?.endsWith('_stem') && OTHER_CONFIGS.has(name.slice(0, -'_stem'.length))) throw new PgError(SqlState.featureNotSupported, `text search dictionary "${name}" is not supported by evsql`);
  throw new PgError(SqlState.undefinedObject, `text search dictionary "${text}" does not exist`);
}

/** ts_lexize: dsimple_lexize or dsnowball_lexize over one token, nothing for an empty one or a stop word. */
export function lexizeWith(dictionary: DictionaryName, token: string): string[] {
  if (token === '') return [];
  return dictionary === 'simple' ? [lowerAscii(token)] : lexize('english', 'asciiword', token);
}

/** The configuration to run for a regconfig's text: 42704 for none, 0A000 for one evsql does not run. */
export function configNamed(text: string): ConfigName {
  const name = builtinConfig(text);
  if (name === 'simple' || name === 'english') return name;
  if (name !== undefined) throw new PgError(SqlState.featureNotSupported, `text search configuration "${name}" is not supported by evsql`);
  throw new PgError(SqlState.undefinedObject, `text search configuration "${text}" does not exist`);
}

/** lowerstr in the C locale: ASCII letters only. */
const lowerAscii = (s: string) => s.replace(/[A-Z]+/g, (m) => m.toLowerCase());

const SIMPLE_IN_ENGLISH = new Set<TokenKind>(['numword', 'uint', 'numhword', 'hword_numpart']);

/** The lexemes one token gives: none for a stop word (which still takes its position). */
function lexize(config: ConfigName, kind: TokenKind, word: string): string[] {
  const lower = lowerAscii(word);
  if (config === 'simple' || SIMPLE_IN_ENGLISH.has(kind)) return [lower];
  // dsnowball_lexize: a word of over 1000 bytes is kept, lowercase and unstemmed.
  if (Buffer.byteLength(word) > 1000) return [lower];
  return ENGLISH_STOP_WORDS.has(lower) ? [] : [stemEnglish(lower)];
}

export interface ParsedWord {
  word: string;
  /** The token's position, from 1. */
  pos: number;
}

/** parsetext: each token's lexemes at the token's position; a stop word takes a position and gives none. */
export function parseWords(config: ConfigName, text: string): ParsedWord[] {
  return parseWordsFrom(config, text, 0).words;
}

/** parsetext with the positions before `start` taken (to_tsvector(json)'s string after string); `end` is the last position its tokens take. */
export function parseWordsFrom(config: ConfigName, text: string, start: number): { words: ParsedWord[]; end: number } {
  const words: ParsedWord[] = [];
  let pos = start;
  for (const t of parseText(text)) {
    pos++;
    for (const word of lexize(config, t.kind, t.text)) words.push({ word, pos });
  }
  return { words, end: pos };
}
