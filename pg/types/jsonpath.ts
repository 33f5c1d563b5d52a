/**
 * SQL/JSON path language, the part applications use: lax mode, `$`, `$var`, `.key`, `."key"`,
 * `.*`, `[n]`, `[n to m]`, `[last]`, `[*]`, filters `? (…)` over `@` with comparisons,
 * `&&`, `||`, `!`, `exists (…)`, `… is unknown`, `starts with`, and the item methods `size()`,
 * `type()`, `abs()`, `floor()`, `ceiling()`. What it does not implement (strict mode,
 * arithmetic, like_regex, datetime and the other methods) is refused with 0A000, never evaluated
 * differently. Evaluation follows jsonpath_exec.c's lax rules: accessors unwrap arrays, structural
 * errors yield nothing, a comparison of incomparable items is unknown. Pure.
 */
import { PgError, SqlState } from '../errors.js';
import { JsonNumber, JsonObject, type JsonNode } from './json.js';
import { ceilOrFloor, compareDecimals, decimalText, negate, parseNumericText, type Decimal } from './numeric.js';
import { jsonbTypeof } from './jsonb-edit.js';

type Expr =
  | { k: 'path'; root: '$' | '@' | 'var'; name?: string; steps: Step[] }
  | { k: 'lit'; v: JsonNode }
  | { k: 'cmp'; op: string; l: Expr; r: Expr }
  | { k: 'and' | 'or'; l: Expr; r: Expr }
  | { k: 'not' | 'unknown' | 'exists'; e: Expr }
  | { k: 'starts'; l: Expr; r: Expr };

type Subscript = { from: Expr; to?: Expr };

type Step =
  | { k: 'key'; name: string }
  | { k: 'anykey' }
  | { k: 'index'; subs: Subscript[] }
  | { k: 'anyindex' }
  | { k: 'filter'; e: Expr }
  | { k: 'method'; name: string };

const METHODS = new Set(['size', 'type', 'abs', 'floor', 'ceiling']);

function syntaxError(text: string): PgError {
  return new PgError(SqlState.syntaxError, `syntax error at or near "${text}" of jsonpath input`);
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
    if (c === '"') {
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
      out.push({ t: 'str', v: s });
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
    const op = /^(==|!=|<>|<=|>=|&&|\|\||[$@.\[\](),?!<>*+\-/%=:])/.exec(src.slice(i));
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

  parse(): Expr {
    if (this.peek('strict')) throw unsupportedPath('strict mode');
    this.accept('lax');
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
    const l = this.primary();
    const t = this.peek();
    if (t?.t === 'op' && ['==', '!=', '<>', '<', '<=', '>', '>='].includes(t.v)) {
      this.pos++;
      return { k: 'cmp', op: t.v === '<>' ? '!=' : t.v, l, r: this.primary() };
    }
    if (t?.t === 'op' && ['+', '-', '*', '/', '%'].includes(t.v)) throw unsupportedPath('arithmetic');
    if (this.peek('starts')) {
      this.pos++;
      this.take('with');
      return { k: 'starts', l, r: this.primary() };
    }
    if (this.peek('like_regex')) throw unsupportedPath('like_regex');
    if (this.peek('is')) {
      this.pos++;
      this.take('unknown');
      return { k: 'unknown', e: l };
    }
    return l;
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
      return { k: 'lit', v: t.v };
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
        if (t.t === 'op' && t.v === '*') steps.push({ k: 'anykey' });
        else if (t.t === 'op' && t.v === '**') throw unsupportedPath('.**');
        else if (t.t === 'str' || t.t === 'id') {
          if (t.t === 'id' && this.accept('(')) {
            this.take(')');
            if (!METHODS.has(t.v)) throw unsupportedPath(`method .${t.v}()`);
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
}

const cache = new Map<string, JsonPath>();

/** jsonpath_in: the parsed path (cached: a statement evaluates one path over many rows). */
export function parseJsonPath(text: string): JsonPath {
  let p = cache.get(text);
  if (!p) {
    p = { expr: new Parser(tokenize(text)).parse() };
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
  ) {}

  items(e: Expr, at: JsonNode): JsonNode[] {
    switch (e.k) {
      case 'lit':
        return [e.v];
      case 'path': {
        let start: JsonNode;
        if (e.root === '$') start = this.root;
        else if (e.root === '@') start = at;
        else {
          const v = this.vars instanceof JsonObject ? new Map(this.vars.entries).get(e.name!) : undefined;
          if (v === undefined) throw new PgError(SqlState.undefinedObject, `could not find jsonpath variable "${e.name}"`);
          start = v;
        }
        let cur = [start];
        for (const s of e.steps) cur = cur.flatMap((x) => this.step(s, x));
        return cur;
      }
      default: {
        const t = this.truth(e, at);
        return [t];
      }
    }
  }

  private step(s: Step, x: JsonNode): JsonNode[] {
    switch (s.k) {
      case 'key':
        if (Array.isArray(x)) return x.flatMap((e) => this.step(s, e));
        if (x instanceof JsonObject) {
          const v = new Map(x.entries).get(s.name);
          return v === undefined ? [] : [v];
        }
        return [];
      case 'anykey':
        if (Array.isArray(x)) return x.flatMap((e) => this.step(s, e));
        return x instanceof JsonObject ? [...new Map(x.entries).values()] : [];
      case 'anyindex':
        return Array.isArray(x) ? x : [x];
      case 'index': {
        const arr = Array.isArray(x) ? x : [x];
        const out: JsonNode[] = [];
        for (const sub of s.subs) {
          const from = this.index(sub.from, arr.length);
          const to = sub.to ? this.index(sub.to, arr.length) : from;
          for (let i = Math.max(from, 0); i <= Math.min(to, arr.length - 1); i++) out.push(arr[i]!);
        }
        return out;
      }
      case 'filter': {
        const arr = Array.isArray(x) ? x : [x];
        return arr.filter((e) => this.truth(s.e, e) === true);
      }
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
    if (name === 'size') return [new JsonNumber(String(Array.isArray(x) ? x.length : 1))];
    if (name === 'type') return [jsonbTypeof(x)];
    if (Array.isArray(x)) return x.flatMap((e) => this.method(name, e));
    if (!(x instanceof JsonNumber)) {
      throw new PgError('2203C', `jsonpath item method .${name}() can only be applied to a numeric value`);
    }
    const d = parseNumericText(x.raw) as Decimal;
    const r = name === 'abs' ? (d.units < 0n ? negate(d) : d) : ceilOrFloor(d, name === 'ceiling');
    return [new JsonNumber(decimalText(r))];
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
        } catch {
          return null;
        }
      case 'cmp':
      case 'starts':
        return this.predicate(e, at);
      default:
        throw new PgError(SqlState.syntaxError, 'syntax error in jsonpath: a predicate is expected');
    }
  }

  /** A comparison over every pair of the sides' items (arrays unwrapped): true if any pair holds. */
  private predicate(e: { k: 'cmp' | 'starts'; op?: string; l: Expr; r: Expr }, at: JsonNode): Truth {
    let l: JsonNode[];
    let r: JsonNode[];
    try {
      const unwrap = (xs: JsonNode[]) => xs.flatMap((x) => (Array.isArray(x) ? x : [x]));
      l = unwrap(this.items(e.l, at));
      r = unwrap(this.items(e.r, at));
    } catch {
      return null;
    }
    let error = false;
    for (const a of l) {
      for (const b of r) {
        const c = e.k === 'starts' ? startsWith(a, b) : compareItems(e.op!, a, b);
        if (c === true) return true;
        if (c === null) error = true;
      }
    }
    return error ? null : false;
  }
}

function startsWith(a: JsonNode, b: JsonNode): Truth {
  if (typeof a !== 'string' || typeof b !== 'string') return null;
  return a.startsWith(b);
}

function compareItems(op: string, a: JsonNode, b: JsonNode): Truth {
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

/** jsonb_path_query: the items the path selects. */
export function jsonPathQuery(doc: JsonNode, path: JsonPath, vars: JsonNode): JsonNode[] {
  return new Evaluator(doc, vars).items(path.expr, null);
}

/** jsonb_path_match (`@@`): the predicate's one boolean result, null when unknown. */
export function jsonPathMatch(doc: JsonNode, path: JsonPath, vars: JsonNode): boolean | null {
  const items = jsonPathQuery(doc, path, vars);
  if (items.length === 1 && (typeof items[0] === 'boolean' || items[0] === null)) return items[0];
  throw new PgError('22038', 'single boolean result is expected');
}
