/**
 * unaccent(): each character its rule names (pg/unaccent-rules.ts) replaced, the others kept, as
 * contrib/unaccent's dictionary does with the rules file PostgreSQL ships (all its rules are of
 * one character, so the longest match is the character itself).
 */
import { PgError, SqlState } from './errors.js';
import { UNACCENT_RULES } from './unaccent-rules.js';

let rules: Map<string, string> | undefined;

/** The one text search dictionary the extension makes, as regdictionary input names it. */
export function isUnaccentDictionary(name: string): boolean {
  return /^(public\.)?unaccent$/i.test(name.trim());
}

export function noDictionary(name: string, position?: number): PgError {
  return new PgError(SqlState.undefinedObject, `text search dictionary "${name}" does not exist`, position === undefined ? {} : { position });
}

export function unaccent(text: string): string {
  rules ??= new Map(UNACCENT_RULES.split('\n').map((line) => line.split('\t') as [string, string]));
  let out = '';
  for (const ch of text) out += rules.get(ch) ?? ch;
  return out;
}
