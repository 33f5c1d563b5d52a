/**
 * The hstore extension's operators and functions as SQL over runtime/hstore-functions.ts (which
 * ones an expression names: hstore-types.ts), its casts, and the set-returning ones (skeys, svals,
 * each) written as the array and jsonb ones they equal.
 */
import { sqlLiteral } from '../../pg/coerce.js';
import { PgError, SqlState } from '../../pg/errors.js';
import { hstoreIn } from '../../pg/types/hstore.js';
import { OID, formatType, type PgTypeInfo } from '../../pg/types/registry.js';
import { decodeTextParam } from '../../pg/types/text-format.js';
import { HSTORE_FUNCTIONS } from '../catalog/extensions.js';
import type { EmitContext } from './emit-context.js';
import { noOperator } from './no-function.js';
import { isHstore, isTextArray, isTextual, rightKind, untyped } from './hstore-types.js';
import { type Node, isUnknownLiteral, names } from './parse.js';
import { unsupported } from './unsupported.js';

/** An operand as an hstore: an untyped literal read now (its errors raised now), other text at run time. */
function asHstore(em: EmitContext, n: Node, sql: string): string {
  if (isUnknownLiteral(n)) return sqlLiteral(hstoreIn(n.A_Const.sval.sval ?? ''));
  return isHstore(em.typeOf(n)) || untyped(n) ? sql : `pg_hstore_in(${sql})`;
}

/** An operand as a text[]: an untyped literal read by array_in now. */
function asTextArray(n: Node, sql: string): string {
  return isUnknownLiteral(n) ? sqlLiteral(decodeTextParam(n.A_Const.sval.sval ?? '', OID.text_array)) : sql;
}

/** The SQL of `l op r` over hstore operands; undefined where no operand is an hstore. */
export function hstoreOperator(em: EmitContext, op: string, e: Node, l: string, r: string): string | undefined {
  // No value is an hstore without the extension.
  if (!em.schema.hasExtension('hstore')) return undefined;
  const [ln, rn] = [e.lexpr as Node | undefined, e.rexpr as Node];
  if (!ln) {
    if ((op !== '%%' && op !== '%#') || !isHstore(em.typeOf(rn))) return undefined;
    return `pg_hstore_to_${op === '%%' ? 'array' : 'matrix'}(${r})`;
  }
  const [lt, rt] = [em.typeOf(ln), em.typeOf(rn)];
  if (op === '#=' && (isHstore(rt) || isHstore(lt))) throw unsupported('the #= operator (populate_record)');
  if (!isHstore(lt) && !(isHstore(rt) && untyped(ln))) return undefined;
  const kind = isHstore(lt) ? rightKind(em, rn) : 'hstore';
  // The right operand is read as an hstore only where the operator takes one.
  const hl = asHstore(em, ln, l);
  const hr = () => asHstore(em, rn, r);
  const refused = () => noOperator(op, lt, untyped(rn) ? null : rt);
  switch (op) {
    case '->':
      if (kind === 'array') return `pg_hstore_fetch_array(${hl}, ${r})`;
      if (kind === 'text' || kind === 'unknown') return `pg_hstore_fetch(${hl}, ${r})`;
      throw refused();
    case '?':
      if (kind === 'text' || kind === 'unknown') return `pg_hstore_exists(${hl}, ${r})`;
      throw refused();
    case '?|':
    case '?&':
      if (kind === 'array' || kind === 'unknown') return `pg_hstore_exists_${op === '?|' ? 'any' : 'all'}(${hl}, ${asTextArray(rn, r)})`;
      throw refused();
    case '@>':
    case '<@':
      if (kind !== 'hstore' && kind !== 'unknown') throw refused();
      return op === '@>' ? `pg_hstore_contains(${hl}, ${hr()})` : `pg_hstore_contains(${hr()}, ${hl})`;
    case '=':
    case '<>':
    case '!=':
      if (kind !== 'hstore' && kind !== 'unknown') throw refused();
      return `(${hl}) ${op === '=' ? '=' : '<>'} (${hr()})`;
    case '||':
      // hstore || text is anynonarray || text: the texts joined.
      if (kind === 'hstore' || kind === 'unknown') return `pg_hstore_concat(${hl}, ${hr()})`;
      return undefined;
    case '-':
      // An untyped literal takes the left operand's type, as PostgreSQL resolves `h - 'a=>1'` (hstore - hstore).
      if (kind === 'text') return `pg_hstore_delete(${hl}, ${r})`;
      if (kind === 'array') return `pg_hstore_delete_keys(${hl}, ${r})`;
      if (kind === 'hstore' || kind === 'unknown') return `pg_hstore_delete_pairs(${hl}, ${hr()})`;
      throw refused();
    default:
      throw refused();
  }
}

/**
 * hstore(record) of a FROM item's whole row (`hstore(t)`): hstore(text[], text[]) of its columns'
 * names and their values as text, as hstore_from_record reads each through its type's output
 * function. Undefined for another argument.
 */
function recordAsArrays(em: EmitContext, arg: Node): Node | undefined {
  const ref = arg.ColumnRef ? names(arg.ColumnRef.fields) : [];
  const whole = ref.length === 1 || (ref.length === 2 && ref[1] === '*') ? em.scope?.wholeRowValue(ref[0]!) : undefined;
  if (!whole) return undefined;
  const text = { names: [{ String: { sval: 'text' } }], typemod: -1 };
  const array = (elements: Node[]): Node => ({ TypeCast: { arg: { A_ArrayExpr: { elements } }, typeName: { ...text, arrayBounds: [{ Integer: { ival: -1 } }] } } });
  const keys = whole.columns.map((c) => ({ A_Const: { sval: { sval: c.name } } }));
  const column = (name: string): Node => ({ ColumnRef: { fields: [{ String: { sval: ref[0] } }, { String: { sval: name } }] } });
  // boolout prints t or f, where a cast to text says true or false.
  const letter = (sval: string) => ({ A_Const: { sval: { sval } } });
  const bool = (c: Node): Node => ({ CaseExpr: { args: [{ CaseWhen: { expr: c, result: letter('t') } }, { CaseWhen: { expr: { BoolExpr: { boolop: 'NOT_EXPR', args: [c] } }, result: letter('f') } }] } });
  const values = whole.columns.map((c) => (c.type?.oid === OID.bool ? bool(column(c.name)) : { TypeCast: { arg: column(c.name), typeName: text } }));
  return { FuncCall: { funcname: [{ String: { sval: 'hstore' } }], args: [array(keys), array(values)], funcformat: 'COERCE_EXPLICIT_CALL' } };
}

/** A call of one of hstore's functions; undefined for another function or before CREATE EXTENSION hstore. */
export function hstoreCall(em: EmitContext, name: string, args: Node[]): string | undefined {
  if (!HSTORE_FUNCTIONS.includes(name) || !em.schema.hasExtension('hstore')) return undefined;
  const types = args.map((a) => em.typeOf(a));
  const sql = args.map((a) => em.expr(a));
  const h = (i: number) => asHstore(em, args[i]!, sql[i]!);
  const arr = (i: number) => asTextArray(args[i]!, sql[i]!);
  const noFunction = () =>
    new PgError(SqlState.undefinedFunction, `function ${name}(${types.map((x, i) => (untyped(args[i]) ? 'unknown' : x ? formatType(x.oid, -1) : 'unknown')).join(', ')}) does not exist`, {
      hint: 'No function matches the given name and argument types. You might need to add explicit type casts.',
    });
  const arity = (n: number) => {
    if (args.length !== n) throw noFunction();
  };
  // Each argument's kind must be one the function takes (nothing converts to hstore or text[] implicitly but an untyped literal).
  const hstoreArg = (i: number) => {
    if (!untyped(args[i]) && !isHstore(types[i])) throw noFunction();
    return h(i);
  };
  const textArg = (i: number) => {
    if (!untyped(args[i]) && !isTextual(types[i])) throw noFunction();
    return sql[i]!;
  };
  const arrayArg = (i: number) => {
    if (!untyped(args[i]) && !isTextArray(types[i])) throw noFunction();
    return arr(i);
  };
  switch (name) {
    case 'populate_record':
      throw unsupported('populate_record()');
    case 'hstore':
      if (args.length === 1) {
        if (untyped(args[0]) || isTextArray(types[0])) return `pg_hstore_from_array(${arr(0)})`;
        const record = recordAsArrays(em, args[0]!);
        if (record) return em.expr(record);
        throw unsupported('hstore(record)');
      }
      arity(2);
      if (isTextArray(types[0]) || isTextArray(types[1])) return `pg_hstore_from_arrays(${arrayArg(0)}, ${arrayArg(1)})`;
      return `pg_hstore_from_text(${textArg(0)}, ${textArg(1)})`;
    case 'tconvert':
      arity(2);
      return `pg_hstore_from_text(${textArg(0)}, ${textArg(1)})`;
    case 'akeys':
    case 'avals':
    case 'hstore_to_array':
    case 'hstore_to_matrix':
    case 'hstore_to_json':
    case 'hstore_to_jsonb':
    case 'hstore_to_json_loose':
    case 'hstore_to_jsonb_loose':
      arity(1);
      return `pg_hstore_${name.replace(/^hstore_/, '')}(${hstoreArg(0)})`;
    case 'exist':
    case 'isexists':
      arity(2);
      return `pg_hstore_exists(${hstoreArg(0)}, ${textArg(1)})`;
    case 'defined':
    case 'isdefined':
      arity(2);
      return `pg_hstore_defined(${hstoreArg(0)}, ${textArg(1)})`;
    case 'fetchval':
      arity(2);
      return `pg_hstore_fetch(${hstoreArg(0)}, ${textArg(1)})`;
    case 'exists_any':
    case 'exists_all':
      arity(2);
      return `pg_hstore_${name}(${hstoreArg(0)}, ${arrayArg(1)})`;
    case 'slice_array':
      arity(2);
      return `pg_hstore_fetch_array(${hstoreArg(0)}, ${arrayArg(1)})`;
    case 'slice':
      arity(2);
      return `pg_hstore_slice(${hstoreArg(0)}, ${arrayArg(1)})`;
    case 'hs_concat':
      arity(2);
      return `pg_hstore_concat(${hstoreArg(0)}, ${hstoreArg(1)})`;
    case 'hs_contains':
    case 'hs_contained': {
      arity(2);
      const [a, b] = [hstoreArg(0), hstoreArg(1)];
      return name === 'hs_contains' ? `pg_hstore_contains(${a}, ${b})` : `pg_hstore_contains(${b}, ${a})`;
    }
    case 'delete': {
      arity(2);
      const first = hstoreArg(0);
      // delete(hstore, unknown) is the text one, as for `-`.
      if (untyped(args[1]) || isTextual(types[1])) return `pg_hstore_delete(${first}, ${sql[1]})`;
      if (isTextArray(types[1])) return `pg_hstore_delete_keys(${first}, ${sql[1]})`;
      if (isHstore(types[1])) return `pg_hstore_delete_pairs(${first}, ${sql[1]})`;
      throw noFunction();
    }
    default:
      return undefined;
  }
}

/** The functions that make JSON of any value, which take an hstore by its cast to json (a JSON object, not its text). */
const JSON_MAKERS = new Set(['to_json', 'to_jsonb', 'json_agg', 'jsonb_agg', 'json_build_object', 'jsonb_build_object', 'json_build_array', 'jsonb_build_array', 'json_object_agg', 'jsonb_object_agg']);

/** `to_json(h)`, `json_agg(h)` …: the call with each hstore argument cast to json; undefined where none is an hstore. */
export function hstoreAsJson(em: EmitContext, f: Node, name: string, args: Node[]): string | undefined {
  if (!JSON_MAKERS.has(name) || !em.schema.hasExtension('hstore') || !args.some((a) => isHstore(em.typeOf(a)))) return undefined;
  const json = (a: Node): Node => (isHstore(em.typeOf(a)) ? { TypeCast: { arg: a, typeName: { names: [{ String: { sval: 'json' } }], typemod: -1 } } } : a);
  return em.expr({ FuncCall: { ...f, args: args.map(json) } });
}

/** hstore's casts: to json and jsonb (hstore_to_json, hstore_to_jsonb), and from text[] (hstore(text[])). */
export function hstoreCast(em: EmitContext, arg: Node, sql: string, target: PgTypeInfo): string | undefined {
  const source = em.typeOf(arg);
  if (isHstore(source)) {
    if (target.oid === OID.json) return `pg_hstore_to_json(${sql})`;
    if (target.oid === OID.jsonb) return `pg_hstore_to_jsonb(${sql})`;
    if (target.oid === OID.hstore) return sql;
    if (isTextual(target) || isTextArray(target)) return undefined;
    throw new PgError(SqlState.cannotCoerce, `cannot cast type hstore to ${formatType(target.oid, target.typmod)}`);
  }
  if (target.oid === OID.hstore && isTextArray(source)) return `pg_hstore_from_array(${sql})`;
  return undefined;
}

/**
 * skeys(h), svals(h) and each(h) written as what they equal: unnest(akeys(h)), unnest(avals(h))
 * and jsonb_each_text(hstore_to_jsonb(h)), each in hstore's key order, which jsonb's is. A column
 * or FROM item not named keeps the function's own name. A field of each's record (`(each(h)).key`,
 * `(each(h)).*` in a select list) is the set of that field: skeys's, svals's.
 */
export function hstoreSetReturning(node: Node): Node {
  const rewrite = (f: Node): Node | undefined => {
    const name = names(f.funcname).at(-1);
    if ((name !== 'skeys' && name !== 'svals' && name !== 'each') || (f.args ?? []).length !== 1 || f.over) return undefined;
    const call = (fn: string, args: Node[]): Node => ({ FuncCall: { funcname: [{ String: { sval: fn } }], args, funcformat: 'COERCE_EXPLICIT_CALL', location: f.location } });
    const arg = walk(f.args[0]) as Node;
    if (name === 'each') return call('jsonb_each_text', [call('hstore_to_jsonb', [arg])]);
    return call('unnest', [call(name === 'skeys' ? 'akeys' : 'avals', [arg])]);
  };
  // `(each(h)).key` and `.value`: the field's name, and h; undefined for another node.
  const eachField = (n: Node | undefined): { field: string; arg: Node } | undefined => {
    const f = n?.A_Indirection?.arg?.FuncCall;
    const ind = (n?.A_Indirection?.indirection ?? []) as Node[];
    if (!f || f.over || names(f.funcname).at(-1) !== 'each' || (f.args ?? []).length !== 1 || ind.length !== 1) return undefined;
    const field = ind[0]!.A_Star ? '*' : ind[0]!.String?.sval;
    return field === 'key' || field === 'value' || field === '*' ? { field, arg: walk(f.args[0]) as Node } : undefined;
  };
  const fieldSet = (field: string, arg: Node, location: unknown): Node => ({
    FuncCall: { funcname: [{ String: { sval: 'unnest' } }], args: [{ FuncCall: { funcname: [{ String: { sval: field === 'key' ? 'akeys' : 'avals' } }], args: [arg], funcformat: 'COERCE_EXPLICIT_CALL' } }], funcformat: 'COERCE_EXPLICIT_CALL', location },
  });
  const walk = (n: unknown): unknown => {
    if (!n || typeof n !== 'object') return n;
    if (Array.isArray(n)) {
      return n.flatMap((x: Node) => {
        const each = x?.ResTarget ? eachField(x.ResTarget.val) : undefined;
        if (!each) return [walk(x)];
        const fields = each.field === '*' ? ['key', 'value'] : [each.field];
        return fields.map((field) => ({ ResTarget: { ...x.ResTarget, name: x.ResTarget.name ?? field, val: fieldSet(field, each.arg, x.ResTarget.location) } }));
      });
    }
    const node = n as Node;
    const each = eachField(node);
    if (each && each.field !== '*') return fieldSet(each.field, each.arg, node.A_Indirection.arg.FuncCall.location);
    if (node.ResTarget && !node.ResTarget.name && node.ResTarget.val?.FuncCall) {
      const name = names(node.ResTarget.val.FuncCall.funcname).at(-1);
      const made = rewrite(node.ResTarget.val.FuncCall);
      if (made) return { ResTarget: { ...node.ResTarget, name, val: made } };
    }
    if (node.RangeFunction && !node.RangeFunction.alias) {
      const fn = node.RangeFunction.functions?.[0]?.List?.items?.[0]?.FuncCall as Node | undefined;
      const made = fn && node.RangeFunction.functions.length === 1 ? rewrite(fn) : undefined;
      if (made) {
        const items = [made, ...node.RangeFunction.functions[0].List.items.slice(1)];
        return { RangeFunction: { ...node.RangeFunction, functions: [{ List: { items } }], alias: { aliasname: names(fn!.funcname).at(-1) } } };
      }
    }
    if (node.FuncCall) {
      const made = rewrite(node.FuncCall);
      if (made) return made;
    }
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
  };
  return walk(node) as Node;
}
