/**
 * PostgreSQL functions evsql knows, and how each is written in SQLite: a built-in of the same
 * meaning, a rewrite, or one of evsql's own `pg_*` functions that every replica registers
 * (dialect/runtime/sql-functions.ts). A name missing here is 42883, as in PostgreSQL.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { OID } from '../../pg/types/registry.js';
import { CATALOG_FUNCTIONS } from './catalog-functions.js';
import type { FunctionSpec } from './function-spec.js';
import { currentSchemaSql } from './namespaces.js';
import { OPERATOR_FUNCTIONS } from './operator-functions.js';
import { TEXT_SEARCH_FUNCTION_TYPES } from './text-search-types.js';
import { type Node, names } from './parse.js';

const same = (type?: FunctionSpec['type']): FunctionSpec => ({ type });


/**
 * SQLite's substr counts a start below 1 from the end and a negative length backwards;
 * PostgreSQL's takes the positions from start to start + length - 1 that exist, and refuses a
 * negative length: SQLite's serves constant starts of 1 on and lengths of 0 on.
 */
function substr(a: string[]): string {
  return /^[1-9]\d{0,8}$/.test(a[1] ?? '') && (a[2] === undefined || /^\d{1,9}$/.test(a[2])) ? `substr(${a.join(', ')})` : `pg_substr(${a.join(', ')})`;
}
/** num_nulls / num_nonnulls: how many of the (variadic "any") arguments are, or are not, null. */
function countNulls(a: string[], test: string): string {
  if (!a.length) throw new PgError(SqlState.undefinedFunction, `function num_${test === 'NULL' ? '' : 'non'}nulls() does not exist`);
  return `(${a.map((x) => `((${x}) IS ${test})`).join(' + ')})`;
}

/** One of evsql's own functions, registered on every replica as `pg_<name>`. */
const ownNamed = (name: string, type?: FunctionSpec['type']): FunctionSpec => ({ sqlite: `pg_${name}`, type });

/** pg_current_wal_lsn()'s answer: 0/1000000. */
const CURRENT_WAL_LSN = 0x1000000;

/** PostgreSQL's SQL:2003 binary aggregates: two float8s, Y first (float8_regr_accum). */
export const REGRESSION_AGGREGATES = ['corr', 'covar_pop', 'covar_samp', 'regr_avgx', 'regr_avgy', 'regr_count', 'regr_intercept', 'regr_r2', 'regr_slope', 'regr_sxx', 'regr_sxy', 'regr_syy'];

export const AGGREGATES = new Set(['count', 'sum', 'avg', 'min', 'max', 'array_agg', 'string_agg', 'json_agg', 'jsonb_agg', 'json_object_agg', 'jsonb_object_agg', 'bool_and', 'bool_or', 'every', 'bit_and', 'bit_or', 'bit_xor', 'stddev', 'stddev_samp', 'stddev_pop', 'variance', 'var_samp', 'var_pop', 'percentile_cont', 'percentile_disc', 'mode', 'range_intersect_agg', 'range_agg', ...REGRESSION_AGGREGATES]);

/** Whether `n` calls an aggregate of this query level (not one inside a subquery). */
export function hasAggregate(n: unknown): boolean {
  return firstAggregate(n) !== undefined;
}

/** The first call of an aggregate of this query level in `n` (its FuncCall), where PostgreSQL's errors point. */
export function firstAggregate(n: unknown): Node | undefined {
  if (!n || typeof n !== 'object') return undefined;
  const node = n as Node;
  if (node.SubLink) return undefined;
  if (node.FuncCall && !node.FuncCall.over && AGGREGATES.has(names(node.FuncCall.funcname).at(-1)!)) return node.FuncCall;
  for (const v of Object.values(node)) {
    const found = firstAggregate(v);
    if (found) return found;
  }
  return undefined;
}

/** Whether `n` calls a window function of this query level. */
export function hasWindowFunction(n: unknown): boolean {
  if (!n || typeof n !== 'object') return false;
  const node = n as Node;
  if (node.SubLink) return false;
  if (node.FuncCall?.over) return true;
  return Object.values(node).some(hasWindowFunction);
}

export const FUNCTIONS: Record<string, FunctionSpec> = {
  // evsql's own: answered by the pipeline before any replica sees the statement (cluster/status-tables.ts, cluster/backup.ts)
  evsql_fault: same(OID.text),
  evsql_scrub: same(),
  evsql_backup: same(OID.text),
  evsql_add_replica: same(OID.text),
  evsql_remove_replica: same(OID.text),
  // the server's sessions, answered by the server (wire/activity.ts)
  pg_terminate_backend: same(OID.bool),
  pg_cancel_backend: same(OID.bool),
  // the catalog's (pg_get_constraintdef, format_type …); the entries below take precedence
  ...CATALOG_FUNCTIONS,
  // aggregates
  count: same(OID.int8),
  sum: same('sum'),
  avg: same(OID.numeric),
  min: same('arg'),
  // typed-sql.ts writes them from the argument's enum type.
  enum_first: same('arg'),
  enum_last: same('arg'),
  enum_range: same(OID.text_array),
  max: same('arg'),
  string_agg: { sqlite: 'group_concat', type: OID.text, orderedAggregate: true },
  bool_and: { sqlite: 'pg_bool_and', type: OID.bool },
  bit_and: { sqlite: 'pg_bit_and', type: 'arg' },
  bit_or: { sqlite: 'pg_bit_or', type: 'arg' },
  bit_xor: { sqlite: 'pg_bit_xor', type: 'arg' },
  bool_or: { sqlite: 'pg_bool_or', type: OID.bool },
  every: { sqlite: 'pg_bool_and', type: OID.bool },
  // window functions
  row_number: same(OID.int8),
  rank: same(OID.int8),
  dense_rank: same(OID.int8),
  percent_rank: same(OID.float8),
  cume_dist: same(OID.float8),
  ntile: same(OID.int4),
  lag: same('arg'),
  lead: same('arg'),
  first_value: same('arg'),
  last_value: same('arg'),
  nth_value: same('arg'),
  // scalar built-ins with PostgreSQL's meaning
  abs: same('arg'),
  coalesce: same('arg'),
  nullif: same('arg'),
  lower: same(OID.text),
  upper: same(OID.text),
  length: same(OID.int4),
  char_length: { sqlite: 'length', type: OID.int4 },
  character_length: { sqlite: 'length', type: OID.int4 },
  octet_length: { emit: (a) => `length(CAST(${a[0]} AS BLOB))`, type: OID.int4 },
  replace: same(OID.text),
  ltrim: same(OID.text),
  rtrim: same(OID.text),
  btrim: { sqlite: 'trim', type: OID.text },
  substr: { emit: substr, type: OID.text },
  substring: { emit: substr, type: OID.text },
  strpos: { sqlite: 'instr', type: OID.int4 },
  position: { sqlite: 'instr', type: OID.int4 },
  concat: { sqlite: 'pg_concat', type: OID.text },
  concat_ws: { sqlite: 'pg_concat_ws', type: OID.text },
  left: { sqlite: 'pg_left', type: OID.text },
  right: { sqlite: 'pg_right', type: OID.text },
  lpad: ownNamed('lpad', OID.text),
  rpad: ownNamed('rpad', OID.text),
  repeat: ownNamed('repeat', OID.text),
  // Its arguments are strings (checkArgumentKinds): SQLite's || is theirs, NULL for a NULL.
  textcat: { emit: (a) => `(${a[0]} || ${a[1]})`, type: OID.text },
  reverse: ownNamed('reverse', OID.text),
  normalize: ownNamed('normalize', OID.text),
  is_normalized: ownNamed('is_normalized', OID.bool),
  split_part: ownNamed('split_part', OID.text),
  initcap: ownNamed('initcap', OID.text),
  md5: ownNamed('md5', OID.text),
  hashtext: ownNamed('hashtext', OID.int4),
  chr: ownNamed('chr', OID.text),
  sha224: { emit: (a) => `pg_sha('sha224', ${a[0]})`, type: OID.bytea },
  sha256: { emit: (a) => `pg_sha('sha256', ${a[0]})`, type: OID.bytea },
  sha384: { emit: (a) => `pg_sha('sha384', ${a[0]})`, type: OID.bytea },
  sha512: { emit: (a) => `pg_sha('sha512', ${a[0]})`, type: OID.bytea },
  // pgcrypto's, known once the extension is created (catalog/extensions.ts): Django's SHA1() … SHA512() call digest().
  digest: ownNamed('digest', OID.bytea),
  // pg_stat_statements', answered by the server (wire/statement-statistics.ts).
  pg_stat_statements_reset: { sqlite: 'pg_stat_statements_reset', type: OID.void },
  hmac: ownNamed('hmac', OID.bytea),
  // pg_trgm's, fuzzystrmatch's and unaccent's, likewise (runtime/extension-functions.ts).
  similarity: ownNamed('similarity', OID.float4),
  word_similarity: ownNamed('word_similarity', OID.float4),
  strict_word_similarity: ownNamed('strict_word_similarity', OID.float4),
  show_trgm: ownNamed('show_trgm', OID.text_array),
  show_limit: ownNamed('show_limit', OID.float4),
  set_limit: ownNamed('set_limit', OID.float4),
  levenshtein: ownNamed('levenshtein', OID.int4),
  levenshtein_less_equal: ownNamed('levenshtein_less_equal', OID.int4),
  soundex: ownNamed('soundex', OID.text),
  text_soundex: ownNamed('soundex', OID.text),
  difference: ownNamed('difference', OID.int4),
  unaccent: ownNamed('unaccent', OID.text),
  convert_to: ownNamed('convert_to', OID.bytea),
  get_byte: ownNamed('get_byte', OID.int4),
  set_byte: ownNamed('set_byte', OID.bytea),
  get_bit: ownNamed('get_bit', OID.int4),
  set_bit: ownNamed('set_bit', OID.bytea),
  bit_count: ownNamed('bit_count', OID.int8),
  unistr: ownNamed('unistr', OID.text),
  json_object: { emit: (a) => `pg_json_object(0, ${a.join(', ')})`, type: OID.json },
  jsonb_object: { emit: (a) => `pg_json_object(1, ${a.join(', ')})`, type: OID.jsonb },
  parse_ident: ownNamed('parse_ident', OID.text_array),
  num_nulls: { emit: (a) => countNulls(a, 'NULL'), type: OID.int4 },
  num_nonnulls: { emit: (a) => countNulls(a, 'NOT NULL'), type: OID.int4 },
  // The database's one encoding: a client's client_encoding is converted on the wire.
  pg_client_encoding: { emit: () => "pg_current_setting('client_encoding')", type: OID.name },
  convert_from: ownNamed('convert_from', OID.text),
  convert: ownNamed('convert', OID.bytea),
  // unicode('') is NULL, ascii('') 0.
  ascii: { emit: (a) => `ifnull(unicode(${a[0]}), (${a[0]}) > '')`, type: OID.int4 },
  to_char: ownNamed('to_char', OID.text),
  round: same('arg'),
  trunc: ownNamed('trunc', 'arg'),
  ceil: same('arg'),
  ceiling: same('arg'),
  floor: same('arg'),
  sqrt: same(OID.float8),
  power: { sqlite: 'pow', type: OID.float8 },
  pow: same(OID.float8),
  exp: same(OID.float8),
  ln: same(OID.float8),
  log: { sqlite: 'log10', type: OID.float8 },
  mod: ownNamed('mod', 'arg'),
  sign: same('arg'),
  pi: same(OID.float8),
  // As float8's degrees/radians: a division or product by RADIANS_PER_DEGREE (pi() / 180 is that double).
  degrees: { emit: (a) => `pg_float_arith('/', ${a[0]}, pi() / 180)`, type: OID.float8 },
  radians: { emit: (a) => `pg_float_arith('*', ${a[0]}, pi() / 180)`, type: OID.float8 },
  random: ownNamed('random', OID.float8),
  setseed: ownNamed('setseed', OID.void),
  gen_random_uuid: ownNamed('gen_random_uuid', OID.uuid),
  // uuid-ossp's (dialect/catalog/extensions.ts): known once the extension is created
  uuid_generate_v4: ownNamed('gen_random_uuid', OID.uuid),
  // network.c's (dialect/runtime/inet-functions.ts); abbrev and set_masklen also look at whether the value is a cidr (typed-sql.ts).
  // Fixed-size types and literals only (typed-sql.ts).
  pg_column_size: { type: OID.int4 },
  host: ownNamed('inet_host', OID.text),
  masklen: ownNamed('inet_masklen', OID.int4),
  family: ownNamed('inet_family', OID.int4),
  abbrev: ownNamed('inet_abbrev', OID.text),
  network: ownNamed('inet_network', OID.cidr),
  broadcast: ownNamed('inet_broadcast', OID.inet),
  netmask: { emit: (a) => `pg_inet_mask(${a[0]}, 0)`, type: OID.inet },
  hostmask: { emit: (a) => `pg_inet_mask(${a[0]}, 1)`, type: OID.inet },
  set_masklen: { sqlite: 'pg_inet_set_masklen', type: 'arg' },
  inet_same_family: ownNamed('inet_same_family', OID.bool),
  inet_merge: ownNamed('inet_merge', OID.cidr),
  // cash.c's, of money alone (money.ts moneyCall); dialect/runtime/money-functions.ts.
  cash_words: ownNamed('money_words', OID.text),
  cashlarger: { emit: (a) => `max(${a[0]}, ${a[1]})`, type: OID.money },
  cashsmaller: { emit: (a) => `min(${a[0]}, ${a[1]})`, type: OID.money },
  // rangetypes.c's (dialect/runtime/range-functions.ts), written by ranges.ts from their arguments' range type.
  int4range: same(OID.int4range),
  int8range: same(OID.int8range),
  numrange: same(OID.numrange),
  tsrange: same(OID.tsrange),
  tstzrange: same(OID.tstzrange),
  daterange: same(OID.daterange),
  isempty: same(OID.bool),
  lower_inc: same(OID.bool),
  upper_inc: same(OID.bool),
  lower_inf: same(OID.bool),
  upper_inf: same(OID.bool),
  range_merge: same('arg'),
  range_intersect_agg: same('arg'),
  range_agg: same(),
  // text search's (dialect/translate/text-search.ts writes the calls)
  ...Object.fromEntries(Object.entries(TEXT_SEARCH_FUNCTION_TYPES).map(([f, type]) => [f, same(type)])),
  uuid_nil: { emit: () => "'00000000-0000-0000-0000-000000000000'", type: OID.uuid },
  // sequences: emitted by sequences.ts (sequenceCall); typed here
  nextval: { type: OID.int8 },
  currval: { type: OID.int8 },
  setval: { type: OID.int8 },
  lastval: { type: OID.int8 },
  // dates and times
  now: { sqlite: 'pg_now', type: OID.timestamptz },
  transaction_timestamp: { sqlite: 'pg_now', type: OID.timestamptz },
  statement_timestamp: { sqlite: 'pg_statement_timestamp', type: OID.timestamptz },
  // Every replica must compute the same value: the statement's stamp is the nearest they share.
  clock_timestamp: { sqlite: 'pg_statement_timestamp', type: OID.timestamptz },
  date_trunc: ownNamed('date_trunc', OID.timestamptz),
  date_bin: ownNamed('date_bin', OID.timestamp),
  extract: ownNamed('extract', OID.numeric),
  date_part: ownNamed('extract', OID.float8),
  // session and server information, answered from the session of the running request
  version: ownNamed('version', OID.text),
  current_database: ownNamed('current_database', OID.name),
  current_schema: { emit: (_, path) => currentSchemaSql(path.schemas), type: OID.name },
  current_user: ownNamed('current_user', OID.name),
  session_user: ownNamed('current_user', OID.name),
  pg_backend_pid: ownNamed('backend_pid', OID.int4),
  // A cast to a domain (domains.ts): the value after each (condition, SQLSTATE, message) raised if it holds.
  evsql_domain_check: {
    emit: (a) => `coalesce(${Array.from({ length: (a.length - 1) / 3 }, (_, i) => `pg_raise_if(${a[1 + 3 * i]}, ${a[2 + 3 * i]}, ${a[3 + 3 * i]}), `).join('')}${a[0]})`,
    type: 'arg',
  },
  // A row written through a view WITH CHECK OPTION (view-write-through.ts): true after each
  // (condition, SQLSTATE, message) whose condition is not true raised with the row (the detail).
  evsql_view_check: {
    emit: (a) => `coalesce(${Array.from({ length: (a.length - 1) / 3 }, (_, i) => `CASE WHEN coalesce(${a[1 + 3 * i]}, 0) THEN NULL ELSE pg_raise_if(1, ${a[2 + 3 * i]}, ${a[3 + 3 * i]}, ${a[0]}) END, `).join('')}1)`,
    type: OID.bool,
  },
  // A hash partition's bound (partitions.ts): (modulus, remainder, key values…).
  evsql_hash_partition: { sqlite: 'pg_hash_partition', type: OID.bool },
  inet_client_addr: ownNamed('inet_client_addr', OID.inet),
  inet_client_port: ownNamed('inet_client_port', OID.int4),
  inet_server_addr: ownNamed('inet_server_addr', OID.inet),
  inet_server_port: ownNamed('inet_server_port', OID.int4),
  pg_postmaster_start_time: ownNamed('postmaster_start_time', OID.timestamptz),
  // evsql reads its settings once, at start.
  pg_conf_load_time: ownNamed('postmaster_start_time', OID.timestamptz),
  pg_sleep: ownNamed('sleep', OID.void),
  pg_sleep_for: ownNamed('sleep_for', OID.void),
  pg_sleep_until: ownNamed('sleep_until', OID.void),
  // evsql has no advisory locks, so a session holds none to release (asyncpg's pool calls it on release).
  pg_advisory_unlock_all: { emit: () => "''", type: OID.void },
  // The connection sends the notification (wire/notifications.ts); the replicas return void, reading the arguments as PostgreSQL would.
  pg_notify: { emit: (a) => `CASE WHEN (${a[0]}) IS NULL OR (${a[1]}) IS NULL THEN '' ELSE '' END`, type: OID.void },
  txid_current: ownNamed('txid_current', OID.int8),
  to_number: ownNamed('to_number', OID.numeric),
  pg_current_xact_id: { sqlite: 'pg_txid_current', type: OID.xid8 },
  pg_is_in_recovery: { emit: () => '0', type: OID.bool },
  // The WAL position: evsql writes no WAL, so it stands where a server just made stands (0/1000000),
  // the same on every replica and never behind a position read before; a primary replays none.
  pg_current_wal_lsn: { emit: () => String(CURRENT_WAL_LSN), type: OID.pg_lsn },
  pg_current_wal_insert_lsn: { emit: () => String(CURRENT_WAL_LSN), type: OID.pg_lsn },
  pg_current_wal_flush_lsn: { emit: () => String(CURRENT_WAL_LSN), type: OID.pg_lsn },
  pg_last_wal_receive_lsn: { emit: () => 'NULL', type: OID.pg_lsn },
  pg_last_wal_replay_lsn: { emit: () => 'NULL', type: OID.pg_lsn },
  pg_wal_lsn_diff: { emit: (a) => `(pg_lsn_value(${a[0]}) - pg_lsn_value(${a[1]}))`, type: OID.numeric },
  // A statement a client sends runs in no trigger (trigger functions refuse it: triggers.ts).
  pg_trigger_depth: { emit: () => '0', type: OID.int4 },
  pg_jit_available: { emit: () => '0', type: OID.bool },
  getpgusername: ownNamed('current_user', OID.name),
  pg_notification_queue_usage: { emit: () => '0.0', type: OID.float8 },
  // evsql keeps no statistics counters (catalog/server-statistics.ts): a reset resets nothing, after checking its argument as PostgreSQL does.
  pg_stat_reset: { emit: () => "''", type: OID.void },
  pg_stat_reset_shared: ownNamed('stat_reset_shared', OID.void),
  // PostgreSQL 15 resets every cache for NULL: void either way, the argument still read.
  pg_stat_reset_slru: { emit: (a) => `CASE WHEN (${a[0]}) IS NULL THEN '' ELSE '' END`, type: OID.void },
  pg_stat_reset_single_table_counters: { emit: (a) => `CASE WHEN (${a[0]}) IS NULL THEN NULL ELSE '' END`, type: OID.void },
  pg_stat_reset_single_function_counters: { emit: (a) => `CASE WHEN (${a[0]}) IS NULL THEN NULL ELSE '' END`, type: OID.void },
  // A primary with no standby: no WAL received or replayed, no transaction replayed.
  pg_last_xact_replay_timestamp: { emit: () => 'NULL', type: OID.timestamptz },
  current_setting: ownNamed('current_setting', OID.text),
  set_config: ownNamed('set_config', OID.text),
  pg_typeof: ownNamed('typeof', OID.text),
  // typed functions (dialect/runtime/typed-functions.ts); to_char, AT TIME ZONE and the json builders
  // are written from their argument types (typed-sql.ts)
  to_hex: ownNamed('to_hex', OID.text),
  encode: ownNamed('encode', OID.text),
  decode: ownNamed('decode', OID.bytea),
  quote_literal: ownNamed('quote_literal', OID.text),
  quote_nullable: ownNamed('quote_nullable', OID.text),
  regexp_replace: ownNamed('regexp_replace', OID.text),
  translate: ownNamed('translate', OID.text),
  starts_with: ownNamed('starts_with', OID.bool),
  similar_to_escape: ownNamed('similar_to_escape', OID.text),
  factorial: ownNamed('factorial', OID.numeric),
  stddev: { sqlite: 'pg_stddev_samp', type: OID.numeric },
  stddev_samp: { sqlite: 'pg_stddev_samp', type: OID.numeric },
  stddev_pop: { sqlite: 'pg_stddev_pop', type: OID.numeric },
  variance: { sqlite: 'pg_var_samp', type: OID.numeric },
  var_samp: { sqlite: 'pg_var_samp', type: OID.numeric },
  var_pop: { sqlite: 'pg_var_pop', type: OID.numeric },
  ...Object.fromEntries(REGRESSION_AGGREGATES.map((name) => [name, ownNamed(name, name === 'regr_count' ? OID.int8 : OID.float8)])),
  justify_hours: ownNamed('justify_hours', OID.interval),
  justify_days: ownNamed('justify_days', OID.interval),
  justify_interval: ownNamed('justify_interval', OID.interval),
  regexp_match: ownNamed('regexp_match', OID.text_array),
  regexp_count: ownNamed('regexp_count', OID.int4),
  regexp_like: ownNamed('regexp_like', OID.bool),
  array_to_json: same(OID.json),
  json_extract_path: same(OID.json),
  jsonb_extract_path: same(OID.jsonb),
  json_extract_path_text: same(OID.text),
  jsonb_extract_path_text: same(OID.text),
  regexp_substr: ownNamed('regexp_substr', OID.text),
  regexp_instr: ownNamed('regexp_instr', OID.int4),
  regexp_split_to_array: ownNamed('regexp_split_to_array', OID.text_array),
  overlay: ownNamed('overlay', OID.text),
  make_time: ownNamed('make_time', OID.time),
  make_timestamp: ownNamed('make_timestamp', OID.timestamp),
  make_timestamptz: ownNamed('make_timestamptz', OID.timestamptz),
  make_interval: ownNamed('make_interval', OID.interval),
  overlaps: ownNamed('overlaps', OID.bool),
  isfinite: ownNamed('isfinite', OID.bool),
  bit_length: ownNamed('bit_length', OID.int4),
  width_bucket: { emit: (a) => (a.length === 2 ? `pg_width_bucket_array(${a.join(', ')})` : `pg_width_bucket(${a.join(', ')})`), type: OID.int4 },
  div: { sqlite: 'pg_num_div_trunc', type: OID.numeric },
  gcd: ownNamed('gcd', 'arg'),
  lcm: ownNamed('lcm', 'arg'),
  min_scale: ownNamed('min_scale', OID.int4),
  trim_scale: { emit: (a) => a[0]!, type: OID.numeric },
  scale: { emit: (a) => `pg_scale(${a[0]})`, type: OID.int4 },
  make_date: ownNamed('make_date', OID.date),
  to_date: ownNamed('to_date', OID.date),
  jsonb_typeof: { sqlite: 'pg_jsonb_typeof', type: OID.text },
  json_typeof: { sqlite: 'pg_jsonb_typeof', type: OID.text },
  jsonb_array_length: { sqlite: 'pg_jsonb_array_length', type: OID.int4 },
  json_array_length: { sqlite: 'pg_jsonb_array_length', type: OID.int4 },
  jsonb_set: ownNamed('jsonb_set', OID.jsonb),
  jsonb_set_lax: ownNamed('jsonb_set_lax', OID.jsonb),
  jsonb_insert: ownNamed('jsonb_insert', OID.jsonb),
  jsonb_path_exists: ownNamed('jsonb_path_exists', OID.bool),
  jsonb_path_match: ownNamed('jsonb_path_match', OID.bool),
  jsonb_path_query_array: ownNamed('jsonb_path_query_array', OID.jsonb),
  jsonb_path_query_first: ownNamed('jsonb_path_query_first', OID.jsonb),
  jsonb_path_exists_tz: ownNamed('jsonb_path_exists_tz', OID.bool),
  jsonb_path_match_tz: ownNamed('jsonb_path_match_tz', OID.bool),
  jsonb_path_query_array_tz: ownNamed('jsonb_path_query_array_tz', OID.jsonb),
  jsonb_path_query_first_tz: ownNamed('jsonb_path_query_first_tz', OID.jsonb),
  jsonb_strip_nulls: ownNamed('jsonb_strip_nulls', OID.jsonb),
  json_strip_nulls: ownNamed('json_strip_nulls', OID.json),
  jsonb_pretty: ownNamed('jsonb_pretty', OID.text),
  // jsonb_concat(), jsonb_exists() …: their operators (typed-sql.ts)
  ...Object.fromEntries(Object.entries(OPERATOR_FUNCTIONS).map(([name, signatures]) => [name, same(signatures[0]!.result)])),
};
