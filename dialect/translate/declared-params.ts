/**
 * The parameter types the client declared for the statement being translated (Parse's, or SQL
 * PREPARE's list): they are the parameters' types, as casts would make them. The translator's
 * entry points set them around one translation; the emitter reads them when it starts.
 */
import type { PgTypeInfo } from '../../pg/types/registry.js';

let declared: ReadonlyMap<number, PgTypeInfo> = new Map();

/** Runs `translate` with the statement's parameters typed as the client declared them. */
export function withDeclaredParams<T>(types: ReadonlyMap<number, PgTypeInfo>, translate: () => T): T {
  const outer = declared;
  declared = types;
  try {
    return translate();
  } finally {
    declared = outer;
  }
}

export function declaredTypes(): ReadonlyMap<number, PgTypeInfo> {
  return declared;
}
