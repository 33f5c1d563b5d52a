/**
 * The argument counts and kinds PostgreSQL 15's pg_catalog functions take, for the names evsql
 * translates (from pg_proc on a real server: pronargs less pronargdefaults up to pronargs, `+`
 * for VARIADIC, then prokind: f a function, a an aggregate, w a window function). A call no
 * signature of its name takes is no function (42883) before its translation is attempted, and a
 * plain function called as an aggregate or window function is refused as PostgreSQL refuses it,
 * where SQLite would answer with an error of its own or a value.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { type Node, names } from './parse.js';

const SHAPES: Record<string, string> = {
  abbrev: '1f', abs: '1f', acldefault: '2f', acos: '1f', acosd: '1f', acosh: '1f', age: '1f 2f', array_agg: '1a', array_append: '2f',
  array_cat: '2f', array_dims: '1f', array_fill: '2f 3f', array_length: '2f', array_lower: '2f', array_ndims: '1f', array_position: '2f 3f',
  array_positions: '2f', array_prepend: '2f', array_remove: '2f', array_replace: '3f', array_to_json: '1f 2f', array_to_string: '2f 3f',
  array_to_tsvector: '1f', array_upper: '2f', ascii: '1f', asin: '1f', asind: '1f', asinh: '1f', atan: '1f', atan2: '2f', atan2d: '2f', atand: '1f',
  atanh: '1f', avg: '1a', bit_and: '1a', bit_count: '1f', bit_length: '1f', bit_or: '1a', bit_xor: '1a', bool_and: '1a', bool_or: '1a',
  broadcast: '1f', btrim: '1f 2f', cardinality: '1f', cbrt: '1f', ceil: '1f', ceiling: '1f', char_length: '1f', character_length: '1f', chr: '1f',
  clock_timestamp: '0f', col_description: '2f', concat: '1+f', concat_ws: '2+f', convert: '3f', convert_from: '2f', convert_to: '2f', corr: '2a', cos: '1f',
  cosd: '1f', cosh: '1f', cot: '1f', cotd: '1f', count: '0a 1a', covar_pop: '2a', covar_samp: '2a', cume_dist: '0w 1+a', current_database: '0f',
  current_query: '0f', current_schema: '0f', current_schemas: '1f', current_setting: '1f 2f', current_user: '0f', currval: '1f', date_bin: '3f', date_part: '2f',
  date_trunc: '2f 3f', decode: '2f', degrees: '1f', dense_rank: '0w 1+a', div: '2f', encode: '2f', enum_first: '1f', enum_last: '1f',
  enum_range: '1f 2f', every: '1a', exp: '1f', extract: '2f', factorial: '1f', family: '1f', first_value: '1w', floor: '1f', format: '1f 2+f',
  format_type: '2f', gcd: '2f', gen_random_uuid: '0f', generate_series: '2f 3f', generate_subscripts: '2f 3f', get_bit: '2f', get_byte: '2f',
  get_current_ts_config: '0f', getdatabaseencoding: '0f', getpgusername: '0f', has_column_privilege: '3f 4f', has_database_privilege: '2f 3f',
  has_function_privilege: '2f 3f', has_any_column_privilege: '2f 3f', has_type_privilege: '2f 3f', oidvectortypes: '1f', has_schema_privilege: '2f 3f', has_sequence_privilege: '2f 3f', has_table_privilege: '2f 3f', host: '1f',
  hostmask: '1f', inet_client_addr: '0f', inet_client_port: '0f', inet_merge: '2f', inet_same_family: '2f', inet_server_addr: '0f',
  inet_server_port: '0f', initcap: '1f', hashtext: '1f', is_normalized: '1-2f', isempty: '1f', isfinite: '1f', json_agg: '1a', json_array_length: '1f',
  json_build_array: '0f 1+f', json_build_object: '0f 1+f', json_each: '1f', json_extract_path: '2+f', json_extract_path_text: '2+f',
  json_object: '1f 2f', json_object_agg: '2a', json_populate_record: '2-3f', json_populate_recordset: '2-3f', json_strip_nulls: '1f',
  json_to_record: '1f', json_to_tsvector: '2f 3f', jsonb_to_tsvector: '2f 3f', json_to_recordset: '1f', json_typeof: '1f', jsonb_agg: '1a', jsonb_array_length: '1f', jsonb_build_array: '0f 1+f',
  jsonb_build_object: '0f 1+f', jsonb_extract_path: '2+f', jsonb_extract_path_text: '2+f', jsonb_insert: '3-4f', jsonb_object: '1f 2f',
  jsonb_object_agg: '2a', jsonb_path_exists: '2-4f', jsonb_path_match: '2-4f', jsonb_path_query: '2-4f', jsonb_path_query_array: '2-4f',
  jsonb_path_query_first: '2-4f', jsonb_path_exists_tz: '2-4f', jsonb_path_match_tz: '2-4f', jsonb_path_query_tz: '2-4f', jsonb_path_query_array_tz: '2-4f',
  jsonb_path_query_first_tz: '2-4f', jsonb_populate_record: '2f', jsonb_populate_recordset: '2f', jsonb_pretty: '1f', jsonb_set: '3-4f',
  jsonb_set_lax: '3-5f', jsonb_strip_nulls: '1f', jsonb_to_record: '1f', jsonb_to_recordset: '1f', jsonb_typeof: '1f', justify_days: '1f',
  justify_hours: '1f', justify_interval: '1f', lag: '1w 2w 3w', last_value: '1w', lastval: '0f', lcm: '2f', lead: '1w 2w 3w', left: '2f',
  length: '1f 2f', like: '2f', like_escape: '2f', ln: '1f', log: '1f 2f', log10: '1f', lower: '1f', lower_inc: '1f', lower_inf: '1f', lpad: '2f 3f',
  ltrim: '1f 2f', make_date: '3f', make_interval: '0-7f', make_time: '3f', make_timestamp: '6f', make_timestamptz: '6f 7f', masklen: '1f', max: '1a',
  md5: '1f', min: '1a', min_scale: '1f', mod: '2f', mode: '1a', multirange: '1f', netmask: '1f', network: '1f', nextval: '1f', normalize: '1-2f',
  now: '0f', nth_value: '2w', ntile: '1w', num_nonnulls: '1+f', num_nulls: '1+f', numnode: '1f', obj_description: '1f 2f', octet_length: '1f',
  overlaps: '4f', overlay: '3f 4f', parse_ident: '1-2f', percent_rank: '0w 1+a', percentile_cont: '2a', percentile_disc: '2a',
  pg_advisory_lock: '1f 2f', pg_advisory_unlock_all: '0f', pg_backend_pid: '0f', pg_cancel_backend: '1f', pg_char_to_encoding: '1f',
  pg_client_encoding: '0f', pg_collation_is_visible: '1f', pg_column_size: '1f', pg_conf_load_time: '0f', pg_conversion_is_visible: '1f',
  pg_current_wal_flush_lsn: '0f', pg_current_wal_insert_lsn: '0f', pg_current_wal_lsn: '0f', pg_current_xact_id: '0f', pg_database_size: '1f', pg_encoding_to_char: '1f', pg_function_is_visible: '1f', pg_get_constraintdef: '1f 2f',
  pg_get_expr: '2f 3f', pg_get_function_arguments: '1f', pg_get_function_identity_arguments: '1f', pg_get_function_result: '1f',
  pg_get_function_sqlbody: '1f', pg_get_functiondef: '1f', pg_get_indexdef: '1f 3f', pg_get_keywords: '0f', pg_get_partkeydef: '1f', pg_get_partition_constraintdef: '1f', satisfies_hash_partition: '3+f',
  pg_get_ruledef: '1f 2f', pg_get_serial_sequence: '2f', pg_get_statisticsobjdef_columns: '1f', pg_get_triggerdef: '1f 2f', pg_get_userbyid: '1f',
  pg_get_viewdef: '1f 2f', pg_has_role: '2f 3f', pg_indexes_size: '1f', pg_index_column_has_property: '3f', pg_index_has_property: '2f', pg_indexam_has_property: '2f', pg_is_in_recovery: '0f', pg_last_wal_receive_lsn: '0f', pg_last_wal_replay_lsn: '0f', pg_is_other_temp_schema: '1f', pg_jit_available: '0f', pg_last_xact_replay_timestamp: '0f', pg_trigger_depth: '0f',
  pg_my_temp_schema: '0f', pg_notification_queue_usage: '0f', pg_notify: '2f', pg_opclass_is_visible: '1f', pg_operator_is_visible: '1f', pg_opfamily_is_visible: '1f',
  pg_options_to_table: '1f', pg_partition_ancestors: '1f', pg_partition_root: '1f', pg_partition_tree: '1f', pg_postmaster_start_time: '0f',
  pg_relation_is_publishable: '1f', pg_relation_size: '1f 2f', pg_size_pretty: '1f', pg_size_bytes: '1f', pg_relation_is_updatable: '2f', pg_column_is_updatable: '3f', pg_stat_get_numscans: '1f', pg_stat_reset: '0f', pg_stat_reset_shared: '1f', pg_stat_reset_single_function_counters: '1f', pg_stat_reset_single_table_counters: '1f', pg_stat_reset_slru: '1f', pg_sleep: '1f', pg_sleep_for: '1f', pg_sleep_until: '1f',
  pg_statistics_obj_is_visible: '1f', pg_table_is_visible: '1f', pg_table_size: '1f', pg_tablespace_location: '1f', pg_terminate_backend: '1-2f',
  pg_total_relation_size: '1f', pg_try_advisory_lock: '1f 2f', pg_ts_config_is_visible: '1f', pg_ts_dict_is_visible: '1f',
  pg_ts_parser_is_visible: '1f', pg_ts_template_is_visible: '1f', pg_type_is_visible: '1f', pg_typeof: '1f', pg_wal_lsn_diff: '2f', phraseto_tsquery: '1f 2f', pi: '0f',
  plainto_tsquery: '1f 2f', position: '2f', pow: '2f', power: '2f', querytree: '1f', quote_ident: '1f', quote_literal: '1f', quote_nullable: '1f',
  radians: '1f', random: '0f', range_agg: '1a', range_intersect_agg: '1a', range_merge: '1f 2f', rank: '0w 1+a', regexp_count: '2f 3f 4f',
  regexp_instr: '2f 3f 4f 5f 6f 7f', regexp_like: '2f 3f', regexp_match: '2f 3f', regexp_matches: '2f 3f', regexp_replace: '3f 4f 5f 6f',
  regexp_split_to_array: '2f 3f', regexp_split_to_table: '2f 3f', regexp_substr: '2f 3f 4f 5f 6f', regr_avgx: '2a', regr_avgy: '2a',
  regr_count: '2a', regr_intercept: '2a', regr_r2: '2a', regr_slope: '2a', regr_sxx: '2a', regr_sxy: '2a', regr_syy: '2a', repeat: '2f',
  replace: '3f', reverse: '1f', right: '2f', round: '1f 2f', row_number: '0w', row_to_json: '1f 2f', rpad: '2f 3f', rtrim: '1f 2f', scale: '1f',
  session_user: '0f', set_bit: '3f', set_byte: '3f', set_config: '3f', set_masklen: '2f', setseed: '1f', setval: '2f 3f', setweight: '2f 3f',
  sha224: '1f', sha256: '1f', sha384: '1f', sha512: '1f', shobj_description: '2f', sign: '1f', similar_to_escape: '1f 2f', sin: '1f', sind: '1f',
  sinh: '1f', split_part: '3f', sqrt: '1f', starts_with: '2f', statement_timestamp: '0f', stddev: '1a', stddev_pop: '1a', stddev_samp: '1a',
  string_agg: '2a', string_to_array: '2f 3f', string_to_table: '2f 3f', strip: '1f', strpos: '2f', substr: '2f 3f', substring: '2f 3f', sum: '1a',
  tan: '1f', tand: '1f', tanh: '1f', timeofday: '0f', timezone: '2f', to_ascii: '1f 2f', to_char: '2f', to_date: '2f', to_hex: '1f', to_json: '1f',
  to_jsonb: '1f', to_number: '2f', to_regclass: '1f', to_regnamespace: '1f', to_regoper: '1f', to_regoperator: '1f', to_regproc: '1f', to_regprocedure: '1f', to_regrole: '1f', to_regtype: '1f', to_timestamp: '1f 2f', to_tsquery: '1f 2f', to_tsvector: '1f 2f',
  transaction_timestamp: '0f', translate: '3f', trim_array: '2f', trim_scale: '1f', trunc: '1f 2f', ts_debug: '1f 2f', ts_delete: '2f',
  ts_filter: '2f', ts_headline: '2f 3f 4f', ts_lexize: '2f', ts_parse: '2f', ts_rank: '2f 3f 4f', ts_rank_cd: '2f 3f 4f', ts_rewrite: '2f 3f',
  ts_stat: '1f 2f', ts_token_type: '1f', tsquery_phrase: '2f 3f', tsvector_to_array: '1f', tsvector_update_trigger: '0f',
  tsvector_update_trigger_column: '0f', txid_current: '0f', unistr: '1f', unnest: '1f', upper: '1f', upper_inc: '1f', upper_inf: '1f', var_pop: '1a',
  var_samp: '1a', variance: '1a', version: '0f', websearch_to_tsquery: '1f 2f', width_bucket: '2f 4f',
  // pg_trgm's, fuzzystrmatch's and unaccent's (catalog/extensions.ts)
  difference: '2f', levenshtein: '2f 5f', levenshtein_less_equal: '3f 6f', set_limit: '1f', show_limit: '0f', show_trgm: '1f', similarity: '2f',
  soundex: '1f', strict_word_similarity: '2f', text_soundex: '1f', unaccent: '1f 2f', word_similarity: '2f',
};

interface Shape {
  min: number;
  max: number;
  kind: string;
}

const PARSED = new Map<string, Shape[]>(
  Object.entries(SHAPES).map(([name, text]) => [
    name,
    text.split(' ').map((s) => {
      const [, min, rest, kind] = /^(\d+)(\+|-\d+)?([faw])$/.exec(s)!;
      return { min: Number(min), max: rest === '+' ? Infinity : rest ? Number(rest.slice(1)) : Number(min), kind: kind! };
    }),
  ]),
);

/**
 * Whether some signature of a built-in's name takes the call's arguments (true for a name not
 * listed). `inFrom`: the call is a FROM item, where unnest of several arrays is ROWS FROM of one
 * unnest each (parse_clause.c).
 */
export function fitsSignature(f: Node, inFrom = false): boolean {
  return fitting(f, inFrom)?.length !== 0;
}

/** The signatures that take the call; undefined where the call is not judged. */
function fitting(f: Node, inFrom: boolean): Shape[] | undefined {
  const fname = names(f.funcname);
  const name = fname.at(-1)!;
  const shapes = PARSED.get(name);
  // A VARIADIC array, or WITHIN GROUP's aggregated arguments, count otherwise.
  if (!shapes || (fname.length > 1 && fname[0] !== 'pg_catalog') || f.func_variadic || f.agg_within_group) return undefined;
  const args = (f.args ?? []) as Node[];
  if (inFrom && name === 'unnest' && args.length > 1) return undefined;
  const count = f.agg_star ? 0 : args.length;
  return shapes.filter((s) => count >= s.min && count <= s.max);
}

/**
 * ParseFuncOrColumn's 42809 for a plain function called with `*`, DISTINCT, ORDER BY, FILTER or
 * OVER, which only aggregates and window functions take, and for an aggregate of no arguments
 * called without `*`: over a whole statement before it is translated, since the grouping checks
 * and the select list's rewrites would take such a call for an aggregate or move it away.
 */
export function checkCallSyntax(node: unknown): void {
  if (!node || typeof node !== 'object') return;
  const f = (node as Node).FuncCall as Node | undefined;
  if (f) checkAggregateSyntax(f);
  for (const v of Object.values(node)) checkCallSyntax(v);
}

function checkAggregateSyntax(f: Node): void {
  const shapes = fitting(f, false);
  if (!shapes?.length) return;
  const name = names(f.funcname).at(-1)!;
  const at = typeof f.location === 'number' ? { position: f.location + 1 } : {};
  // An aggregate of no arguments is written name(*): count() names none (parse_func.c).
  if (!f.agg_star && !f.args?.length && shapes.some((s) => s.kind === 'a')) throw new PgError(SqlState.wrongObjectType, `${name}(*) must be used to call a parameterless aggregate function`, at);
  if (shapes.some((s) => s.kind !== 'f')) return;
  const notAggregate = (what: string) => new PgError(SqlState.wrongObjectType, `${what} specified, but ${name} is not an aggregate function`, at);
  if (f.agg_star) throw notAggregate(`${name}(*)`);
  if (f.agg_distinct) throw notAggregate('DISTINCT');
  if (f.agg_order) throw notAggregate('ORDER BY');
  if (f.agg_filter) throw notAggregate('FILTER');
  if (f.over) throw new PgError(SqlState.wrongObjectType, `OVER specified, but ${name} is not a window function nor an aggregate function`, at);
}
