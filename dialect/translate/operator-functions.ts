/**
 * The functions behind json's and jsonb's operators (pg_operator.oprcode), which ORMs and
 * hand-written SQL call by name: `jsonb_concat(doc, $1)` is `doc || $1`, `jsonb_exists(doc, 'k')`
 * is `doc ? 'k'`. Each is translated as its operator over its arguments, so it answers, and fails,
 * as the operator does (operator-function-calls.ts); a call no signature takes is 42883, as in
 * PostgreSQL.
 */
import { OID } from '../../pg/types/registry.js';

export interface Signature {
  op: string;
  /** The argument types; with `variadic`, the last is the element type of a VARIADIC array. */
  args: readonly number[];
  result: number;
  variadic?: boolean;
}

const { json: JSON, jsonb: JSONB, text: TEXT, int4: INT, bool: BOOL, text_array: TEXTS } = OID;
const one = (op: string, args: readonly number[], result: number): Signature[] => [{ op, args, result }];
const comparison = (op: string) => one(op, [JSONB, JSONB], BOOL);

/** Each function's signatures in PostgreSQL 15's pg_proc, the one an untyped argument takes first. */
export const OPERATOR_FUNCTIONS: Readonly<Record<string, readonly Signature[]>> = {
  jsonb_concat: one('||', [JSONB, JSONB], JSONB),
  jsonb_contains: one('@>', [JSONB, JSONB], BOOL),
  jsonb_contained: one('<@', [JSONB, JSONB], BOOL),
  jsonb_exists: one('?', [JSONB, TEXT], BOOL),
  jsonb_exists_any: one('?|', [JSONB, TEXTS], BOOL),
  jsonb_exists_all: one('?&', [JSONB, TEXTS], BOOL),
  jsonb_delete: [
    { op: '-', args: [JSONB, TEXT], result: JSONB },
    { op: '-', args: [JSONB, INT], result: JSONB },
    { op: '-', args: [JSONB, TEXT], result: JSONB, variadic: true },
  ],
  jsonb_delete_path: one('#-', [JSONB, TEXTS], JSONB),
  jsonb_object_field: one('->', [JSONB, TEXT], JSONB),
  jsonb_object_field_text: one('->>', [JSONB, TEXT], TEXT),
  jsonb_array_element: one('->', [JSONB, INT], JSONB),
  jsonb_array_element_text: one('->>', [JSONB, INT], TEXT),
  json_object_field: one('->', [JSON, TEXT], JSON),
  json_object_field_text: one('->>', [JSON, TEXT], TEXT),
  json_array_element: one('->', [JSON, INT], JSON),
  json_array_element_text: one('->>', [JSON, INT], TEXT),
  jsonb_eq: comparison('='),
  jsonb_ne: comparison('<>'),
  jsonb_lt: comparison('<'),
  jsonb_le: comparison('<='),
  jsonb_gt: comparison('>'),
  jsonb_ge: comparison('>='),
};
