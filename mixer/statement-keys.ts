/**
 * The conflict keys of one execution of a statement: the statement's key templates (analyze.ts),
 * built once per translation and schema, filled in with the execution's parameters.
 */
import type { SqliteValue } from '../pg/types/registry.js';
import type { Translation } from '../dialect/translate/translate.js';
import { type KeyTemplate, MAX_ROW_KEYS, type ValueSource, buildPlan } from './analyze.js';
import { type ConflictKey, type LockMode, MODE_STRENGTH, freshRowKey, partialRowKey, rowKey, writes } from './keys.js';
import type { Rules } from './rules.js';
import type { SchemaInfo } from './schema-keys.js';
import { type ValueClass, canonicalValue, valueClass } from './values.js';

interface CacheEntry {
  schema: SchemaInfo;
  version: number | undefined;
  rules: Rules;
  plan: KeyTemplate[];
}
const plans = new WeakMap<Translation, CacheEntry>();

/**
 * The key SELECT … FOR UPDATE takes on one row of `table`, found by its value in `column`, a key of
 * the table by itself; undefined when it is none or the value has no canonical form.
 */
export function rowLockKey(schema: SchemaInfo, table: string, column: string, value: SqliteValue): ConflictKey | undefined {
  const info = schema.table(table);
  if (!info?.keys.some((set) => set.length === 1 && set[0]!.toLowerCase() === column)) return undefined;
  const type = info.columns?.find((c) => c.name.toLowerCase() === column)?.type;
  const canonical = canonicalValue(value, valueClass(type));
  return canonical === undefined ? undefined : { mode: 'w', table, row: rowKey([column], [canonical]) };
}

/** The conflict keys of one execution of `t` with bound parameters (`params[n-1]` for `$n`). */
export function conflictKeys(t: Translation, params: SqliteValue[], schema: SchemaInfo, rules: Rules): ConflictKey[] {
  let entry = plans.get(t);
  if (!entry || entry.schema !== schema || entry.version !== schema.version || entry.rules !== rules) {
    entry = { schema, version: schema.version, rules, plan: buildPlan(t, schema, rules) };
    plans.set(t, entry);
  }
  const keys: ConflictKey[] = [];
  for (const tpl of entry.plan) instantiate(tpl, params, keys);
  return normalize(keys);
}

/** Numbers the append and fresh keys (see KeyTemplate); locks are decided in one place, so a counter is unique enough. */
let numbered = 0;

function instantiate(tpl: KeyTemplate, params: SqliteValue[], out: ConflictKey[]): void {
  if (tpl.append) {
    out.push({ mode: 'w', table: tpl.table, row: `#append=[${++numbered}]` });
    return;
  }
  if (tpl.fresh !== undefined) {
    out.push({ mode: tpl.mode, table: tpl.table, row: freshRowKey(tpl.fresh, ++numbered) });
    return;
  }
  const set = tpl.row;
  if (!set) {
    out.push({ mode: tpl.mode, table: tpl.table });
    return;
  }
  // Each pinned column may have several alternatives (IN lists, an array's elements): one row key per combination.
  const canonical: (string | null | undefined)[][] = [];
  let count = 1;
  for (let i = 0; i < set.columns.length && count <= MAX_ROW_KEYS; i++) {
    const alts = set.alternatives[i];
    const forms = alts ? resolveAll(alts, params, set.classes[i]!) : [undefined];
    if (!forms) break;
    canonical.push(forms);
    count *= forms.length;
  }
  if (count > MAX_ROW_KEYS || canonical.length !== set.columns.length) {
    out.push({ mode: tpl.mode, table: tpl.table });
    return;
  }
  // `= ANY` of an empty array: the statement reaches no row of the table.
  if (count === 0) return;
  const partial = set.alternatives.includes(undefined);
  // Odometer over the alternatives: one row key per combination.
  const at = new Array<number>(canonical.length).fill(0);
  for (;;) {
    const values = canonical.map((forms, i) => forms[at[i]!]);
    out.push({ mode: tpl.mode, table: tpl.table, row: partial ? partialRowKey(set.columns, values) : set.prefix + JSON.stringify(values) });
    let i = canonical.length - 1;
    while (i >= 0 && ++at[i]! === canonical[i]!.length) at[i--] = 0;
    if (i < 0) return;
  }
}

/** The canonical forms of a column's alternatives, an array parameter's elements each; undefined where one cannot be known. */
function resolveAll(alts: ValueSource[], params: SqliteValue[], cls: ValueClass): (string | null)[] | undefined {
  const forms: (string | null)[] = [];
  for (const src of alts) {
    const values = src.spread ? arrayElements(params[src.param! - 1], src.casts) : [src];
    if (!values) return undefined;
    for (const v of values) {
      const form = resolve(v, params, cls);
      if (form === undefined) return undefined;
      forms.push(form);
    }
    // More than the row keys one table may have: the caller takes the table key.
    if (forms.length > MAX_ROW_KEYS) return undefined;
  }
  return forms;
}

/** A bound array parameter's elements (arrays are stored as JSON text), as constants; undefined for anything else, or nested arrays. */
function arrayElements(v: SqliteValue | undefined, casts: ValueClass[]): ValueSource[] | undefined {
  if (typeof v !== 'string' || !v.startsWith('[')) return undefined;
  let elements: unknown;
  try {
    elements = JSON.parse(v);
  } catch {
    return undefined;
  }
  if (!Array.isArray(elements) || !elements.every((e) => e === null || typeof e === 'number' || typeof e === 'string')) return undefined;
  return elements.map((e) => ({ value: e as SqliteValue, casts }));
}

function resolve(src: ValueSource, params: SqliteValue[], cls: ValueClass): string | null | undefined {
  let v: SqliteValue | boolean | undefined;
  if (src.param !== undefined) {
    if (src.param < 1 || src.param > params.length) return undefined;
    v = params[src.param - 1];
  } else {
    v = src.value;
  }
  if (v === undefined) return undefined;
  // A cast parses the value as its type first: '5'::int4 compares as the integer 5.
  for (const c of src.casts) {
    const form = canonicalValue(v, c);
    if (form === undefined) return undefined;
    // A cast of a fraction to an integer type rounds it: the key of the rounded value is unknown here.
    if (c === 'integer' && form !== null && !/^-?\d+$/.test(form)) return undefined;
    v = form;
  }
  return canonicalValue(v, cls);
}

/**
 * Drops duplicates and keys implied by others: a whole-database write stands alone, a table key
 * covers the row keys of its table in its mode or a weaker one (keys.ts MODE_STRENGTH), a
 * whole-database read covers reads.
 */
function normalize(keys: ConflictKey[]): ConflictKey[] {
  if (keys.length <= 1) return keys;
  let starR = false;
  const tableMode = new Map<string, LockMode>();
  for (const k of keys) {
    if (k.table === '*') {
      if (k.mode === 'w') return [{ mode: 'w', table: '*' }];
      starR = true;
    } else if (k.row === undefined) {
      const had = tableMode.get(k.table);
      if (had === undefined || MODE_STRENGTH[k.mode] > MODE_STRENGTH[had]) tableMode.set(k.table, k.mode);
    }
  }
  const seen = new Set<string>();
  const out: ConflictKey[] = [];
  if (starR) out.push({ mode: 'r', table: '*' });
  for (const k of keys) {
    if (k.table === '*') continue;
    if (!writes(k.mode) && starR) continue;
    const t = tableMode.get(k.table);
    if (t !== undefined && (k.row !== undefined ? MODE_STRENGTH[t] >= MODE_STRENGTH[k.mode] : MODE_STRENGTH[t] > MODE_STRENGTH[k.mode])) continue;
    const id = `${k.mode}\u0000${k.table}\u0000${k.row ?? ''}\u0000${k.row === undefined ? 't' : 'r'}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(k);
  }
  return out;
}
