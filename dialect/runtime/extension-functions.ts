/**
 * The functions and operators of pg_trgm (pg/trigrams.ts), fuzzystrmatch (pg/fuzzy-match.ts) and
 * unaccent (pg/unaccent.ts), which the translator calls only while their extension is created
 * (catalog/extensions.ts).
 */
import type Database from 'better-sqlite3';
import { levenshtein, soundex, soundexDifference } from '../../pg/fuzzy-match.js';
import { isUnaccentDictionary, noDictionary, unaccent } from '../../pg/unaccent.js';
import { TRIGRAM_OPERATORS, TRIGRAM_THRESHOLDS, type TrigramMeasure, checkedThreshold, similarity, thresholdValue, trigramMeasure, trigrams, wordSimilarity } from '../../pg/trigrams.js';
import { formatFloat4 } from '../../pg/types/float.js';
import type { SqliteValue } from '../../pg/types/registry.js';
import { text } from './arguments.js';
import type { FunctionScope } from './function-scope.js';

export function registerExtensionFunctions(db: Database.Database, scope: () => FunctionScope): void {
  const strict = (name: string, f: (...args: SqliteValue[]) => SqliteValue, deterministic = true) =>
    db.function(name, { deterministic, safeIntegers: true, varargs: true }, ((...args: SqliteValue[]) => (args.some((a) => a === null) ? null : f(...args))) as (...args: unknown[]) => unknown);
  const threshold = (kind: TrigramMeasure): number => {
    const { setting } = TRIGRAM_THRESHOLDS[kind];
    const s = scope();
    return thresholdValue(kind, s.settings?.[setting] ?? s.ctx.settings[setting]);
  };

  strict('pg_show_trgm', (t) => JSON.stringify(trigrams(text(t))));
  strict('pg_similarity', (a, b) => similarity(text(a), text(b)));
  strict('pg_word_similarity', (a, b) => wordSimilarity(text(a), text(b)));
  strict('pg_strict_word_similarity', (a, b) => wordSimilarity(text(a), text(b), true));
  strict('pg_trgm_op', (op, a, b) => {
    const o = TRIGRAM_OPERATORS[text(op)]!;
    const [needle, haystack] = o.swapped ? [text(b), text(a)] : [text(a), text(b)];
    const value = trigramMeasure(o.measure, needle, haystack);
    if (o.distance) return Math.fround(1 - value);
    return value >= threshold(o.measure) ? 1 : 0;
  }, false);
  strict('pg_show_limit', () => Math.fround(threshold('similarity')), false);
  // set_limit(real): the threshold set as float4out prints it, for the session (not SET LOCAL), as its SetConfigOption does.
  strict('pg_set_limit', (limit) => {
    const value = Math.fround(Number(limit));
    const shown = formatFloat4(value);
    checkedThreshold(TRIGRAM_THRESHOLDS.similarity.setting, value, shown);
    (scope().settings ??= {})[TRIGRAM_THRESHOLDS.similarity.setting] = shown;
    return Math.fround(Number(shown));
  }, false);

  const costs = (i: SqliteValue, d: SqliteValue, s: SqliteValue) => ({ insert: Number(i), delete: Number(d), substitute: Number(s) });
  strict('pg_levenshtein', (a, b, ...rest) => BigInt(levenshtein(text(a), text(b), rest.length ? costs(rest[0]!, rest[1]!, rest[2]!) : undefined)));
  strict('pg_levenshtein_less_equal', (a, b, ...rest) =>
    BigInt(rest.length === 1 ? levenshtein(text(a), text(b), undefined, Number(rest[0])) : levenshtein(text(a), text(b), costs(rest[0]!, rest[1]!, rest[2]!), Number(rest[3]))),
  );
  strict('pg_soundex', (t) => soundex(text(t)));
  strict('pg_difference', (a, b) => BigInt(soundexDifference(text(a), text(b))));
  // unaccent(text), or unaccent(dictionary, text) of the one dictionary the extension makes.
  strict('pg_unaccent', (...args) => {
    if (args.length > 1 && !isUnaccentDictionary(text(args[0]!))) throw noDictionary(text(args[0]!));
    return unaccent(text(args.at(-1)!));
  });
}
