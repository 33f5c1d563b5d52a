/**
 * age(xid) and mxid_age(xid) of the catalog's transaction-ID columns (`SELECT datname,
 * age(datfrozenxid) FROM pg_database`, the wraparound checks of monitoring scripts) and other xid
 * values. evsql's catalog shows no transaction IDs of its own: the next xid is taken to be
 * the one after the frozen horizon (catalog/definitions.ts FROZEN_XID), so a database or table
 * is 1 old, as a table just made is in PostgreSQL, and the next multixact 1, so datminmxid is 0
 * old. An ID that is no normal one (0 to 2, or multixact 0) is as old as can be: INT_MAX.
 */
import { FROZEN_XID } from '../catalog/definitions.js';
import { OID } from '../../pg/types/registry.js';
import type { EmitContext } from './emit-context.js';
import type { Node } from './parse.js';

const NEXT_XID = FROZEN_XID + 1;
const NEXT_MULTIXACT = 1;
const INT4_MAX = 2147483647;

/** Whether `n` is an xid, which age() and mxid_age() take. */
export function isXid(em: EmitContext, n: Node | undefined): boolean {
  return !!n && em.typeOf(n)?.oid === OID.xid;
}

/** age(x) (`multixact`: mxid_age(x)) of the catalog xid whose SQL is `sql`: an int4. */
export function xidAge(sql: string, multixact: boolean): string {
  const id = `CAST(${sql} AS INTEGER)`;
  return multixact ? `CASE WHEN ${id} = 0 THEN ${INT4_MAX} ELSE ${NEXT_MULTIXACT} - ${id} END` : `CASE WHEN ${id} < 3 THEN ${INT4_MAX} ELSE ${NEXT_XID} - ${id} END`;
}
