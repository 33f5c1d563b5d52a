/**
 * CREATE DATABASE and DROP DATABASE: their options checked as PostgreSQL's createdb() and dropdb()
 * check them, into a spec the server carries out (a database is a set of replicas of its own, not
 * anything a statement on the replicas could make).
 */
import { PgError, SqlState } from '../../pg/errors.js';
import type { Node } from './parse.js';
import { unsupported } from './unsupported.js';

export interface CreateDatabase {
  action: 'create';
  name: string;
  /** OWNER's role, null where the session's user owns it. */
  owner: string | null;
  /** TEMPLATE's database, null for template1. */
  template: string | null;
  connectionLimit: number;
  allowConnections: boolean;
  isTemplate: boolean;
  /** What the server warns about: options it accepts without their effect. */
  warnings: PgError[];
}

export interface DropDatabase {
  action: 'drop';
  name: string;
  missingOk: boolean;
  /** WITH (FORCE): the database's sessions are terminated first. */
  force: boolean;
}

export interface RenameDatabase {
  action: 'rename';
  name: string;
  newName: string;
}

/** ALTER DATABASE … WITH CONNECTION LIMIT, ALLOW_CONNECTIONS, IS_TEMPLATE: what it changes. */
export interface DatabaseOptions {
  action: 'options';
  name: string;
  changes: Partial<Pick<CreateDatabase, 'connectionLimit' | 'allowConnections' | 'isTemplate'>>;
}

/** ALTER DATABASE / ROLE … SET and RESET: a setting's value (null: RESET; setting 'all' with null: RESET ALL; `fromCurrent`: the session's value now). */
export interface StoredSetting {
  setting: string;
  value: string | null;
  fromCurrent: boolean;
}

/** ALTER DATABASE … SET, RESET, and COMMENT ON DATABASE (comment null: none). */
export type DatabaseSetting = ({ action: 'set'; name: string } & StoredSetting) | { action: 'comment'; name: string; comment: string | null };

/** ALTER DATABASE … RENAME TO and … OWNER TO (owner null: the session's user). */
export type AlterDatabase = RenameDatabase | DatabaseOptions | DatabaseSetting | { action: 'owner'; name: string; owner: string | null };

export type DatabaseSpec = CreateDatabase | DropDatabase | AlterDatabase;

/** The encodings' names PostgreSQL takes for UTF8 (pg_char_to_encoding ignores case and punctuation), and its number. */
const UTF8_NAMES = new Set(['utf8', 'unicode']);
const UTF8_NUMBER = 6;
/** Every other server encoding PostgreSQL knows, by the same folding: refused as unsupported rather than as unknown. */
const OTHER_ENCODINGS = new Set(['sqlascii', 'eucjp', 'euccn', 'euckr', 'euctw', 'eucjis2004', 'muleinternal', 'latin1', 'latin2', 'latin3', 'latin4', 'latin5', 'latin6', 'latin7', 'latin8', 'latin9', 'latin10', 'win1256', 'win1258', 'win866', 'win874', 'koi8r', 'win1251', 'win1252', 'iso88595', 'iso88596', 'iso88597', 'iso88598', 'win1250', 'win1253', 'win1254', 'win1255', 'win1257', 'koi8u']);
/** Locales whose order is the C locale's, the only one evsql compares text in. */
const C_LOCALES = new Set(['c', 'posix', 'c.utf8', 'c.utf-8']);

function optionText(d: Node): string | null {
  const arg = d.arg as Node | undefined;
  if (arg === undefined) return null;
  if (arg.String) return String(arg.String.sval);
  if (arg.Integer) return String(arg.Integer.ival ?? 0);
  if (arg.Float) return String(arg.Float.fval);
  if (arg.Boolean) return arg.Boolean.boolval ? 'true' : 'false';
  if (arg.TypeName) return String((arg.TypeName.names as Node[]).at(-1)!.String.sval);
  return null;
}

function optionBoolean(d: Node): boolean {
  const text = optionText(d);
  if (text === null) return true;
  const v = text.toLowerCase();
  if (['true', 'on', '1', 'yes'].includes(v)) return true;
  if (['false', 'off', '0', 'no'].includes(v)) return false;
  throw new PgError(SqlState.syntaxError, `${d.defname} requires a Boolean value`);
}

function optionInteger(d: Node): number {
  const arg = d.arg as Node | undefined;
  if (arg?.Integer) return Number(arg.Integer.ival ?? 0);
  throw new PgError(SqlState.syntaxError, `${d.defname} requires an integer value`);
}

/** CREATE DATABASE's options, each at most once, as createdb() reads them. */
export function createDatabase(s: Node): CreateDatabase {
  const spec: CreateDatabase = { action: 'create', name: String(s.dbname), owner: null, template: null, connectionLimit: -1, allowConnections: true, isTemplate: false, warnings: [] };
  for (const [name, d] of options(s)) {
    if (sharedOption(name, d, spec)) continue;
    const text = optionText(d);
    switch (name) {
      case 'owner':
        spec.owner = text;
        break;
      case 'template':
        spec.template = text === 'template1' ? null : text;
        break;
      case 'encoding': {
        if (text === null) break;
        const folded = text.toLowerCase().replace(/[^a-z0-9]/g, '');
        const number = d.arg?.Integer ? Number(d.arg.Integer.ival ?? 0) : null;
        if (number === UTF8_NUMBER || (number === null && UTF8_NAMES.has(folded))) break;
        if (number === null && !OTHER_ENCODINGS.has(folded)) throw new PgError(SqlState.undefinedObject, `${text} is not a valid encoding name`, { position: d.location });
        throw unsupported(`ENCODING ${text} (evsql stores text as UTF8)`);
      }
      case 'locale':
      case 'lc_collate':
      case 'lc_ctype':
      case 'icu_locale':
        if (text !== null && !C_LOCALES.has(text.toLowerCase())) {
          spec.warnings.push(new PgError(SqlState.warning, `evsql compares and classifies text as the C locale does: ${name.toUpperCase()} "${text}" is accepted without its effect`, { severity: 'WARNING' }));
        }
        break;
      case 'locale_provider':
        if (text !== null && text.toLowerCase() === 'icu') throw unsupported('LOCALE_PROVIDER icu');
        if (text !== null && text.toLowerCase() !== 'libc') throw new PgError(SqlState.invalidParameterValue, `unrecognized locale provider: ${text}`);
        break;
      case 'strategy':
        if (text !== null && !['wal_log', 'file_copy'].includes(text.toLowerCase())) {
          throw new PgError(SqlState.invalidParameterValue, `invalid create database strategy "${text}"`, { hint: 'Valid strategies are "wal_log", and "file_copy".' });
        }
        break;
      case 'oid':
      case 'collation_version':
        // pg_upgrade's: what PostgreSQL records, with nothing here to set.
        break;
      default:
        throw new PgError(SqlState.syntaxError, `option "${name}" not recognized`, { position: d.location });
    }
  }
  return spec;
}

/** ALTER DATABASE … RENAME TO, and … OWNER TO, whose role is a name or CURRENT_USER and its kin. */
export function alterDatabase(s: Node): RenameDatabase | { action: 'owner'; name: string; owner: string | null } {
  if (s.renameType === 'OBJECT_DATABASE') return { action: 'rename', name: String(s.subname), newName: String(s.newname) };
  const role = s.newowner?.RoleSpec ?? s.newowner;
  return { action: 'owner', name: String(s.object.String.sval), owner: role?.roletype === 'ROLESPEC_CSTRING' ? String(role.rolename) : null };
}

/** ALTER DATABASE … WITH options: those alterdb() takes, each at most once. */
export function databaseOptions(s: Node): DatabaseOptions {
  const spec: DatabaseOptions = { action: 'options', name: String(s.dbname), changes: {} };
  for (const [name, d] of options(s)) {
    if (!sharedOption(name, d, spec.changes)) throw new PgError(SqlState.syntaxError, `option "${name}" not recognized`, { position: d.location });
  }
  return spec;
}

/** A statement's options by name, each at most once as PostgreSQL allows. */
function* options(s: Node): Generator<[string, Node]> {
  const seen = new Set<string>();
  for (const o of (s.options ?? []) as Node[]) {
    const d = o.DefElem;
    const name = String(d.defname);
    if (seen.has(name)) throw new PgError(SqlState.syntaxError, 'conflicting or redundant options', { position: d.location });
    seen.add(name);
    yield [name, d];
  }
}

/** The options CREATE and ALTER DATABASE share, set into `into`; false for any other. */
function sharedOption(name: string, d: Node, into: Partial<Pick<CreateDatabase, 'connectionLimit' | 'allowConnections' | 'isTemplate'>>): boolean {
  switch (name) {
    case 'connection_limit': {
      const limit = optionInteger(d);
      if (limit < -1) throw new PgError(SqlState.invalidParameterValue, `invalid connection limit: ${limit}`);
      into.connectionLimit = limit;
      return true;
    }
    case 'allow_connections':
      into.allowConnections = optionBoolean(d);
      return true;
    case 'is_template':
      into.isTemplate = optionBoolean(d);
      return true;
    case 'tablespace': {
      const text = optionText(d);
      if (text !== null && text !== 'pg_default') throw new PgError(SqlState.undefinedObject, `tablespace "${text}" does not exist`);
      return true;
    }
    default:
      return false;
  }
}

/** DROP DATABASE [IF EXISTS] name [WITH (FORCE)]. */
export function dropDatabase(s: Node): DropDatabase {
  const spec: DropDatabase = { action: 'drop', name: String(s.dbname), missingOk: !!s.missing_ok, force: false };
  for (const o of (s.options ?? []) as Node[]) {
    const d = o.DefElem;
    if (d.defname !== 'force') throw new PgError(SqlState.syntaxError, `unrecognized DROP DATABASE option "${d.defname}"`, { position: d.location });
    spec.force = true;
  }
  return spec;
}
