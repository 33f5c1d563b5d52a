/**
 * Full text search (pg/text-search/): to_tsvector, the tsquery makers, `@@`, and the tsvector and
 * tsquery functions and operators, over values stored as tsvectorout and tsqueryout print them.
 * A NOTICE of the query makers (a query of stop words only) goes to the client as PostgreSQL's.
 */
import type Database from 'better-sqlite3';
import { PgError, SqlState } from '../../pg/errors.js';
import { defaultSetting } from '../../pg/settings.js';
import { type DictionaryName, configNamed, lexizeWith } from '../../pg/text-search/config.js';
import { formatTsquery, matches, numnode, parseTsquery, phraseDistance, plainToTsquery, querytree, toTsquery, tsqueryContains, type Notify, type TsQuery } from '../../pg/text-search/tsquery.js';
import { jsonFilter, jsonToTsvector } from '../../pg/text-search/json.js';
import { parseJson } from '../../pg/types/json.js';
import { websearchToTsquery } from '../../pg/text-search/websearch.js';
import { rankWeights, tsRank } from '../../pg/text-search/rank.js';
import { tsRankCd } from '../../pg/text-search/rank-cd.js';
import { arrayToTsvector, concatTsvectors, deleteLexemes, filterWeights, formatTsvector, parseTsvector, setWeight, stripTsvector, toTsvector } from '../../pg/text-search/tsvector.js';
import type { SqliteValue } from '../../pg/types/registry.js';
import { text, textArrayArgument } from './arguments.js';
import type { FunctionScope } from './function-scope.js';

const SETTING = 'default_text_search_config';

export function registerTextSearchFunctions(db: Database.Database, scope: () => FunctionScope): void {
  const options = { deterministic: true, safeIntegers: true, varargs: true };
  const strict = (name: string, f: (...args: SqliteValue[]) => SqliteValue) =>
    db.function(name, options, ((...args: SqliteValue[]) => (args.some((a) => a === null) ? null : f(...args))) as (...args: unknown[]) => unknown);
  const notify: Notify = (message) => {
    (scope().notices ??= []).push(new PgError(SqlState.successfulCompletion, message, { severity: 'NOTICE' }));
  };
  // A stored tsquery is never empty but for '' (its text), which tsqueryin reads without a NOTICE here.
  const query = (v: SqliteValue): TsQuery => (text(v) === '' ? null : parseTsquery(text(v), notify));
  const vector = (v: SqliteValue) => parseTsvector(text(v));

  // default_text_search_config as the session has it (a regconfig's name, schema-qualified or not).
  db.function('pg_ts_default_config', { deterministic: false }, () => {
    const s = scope();
    return s.settings?.[SETTING] ?? s.ctx.settings[SETTING] ?? defaultSetting(SETTING);
  });
  strict('pg_to_tsvector', (config, t) => formatTsvector(toTsvector(configNamed(text(config)), text(t))));
  strict('pg_to_tsquery', (config, t) => formatTsquery(toTsquery(configNamed(text(config)), text(t), notify)));
  strict('pg_plainto_tsquery', (config, t) => formatTsquery(plainToTsquery(configNamed(text(config)), text(t), false, notify)));
  strict('pg_phraseto_tsquery', (config, t) => formatTsquery(plainToTsquery(configNamed(text(config)), text(t), true, notify)));
  strict('pg_websearch_to_tsquery', (config, t) => formatTsquery(websearchToTsquery(configNamed(text(config)), text(t), notify)));
  strict('pg_json_to_tsvector', (config, doc, filter) => formatTsvector(jsonToTsvector(configNamed(text(config)), parseJson(text(doc)), jsonFilter(parseJson(text(filter))))));
  strict('pg_tsquery_in', (t) => formatTsquery(parseTsquery(text(t), notify)));
  strict('pg_ts_match', (v, q) => (matches(vector(v), query(q)) ? 1n : 0n));
  strict('pg_ts_setweight', (v, weight, lexemes = null) => formatTsvector(setWeight(vector(v), text(weight), lexemes === null ? undefined : textArrayArgument(lexemes))));
  strict('pg_ts_concat', (a, b) => formatTsvector(concatTsvectors(vector(a), vector(b))));
  strict('pg_ts_length', (v) => BigInt(vector(v).length));
  strict('pg_ts_strip', (v) => formatTsvector(stripTsvector(vector(v))));
  strict('pg_ts_delete', (v, words, isArray) => formatTsvector(deleteLexemes(vector(v), Number(isArray) ? textArrayArgument(words) : [text(words)])));
  strict('pg_ts_filter', (v, weights) => formatTsvector(filterWeights(vector(v), textArrayArgument(weights))));
  strict('pg_array_to_tsvector', (words) => formatTsvector(arrayToTsvector(textArrayArgument(words))));
  strict('pg_ts_lexize', (dictionary, token) => JSON.stringify(lexizeWith(text(dictionary) as DictionaryName, text(token))));
  strict('pg_tsvector_to_array', (v) => JSON.stringify(vector(v).map((l) => l.word)));
  // tsquery_and, tsquery_or, tsquery_phrase (<->, or <N> with a distance), tsquery_not: an empty operand leaves the other as it is.
  db.function('pg_tsquery_op', options, ((op: SqliteValue, a: SqliteValue, b: SqliteValue, distance: SqliteValue = 1n) => {
    if (a === null || (op !== '!!' && b === null) || distance === null) return null;
    const d = phraseDistance(Number(distance));
    const [x, y] = [query(a), op === '!!' ? null : query(b)];
    if (op === '!!') return formatTsquery(x && { kind: 'not', arg: x });
    const kind = op === '&&' ? '&' : op === '||' ? '|' : '<->';
    return formatTsquery(x && y ? { kind: 'op', op: kind, distance: kind === '<->' ? d : 0, left: x, right: y } : (x ?? y));
  }) as (...args: unknown[]) => unknown);
  strict('pg_tsquery_contains', (a, b) => (tsqueryContains(query(a), query(b)) ? 1n : 0n));
  const weights = (w: SqliteValue | undefined) => (w === undefined ? undefined : rankWeights(JSON.parse(text(w))));
  strict('pg_ts_rank', (v, q, method, w) => tsRank(vector(v), query(q), Number(method), weights(w)));
  strict('pg_ts_rank_cd', (v, q, method, w) => tsRankCd(vector(v), query(q), Number(method), weights(w)));
  strict('pg_ts_numnode', (q) => BigInt(numnode(query(q))));
  strict('pg_ts_querytree', (q) => querytree(query(q)));
}
