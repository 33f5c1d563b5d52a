/**
 * SQL/JSON path language: lax and strict mode, `$`, `$var`, `.key`, `."key"`, `.*`, `.**` (with
 * levels), `[n]`, `[n to m]`, `[last]`, `[*]`, arithmetic (`+ - * / %`, unary minus), filters
 * `? (…)` over `@` with comparisons, `&&`, `||`, `!`, `exists (…)`, `… is unknown`, `starts with`,
 * `like_regex`, and the item methods `size()`, `type()`, `abs()`, `floor()`, `ceiling()`,
 * `double()`, `keyvalue()` (of the document itself). What it does not implement (datetime, the
 * keyvalue ids of nested objects, like_regex's `x` flag) is refused with 0A000, never evaluated
 * differently. Evaluation follows jsonpath_exec.c: in lax mode accessors unwrap arrays and
 * structural errors yield nothing, in strict mode they are errors; a comparison of incomparable
 * items is unknown. Pure.
 */
import { PgError, SqlState } from '../errors.js';
import { JsonNumber, JsonObject, type JsonNode, compareJsonbKeys } from './json.js';
import { add, ceilOrFloor, compareDecimals, decimalText, divide, modulo, multiply, negate, parseNumericText, type Decimal } from './numeric.js';
import { pgRegExp } from '../regex.js';
import { jsonbTypeof } from './jsonb-edit.js';

type Expr =
  | { k: 'path'; root: '$' | '@' | 'var' | 'lit'; name?: string; v?: JsonNode; steps: Step[] }
  | { k: 'lit'; v: JsonNode }
  | { k: 'cmp'; op: string; l: Expr; r: Expr }
  | { k: 'and' | 'or'; l: Expr; r: Expr }
  | { k: 'not' | 'unknown' | 'exists'; e: Expr }
  | { k: 'starts'; l: Expr; r: Expr }
  | { k: 'arith'; op: string; l: Expr; r: Expr }
  | { k: 'neg'; op: string; e: Expr }
  | { k: 'regex'; l: Expr; re: RegExp; pattern: string; flags: string };

type Subscript = { from: Expr; to?: Expr };

type Step =
  | { k: 'key'; name: string }
  | { k: 'anykey' }
  | { k: 'index'; subs: Subscript[] }
  | { k: 'anyindex' }
  | { k: 'filter'; e: Expr }
  | { k: 'method'; name: string }
  | { k: 'anypath'; from: number; to: number };

const METHODS = new Set(['size', 'type', 'abs', 'floor', 'ceiling', 'double', 'keyvalue', 'datetime']);

/** `.**{… to last}`: no bound. */
const LAST_LEVEL = Number.MAX_SAFE_INTEGER;

function syntaxError(text: string): PgError {
  return new PgError(SqlState.syntaxError, text === 'end' ? 'syntax error at end of jsonpath input' : `syntax error at or near "${text}" of jsonpath input`);
}

function unsupportedPath(what: string): PgError {
  return new PgError(SqlState.featureNotSupported, `jsonpath ${what} is not supported by evsql`);
}

type Token = { t: 'id' | 'str' | 'num' | 'var' | 'op'; v: string };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const quotedVar = c === '$' && src[i + 1] === '"';
    if (c === '"' || quotedVar) {
      if (quotedVar) i++;
      let j = i + 1;
      let s = '';
      while (j < src.length && src[j] !== '"') {
        if (src[j] === '\\') {
          const e = src[j + 1];
          if (e === 'u') {
            s += String.fromCharCode(parseInt(src.slice(j + 2, j + 6), 16));
            j += 6;
            continue;
          }
          s += ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' } as Record<string, string>)[e!] ?? e;
          j += 2;
          continue;
        }
        s += src[j];
        j++;
      }
      if (j >= src.length) throw syntaxError(src.slice(i));
      out.push({ t: quotedVar ? 'var' : 'str', v: s });
      i = j + 1;
      continue;
    }
    const num = /^(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?/.exec(src.slice(i));
    if (num && !(c === '.' && out.length > 0 && out.at(-1)!.t !== 'op')) {
      out.push({ t: 'num', v: num[0] });
      i += num[0].length;
      continue;
    }
    const word = /^\$?[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
    if (word) {
      out.push(word[0].startsWith('$') ? { t: 'var', v: word[0].slice(1) } : { t: 'id', v: word[0] });
      i += word[0].length;
      continue;
    }
    const op = /^(==|!=|<>|<=|>=|&&|\|\||[$@.\[\](),?!<>*+\-/%=:{}])/.exec(src.slice(i));
    if (!op) throw syntaxError(src.slice(i));
    out.push({ t: 'op', v: op[0] });
    i += op[0].length;
  }
  return out;
}

class Parser {
  private pos = 0;
  constructor(private readonly toks: Token[]) {}

  private peek(v?: string): Token | undefined {
    const t = this.toks[this.pos];
    return v === undefined || (t && t.v === v && (t.t === 'op' || t.t === 'id')) ? t : undefined;
  }

  private take(v: string): void {
    if (!this.peek(v)) throw syntaxError(this.toks[this.pos]?.v ?? 'end');
    this.pos++;
  }

  private accept(v: string): boolean {
    if (!this.peek(v)) return false;
    this.pos++;
    return true;
  }

  strict = false;

  parse(): Expr {
    if (this.accept('strict')) this.strict = true;
    else this.accept('lax');
    const e = this.or();
    if (this.pos < this.toks.length) throw syntaxError(this.toks[this.pos]!.v);
    return e;
  }

  private or(): Expr {
    let l = this.and();
    while (this.accept('||')) l = { k: 'or', l, r: this.and() };
    return l;
  }

  private and(): Expr {
    let l = this.unary();
    while (this.accept('&&')) l = { k: 'and', l, r: this.unary() };
    return l;
  }

  private unary(): Expr {
    if (this.accept('!')) {
      this.take('(');
      const e = this.or();
      this.take(')');
      return { k: 'not', e };
    }
    return this.comparison();
  }

  private comparison(): Expr {
    const l = this.additive();
    const t = this.peek();
    if (t?.t === 'op' && ['==', '!=', '<>', '<', '<=', '>', '>='].includes(t.v)) {
      this.pos++;
      return { k: 'cmp', op: t.v === '<>' ? '!=' : t.v, l, r: this.additive() };
    }
    if (this.peek('starts')) {
      this.pos++;
      this.take('with');
      return { k: 'starts', l, r: this.additive() };
    }
    if (this.peek('like_regex')) {
      this.pos++;
      const pattern = this.toks[this.pos++];
      if (pattern?.t !== 'str') throw syntaxError(pattern?.v ?? 'end');
      let flags = '';
      if (this.accept('flag')) {
        const f = this.toks[this.pos++];
        if (f?.t !== 'str') throw syntaxError(f?.v ?? 'end');
        flags = f.v;
      }
      return { k: 'regex', l, re: likeRegex(pattern.v, flags), pattern: pattern.v, flags };
    }
    if (this.peek('is')) {
      this.pos++;
      this.take('unknown');
      return { k: 'unknown', e: l };
    }
    return l;
  }

  private additive(): Expr {
    let l = this.multiplicative();
    for (let t = this.peek(); t?.t === 'op' && (t.v === '+' || t.v === '-'); t = this.peek()) {
      this.pos++;
      l = { k: 'arith', op: t.v, l, r: this.multiplicative() };
    }
    return l;
  }

  private multiplicative(): Expr {
    let l = this.signed();
    for (let t = this.peek(); t?.t === 'op' && (t.v === '*' || t.v === '/' || t.v === '%'); t = this.peek()) {
      this.pos++;
      l = { k: 'arith', op: t.v, l, r: this.signed() };
    }
    return l;
  }

  private signed(): Expr {
    const t = this.peek();
    if (t?.t === 'op' && (t.v === '-' || t.v === '+') && this.toks[this.pos + 1]?.t !== 'num') {
      this.pos++;
      return { k: 'neg', op: t.v, e: this.signed() };
    }
    return this.primary();
  }

  private primary(): Expr {
    const t = this.toks[this.pos];
    if (!t) throw syntaxError('end');
    if (t.t === 'op' && t.v === '(') {
      this.pos++;
      const e = this.or();
      this.take(')');
      if (e.k === 'path') return { ...e, steps: [...e.steps, ...this.steps()] };
      return e;
    }
    if (t.t === 'op' && t.v === '-' && this.toks[this.pos + 1]?.t === 'num') {
      this.pos += 2;
      return { k: 'lit', v: numberNode('-' + this.toks[this.pos - 1]!.v) };
    }
    if (t.t === 'num') {
      this.pos++;
      return { k: 'lit', v: numberNode(t.v) };
    }
    if (t.t === 'str') {
      this.pos++;
      // A literal may take accessors too (`"2024-01-01".datetime()`).
      const steps = this.steps();
      return steps.length ? { k: 'path', root: 'lit', v: t.v, steps } : { k: 'lit', v: t.v };
    }
    if (t.t === 'id' && (t.v === 'true' || t.v === 'false' || t.v === 'null')) {
      this.pos++;
      return { k: 'lit', v: t.v === 'null' ? null : t.v === 'true' };
    }
    if (t.t === 'id' && t.v === 'exists') {
      this.pos++;
      this.take('(');
      const e = this.or();
      this.take(')');
      return { k: 'exists', e };
    }
    if (t.t === 'var') {
      this.pos++;
      return { k: 'path', root: 'var', name: t.v, steps: this.steps() };
    }
    if (t.t === 'op' && (t.v === '$' || t.v === '@')) {
      this.pos++;
      return { k: 'path', root: t.v, steps: this.steps() };
    }
    if (t.t === 'id' && t.v === 'last') throw unsupportedPath('last outside a subscript');
    throw syntaxError(t.v);
  }

  private steps(): Step[] {
    const steps: Step[] = [];
    for (;;) {
      if (this.accept('.')) {
        const t = this.toks[this.pos++];
        if (!t) throw syntaxError('end');
        if (t.t === 'op' && t.v === '*' && this.accept('*')) steps.push(this.levels());
        else if (t.t === 'op' && t.v === '*') steps.push({ k: 'anykey' });
        else if (t.t === 'str' || t.t === 'id') {
          if (t.t === 'id' && this.accept('(')) {
            if (!METHODS.has(t.v)) throw unsupportedPath(`method .${t.v}()`);
            if (t.v === 'datetime' && !this.peek(')')) throw unsupportedPath('.datetime() with a template');
            this.take(')');
            steps.push({ k: 'method', name: t.v });
          } else steps.push({ k: 'key', name: t.v });
        } else throw syntaxError(t.v);
        continue;
      }
      if (this.accept('[')) {
        if (this.accept('*')) {
          this.take(']');
          steps.push({ k: 'anyindex' });
          continue;
        }
        const subs: Subscript[] = [];
        do {
          const from = this.subscript();
          const to = this.accept('to') ? this.subscript() : undefined;
          subs.push({ from, to });
        } while (this.accept(','));
        this.take(']');
        steps.push({ k: 'index', subs });
        continue;
      }
      if (this.accept('?')) {
        this.take('(');
        const e = this.or();
        this.take(')');
        steps.push({ k: 'filter', e });
        continue;
      }
      return steps;
    }
  }

  /** `.**`'s optional `{n}`, `{n to m}`, `{last}`. */
  private levels(): Step {
    if (!this.accept('{')) return { k: 'anypath', from: 0, to: LAST_LEVEL };
    const level = () => {
      if (this.accept('last')) return LAST_LEVEL;
      const n = this.toks[this.pos++];
      if (n?.t !== 'num' || !/^\d+$/.test(n.v)) throw syntaxError(n?.v ?? 'end');
      return Number(n.v);
    };
    const from = level();
    const to = this.accept('to') ? level() : from;
    this.take('}');
    return { k: 'anypath', from, to };
  }

  private subscript(): Expr {
    if (this.accept('last')) {
      if (this.accept('-')) {
        const n = this.toks[this.pos++];
        if (n?.t !== 'num') throw unsupportedPath('arithmetic');
        return { k: 'lit', v: new JsonNumber(`last-${n.v}`) };
      }
      return { k: 'lit', v: new JsonNumber('last') };
    }
    const e = this.primary();
    if (e.k !== 'lit') throw unsupportedPath('a computed subscript');
    return e;
  }
}

function numberNode(text: string): JsonNumber {
  const d = parseNumericText(text);
  if (!d || typeof d === 'string') throw syntaxError(text);
  return new JsonNumber(decimalText(d));
}

export interface JsonPath {
  expr: Expr;
  strict: boolean;
}

/** like_regex's pattern with its XQuery flags: `.` matches a newline unless `m`, `q` quotes it all. */
function likeRegex(pattern: string, flags: string): RegExp {
  if (/[^imsq]/.test(flags)) {
    if (flags.includes('x')) throw unsupportedPath('like_regex flag "x"');
    throw new PgError(SqlState.syntaxError, `invalid input syntax for type jsonpath`, { detail: `Unrecognized flag character "${/[^imsqx]/.exec(flags)?.[0]}" in LIKE_REGEX predicate.` });
  }
  const source = flags.includes('q') ? pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : pattern;
  const re = pgRegExp(source, flags.includes('i') ? 'i' : '');
  return flags.includes('m') && !flags.includes('s') ? new RegExp(re.source, re.flags.replace('s', '') + 'm') : re;
}

const cache = new Map<string, JsonPath>();

/** jsonpath_in: the parsed path (cached: a statement evaluates one path over many rows). */
export function parseJsonPath(text: string): JsonPath {
  let p = cache.get(text);
  if (!p) {
    const parser = new Parser(tokenize(text));
    const expr = parser.parse();
    p = { expr, strict: parser.strict };
    if (cache.size > 1000) cache.clear();
    cache.set(text, p);
  }
  return p;
}

type Truth = true | false | null;

class Evaluator {
  constructor(
    private readonly root: JsonNode,
    private readonly vars: JsonNode,
    private readonly strict: boolean,
    private readonly zone: ZoneShift | undefined,
  ) {}

  /** Lax mode's automatic unwrapping of arrays. */
  private unwrap(xs: JsonNode[]): JsonNode[] {
    return this.strict ? xs : xs.flatMap((x) => (Array.isArray(x) ? x : [x]));
  }

  /** A structural error: strict mode's, lax mode ignores it (yields nothing). */
  private structural(code: string, message: string): JsonNode[] {
    if (this.strict) throw new PgError(code, message);
    return [];
  }

  private arith(e: { op: string; l: Expr; r: Expr }, at: JsonNode): JsonNode[] {
    const operand = (side: Expr, which: string): Decimal => {
      const xs = this.unwrap(this.items(side, at));
      if (xs.length !== 1 || !(xs[0] instanceof JsonNumber)) throw new PgError('22038', `${which} operand of jsonpath operator ${e.op} is not a single numeric value`);
      return parseNumericText(xs[0].raw) as Decimal;
    };
    const a = operand(e.l, 'left');
    const b = operand(e.r, 'right');
    const r = e.op === '+' ? add(a, b) : e.op === '-' ? add(a, negate(b)) : e.op === '*' ? multiply(a, b) : e.op === '/' ? divide(a, b) : modulo(a, b);
    return [new JsonNumber(decimalText(r))];
  }

  items(e: Expr, at: JsonNode): JsonNode[] {
    switch (e.k) {
      case 'lit':
        return [e.v];
      case 'path': {
        let start: JsonNode;
        if (e.root === '$') start = this.root;
        else if (e.root === '@') start = at;
        else if (e.root === 'lit') start = e.v!;
        else {
          const v = this.vars instanceof JsonObject ? new Map(this.vars.entries).get(e.name!) : undefined;
          if (v === undefined) throw new PgError(SqlState.undefinedObject, `could not find jsonpath variable "${e.name}"`);
          start = v;
        }
        let cur = [start];
        for (const s of e.steps) cur = cur.flatMap((x) => this.step(s, x));
        return cur;
      }
      case 'arith':
        return this.arith(e, at);
      case 'neg':
        return this.unwrap(this.items(e.e, at)).map((x) => {
          if (!(x instanceof JsonNumber)) throw new PgError('22038', `operand of unary jsonpath operator ${e.op} is not a numeric value`);
          return e.op === '-' ? new JsonNumber(decimalText(negate(parseNumericText(x.raw) as Decimal))) : x;
        });
      default: {
        const t = this.truth(e, at);
        return [t];
      }
    }
  }

  private step(s: Step, x: JsonNode): JsonNode[] {
    switch (s.k) {
      case 'key':
        if (Array.isArray(x) && !this.strict) return x.flatMap((e) => this.step(s, e));
        if (x instanceof JsonObject) {
          const v = new Map(x.entries).get(s.name);
          return v === undefined ? this.structural('2203A', `JSON object does not contain key "${s.name}"`) : [v];
        }
        return this.structural('2203A', 'jsonpath member accessor can only be applied to an object');
      case 'anykey':
        if (Array.isArray(x) && !this.strict) return x.flatMap((e) => this.step(s, e));
        return x instanceof JsonObject ? [...jsonbOrder(x).values()] : this.structural('2203C', 'jsonpath wildcard member accessor can only be applied to an object');
      case 'anyindex':
        return Array.isArray(x) ? x : this.strict ? this.structural('22039', 'jsonpath wildcard array accessor can only be applied to an array') : [x];
      case 'index': {
        if (!Array.isArray(x) && this.strict) return this.structural('22039', 'jsonpath array accessor can only be applied to an array');
        const arr = Array.isArray(x) ? x : [x];
        const out: JsonNode[] = [];
        for (const sub of s.subs) {
          const from = this.index(sub.from, arr.length);
          const to = sub.to ? this.index(sub.to, arr.length) : from;
          if (this.strict && (from < 0 || from > to || to >= arr.length)) return this.structural('22033', 'jsonpath array subscript is out of bounds');
          for (let i = Math.max(from, 0); i <= Math.min(to, arr.length - 1); i++) out.push(arr[i]!);
        }
        return out;
      }
      case 'filter': {
        const arr = Array.isArray(x) && !this.strict ? x : [x];
        return arr.filter((e) => this.truth(s.e, e) === true);
      }
      case 'anypath':
        return descendants(x, 0, s.from, s.to);
      case 'method':
        return this.method(s.name, x);
    }
  }

  private index(e: Expr, length: number): number {
    const v = (e as { v: JsonNode }).v;
    if (!(v instanceof JsonNumber)) throw new PgError(SqlState.invalidParameterValue, 'jsonpath array subscript is not a single numeric value');
    if (v.raw === 'last') return length - 1;
    if (v.raw.startsWith('last-')) return length - 1 - Math.trunc(Number(v.raw.slice(5)));
    return Math.trunc(Number(v.raw));
  }

  private method(name: string, x: JsonNode): JsonNode[] {
    if (name === 'size') {
      if (!Array.isArray(x) && this.strict) return this.structural('22039', 'jsonpath item method .size() can only be applied to an array');
      return [new JsonNumber(String(Array.isArray(x) ? x.length : 1))];
    }
    if (name === 'type') return [x instanceof JsonDateTime ? x.type : jsonbTypeof(x)];
    if (Array.isArray(x) && !this.strict) return x.flatMap((e) => this.method(name, e));
    if (name === 'keyvalue') return this.keyvalue(x);
    if (name === 'datetime') return [dateTime(x) as unknown as JsonNode];
    if (name === 'double') return [double(x)];
    if (!(x instanceof JsonNumber)) {
      throw new PgError('22036', `jsonpath item method .${name}() can only be applied to a numeric value`);
    }
    const d = parseNumericText(x.raw) as Decimal;
    const r = name === 'abs' ? (d.units < 0n ? negate(d) : d) : ceilOrFloor(d, name === 'ceiling');
    return [new JsonNumber(decimalText(r))];
  }

  /** keyvalue(): each member as {"id", "key", "value"}; the id is the object's offset in the document, 0 for the document itself. */
  private keyvalue(x: JsonNode): JsonNode[] {
    if (!(x instanceof JsonObject)) throw new PgError('2203C', 'jsonpath item method .keyvalue() can only be applied to an object');
    if (x !== this.root) throw unsupportedPath('keyvalue() of an object inside the document');
    return [...jsonbOrder(x)].map(([k, v]) => new JsonObject([['id', new JsonNumber('0')], ['key', k], ['value', v]]));
  }

  truth(e: Expr, at: JsonNode): Truth {
    switch (e.k) {
      case 'and': {
        const l = this.truth(e.l, at);
        if (l === false) return false;
        const r = this.truth(e.r, at);
        return r === false ? false : l === true && r === true ? true : null;
      }
      case 'or': {
        const l = this.truth(e.l, at);
        if (l === true) return true;
        const r = this.truth(e.r, at);
        return r === true ? true : l === false && r === false ? false : null;
      }
      case 'not': {
        const v = this.truth(e.e, at);
        return v === null ? null : !v;
      }
      case 'unknown':
        return this.truth(e.e, at) === null;
      case 'exists':
        try {
          return this.items(e.e, at).length > 0;
        } catch (err) {
          return unknownOn(err);
        }
      case 'cmp':
      case 'starts':
        return this.predicate(e, at);
      case 'regex': {
        let xs: JsonNode[];
        try {
          xs = this.unwrap(this.items(e.l, at));
        } catch (err) {
          return unknownOn(err);
        }
        let error = false;
        for (const x of xs) {
          if (typeof x !== 'string') error = true;
          else if (e.re.test(x)) return true;
        }
        return error ? null : false;
      }
      default:
        throw new PgError(SqlState.syntaxError, 'syntax error in jsonpath: a predicate is expected');
    }
  }

  /** A comparison over every pair of the sides' items (arrays unwrapped): true if any pair holds. */
  private predicate(e: { k: 'cmp' | 'starts'; op?: string; l: Expr; r: Expr }, at: JsonNode): Truth {
    let l: JsonNode[];
    let r: JsonNode[];
    try {
      l = this.unwrap(this.items(e.l, at));
      r = this.unwrap(this.items(e.r, at));
    } catch (err) {
      return unknownOn(err);
    }
    let error = false;
    for (const a of l) {
      for (const b of r) {
        const c = e.k === 'starts' ? startsWith(a, b) : compareItems(e.op!, a, b, this.zone);
        if (c === true) return true;
        if (c === null) error = true;
      }
    }
    return error ? null : false;
  }
}

/** A predicate over items whose evaluation failed is unknown; errors that are not about the data (a missing variable) stand. */
function unknownOn(err: unknown): null {
  if (err instanceof PgError && err.code.startsWith('22')) return null;
  throw err;
}

/** An object's members in jsonb's order, duplicates resolved (the last wins). */
function jsonbOrder(o: JsonObject): Map<string, JsonNode> {
  const byKey = new Map(o.entries);
  return new Map([...byKey.keys()].sort(compareJsonbKeys).map((k) => [k, byKey.get(k)!]));
}

/** `.**`: the item and everything inside it, depth first, at the levels asked for. */
function descendants(x: JsonNode, level: number, from: number, to: number): JsonNode[] {
  const out: JsonNode[] = level >= from && level <= to ? [x] : [];
  if (level >= to) return out;
  const children = Array.isArray(x) ? x : x instanceof JsonObject ? [...jsonbOrder(x).values()] : [];
  for (const c of children) out.push(...descendants(c, level + 1, from, to));
  return out;
}

/** .double(): a number or a numeric string as float8 reads it, back as a jsonb number. */
function double(x: JsonNode): JsonNode {
  let n: number;
  if (x instanceof JsonNumber) n = Number(x.raw);
  else if (typeof x === 'string') {
    const t = x.trim();
    n = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t) ? Number(t) : /^[-+]?(nan|inf|infinity)$/i.test(t) ? NaN : (() => {
      throw new PgError('22036', 'string argument of jsonpath item method .double() is not a valid representation of a double precision number');
    })();
  } else throw new PgError('22036', 'jsonpath item method .double() can only be applied to a string or numeric value');
  if (!Number.isFinite(n)) throw new PgError('22036', 'NaN or Infinity is not allowed for jsonpath item method .double()');
  return new JsonNumber(decimalText(parseNumericText(String(n)) as Decimal));
}

function startsWith(a: JsonNode, b: JsonNode): Truth {
  if (typeof a !== 'string' || typeof b !== 'string') return null;
  return a.startsWith(b);
}

function compareItems(op: string, a: JsonNode, b: JsonNode, zone: ZoneShift | undefined): Truth {
  if (a instanceof JsonDateTime || b instanceof JsonDateTime) {
    if (!(a instanceof JsonDateTime) || !(b instanceof JsonDateTime)) return null;
    const c = compareDateTimes(a, b, zone);
    return c === null ? null : op === '==' ? c === 0 : op === '!=' ? c !== 0 : op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '>' ? c > 0 : c >= 0;
  }
  const kind = (v: JsonNode) => (v === null ? 'null' : jsonbTypeof(v));
  if (kind(a) !== kind(b)) {
    if (a === null || b === null) return op === '!=';
    return null;
  }
  let c: number;
  if (a === null) c = 0;
  else if (typeof a === 'boolean') c = a === b ? 0 : a ? 1 : -1;
  else if (typeof a === 'string') c = Math.sign(Buffer.compare(Buffer.from(a), Buffer.from(b as string)));
  else if (a instanceof JsonNumber) c = compareDecimals(parseNumericText(a.raw) as Decimal, parseNumericText((b as JsonNumber).raw) as Decimal);
  else return null;
  switch (op) {
    case '==':
      return c === 0;
    case '!=':
      return c !== 0;
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    default:
      return c >= 0;
  }
}

/**
 * The session zone's reading of a wall-clock time (microseconds from 1970 as if UTC) as the UTC
 * instant it names: what the *_tz functions compare a datetime without a zone with one with a zone by.
 */
export type ZoneShift = (localMicros: number) => number;

/** jsonb_path_query (jsonb_path_query_tz with a zone): the items the path selects. */
export function jsonPathQuery(doc: JsonNode, path: JsonPath, vars: JsonNode, zone?: ZoneShift): JsonNode[] {
  // A datetime item comes out as its ISO 8601 text, as PostgreSQL's jsonb holds it.
  return new Evaluator(doc, vars, path.strict, zone).items(path.expr, null).map((x) => ((x as unknown) instanceof JsonDateTime ? (x as unknown as JsonDateTime).text : x));
}

/** .datetime()'s item: its type's name, its text as JSON writes it, and what orders it (days, or microseconds, UTC for the zoned kinds). */
class JsonDateTime {
  constructor(
    readonly type: string,
    readonly text: string,
    readonly key: number,
  ) {}
}

const DATETIME = /^\s*(?:(\d{1,4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.(\d{1,6}))?(?:([+-])(\d{1,2})(?::(\d{2}))?)?)?|(\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.(\d{1,6}))?(?:([+-])(\d{1,2})(?::(\d{2}))?)?)$/;

/**
 * .datetime() without a template: the first of jsonpath_exec.c's formats the string matches (a
 * date, a time or a timestamp, each with or without a zone), 22031 for none.
 */
function dateTime(x: JsonNode): JsonDateTime {
  if (typeof x !== 'string') throw new PgError('22031', 'jsonpath item method .datetime() can only be applied to a string');
  const m = DATETIME.exec(x);
  const refuse = () => new PgError('22031', `datetime format is not recognized: "${x}"`);
  if (!m) throw refuse();
  const pad = (v: string | number, n = 2) => String(v).padStart(n, '0');
  const time = (h: string, mi: string, se: string, frac: string | undefined) => {
    if (Number(h) > 23 || Number(mi) > 59 || Number(se) > 59) throw refuse();
    const f = (frac ?? '').replace(/0+$/, '');
    return { text: `${pad(h)}:${pad(mi)}:${pad(se)}${f ? `.${f}` : ''}`, micros: ((Number(h) * 60 + Number(mi)) * 60 + Number(se)) * 1e6 + Number((frac ?? '').padEnd(6, '0') || 0) };
  };
  const zone = (sign: string | undefined, h: string | undefined, mi: string | undefined) => {
    if (!sign) return undefined;
    const minutes = (Number(h) * 60 + Number(mi ?? 0)) * (sign === '-' ? -1 : 1);
    return { text: `${sign}${pad(h!)}:${pad(mi ?? 0)}`, micros: minutes * 60e6 };
  };
  if (m[1] === undefined) {
    const t = time(m[11]!, m[12]!, m[13]!, m[14]);
    const z = zone(m[15], m[16], m[17]);
    return z ? new JsonDateTime('time with time zone', t.text + z.text, t.micros - z.micros) : new JsonDateTime('time without time zone', t.text, t.micros);
  }
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = Date.UTC(y, mo - 1, d);
  const check = new Date(day);
  if (mo < 1 || mo > 12 || check.getUTCDate() !== d || check.getUTCMonth() !== mo - 1) throw refuse();
  const date = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
  if (m[4] === undefined) return new JsonDateTime('date', date, (day / 864e5) * 864e8);
  const t = time(m[4], m[5]!, m[6]!, m[7]);
  const z = zone(m[8], m[9], m[10]);
  const local = day * 1000 + t.micros;
  return z ? new JsonDateTime('timestamp with time zone', `${date}T${t.text}${z.text}`, local - z.micros) : new JsonDateTime('timestamp without time zone', `${date}T${t.text}`, local);
}

/** The kinds compareDatetime converts between only with the session's zone (a *_tz function), as its message names them. */
const ZONED_PAIRS: Record<string, [string, string]> = {
  'date|timestamp with time zone': ['date', 'timestamptz'],
  'timestamp without time zone|timestamp with time zone': ['timestamp', 'timestamptz'],
  'time without time zone|time with time zone': ['time', 'timetz'],
};

/**
 * Two datetimes of one kind, or a date and a timestamp (the date at midnight); others unknown. A
 * pair only the session's zone converts is checkTimezoneIsUsedForCast's error, which no silent mode
 * or filter suppresses, but for a *_tz function, which reads the one without a zone in the session's.
 */
function compareDateTimes(a: JsonDateTime, b: JsonDateTime, zone: ZoneShift | undefined): number | null {
  const zoned = ZONED_PAIRS[`${a.type}|${b.type}`] ?? ZONED_PAIRS[`${b.type}|${a.type}`];
  if (zoned && !zone) throw new PgError(SqlState.featureNotSupported, `cannot convert value from ${zoned[0]} to ${zoned[1]} without time zone usage`, { hint: 'Use *_tz() function for time zone support.' });
  if (zoned) {
    // time::timetz takes the zone's offset on the day the transaction started, which evsql does not read here.
    if (zoned[0] === 'time') throw new PgError(SqlState.featureNotSupported, 'comparing time with time with time zone in a jsonpath *_tz function is not supported by evsql');
    const utc = (x: JsonDateTime) => (x.type === 'timestamp with time zone' ? x.key : zone!(x.key));
    return Math.sign(utc(a) - utc(b));
  }
  const comparable = a.type === b.type || (a.type === 'date' && b.type === 'timestamp without time zone') || (b.type === 'date' && a.type === 'timestamp without time zone');
  return comparable ? Math.sign(a.key - b.key) : null;
}

/** jsonb_path_match (`@@`), jsonb_path_match_tz with a zone: the predicate's one boolean result, null when unknown. */
export function jsonPathMatch(doc: JsonNode, path: JsonPath, vars: JsonNode, zone?: ZoneShift): boolean | null {
  const items = jsonPathQuery(doc, path, vars, zone);
  if (items.length === 1 && (typeof items[0] === 'boolean' || items[0] === null)) return items[0];
  throw new PgError('22038', 'single boolean result is expected');
}

/** jsonpath_out's canonical text (printJsonPathItem): keys quoted, operations bracketed by priority. */
export function jsonPathText(path: JsonPath): string {
  return (path.strict ? 'strict ' : '') + printExpr(path.expr, true);
}

function priority(e: Expr): number {
  switch (e.k) {
    case 'or':
      return 0;
    case 'and':
      return 1;
    case 'cmp':
    case 'starts':
      return 2;
    case 'arith':
      return e.op === '+' || e.op === '-' ? 3 : 4;
    case 'neg':
      return 5;
    default:
      return 6;
  }
}

function printExpr(e: Expr, brackets: boolean): string {
  const wrap = (s: string) => (brackets ? `(${s})` : s);
  const operand = (x: Expr) => printExpr(x, priority(x) <= priority(e));
  switch (e.k) {
    case 'lit':
      return printLiteral(e.v);
    case 'path':
      return (e.root === 'var' ? `$${JSON.stringify(e.name)}` : e.root === 'lit' ? printLiteral(e.v!) : e.root) + e.steps.map(printStep).join('');
    case 'cmp':
    case 'starts':
    case 'and':
    case 'or':
    case 'arith': {
      const op = e.k === 'cmp' || e.k === 'arith' ? e.op : e.k === 'starts' ? 'starts with' : e.k === 'and' ? '&&' : '||';
      return wrap(`${operand(e.l)} ${op} ${operand(e.r)}`);
    }
    case 'regex': {
      const flags = [...'ismxq'].filter((f) => e.flags.includes(f)).join('');
      return wrap(`${operand(e.l)} like_regex ${JSON.stringify(e.pattern)}${flags ? ` flag "${flags}"` : ''}`);
    }
    case 'neg':
      return wrap(`${e.op}${operand(e.e)}`);
    case 'not':
      return `!(${printExpr(e.e, false)})`;
    case 'unknown':
      return `(${printExpr(e.e, false)}) is unknown`;
    case 'exists':
      return `exists (${printExpr(e.e, false)})`;
  }
}

function printLiteral(v: JsonNode): string {
  if (v instanceof JsonNumber) return v.raw === 'last' ? 'last' : v.raw.startsWith('last-') ? `last - ${v.raw.slice(5)}` : v.raw;
  return v === null ? 'null' : typeof v === 'boolean' ? String(v) : JSON.stringify(v);
}

function printStep(s: Step): string {
  switch (s.k) {
    case 'key':
      return `.${JSON.stringify(s.name)}`;
    case 'anykey':
      return '.*';
    case 'anyindex':
      return '[*]';
    case 'index':
      return `[${s.subs.map((x) => printExpr(x.from, false) + (x.to ? ` to ${printExpr(x.to, false)}` : '')).join(',')}]`;
    case 'filter':
      return `?(${printExpr(s.e, false)})`;
    case 'method':
      return `.${s.name}()`;
    case 'anypath': {
      const level = (n: number) => (n === LAST_LEVEL ? 'last' : String(n));
      if (s.from === 0 && s.to === LAST_LEVEL) return '.**';
      return s.from === s.to ? `.**{${level(s.from)}}` : `.**{${level(s.from)} to ${level(s.to)}}`;
    }
  }
}
