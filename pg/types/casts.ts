/**
 * Which explicit casts PostgreSQL 15 has between the built-in types evsql knows
 * (find_coercion_pathway): one of pg_cast's, a conversion through text to or from a string type
 * (CoerceViaIO), an array's of its elements'; others are 42846, "cannot cast type X to Y",
 * before any value is read.
 */
import { OID, arrayElementOid } from './registry.js';

/** pg_cast's (castsource, casttarget) pairs among those types, as PostgreSQL 15 lists them. */
const PG_CAST = new Set(
  (
    '16:23 16:25 16:1042 16:1043 18:23 18:25 18:1042 18:1043 19:25 19:1042 19:1043 20:21 20:23 20:24 20:26 20:700 20:701 20:1700 20:2205 20:2206 ' +
    '20:3734 20:4089 21:20 21:23 21:24 21:26 21:700 21:701 21:1700 21:2205 21:2206 21:3734 21:4089 23:16 23:18 23:20 23:21 23:24 23:26 23:700 ' +
    '23:701 23:1700 23:2205 23:2206 23:3734 23:4089 24:20 24:23 24:26 25:18 25:19 25:142 25:1042 25:1043 25:2205 26:20 26:23 26:24 26:2205 ' +
    '26:2206 26:3734 26:4089 114:3802 142:25 142:1042 142:1043 650:25 650:869 650:1042 650:1043 700:20 700:21 700:23 700:701 700:1700 701:20 ' +
    '701:21 701:23 701:700 701:1700 869:25 869:650 869:1042 869:1043 1042:18 1042:19 1042:25 1042:142 1042:1042 1042:1043 1043:18 1043:19 ' +
    '1043:25 1043:142 1043:1042 1043:1043 1043:2205 1082:1114 1082:1184 1083:1083 1083:1186 1083:1266 1114:1082 1114:1083 1114:1114 1114:1184 ' +
    '1184:1082 1184:1083 1184:1114 1184:1184 1184:1266 1186:1083 1186:1186 1266:1083 1266:1266 1700:20 1700:21 1700:23 1700:700 1700:701 ' +
    '1700:1700 2205:20 2205:23 2205:26 2206:20 2206:23 2206:26 3734:20 3734:23 3734:26 3802:16 3802:20 3802:21 3802:23 3802:114 3802:700 ' +
    '3802:701 3802:1700 4089:20 4089:23 4089:26 ' +
    '20:790 20:1560 23:790 23:1560 790:1700 1560:20 1560:23 1560:1560 1560:1562 1562:1560 1562:1562 1700:790 5069:28'
  ).split(' '),
);

/** The types the pairs above were read among: of another (an enum, an extension's, a composite) nothing is judged here. */
const JUDGED = new Set<number>([
  OID.bool, OID.bytea, OID.char, OID.name, OID.int8, OID.int2, OID.int4, OID.regproc, OID.text, OID.oid, OID.json, OID.xml, OID.float4, OID.float8,
  OID.bpchar, OID.varchar, OID.date, OID.time, OID.timetz, OID.timestamp, OID.timestamptz, OID.interval, OID.numeric, OID.regclass, OID.regtype,
  OID.uuid, OID.inet, OID.cidr, OID.jsonb, OID.jsonpath, OID.regconfig, OID.regnamespace, OID.money, OID.bit, OID.varbit, OID.pg_lsn, OID.xid, OID.cid, OID.xid8,
]);

/** The string category (typcategory 'S'), which every type converts to and from through its text. */
const STRINGS = new Set<number>([OID.text, OID.varchar, OID.bpchar, OID.name, OID.citext]);

/** int2vector and oidvector cast as the arrays they are. */
const VECTOR_ARRAYS: Record<number, number> = { [OID.int2vector]: OID.int2_array, [OID.oidvector]: OID.oid_array };

/**
 * Whether PostgreSQL refuses an explicit cast from `from` to `to` (42846); false where it has one
 * or evsql cannot tell. `castless`: other types that cast only through text (an enum).
 */
export function noCast(from: number, to: number, castless: (oid: number) => boolean = () => false): boolean {
  const source = VECTOR_ARRAYS[from] ?? from;
  if (source === to || STRINGS.has(source) || STRINGS.has(to) || PG_CAST.has(`${source}:${to}`)) return false;
  const [a, b] = [arrayElementOid(source), arrayElementOid(to)];
  if (a !== 0 && b !== 0) return noCast(a, b, castless);
  const judged = (x: number) => JUDGED.has(x) || arrayElementOid(x) !== 0 || castless(x);
  return judged(source) && judged(to);
}
