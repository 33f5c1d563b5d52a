/**
 * OIDs of catalog objects. Built-in ones are PostgreSQL 15's own; evsql's objects get OIDs from
 * their names, so every replica (and every connection) gives a table the same OID with no state
 * to share, and the OID stays in PostgreSQL's range for user objects (16384 and up, below 2^31
 * so that clients reading it as int4 cope).
 */

export const NAMESPACE = { pg_catalog: 11, pg_toast: 99, public: 2200, information_schema: 13207 } as const;
export const BOOTSTRAP_SUPERUSER = 10;
export const DATABASE_OWNER_ROLE = 6171;
export const DATABASE_OID = 5;
export const HEAP_AM = 2;
export const BTREE_AM = 403;
export const HASH_AM = 405;
export const GIN_AM = 2742;
export const DEFAULT_COLLATION = 100;
export const C_COLLATION = 950;

export const FIRST_NORMAL_OBJECT_ID = 16384;

/** A stable OID for an object of a kind ('class', 'constraint', 'attrdef', …) and name. */
export function objectOid(kind: string, name: string): number {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(`${kind}:${name}`, 'utf8')) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return FIRST_NORMAL_OBJECT_ID + (h % (0x80000000 - FIRST_NORMAL_OBJECT_ID));
}

/** The schema temp tables live in, as the first session's temp schema is named in PostgreSQL. */
export const TEMP_NAMESPACE_NAME = 'pg_temp_3';
export const TEMP_NAMESPACE = objectOid('namespace', TEMP_NAMESPACE_NAME);
