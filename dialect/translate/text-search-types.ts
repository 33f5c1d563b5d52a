/**
 * The types of text search expressions (types.ts and functions.ts ask here): its functions' and
 * operators'. Their SQL is text-search.ts's.
 */
import { OID, type PgTypeInfo } from '../../pg/types/registry.js';

const BOOL = { oid: OID.bool, typmod: -1 };
const TSVECTOR = { oid: OID.tsvector, typmod: -1 };
const TSQUERY = { oid: OID.tsquery, typmod: -1 };

export function isTextSearch(t: PgTypeInfo | null | undefined): boolean {
  return !!t && (t.oid === OID.tsvector || t.oid === OID.tsquery);
}

export const isString = (t: PgTypeInfo | null) => !t || t.oid === OID.text || t.oid === OID.varchar || t.oid === OID.bpchar || t.oid === OID.unknown;

/** Functions PostgreSQL has that evsql does not run exactly. */
export const REFUSED_TEXT_SEARCH_FUNCTIONS = new Set([
  'ts_headline', 'ts_rewrite', 'ts_stat', 'ts_debug', 'ts_parse', 'ts_token_type',
  'tsvector_update_trigger', 'tsvector_update_trigger_column',
]);

/** The text search functions' result types (`length` is int4 either way). */
export const TEXT_SEARCH_FUNCTION_TYPES: Record<string, number> = {
  to_tsvector: OID.tsvector,
  to_tsquery: OID.tsquery,
  plainto_tsquery: OID.tsquery,
  phraseto_tsquery: OID.tsquery,
  websearch_to_tsquery: OID.tsquery,
  tsquery_phrase: OID.tsquery,
  json_to_tsvector: OID.tsvector,
  jsonb_to_tsvector: OID.tsvector,
  setweight: OID.tsvector,
  strip: OID.tsvector,
  numnode: OID.int4,
  querytree: OID.text,
  ts_rank: OID.float4,
  ts_rank_cd: OID.float4,
  ts_lexize: OID.text_array,
  ts_delete: OID.tsvector,
  ts_filter: OID.tsvector,
  array_to_tsvector: OID.tsvector,
  tsvector_to_array: OID.text_array,
  get_current_ts_config: OID.regconfig,
  ...Object.fromEntries([...REFUSED_TEXT_SEARCH_FUNCTIONS].map((f) => [f, OID.text])),
};

/** The result type of an operator over text search types; undefined when it is none of theirs. */
export function textSearchOperatorType(op: string, lt: PgTypeInfo | null, rt: PgTypeInfo | null): PgTypeInfo | undefined {
  if (op === '@@' || op === '@@@') return BOOL;
  if (!isTextSearch(lt) && !isTextSearch(rt)) return undefined;
  if (op === '||' && (lt?.oid === OID.tsvector || rt?.oid === OID.tsvector)) return TSVECTOR;
  if (op === '&&' || op === '||' || op === '!!' || op === '<->') return TSQUERY;
  if (op === '@>' || op === '<@') return BOOL;
  return undefined;
}
