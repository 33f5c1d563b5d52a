/**
 * An index key's operator class and collation where CREATE INDEX names others than its type's
 * defaults (`a text_pattern_ops`, `a COLLATE "C"`). SQLite's index has neither (its order is
 * C's, and a pattern class only changes which plans PostgreSQL may use), so the key carries an
 * annotation that pg_index.indclass and indcollation and pg_get_indexdef read back.
 */
import { BTREE_OPCLASSES, COLLATIONS } from '../runtime/catalog/builtin-data.js';
import { objectOid } from './oids.js';

/** btree's operator classes that no type takes by default, as BTREE_OPCLASSES lists them. */
const OTHER_BTREE_OPCLASSES: Array<[number, string, number, number, number]> = [
  [10009, 'cidr_ops', 1974, 869, 0],
  [10036, 'record_image_ops', 3194, 2249, 0],
  [10044, 'varchar_ops', 1994, 25, 0],
  [4217, 'text_pattern_ops', 2095, 25, 0],
  [4218, 'varchar_pattern_ops', 2095, 25, 0],
  [4219, 'bpchar_pattern_ops', 2097, 1042, 0],
];

export interface OperatorClass {
  oid: number;
  name: string;
  family: number;
  /** opcintype. */
  inputType: number;
  keyType: number;
  isDefault: boolean;
}

/** pg_opclass's btree classes. */
export const BTREE_OPERATOR_CLASSES: OperatorClass[] = [
  ...BTREE_OPCLASSES.map(([oid, name, family, inputType, keyType]) => ({ oid, name, family, inputType, keyType, isDefault: true })),
  ...OTHER_BTREE_OPCLASSES.map(([oid, name, family, inputType, keyType]) => ({ oid, name, family, inputType, keyType, isDefault: false })),
];

/**
 * pg_trgm's classes, for text keys of a GIN or GiST index while the extension is created: the key
 * is kept in a b-tree SQLite does not search by, and the class in its annotation, so that
 * pg_get_indexdef (pg_dump) gives the index back as it was made.
 */
export const TRIGRAM_OPERATOR_CLASSES = [
  { oid: objectOid('opclass', 'gin_trgm_ops'), name: 'gin_trgm_ops', method: 'gin' },
  { oid: objectOid('opclass', 'gist_trgm_ops'), name: 'gist_trgm_ops', method: 'gist' },
];

export const OPCLASS_NAMES = new Map([...BTREE_OPERATOR_CLASSES, ...TRIGRAM_OPERATOR_CLASSES].map((c) => [c.oid, c.name]));

/** The collations there are, by name (pg_collation). */
export const COLLATION_OIDS = new Map(COLLATIONS.rows.map((r) => [String(r[1]), Number(r[0])]));
export const COLLATION_NAMES = new Map(COLLATIONS.rows.map((r) => [Number(r[0]), String(r[1])]));

/** A key's annotation: its operator class and collation, 0 for the type's default. */
export function keyClassMarker(opclass: number, collation: number): string {
  return opclass || collation ? ` /* evsql-key-class: ${opclass} ${collation} */` : '';
}

export function readKeyClassMarker(comment: string): { opclass: number; collation: number } | undefined {
  const m = /^\/\* evsql-key-class: (\d+) (\d+) \*\/$/.exec(comment);
  return m ? { opclass: Number(m[1]), collation: Number(m[2]) } : undefined;
}
