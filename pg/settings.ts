/**
 * Session settings (GUCs): what SET, SHOW, RESET, current_setting() and set_config() see, and
 * which changes PostgreSQL reports to the client with ParameterStatus.
 */
import { TRIGRAM_THRESHOLDS, checkedThreshold } from './trigrams.js';
import { PgError, SqlState } from './errors.js';
import { builtinConfig } from './text-search/config.js';
import { timeZoneSetting } from './types/timezone.js';
import { parseBoolText } from './types/bool.js';
import { EVSQL_VERSION, SERVER_VERSION } from './version.js';
import { clientEncodingNamed } from './encodings.js';
import { POSTGRES_SETTINGS, type PostgresSetting } from './postgres-settings.js';

export const SERVER_VERSION_TEXT = `${SERVER_VERSION} (evsql ${EVSQL_VERSION})`;

/** Defaults, keyed by lower-case name. */
const DEFAULTS: Record<string, string> = {
  application_name: '',
  client_encoding: 'UTF8',
  datestyle: 'ISO, MDY',
  default_transaction_read_only: 'off',
  default_transaction_isolation: 'read committed',
  transaction_isolation: 'read committed',
  transaction_read_only: 'off',
  default_transaction_deferrable: 'off',
  transaction_deferrable: 'off',
  in_hot_standby: 'off',
  integer_datetimes: 'on',
  intervalstyle: 'postgres',
  is_superuser: 'on',
  server_encoding: 'UTF8',
  server_version: SERVER_VERSION_TEXT,
  server_version_num: String(Number(SERVER_VERSION.split('.')[0]) * 10000 + Number(SERVER_VERSION.split('.')[1] ?? 0)),
  session_authorization: '',
  role: 'none',
  standard_conforming_strings: 'on',
  timezone: 'UTC',
  search_path: '"$user", public',
  statement_timeout: '0',
  lock_timeout: '0',
  idle_in_transaction_session_timeout: '60s',
  idle_session_timeout: '0',
  extra_float_digits: '1',
  max_connections: '100',
  synchronous_commit: 'on',
  bytea_output: 'hex',
  escape_string_warning: 'on',
  row_security: 'on',
  work_mem: '4MB',
  max_identifier_length: '63',
  lc_messages: 'C',
  lc_monetary: 'C',
  lc_numeric: 'C',
  lc_time: 'C',
  client_min_messages: 'notice',
  jit: 'off',
  // What pg_dump and its scripts set: accepted, with PostgreSQL's defaults, and not acted on.
  synchronize_seqscans: 'on',
  check_function_bodies: 'on',
  xmloption: 'content',
  default_tablespace: '',
  default_table_access_method: 'heap',
  quote_all_identifiers: 'off',
  // Fixed properties of the server, as tools read them; SQLite compares text by its bytes: the C collation.
  block_size: '8192',
  lc_collate: 'C',
  lc_ctype: 'C',
  max_index_keys: '32',
  max_function_args: '100',
  data_checksums: 'off',
  shared_buffers: '128MB',
  wal_level: 'replica',
  autovacuum: 'on',
  // The planner's and statistics' knobs: SQLite plans its own way, so they are accepted and change nothing.
  enable_seqscan: 'on',
  enable_indexscan: 'on',
  enable_indexonlyscan: 'on',
  enable_bitmapscan: 'on',
  enable_hashjoin: 'on',
  enable_mergejoin: 'on',
  enable_nestloop: 'on',
  enable_sort: 'on',
  enable_hashagg: 'on',
  random_page_cost: '4',
  seq_page_cost: '1',
  effective_cache_size: '4GB',
  maintenance_work_mem: '64MB',
  temp_buffers: '8MB',
  default_statistics_target: '100',
  cursor_tuple_fraction: '0.1',
  from_collapse_limit: '8',
  join_collapse_limit: '8',
  geqo: 'on',
  constraint_exclusion: 'partition',
  default_text_search_config: 'pg_catalog.english',
  timezone_abbreviations: 'Default',
  track_counts: 'on',
  log_statement: 'none',
  log_min_duration_statement: '-1',
  password_encryption: 'scram-sha-256',
  // Settings that change what SQL means: only PostgreSQL's defaults are kept (SEMANTIC below).
  array_nulls: 'on',
  transform_null_equals: 'off',
  backslash_quote: 'safe_encoding',
  default_with_oids: 'off',
};

/** Names whose changes the server reports with ParameterStatus, spelled as PostgreSQL spells them. */
const REPORTED: Record<string, string> = {
  application_name: 'application_name',
  client_encoding: 'client_encoding',
  datestyle: 'DateStyle',
  default_transaction_read_only: 'default_transaction_read_only',
  in_hot_standby: 'in_hot_standby',
  integer_datetimes: 'integer_datetimes',
  intervalstyle: 'IntervalStyle',
  is_superuser: 'is_superuser',
  server_encoding: 'server_encoding',
  server_version: 'server_version',
  session_authorization: 'session_authorization',
  standard_conforming_strings: 'standard_conforming_strings',
  timezone: 'TimeZone',
};

const READ_ONLY = new Set(['server_version', 'server_version_num', 'server_encoding', 'integer_datetimes', 'in_hot_standby', 'max_connections', 'max_identifier_length', 'is_superuser', 'block_size', 'lc_collate', 'lc_ctype', 'max_index_keys', 'max_function_args', 'data_checksums']);

/** Settings PostgreSQL reads only at server start or from its configuration file: SET refuses them with its own words. */
const NOT_NOW: Record<string, string> = { shared_buffers: 'without restarting the server', wal_level: 'without restarting the server', max_connections: 'without restarting the server', autovacuum: 'now' };

/** Booleans that change what SQL means: evsql keeps PostgreSQL's default. */
const SEMANTIC: Record<string, boolean> = { array_nulls: true, transform_null_equals: false };

const ALIASES: Record<string, string> = { 'time zone': 'timezone', 'transaction isolation level': 'transaction_isolation', names: 'client_encoding' };

/** PostgreSQL's settings by lower-case name: those evsql keeps no value of its own for answer as PostgreSQL's defaults. */
const POSTGRES = new Map<string, PostgresSetting>(POSTGRES_SETTINGS.map((row) => [row[0].toLowerCase(), row]));

/** What SET says of a setting whose context rules out a session's change (set_config_option's words). */
const FIXED_CONTEXTS: Record<string, string> = {
  internal: 'cannot be changed',
  postmaster: 'cannot be changed without restarting the server',
  sighup: 'cannot be changed now',
  backend: 'cannot be set after connection start',
  'superuser-backend': 'cannot be set after connection start',
};

/** A setting's built-in default (what current_setting() sees when the session did not change it). */
export function defaultSetting(name: string): string | undefined {
  return DEFAULTS[name] ?? EXTENSION_DEFAULTS[name] ?? POSTGRES.get(name)?.[11];
}

/**
 * Extensions' settings (pg_trgm's thresholds): SHOW and current_setting know their defaults, but
 * SHOW ALL and pg_settings do not list them, as a session that has not loaded the library.
 */
const EXTENSION_DEFAULTS: Record<string, string> = Object.fromEntries(Object.values(TRIGRAM_THRESHOLDS).map((t) => [t.setting, t.byDefault]));

export class Settings {
  private readonly values: Record<string, string>;
  private changedCache: Record<string, string> | undefined;
  /** Counts the changes of values, so a reader can tell cheaply that none happened since it looked. */
  private changes = 0;
  /** Time settings parsed: every statement reads its timeouts, SET changes them rarely. */
  private readonly millisCache = new Map<string, number>();

  constructor(initial: Record<string, string>) {
    this.values = { ...DEFAULTS, ...initial };
  }

  /** The settings that differ from the built-in defaults: what each request carries to the replicas. */
  changed(): Record<string, string> {
    if (!this.changedCache) {
      this.changedCache = {};
      for (const [k, v] of Object.entries(this.values)) if (DEFAULTS[k] !== v) this.changedCache[k] = v;
    }
    return this.changedCache;
  }

  get(name: string): string | undefined {
    const key = canonicalSetting(name);
    return this.values[key] ?? EXTENSION_DEFAULTS[key] ?? POSTGRES.get(key)?.[11];
  }

  all(): Record<string, string> {
    return { ...this.values };
  }

  /**
   * RESET ALL: every setting back to `defaults`, but those `kept` names, which hold the session's
   * state rather than a setting (PostgreSQL's RESET ALL leaves currval and setseed()'s generator).
   */
  resetAll(defaults: Record<string, string>, kept: (name: string) => boolean): void {
    this.changedCache = undefined;
    this.changes++;
    this.millisCache.clear();
    for (const k of Object.keys(this.values)) {
      if (!READ_ONLY.has(k) && !(k in NOT_NOW) && k !== 'session_authorization' && !kept(k)) this.values[k] = defaults[k] ?? defaultSetting(k) ?? '';
    }
  }

  /** Applies SET (value) or RESET (null). Returns the ParameterStatus name to report, if any. */
  set(name: string, value: string | null, defaults: Record<string, string>): string | undefined {
    const key = canonicalSetting(name);
    if (key in NOT_NOW) throw new PgError('55P02', `parameter "${key}" cannot be changed ${NOT_NOW[key]}`);
    if (READ_ONLY.has(key)) throw new PgError('55P02', `parameter "${key}" cannot be changed`);
    if (!(key in DEFAULTS) && !key.includes('.')) {
      const context = POSTGRES.get(key)?.[5];
      if (context === undefined) throw new PgError(SqlState.undefinedObject, `unrecognized configuration parameter "${name}"`);
      if (context in FIXED_CONTEXTS) throw new PgError('55P02', `parameter "${key}" ${FIXED_CONTEXTS[context]}`);
    }
    const next = value === null ? (defaults[key] ?? defaultSetting(key) ?? '') : normalizeSetting(key, value, this.values[key]);
    // BEGIN sets the transaction's isolation and its end restores it: mostly to the value it has.
    if (this.values[key] !== next) {
      this.values[key] = next;
      this.changedCache = undefined;
      this.changes++;
      this.millisCache.delete(key);
    }
    return REPORTED[key];
  }

  /** A number that differs from an earlier one whenever a value may have changed since. */
  get revision(): number {
    return this.changes;
  }

  /** The values as they are now, for restore(). */
  snapshot(): Record<string, string> {
    return { ...this.values };
  }

  /** Puts back the values of a snapshot(), but those `kept` names (what a rollback does not take back). */
  restore(saved: Record<string, string>, kept: (name: string) => boolean): void {
    for (const key of Object.keys(this.values)) if (!kept(key) && !(key in saved)) delete this.values[key];
    for (const [key, value] of Object.entries(saved)) if (!kept(key)) this.values[key] = value;
    this.changedCache = undefined;
    this.changes++;
    this.millisCache.clear();
  }

  reportedEntries(): Array<[string, string]> {
    return Object.entries(REPORTED).map(([key, name]) => [name, this.values[key] ?? '']);
  }

  /** A time setting in milliseconds ('5s', '100ms', '1min', plain numbers are ms). 0 disables. */
  millis(name: string): number {
    let ms = this.millisCache.get(name);
    if (ms === undefined) {
      ms = parseDuration(this.get(name) ?? '0');
      this.millisCache.set(name, ms);
    }
    return ms;
  }
}

/** The name SHOW gives its column: PostgreSQL's own spelling (DateStyle, TimeZone). */
export function displayName(name: string): string {
  const key = canonicalSetting(name);
  return REPORTED[key] ?? key;
}

/** Whether `name` is a parameter SET may change. */
export function isSetting(name: string): boolean {
  const key = canonicalSetting(name);
  if (!(key in DEFAULTS)) {
    const context = POSTGRES.get(key)?.[5];
    return context !== undefined && !(context in FIXED_CONTEXTS);
  }
  return !READ_ONLY.has(key) && !(key in NOT_NOW);
}

/**
 * ALTER DATABASE … SET's list of settings (pg_db_role_setting.setconfig, `TimeZone=UTC`) with
 * `name` set to `value`, where it was or else last, or taken out (value null; name 'all': all of
 * them). The value is checked as SET checks it (42704, 22023, 55P02) and kept as written.
 */
export function withSetting(config: readonly string[], name: string, value: string | null): string[] {
  const key = canonicalSetting(name);
  if (value === null) return key === 'all' ? [] : config.filter((e) => configKey(e) !== key);
  new Settings({}).set(key, value, {});
  const entry = `${displayName(key)}=${value}`;
  const at = config.findIndex((e) => configKey(e) === key);
  return at < 0 ? [...config, entry] : config.map((e, i) => (i === at ? entry : e));
}

/** A setconfig list as the settings a session starts from (keys lower case), each value as SET keeps it. */
export function configSettings(config: readonly string[]): Record<string, string> {
  return Object.fromEntries(config.map((e) => [configKey(e), normalizeSetting(configKey(e), e.slice(e.indexOf('=') + 1))]));
}

const configKey = (entry: string): string => canonicalSetting(entry.slice(0, entry.indexOf('=')));

export function canonicalSetting(name: string): string {
  const lower = name.toLowerCase();
  return ALIASES[lower] ?? lower;
}

const ISOLATION_LEVELS = ['serializable', 'repeatable read', 'read committed', 'read uncommitted'];

/** Boolean settings SET checks and SHOW prints as on or off: those whose default is on or off (synchronous_commit is an enum). */
function isBoolean(key: string): boolean {
  return (DEFAULTS[key] === 'on' || DEFAULTS[key] === 'off') && key !== 'synchronous_commit';
}

/** A number as parse_int and parse_real read one (without units). */
const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/** Enumerated settings: the values PostgreSQL accepts (`hidden` ones it does not list in its hint). */
const ENUMS: Record<string, { values: string[]; hidden?: string[] }> = {
  intervalstyle: { values: ['postgres', 'postgres_verbose', 'sql_standard', 'iso_8601'] },
  bytea_output: { values: ['escape', 'hex'] },
  default_transaction_isolation: { values: ISOLATION_LEVELS },
  transaction_isolation: { values: ISOLATION_LEVELS },
  client_min_messages: { values: ['debug5', 'debug4', 'debug3', 'debug2', 'debug1', 'log', 'notice', 'warning', 'error'], hidden: ['debug', 'info'] },
};

/** A value SET may give the setting `key` (lower case), as the session keeps it; PostgreSQL's errors otherwise. */
export function normalizeSetting(key: string, value: string, current?: string): string {
  if (key === 'default_text_search_config') {
    // Kept as regconfigout prints the configuration: schema-qualified.
    const name = builtinConfig(value);
    if (name === undefined) throw new PgError(SqlState.invalidParameterValue, `invalid value for parameter "${key}": "${value}"`);
    return `pg_catalog.${name}`;
  }
  if (key === 'client_encoding') return clientEncodingNamed(value);
  const allowed = ENUMS[key];
  if (allowed) {
    const v = value.trim().toLowerCase();
    if (!allowed.values.includes(v) && !allowed.hidden?.includes(v)) {
      // Named as the statement names it (parse_and_validate_value's `name`), unlike a check hook's error.
      throw new PgError(SqlState.invalidParameterValue, `invalid value for parameter "${key}": "${value}"`, { hint: `Available values: ${allowed.values.join(', ')}.` });
    }
    // 'debug' is PostgreSQL's other name for debug2.
    return v === 'debug' ? 'debug2' : v;
  }
  if (key === 'datestyle') return dateStyleSetting(value, current ?? DEFAULTS.datestyle!);
  if (key === 'default_with_oids' && parseBoolText(value)) throw new PgError(SqlState.featureNotSupported, 'tables declared WITH OIDS are not supported');
  if (isBoolean(key) || key in SEMANTIC) {
    const on = parseBoolText(value);
    if (on === undefined) throw new PgError(SqlState.invalidParameterValue, `parameter "${key}" requires a Boolean value`);
    if (key in SEMANTIC && on !== SEMANTIC[key]) throw new PgError(SqlState.featureNotSupported, `evsql keeps ${key} ${SEMANTIC[key] ? 'on' : 'off'}`);
    return on ? 'on' : 'off';
  }
  if (key === 'timezone') return timeZoneSetting(value);
  if (TRIGRAM_SETTINGS.has(key)) return trigramThresholdSetting(key, value);
  const known = POSTGRES.get(key);
  return known ? checkedSetting(key, value, known) : value;
}

/** The units a number of a setting may carry, in the unit of the first of its kind (kB, ms). */
const MEMORY_UNITS: Record<string, number> = { B: 1 / 1024, kB: 1, MB: 1024, GB: 1024 * 1024, TB: 1024 * 1024 * 1024 };
const TIME_UNITS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, min: 60000, h: 3600000, d: 86400000 };
const MEMORY_HINT = 'Valid units for this parameter are "B", "kB", "MB", "GB", and "TB".';
const TIME_HINT = 'Valid units for this parameter are "us", "ms", "s", "min", "h", and "d".';

/** A setting's own unit ('8kB', 's') as a size in the units of its kind. */
function unitSize(unit: string): { units: Record<string, number>; size: number; hint: string } | undefined {
  const m = /^(\d*)(\D+)$/.exec(unit);
  if (!m) return undefined;
  const units = m[2]! in MEMORY_UNITS ? MEMORY_UNITS : m[2]! in TIME_UNITS ? TIME_UNITS : undefined;
  return units && { units, size: Number(m[1] || 1) * units[m[2]!]!, hint: units === MEMORY_UNITS ? MEMORY_HINT : TIME_HINT };
}

/** C's %g, as PostgreSQL prints a real setting. */
function formatG(x: number): string {
  if (x === 0) return '0';
  const exponent = Math.floor(Math.log10(Math.abs(x)));
  if (exponent < -4 || exponent >= 6) {
    const [mantissa, exp] = x.toExponential(5).split('e') as [string, string];
    const digits = Number(exp);
    return `${String(Number(mantissa))}e${digits < 0 ? '-' : '+'}${String(Math.abs(digits)).padStart(2, '0')}`;
  }
  return String(Number(x.toPrecision(6)));
}

/**
 * A value for one of PostgreSQL's settings evsql keeps without acting on it, checked as
 * parse_and_validate_value checks it (a Boolean, one of an enum's values, a number in its range
 * with a unit of its kind) and kept as SHOW prints it: a number with a unit in the largest unit
 * that holds it whole (`SET deadlock_timeout = 90000` is 90s), a real as %g.
 */
function checkedSetting(key: string, value: string, [, unit, , , , , vartype, min, max, enumvals]: PostgresSetting): string {
  const invalid = (hint?: string) => new PgError(SqlState.invalidParameterValue, `invalid value for parameter "${key}": "${value}"`, hint ? { hint } : {});
  if (vartype === 'bool') {
    const on = parseBoolText(value);
    if (on === undefined) throw new PgError(SqlState.invalidParameterValue, `parameter "${key}" requires a Boolean value`);
    return on ? 'on' : 'off';
  }
  if (vartype === 'enum') {
    const v = value.trim().toLowerCase();
    if (enumvals!.includes(v)) return v;
    // An enum of on and off takes a Boolean's other spellings too (constraint_exclusion = true).
    const on = enumvals!.includes('on') && enumvals!.includes('off') ? parseBoolText(v) : undefined;
    if (on !== undefined) return on ? 'on' : 'off';
    throw invalid(`Available values: ${enumvals!.join(', ')}.`);
  }
  if (vartype !== 'integer' && vartype !== 'real') return value;
  const m = /^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*(\S*)\s*$/.exec(value);
  if (!m) throw invalid();
  const own = unit ? unitSize(unit) : undefined;
  if (m[2] && !(own && m[2] in own.units)) throw invalid(own?.hint);
  const raw = Number(m[1]) * (m[2] ? own!.units[m[2]]! / own!.size : 1);
  const n = vartype === 'integer' ? (Math.abs(raw % 1) === 0.5 ? 2 * Math.round(raw / 2) : Math.round(raw)) : raw;
  if (vartype === 'integer' && Math.abs(n) > 2147483647) throw invalid('Value exceeds integer range.');
  const shown = (x: number) => (vartype === 'real' ? formatG(x) : String(x));
  if (n < Number(min) || n > Number(max)) {
    throw new PgError(SqlState.invalidParameterValue, `${shown(n)}${unit ? ` ${unit}` : ''} is outside the valid range for parameter "${key}" (${shown(Number(min))} .. ${shown(Number(max))})`);
  }
  if (!own || n <= 0) return shown(n);
  // In the largest unit of its kind that holds it whole (a real's fraction of a millisecond in us).
  const total = n * own.size;
  const [name, size] = Object.entries(own.units).reverse().find(([, size]) => Number.isInteger(Number((total / size).toFixed(9))))!;
  return `${shown(Number((total / size).toFixed(9)))}${name}`;
}

const TRIGRAM_SETTINGS = new Set<string>(Object.values(TRIGRAM_THRESHOLDS).map((t) => t.setting));

/** pg_trgm's thresholds, real GUCs of 0 to 1: kept as SHOW prints them (%g). */
function trigramThresholdSetting(key: string, value: string): string {
  const text = value.trim();
  if (!NUMBER_TEXT.test(text)) throw new PgError(SqlState.invalidParameterValue, `invalid value for parameter "${key}": "${value}"`);
  return String(checkedThreshold(key, Number(text), text));
}

const DATE_OUTPUTS: Record<string, string> = { iso: 'ISO', sql: 'SQL', postgres: 'Postgres', german: 'German' };
const DATE_ORDERS: Record<string, string> = { ymd: 'YMD', dmy: 'DMY', euro: 'DMY', european: 'DMY', mdy: 'MDY', us: 'MDY', noneuro: 'MDY', noneuropean: 'MDY' };

/**
 * DateStyle as check_datestyle reads it: an output style and an input order, each kept from the
 * current value where the new one does not name it ('Euro' changes only the order), German
 * implying DMY, DEFAULT the built-in 'ISO, MDY'; kept as PostgreSQL prints it ('SQL, DMY').
 */
function dateStyleSetting(value: string, current: string): string {
  let [output, order] = current.split(', ') as [string, string];
  let hasOutput = false;
  let hasOrder = false;
  const bad = (detail: string) => new PgError(SqlState.invalidParameterValue, `invalid value for parameter "DateStyle": "${value}"`, { detail });
  for (const word of value.split(/[\s,]+/).filter(Boolean)) {
    const w = word.toLowerCase();
    const [newOutput, newOrder] = w === 'default' ? (DEFAULTS.datestyle!.split(', ') as [string, string]) : [DATE_OUTPUTS[w], DATE_ORDERS[w]];
    if (newOutput === undefined && newOrder === undefined) throw bad(`Unrecognized key word: "${word}".`);
    if (newOutput !== undefined && (w !== 'default' || !hasOutput)) {
      if (hasOutput && newOutput !== output) throw bad('Conflicting "datestyle" specifications.');
      output = newOutput;
      hasOutput = true;
      if (newOutput === 'German' && !hasOrder) order = 'DMY';
    }
    if (newOrder !== undefined && (w !== 'default' || !hasOrder)) {
      if (hasOrder && newOrder !== order) throw bad('Conflicting "datestyle" specifications.');
      order = newOrder;
      hasOrder = true;
    }
  }
  return `${output}, ${order}`;
}

export function parseDuration(v: string): number {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*(ms|s|min|h|d)?\s*$/i.exec(v);
  if (!m) return NaN;
  const n = Number(m[1]);
  const unit = (m[2] ?? 'ms').toLowerCase();
  return n * ({ ms: 1, s: 1000, min: 60000, h: 3600000, d: 86400000 } as Record<string, number>)[unit]!;
}

/**
 * A setting's value as pg_settings.setting shows it: a number in the setting's unit (work_mem
 * '4MB' is 4096 kB, statement_timeout '5s' is 5000 ms, shared_buffers '128MB' 16384 blocks of
 * 8kB), where SHOW prints it with a unit of its own.
 */
export function settingInUnit(value: string | null, unit: string | null): string | null {
  const own = value === null || unit === null ? undefined : unitSize(unit);
  const m = own ? /^\s*(-?\d+(?:\.\d+)?)\s*(\S*)\s*$/.exec(value!) : null;
  if (!m || (m[2] && !(m[2] in own!.units))) return value;
  return String(Number(((Number(m[1]) * (m[2] ? own!.units[m[2]]! : own!.size)) / own!.size).toFixed(9)));
}
