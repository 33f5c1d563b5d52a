/**
 * CREATE TYPE … AS RANGE (dialect/catalog/user-ranges.ts) and DROP TYPE of one. The range's values
 * are range_out's text of its subtype's elements (pg/types/range.ts), with no canonical function:
 * PostgreSQL's SQL cannot define one, so a user's range over int4 keeps `[1,5]` as written.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { USER_RANGE_SUBTYPES } from '../../pg/types/range.js';
import { OID, formatType, isDeclaredTypeName } from '../../pg/types/registry.js';
import { multirangeName, rangeViewName, rangeViewSql } from '../catalog/user-ranges.js';
import type { Step } from '../plan.js';
import { quoteIdent } from '../sqlite-quote.js';
import { ownName, typeStoredName } from './namespaces.js';
import { type Node, names } from './parse.js';
import type { TranslatorSchema } from './schema.js';
import { assertTypeExists } from './type-exists.js';
import { typeOfName } from './types.js';
import { unsupported } from './unsupported.js';

const ATTRIBUTES = new Set(['subtype', 'subtype_opclass', 'collation', 'canonical', 'subtype_diff', 'multirange_type_name']);

/** Collations that order text by code point, as evsql compares it. */
const CODE_POINT_COLLATIONS: Record<string, number> = { default: 100, C: 950, POSIX: 951 };

export function taken(schema: TranslatorSchema, name: string): boolean {
  return !!(schema.lookupRange(name) || schema.lookupEnum(name) || schema.lookupDomain(name) || schema.lookupComposite(name) || schema.lookupTable(name) || isDeclaredTypeName(name) || name === 'text');
}

/** DefineRange's checks, in its order: the attributes' names, the subtype, then the optional functions. */
export function createRange(schema: TranslatorSchema, s: Node): Step[] {
  const name = typeStoredName(names(s.typeName), 'types');
  // PostgreSQL's public type would hide pg_catalog's only where public comes first on the search path; evsql's names are one.
  if (isDeclaredTypeName(name) || name === 'text') throw unsupported(`a range type named as built-in type ${name}`);
  if (taken(schema, name)) throw new PgError(SqlState.duplicateObject, `type "${ownName(schema, name)}" already exists`);
  const params = new Map<string, Node>();
  for (const p of (s.params ?? []) as Node[]) {
    const d = p.DefElem;
    if (!ATTRIBUTES.has(d.defname)) throw new PgError(SqlState.syntaxError, `type attribute "${d.defname}" not recognized`);
    if (params.has(d.defname)) throw new PgError(SqlState.syntaxError, 'conflicting or redundant options', typeof d.location === 'number' ? { position: d.location + 1 } : {});
    params.set(d.defname, d.arg);
  }
  const typeName = params.get('subtype')?.TypeName;
  if (!typeName) throw new PgError(SqlState.syntaxError, 'type attribute "subtype" is required');
  assertTypeExists(schema, typeName);
  const subtype = typeOfName(typeName).oid;
  if (!USER_RANGE_SUBTYPES.has(subtype)) throw unsupported(`a range type over ${formatType(subtype, -1)}`);
  const collatable = subtype === OID.text || subtype === OID.varchar;
  const given = params.get('collation');
  const collationName = given ? attributeName(given) : 'default';
  if (given && !collatable) throw new PgError(SqlState.wrongObjectType, 'range collation specified but subtype does not support collation');
  // The database's collation is C.UTF-8, code point order, as evsql compares text.
  const collation = collatable ? CODE_POINT_COLLATIONS[collationName] : 0;
  if (collation === undefined) throw unsupported(`a range type under collation ${collationName}`);
  if (params.has('canonical')) throw unsupported('a range type with a canonical function');
  if (params.has('subtype_opclass')) throw unsupported('a range type with its own operator class');
  const diff = params.get('subtype_diff');
  const subdiff = diff ? attributeName(diff) : '';
  if (subdiff && !subdiffTakes(subdiff, subtype)) {
    const t = formatType(subtype, -1);
    throw new PgError(SqlState.undefinedFunction, `function ${subdiff}(${t}, ${t}) does not exist`);
  }
  const multirangeGiven = params.get('multirange_type_name');
  const multirange = multirangeGiven ? attributeName(multirangeGiven) : multirangeName(name);
  if (taken(schema, multirange)) throw new PgError(SqlState.duplicateObject, `type "${multirange}" already exists`);
  return [{ sql: rangeViewSql({ name, subtype, subdiff, multirange, collation }, quoteIdent), params: [] }];
}

/** An attribute's value, which the grammar gives as a type name (`subtype_diff = float8mi`, `collation = "C"`). */
function attributeName(n: Node): string {
  return names(n.TypeName?.names ?? n.List?.items ?? [n]).at(-1)!;
}

/** The built-in functions of (subtype, subtype) returning float8 that PostgreSQL takes as a subtype_diff. */
const SUBDIFFS: Record<string, number[]> = {
  float8mi: [OID.float8, OID.float4, OID.int2, OID.int4],
  int4range_subdiff: [OID.int4, OID.int2],
  int8range_subdiff: [OID.int8],
  numrange_subdiff: [OID.numeric],
  daterange_subdiff: [OID.date],
  tsrange_subdiff: [OID.timestamp],
  tstzrange_subdiff: [OID.timestamptz],
};

function subdiffTakes(name: string, subtype: number): boolean {
  return SUBDIFFS[name]?.includes(subtype) ?? false;
}

/** DROP TYPE of a user's range: 2BP01 while a column has it (CASCADE refused: the columns would go). */
export function dropRange(schema: TranslatorSchema, name: string, oid: number, cascade: boolean): Step[] {
  const users = schema.typeColumns(oid);
  if (users.length) {
    if (cascade) throw unsupported('DROP TYPE … CASCADE of a range type a column has');
    throw new PgError(SqlState.dependentObjectsStillExist, `cannot drop type ${name} because other objects depend on it`, {
      detail: users.map((u) => `column ${u.column} of table ${u.table} depends on type ${name}`).join('\n'),
      hint: 'Use DROP ... CASCADE to drop the dependent objects too.',
    });
  }
  return [{ sql: `DROP VIEW ${quoteIdent(rangeViewName(name))}`, params: [] }];
}
