/**
 * CREATE INDEX's operator class and COLLATE of a key, checked as PostgreSQL checks them and kept
 * in the key's annotation (catalog/index-classes.ts) where they are not the type's defaults.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { OID, arrayElementOid, formatType } from '../../pg/types/registry.js';
import { BTREE_OPERATOR_CLASSES, COLLATION_OIDS, TRIGRAM_OPERATOR_CLASSES, keyClassMarker } from '../catalog/index-classes.js';
import { defaultOpclass, typeStorage } from '../runtime/catalog/builtins.js';
import type { Ty } from './deparse.js';
import type { Node } from './parse.js';

const ANYENUM = 3500;
const ANYARRAY = 2277;
const DEFAULT_COLLATION = 100;

/** Whether a class of this input type takes the key's type: itself, or one binary-coercible to it. */
function accepts(inputType: number, type: Ty): boolean {
  if (inputType === ANYENUM) return type.name !== undefined;
  if (inputType === ANYARRAY) return arrayElementOid(type.oid) !== 0;
  return inputType === type.oid || (inputType === OID.text && type.oid === OID.varchar);
}

function typeName(type: Ty): string {
  return type.name ?? formatType(type.oid, -1);
}

function operatorClass(elem: Node, method: string, type: Ty | undefined): number {
  const name = ((elem.opclass ?? []) as Node[]).at(-1)?.String?.sval as string | undefined;
  if (name === undefined) return 0;
  if (method !== 'btree') return TRIGRAM_OPERATOR_CLASSES.find((c) => c.name === name && c.method === method)?.oid ?? 0;
  const found = BTREE_OPERATOR_CLASSES.find((c) => c.name === name);
  if (!found) throw new PgError(SqlState.undefinedObject, `operator class "${name}" does not exist for access method "btree"`);
  if (!type) return found.isDefault ? 0 : found.oid;
  if (!accepts(found.inputType, type)) throw new PgError(SqlState.datatypeMismatch, `operator class "${name}" does not accept data type ${typeName(type)}`);
  return found.oid === defaultOpclass(type.oid, type.name !== undefined) ? 0 : found.oid;
}

function collation(elem: Node, type: Ty | undefined): number {
  const name = ((elem.collation ?? []) as Node[]).at(-1)?.String?.sval as string | undefined;
  if (name === undefined) return 0;
  const oid = COLLATION_OIDS.get(name);
  if (oid === undefined) throw new PgError(SqlState.undefinedObject, `collation "${name}" for encoding "UTF8" does not exist`);
  if (type && (type.name !== undefined || typeStorage(type.oid).collation === 0)) throw new PgError(SqlState.datatypeMismatch, `collations are not supported by type ${typeName(type)}`);
  return oid === DEFAULT_COLLATION ? 0 : oid;
}

/** The annotation of an index key (an IndexElem) of this type, '' where it takes its type's defaults. */
export function keyClassAnnotation(elem: Node, method: string, type: Ty | undefined): string {
  return keyClassMarker(operatorClass(elem, method, type), collation(elem, type));
}
