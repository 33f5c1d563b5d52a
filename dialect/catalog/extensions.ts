/**
 * Extensions (CREATE EXTENSION): evsql accepts those whose functions it provides, and records one
 * as a view of the main schema named `pg_extension:<name>` that yields nothing, as enum types are
 * recorded (enums.ts): in SQLite's schema text, replicated and undone with the DDL. A function an
 * extension brings is known only while the extension is there, as in PostgreSQL.
 */
import { objectOid } from './oids.js';

const PREFIX = 'pg_extension:';

/** hstore's functions by name: a call of one is 42883 until CREATE EXTENSION hstore, as in PostgreSQL. */
export const HSTORE_FUNCTIONS = [
  'hstore', 'akeys', 'avals', 'skeys', 'svals', 'each', 'exist', 'exists_any', 'exists_all', 'defined', 'isexists', 'isdefined', 'delete', 'slice', 'slice_array',
  'fetchval', 'hs_concat', 'hs_contains', 'hs_contained', 'tconvert', 'hstore_to_json', 'hstore_to_jsonb', 'hstore_to_json_loose', 'hstore_to_jsonb_loose',
  'hstore_to_array', 'hstore_to_matrix', 'populate_record',
];

export interface ExtensionInfo {
  /** pg_extension.extversion, as PostgreSQL 15 ships it. */
  version: string;
  relocatable: boolean;
  /** The functions evsql provides for it (pgcrypto's gen_random_uuid is built in since PostgreSQL 13). */
  functions: string[];
  /** Its control file's comment (pg_available_extensions). */
  description: string;
}

export const EXTENSIONS: Record<string, ExtensionInfo> = {
  'uuid-ossp': { version: '1.1', relocatable: true, functions: ['uuid_generate_v4', 'uuid_nil'], description: 'generate universally unique identifiers (UUIDs)' },
  pgcrypto: { version: '1.3', relocatable: true, functions: ['digest', 'hmac'], description: 'cryptographic functions' },
  // Its type, case-insensitive text (registry.ts, text-format.ts); known once the extension is created.
  citext: { version: '1.6', relocatable: true, functions: [], description: 'data type for case-insensitive character strings' },
  // Its gist operator classes of scalar types, which EXCLUDE USING gist (room WITH =, …) needs (translate/exclusion.ts).
  // Their functions and operators: pg/trigrams.ts, pg/fuzzy-match.ts, pg/unaccent.ts; a trigram index is kept as a b-tree SQLite does not use.
  pg_trgm: { version: '1.6', relocatable: true, functions: ['similarity', 'word_similarity', 'strict_word_similarity', 'show_trgm', 'show_limit', 'set_limit'], description: 'text similarity measurement and index searching based on trigrams' },
  fuzzystrmatch: { version: '1.1', relocatable: true, functions: ['levenshtein', 'levenshtein_less_equal', 'soundex', 'text_soundex', 'difference'], description: 'determine similarities and distance between strings' },
  unaccent: { version: '1.1', relocatable: true, functions: ['unaccent'], description: 'text search dictionary that removes accents' },
  // Its type (pg/types/hstore.ts) and functions (runtime/hstore-functions.ts, translate/hstore.ts); known once the extension is created.
  hstore: { version: '1.8', relocatable: true, functions: HSTORE_FUNCTIONS, description: 'data type for storing sets of (key, value) pairs' },
  // Its view of evsql's own statements (runtime/catalog/statement-statistics.ts).
  pg_stat_statements: { version: '1.10', relocatable: true, functions: ['pg_stat_statements_reset'], description: 'track planning and execution statistics of all SQL statements executed' },
  btree_gist: { version: '1.7', relocatable: true, functions: [], description: 'support for indexing common datatypes in GiST' },
};

/**
 * What every PostgreSQL 15 database has from template1, with its catalog oid there: listed in
 * pg_extension (Rails' schema dump starts with `enable_extension "plpgsql"`, so loading one runs
 * CREATE EXTENSION IF NOT EXISTS plpgsql), never created or dropped. evsql runs the PL/pgSQL it can
 * (plpgsql.ts) whether or not this is listed.
 */
export const PREINSTALLED: Record<string, { oid: number; version: string; description: string }> = {
  plpgsql: { oid: 13559, version: '1.0', description: 'PL/pgSQL procedural language' },
};

/** The language plpgsql installs, as pg_language holds it in PostgreSQL 15 (psql's \dL lists it). */
export const PLPGSQL_LANGUAGE = { oid: 13563, callHandler: 13560, inlineHandler: 13561, validator: 13562 };

/** The extension that brings a function, if one does. */
export function extensionOf(fn: string): string | undefined {
  return Object.keys(EXTENSIONS).find((e) => EXTENSIONS[e]!.functions.includes(fn));
}

export function isExtensionView(relation: string): boolean {
  return relation.startsWith(PREFIX);
}

export function extensionViewName(extension: string): string {
  return PREFIX + extension;
}

export function extensionOfView(relation: string): string {
  return relation.slice(PREFIX.length);
}

export function extensionOid(extension: string): number {
  return objectOid('extension', extension);
}
