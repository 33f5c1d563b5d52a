/**
 * to_tsvector(json), to_tsvector(jsonb), json_to_tsvector and jsonb_to_tsvector (to_tsany.c):
 * the document's strings (or the values and keys a filter names) parsed one after another in the
 * document's order (jsonb's key order for jsonb), one position left between two that give words,
 * so that a phrase never spans them.
 */
import { PgError, SqlState } from '../errors.js';
import { JsonNumber, JsonObject, type JsonNode } from '../types/json.js';
import { type ConfigName, type ParsedWord, parseWordsFrom } from './config.js';
import { type TsVector, makeTsvector } from './tsvector.js';

export type JsonFilter = Set<'string' | 'numeric' | 'boolean' | 'key'>;

const FLAGS = ['string', 'numeric', 'boolean', 'key'] as const;
const HINT = 'Possible values are: "string", "numeric", "boolean", "key", and "all".';

/** parse_jsonb_index_flags: an array of flag names (or one name alone), case aside. */
export function jsonFilter(flags: JsonNode): JsonFilter {
  if (flags instanceof JsonObject) throw new PgError(SqlState.invalidParameterValue, 'wrong flag type, only arrays and scalars are allowed');
  const filter: JsonFilter = new Set();
  for (const f of Array.isArray(flags) ? flags : [flags]) {
    if (typeof f !== 'string') throw new PgError(SqlState.invalidParameterValue, 'flag array element is not a string', { hint: HINT });
    const name = f.toLowerCase();
    if (name === 'all') FLAGS.forEach((x) => filter.add(x));
    else if ((FLAGS as readonly string[]).includes(name)) filter.add(name as (typeof FLAGS)[number]);
    else throw new PgError(SqlState.invalidParameterValue, `wrong flag in flag array: "${f}"`, { hint: HINT });
  }
  return filter;
}

/** The texts iterate_json_values (iterate_jsonb_values) gives: keys, strings, numbers as written, booleans. */
function texts(doc: JsonNode, filter: JsonFilter, out: string[]): string[] {
  if (Array.isArray(doc)) doc.forEach((x) => texts(x, filter, out));
  else if (doc instanceof JsonObject) {
    for (const [key, value] of doc.entries) {
      if (filter.has('key')) out.push(key);
      texts(value, filter, out);
    }
  } else if (typeof doc === 'string') {
    if (filter.has('string')) out.push(doc);
  } else if (doc instanceof JsonNumber) {
    if (filter.has('numeric')) out.push(doc.raw);
  } else if (typeof doc === 'boolean' && filter.has('boolean')) out.push(String(doc));
  return out;
}

/** add_to_tsvector over each text: a position skipped after one that gave words. */
export function jsonToTsvector(config: ConfigName, doc: JsonNode, filter: JsonFilter): TsVector {
  const words: ParsedWord[] = [];
  let pos = 0;
  for (const t of texts(doc, filter, [])) {
    const parsed = parseWordsFrom(config, t, pos);
    words.push(...parsed.words);
    pos = parsed.end + (parsed.words.length ? 1 : 0);
  }
  return makeTsvector(words);
}
