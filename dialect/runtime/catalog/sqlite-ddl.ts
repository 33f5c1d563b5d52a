/**
 * Reads the CREATE TABLE and CREATE INDEX text SQLite keeps in sqlite_schema: columns with their
 * declared types, constraints with their names and expressions, and evsql's annotations (the
 * PostgreSQL type of an identity key, the PostgreSQL text of a default or check). SQLite's
 * pragmas tell columns and keys but not constraint names or CHECK expressions, so the catalog
 * reads the text. The text is what evsql's DDL translator wrote, possibly edited by SQLite itself
 * (RENAME, ADD/DROP COLUMN), so the grammar is SQLite's.
 */
import { isDisplayColumn } from '../../catalog/numeric-display.js';
import { DOMAIN_DEFAULT_MARKER, readDomainConstraintName } from '../../catalog/domains.js';
import { readEnumColumnMarker } from '../../catalog/enums.js';
import { readKeyClassMarker } from '../../catalog/index-classes.js';
import { type Display, INITIALLY_DEFERRED_MARKER, NOT_VALID_MARKER, readCommentMarker, readDisplayMarker, readIndexConstraintMarker, readIndexIncludeMarker, readIndexMethodMarker, readKeyTypeMarker, readNullsOrderMarker, type IndexConstraint } from '../../catalog/markers.js';

interface Token {
  kind: 'word' | 'ident' | 'string' | 'number' | 'punct' | 'comment';
  /** Words as written; quoted identifiers and strings unquoted. */
  value: string;
  start: number;
  end: number;
}

export interface ParsedColumn {
  name: string;
  /** The declared type as written (`int4`, `numeric(10,2)`, `INTEGER`), '' when none. */
  declType: string;
  notNull: boolean;
  /** The DEFAULT expression as SQLite text. */
  defaultSql: string | null;
  /** Its PostgreSQL text, from the annotation. */
  defaultDisplay: Display | null;
  generatedSql: string | null;
  generatedDisplay: Display | null;
  /** From `INTEGER /* evsql: int8 serial *\/ PRIMARY KEY AUTOINCREMENT`. */
  identity: { type: string; kind: 'serial' | 'a' | 'd' } | null;
  autoincrement: boolean;
  /** COMMENT ON COLUMN. */
  comment: string | null;
  /** The enum type the column's annotation names (dialect/catalog/enums.ts). */
  enumType: string | null;
  /** Its DEFAULT is its domain's (dialect/catalog/domains.ts). */
  domainDefault?: boolean;
}

export type ForeignKeyAction = 'a' | 'r' | 'c' | 'n' | 'd';

export interface ParsedConstraint {
  /** The name given in the text, else null (the catalog chooses PostgreSQL's default name). */
  name: string | null;
  type: 'p' | 'u' | 'c' | 'f';
  columns: string[];
  /** The column it was declared on, for a column constraint. */
  column: string | null;
  checkSql: string | null;
  checkDisplay: Display | null;
  refTable: string | null;
  /** Empty: the referenced table's primary key. */
  refColumns: string[];
  onDelete: ForeignKeyAction;
  onUpdate: ForeignKeyAction;
  deferrable: boolean;
  deferred: boolean;
  /** Added NOT VALID, not validated since. */
  notValid: boolean;
  /** A key's INCLUDE columns (the annotation's). */
  include: string[];
}

export interface ParsedTable {
  name: string;
  columns: ParsedColumn[];
  constraints: ParsedConstraint[];
  /** The columns declared with a domain (dialect/catalog/domains.ts): column name to domain name. */
  domains: Map<string, string>;
  /** COMMENT ON TABLE. */
  comment: string | null;
}

export interface ParsedIndexColumn {
  /** The column name, or null for an expression. */
  column: string | null;
  expression: string | null;
  /** The expression's PostgreSQL text, from the annotation. */
  display: Display | null;
  desc: boolean;
  /** NULLS FIRST (true) or LAST (false) where the annotation says; null: the direction's default. */
  nullsFirst: boolean | null;
  /** An expression's type, from the annotation. */
  type: { oid: number; typmod: number } | null;
  /** The operator class and collation CREATE INDEX named, 0 for the type's default. */
  keyClass: { opclass: number; collation: number } | null;
}

export interface ParsedIndex {
  name: string;
  table: string;
  unique: boolean;
  columns: ParsedIndexColumn[];
  where: string | null;
  whereDisplay: Display | null;
  /** The constraint this index emulates (ALTER TABLE … ADD PRIMARY KEY / UNIQUE). */
  constraint: IndexConstraint | null;
  /** The access method CREATE INDEX named (the annotation's), btree where none. */
  method: string;
  /** The INCLUDE columns (the annotation's). */
  include: string[];
}

// ---------------------------------------------------------------- tokens

const PUNCT3 = ['->>'];
const PUNCT2 = ['<=', '>=', '<>', '!=', '==', '||', '<<', '>>', '->'];

export function tokenize(sql: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const start = i;
    if (c === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2);
      i = end < 0 ? sql.length : end + 2;
      out.push({ kind: 'comment', value: sql.slice(start, i), start, end: i });
    } else if (c === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      i = end < 0 ? sql.length : end;
      out.push({ kind: 'comment', value: sql.slice(start, i), start, end: i });
    } else if (c === '"' || c === '`' || c === "'") {
      let value = '';
      i++;
      for (;;) {
        if (i >= sql.length) break;
        if (sql[i] === c) {
          if (sql[i + 1] === c) {
            value += c;
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += sql[i++];
      }
      out.push({ kind: c === "'" ? 'string' : 'ident', value, start, end: i });
    } else if (c === '[') {
      const end = sql.indexOf(']', i);
      i = end < 0 ? sql.length : end + 1;
      out.push({ kind: 'ident', value: sql.slice(start + 1, i - 1), start, end: i });
    } else if (/[A-Za-z_\u0080-\uffff]/.test(c)) {
      while (i < sql.length && /[A-Za-z0-9_$\u0080-\uffff]/.test(sql[i]!)) i++;
      out.push({ kind: 'word', value: sql.slice(start, i), start, end: i });
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(sql[i + 1] ?? ''))) {
      while (i < sql.length && /[0-9.eExX+-]/.test(sql[i]!) && !((sql[i] === '+' || sql[i] === '-') && !/[eE]/.test(sql[i - 1]!))) i++;
      out.push({ kind: 'number', value: sql.slice(start, i), start, end: i });
    } else {
      const three = sql.slice(i, i + 3);
      const two = sql.slice(i, i + 2);
      const p = PUNCT3.includes(three) ? three : PUNCT2.includes(two) ? two : c;
      i += p.length;
      out.push({ kind: 'punct', value: p, start, end: i });
    }
  }
  return out;
}

class Cursor {
  pos = 0;
  /** Annotations met while skipping comments, in order. */
  readonly comments: Token[] = [];

  constructor(
    readonly sql: string,
    private readonly tokens: Token[],
  ) {}

  private skipComments(): void {
    while (this.tokens[this.pos]?.kind === 'comment') this.comments.push(this.tokens[this.pos++]!);
  }

  peek(): Token | undefined {
    this.skipComments();
    return this.tokens[this.pos];
  }

  next(): Token | undefined {
    const t = this.peek();
    if (t) this.pos++;
    return t;
  }

  /** The next token if it is this keyword (case-insensitive). */
  keyword(...words: string[]): boolean {
    const t = this.peek();
    if (t?.kind === 'word' && words.includes(t.value.toUpperCase())) {
      this.pos++;
      return true;
    }
    return false;
  }

  punct(p: string): boolean {
    const t = this.peek();
    if (t?.kind === 'punct' && t.value === p) {
      this.pos++;
      return true;
    }
    return false;
  }

  isWord(...words: string[]): boolean {
    const t = this.peek();
    return t?.kind === 'word' && words.includes(t.value.toUpperCase());
  }

  /** The upper-cased word `ahead` tokens after the next one, comments aside. */
  wordAfter(ahead: number): string | undefined {
    this.skipComments();
    let i = this.pos;
    for (let seen = 0; i < this.tokens.length; i++) {
      if (this.tokens[i]!.kind === 'comment') continue;
      if (seen++ === ahead) break;
    }
    const t = this.tokens[i];
    return t?.kind === 'word' ? t.value.toUpperCase() : undefined;
  }

  name(): string {
    const t = this.next();
    return t?.value ?? '';
  }

  /** The source text of a parenthesized group (after its opening parenthesis), without the parentheses. */
  group(): string {
    const open = this.tokens[this.pos - 1]!;
    let depth = 1;
    for (;;) {
      const t = this.tokens[this.pos++];
      if (!t) return this.sql.slice(open.end);
      if (t.kind === 'punct' && t.value === '(') depth++;
      if (t.kind === 'punct' && t.value === ')' && --depth === 0) return this.sql.slice(open.end, t.start).trim();
    }
  }

  /** Names in a parenthesized list: `("a", "b" DESC)` gives a, b. */
  nameList(): string[] {
    const out: string[] = [];
    if (!this.punct('(')) return out;
    let depth = 1;
    let expectName = true;
    for (;;) {
      const t = this.next();
      if (!t) return out;
      if (t.kind === 'punct' && t.value === '(') depth++;
      else if (t.kind === 'punct' && t.value === ')') {
        if (--depth === 0) return out;
      } else if (t.kind === 'punct' && t.value === ',' && depth === 1) expectName = true;
      else if (expectName && depth === 1) {
        out.push(t.value);
        expectName = false;
      }
    }
  }

  /** Takes annotations seen since the last call. */
  takeComments(): Token[] {
    this.skipComments();
    return this.comments.splice(0);
  }

  atEnd(): boolean {
    const t = this.peek();
    return !t || (t.kind === 'punct' && (t.value === ',' || t.value === ')'));
  }
}

// ---------------------------------------------------------------- CREATE TABLE

const COLUMN_CONSTRAINT_WORDS = ['CONSTRAINT', 'PRIMARY', 'NOT', 'NULL', 'UNIQUE', 'CHECK', 'DEFAULT', 'COLLATE', 'REFERENCES', 'GENERATED', 'AS'];
const TABLE_CONSTRAINT_WORDS = ['CONSTRAINT', 'PRIMARY', 'UNIQUE', 'CHECK', 'FOREIGN'];
const IDENTITY = /^\/\* evsql: (\S+) (serial|identity always|identity by default) \*\/$/;

export function parseCreateTable(name: string, sql: string): ParsedTable {
  const table: ParsedTable = { name, columns: [], constraints: [], domains: new Map(), comment: null };
  const c = new Cursor(sql, tokenize(sql));
  while (c.peek() && !c.punct('(')) c.next();
  for (;;) {
    if (!c.peek() || c.punct(')')) break;
    // evsql quotes every name it writes, so a bare keyword starts a table constraint.
    if (c.isWord(...TABLE_CONSTRAINT_WORDS)) {
      tableConstraint(c, table);
    } else {
      column(c, table);
    }
    c.takeComments();
    if (!c.punct(',')) {
      // Skip anything this reader does not understand up to the next element.
      while (c.peek() && !c.atEnd()) c.next();
      if (!c.punct(',')) {
        c.punct(')');
        break;
      }
    }
  }
  for (const t of c.takeComments()) table.comment = readCommentMarker(t.value) ?? table.comment;
  // A domain's constraints are the domain's, not the table's.
  for (const con of table.constraints) {
    const domain = readDomainConstraintName(con.name);
    if (domain && con.column !== null) table.domains.set(con.column, domain[0]);
  }
  table.constraints = table.constraints.filter((con) => !readDomainConstraintName(con.name));
  // A numeric's display texts are no column PostgreSQL clients see.
  table.columns = table.columns.filter((col) => !isDisplayColumn(col.name));
  return table;
}

function emptyConstraint(type: ParsedConstraint['type'], name: string | null): ParsedConstraint {
  return { name, type, columns: [], column: null, checkSql: null, checkDisplay: null, refTable: null, refColumns: [], onDelete: 'a', onUpdate: 'a', deferrable: false, deferred: false, notValid: false, include: [] };
}

function column(c: Cursor, table: ParsedTable): void {
  const name = c.name();
  const typeStart = c.peek();
  let typeEnd: Token | undefined;
  let depth = 0;
  for (;;) {
    const t = c.peek();
    if (!t) break;
    if (depth === 0 && (c.atEnd() || (t.kind === 'word' && COLUMN_CONSTRAINT_WORDS.includes(t.value.toUpperCase())))) break;
    if (t.kind === 'punct' && t.value === '(') depth++;
    if (t.kind === 'punct' && t.value === ')') depth--;
    typeEnd = c.next();
  }
  // A type written as one quoted name (ddl.ts quotes `varchar(255)[]`) is that name, as SQLite reads it.
  const quoted = typeStart && typeStart === typeEnd && typeStart.kind === 'ident' && c.sql[typeStart.start] === '"';
  const declType = quoted ? typeStart.value : typeStart && typeEnd ? c.sql.slice(typeStart.start, typeEnd.end).replace(/\s+/g, ' ') : '';
  const col: ParsedColumn = { name, declType, notNull: false, defaultSql: null, defaultDisplay: null, generatedSql: null, generatedDisplay: null, identity: null, autoincrement: false, comment: null, enumType: null };
  table.columns.push(col);
  let pending: string | null = null;
  let last: { set(display: Display): void } | null = null;
  const annotate = () => {
    for (const t of c.takeComments()) {
      const display = readDisplayMarker(t.value);
      if (display !== undefined && last) last.set(display);
      const id = IDENTITY.exec(t.value);
      if (id) col.identity = { type: id[1]!, kind: id[2] === 'serial' ? 'serial' : id[2] === 'identity always' ? 'a' : 'd' };
      col.comment = readCommentMarker(t.value) ?? col.comment;
      col.enumType = readEnumColumnMarker(t.value) ?? col.enumType;
      if (t.value === DOMAIN_DEFAULT_MARKER) col.domainDefault = true;
    }
  };
  annotate();
  while (!c.atEnd()) {
    if (c.keyword('CONSTRAINT')) {
      pending = c.name();
      annotate();
      continue;
    }
    if (c.keyword('PRIMARY')) {
      c.keyword('KEY');
      c.keyword('ASC', 'DESC');
      conflictClause(c);
      if (c.keyword('AUTOINCREMENT')) col.autoincrement = true;
      table.constraints.push({ ...emptyConstraint('p', pending), columns: [name], column: name });
      col.notNull = true;
    } else if (c.keyword('NOT')) {
      c.keyword('NULL');
      conflictClause(c);
      col.notNull = true;
    } else if (c.keyword('NULL')) {
      conflictClause(c);
    } else if (c.keyword('UNIQUE')) {
      conflictClause(c);
      table.constraints.push({ ...emptyConstraint('u', pending), columns: [name], column: name });
    } else if (c.keyword('CHECK')) {
      c.punct('(');
      const con = { ...emptyConstraint('c', pending), columns: [name], column: name, checkSql: c.group() };
      table.constraints.push(con);
      last = { set: (d) => (con.checkDisplay = d) };
    } else if (c.keyword('DEFAULT')) {
      col.defaultSql = defaultValue(c);
      last = { set: (d) => (col.defaultDisplay = d) };
    } else if (c.keyword('COLLATE')) {
      c.name();
    } else if (c.isWord('REFERENCES')) {
      const con = { ...emptyConstraint('f', pending), columns: [name], column: name };
      references(c, con);
      table.constraints.push(con);
    } else if (c.keyword('GENERATED', 'AS')) {
      c.keyword('ALWAYS');
      c.keyword('AS');
      c.punct('(');
      col.generatedSql = c.group();
      c.keyword('STORED', 'VIRTUAL');
      last = { set: (d) => (col.generatedDisplay = d) };
    } else {
      c.next();
    }
    pending = null;
    annotate();
  }
}

function defaultValue(c: Cursor): string {
  if (c.punct('(')) return c.group();
  const t = c.next();
  if (!t) return '';
  if (t.kind === 'punct' && (t.value === '-' || t.value === '+')) return t.value + (c.next()?.value ?? '');
  if (t.kind === 'string') return `'${t.value.replace(/'/g, "''")}'`;
  return c.sql.slice(t.start, t.end);
}

function conflictClause(c: Cursor): void {
  if (c.keyword('ON')) {
    c.keyword('CONFLICT');
    c.next();
  }
}

const ACTIONS: Record<string, ForeignKeyAction> = { 'NO ACTION': 'a', RESTRICT: 'r', CASCADE: 'c', 'SET NULL': 'n', 'SET DEFAULT': 'd' };

function references(c: Cursor, con: ParsedConstraint): void {
  c.keyword('REFERENCES');
  con.refTable = c.name();
  con.refColumns = c.nameList();
  for (;;) {
    if (c.keyword('ON')) {
      const which = c.next()?.value.toUpperCase();
      let action = c.next()?.value.toUpperCase() ?? '';
      if (action === 'SET' || action === 'NO') action += ' ' + (c.next()?.value.toUpperCase() ?? '');
      const code = ACTIONS[action] ?? 'a';
      if (which === 'DELETE') con.onDelete = code;
      else con.onUpdate = code;
    } else if (c.keyword('MATCH')) {
      c.next();
    } else if (c.isWord('DEFERRABLE') || (c.isWord('NOT') && c.wordAfter(1) === 'DEFERRABLE')) {
      const not = c.keyword('NOT');
      c.keyword('DEFERRABLE');
      con.deferrable = !not;
      if (c.keyword('INITIALLY')) con.deferred = c.next()?.value.toUpperCase() === 'DEFERRED';
      // The annotation of a key declared INITIALLY DEFERRED; other annotations stay for their readers.
      const comments = c.takeComments();
      if (comments.some((t) => t.value === INITIALLY_DEFERRED_MARKER.trim())) con.deferred = true;
      c.comments.push(...comments.filter((t) => t.value !== INITIALLY_DEFERRED_MARKER.trim()));
    } else {
      return;
    }
  }
}

/** The INCLUDE annotation after a key's columns; other annotations stay for their readers. */
function keyInclude(c: Cursor): string[] {
  const comments = c.takeComments();
  const include = comments.map((t) => readIndexIncludeMarker(t.value)).find((x) => x !== undefined);
  c.comments.push(...comments.filter((t) => readIndexIncludeMarker(t.value) === undefined));
  return include ?? [];
}

function tableConstraint(c: Cursor, table: ParsedTable): void {
  const name = c.keyword('CONSTRAINT') ? c.name() : null;
  if (c.keyword('PRIMARY')) {
    c.keyword('KEY');
    table.constraints.push({ ...emptyConstraint('p', name), columns: c.nameList(), include: keyInclude(c) });
    conflictClause(c);
    for (const col of table.constraints.at(-1)!.columns) {
      const target = table.columns.find((x) => x.name === col);
      if (target) target.notNull = true;
    }
  } else if (c.keyword('UNIQUE')) {
    table.constraints.push({ ...emptyConstraint('u', name), columns: c.nameList(), include: keyInclude(c) });
    conflictClause(c);
  } else if (c.keyword('CHECK')) {
    c.punct('(');
    const con = { ...emptyConstraint('c', name), checkSql: c.group() };
    table.constraints.push(con);
    for (const t of c.takeComments()) {
      const display = readDisplayMarker(t.value);
      if (display !== undefined) con.checkDisplay = display;
      if (t.value === NOT_VALID_MARKER.trim()) con.notValid = true;
    }
  } else if (c.keyword('FOREIGN')) {
    c.keyword('KEY');
    const con = { ...emptyConstraint('f', name), columns: c.nameList() };
    references(c, con);
    table.constraints.push(con);
    const comments = c.takeComments();
    if (comments.some((t) => t.value === NOT_VALID_MARKER.trim())) con.notValid = true;
    c.comments.push(...comments.filter((t) => t.value !== NOT_VALID_MARKER.trim()));
  }
}

// ---------------------------------------------------------------- CREATE INDEX

export function parseCreateIndex(name: string, table: string, sql: string): ParsedIndex {
  const c = new Cursor(sql, tokenize(sql));
  const index: ParsedIndex = { name, table, unique: false, columns: [], where: null, whereDisplay: null, constraint: null, method: 'btree', include: [] };
  const comments: Token[] = [];
  /** The display annotation among the comments since the last call (which stay for the constraint marker). */
  const displayIn = (taken: Token[]) => {
    comments.push(...taken);
    return taken.map((t) => readDisplayMarker(t.value)).find((d) => d !== undefined) ?? null;
  };
  c.keyword('CREATE');
  index.unique = c.keyword('UNIQUE');
  while (c.peek() && !c.keyword('ON')) c.next();
  c.name();
  if (c.punct('(')) {
    let depth = 1;
    let start = c.peek();
    let end: Token | undefined;
    let desc = false;
    const finish = () => {
      if (!start || !end) return;
      const text = c.sql.slice(start.start, end.end);
      const single = start === end && (start.kind === 'ident' || start.kind === 'word');
      const taken = c.takeComments();
      const nullsFirst = taken.map((t) => readNullsOrderMarker(t.value)).find((n) => n !== undefined) ?? null;
      const type = taken.map((t) => readKeyTypeMarker(t.value)).find((k) => k !== undefined) ?? null;
      const keyClass = taken.map((t) => readKeyClassMarker(t.value)).find((k) => k !== undefined) ?? null;
      index.columns.push({ column: single ? start.value : null, expression: single ? null : text.replace(/^\((.*)\)$/s, '$1'), display: displayIn(taken), desc, nullsFirst, type, keyClass });
    };
    for (;;) {
      const t = c.next();
      if (!t) break;
      if (t.kind === 'punct' && t.value === '(') depth++;
      if (t.kind === 'punct' && t.value === ')' && --depth === 0) {
        finish();
        break;
      }
      if (depth === 1 && t.kind === 'punct' && t.value === ',') {
        finish();
        start = c.peek();
        end = undefined;
        desc = false;
        continue;
      }
      if (depth === 1 && t.kind === 'word' && (t.value.toUpperCase() === 'DESC' || t.value.toUpperCase() === 'ASC')) {
        desc = t.value.toUpperCase() === 'DESC';
        continue;
      }
      if (depth === 1 && t.kind === 'word' && t.value.toUpperCase() === 'COLLATE') {
        c.next();
        continue;
      }
      end = t;
    }
  }
  comments.push(...c.takeComments());
  if (c.keyword('WHERE')) {
    const start = c.peek();
    let end: Token | undefined;
    while (c.peek()) end = c.next();
    if (start && end) index.where = c.sql.slice(start.start, end.end);
  }
  const trailing = displayIn(c.takeComments());
  if (index.where !== null) index.whereDisplay = trailing;
  for (const t of comments) index.constraint ??= readIndexConstraintMarker(t.value) ?? null;
  for (const t of comments) index.method = readIndexMethodMarker(t.value) ?? index.method;
  for (const t of comments) index.include = readIndexIncludeMarker(t.value) ?? index.include;
  return index;
}

const OWN_FUNCTIONS: Record<string, string> = { pg_now: 'now', pg_statement_timestamp: 'statement_timestamp', pg_current_date: 'CURRENT_DATE', pg_localtimestamp: 'LOCALTIMESTAMP', pg_current_user: 'CURRENT_USER' };

/**
 * A readable PostgreSQL-like text for an expression evsql wrote in SQLite, for schema text that
 * carries no annotation: names unquoted where PostgreSQL would not quote them, the parentheses
 * evsql adds around operands dropped, evsql's own functions under their PostgreSQL names.
 */
export function sqliteExprDisplay(sql: string, quote: (name: string) => string): string {
  const parts: string[] = [];
  const tokens = tokenize(sql).filter((t) => t.kind !== 'comment');
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const own = t.kind === 'word' ? OWN_FUNCTIONS[t.value] : undefined;
    if (t.kind === 'ident') parts.push(quote(t.value));
    else if (t.kind === 'string') parts.push(`'${t.value.replace(/'/g, "''")}'`);
    else if (own === undefined) parts.push(t.value);
    else {
      parts.push(own);
      // CURRENT_DATE and the like take no parentheses.
      if (/^[A-Z_]+$/.test(own) && tokens[i + 1]?.value === '(' && tokens[i + 2]?.value === ')') i += 2;
    }
  }
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const prev = parts[i - 1];
    const glued = prev === undefined || prev === '(' || p === ')' || p === ',' || (p === '(' && /^[\w"]/.test(prev) && !/^(AND|OR|NOT|IN|IS)$/i.test(prev));
    out += (glued ? '' : ' ') + p;
  }
  // Parentheses around a single name, number or string.
  for (let before = ''; before !== out; ) {
    before = out;
    out = out.replace(/(^|[^\w"])\(("(?:[^"]|"")*"|[\w.]+|'(?:[^']|'')*')\)/g, '$1$2');
  }
  return out;
}

/** Words that end a FROM list at their parenthesis depth. */
const FROM_LIST_ENDS = new Set(['WHERE', 'GROUP', 'HAVING', 'ORDER', 'LIMIT', 'WINDOW', 'UNION', 'EXCEPT', 'INTERSECT', 'SELECT', 'VALUES']);

/**
 * The relations a view's SQLite text (evsql's emitted SQL, every relation name quoted) reads: the
 * quoted names right after FROM or JOIN, or after a comma of a FROM list. SQLite rewrites a view's
 * text when a table it reads is renamed, so this follows renames. A CTE's name counts as one.
 */
export function viewRelations(sql: string): string[] {
  const tokens = tokenize(sql).filter((t) => t.kind !== 'comment');
  const out = new Set<string>();
  // Whether a FROM list is open, per parenthesis depth; the view's header ends at its first AS.
  const fromList: boolean[] = [false];
  let relationNext = false;
  for (let i = tokens.findIndex((t) => t.kind === 'word' && t.value.toUpperCase() === 'AS') + 1; i > 0 && i < tokens.length; i++) {
    const t = tokens[i]!;
    const depth = fromList.length - 1;
    if (relationNext && t.kind === 'ident') out.add(t.value);
    relationNext = false;
    if (t.kind === 'punct' && t.value === '(') fromList.push(false);
    else if (t.kind === 'punct' && t.value === ')') fromList.length = Math.max(1, depth);
    else if (t.kind === 'punct' && t.value === ',') relationNext = fromList[depth]!;
    else if (t.kind === 'word') {
      const word = t.value.toUpperCase();
      if (word === 'FROM' || word === 'JOIN') relationNext = fromList[depth] = true;
      else if (FROM_LIST_ENDS.has(word)) fromList[depth] = false;
    }
  }
  return [...out];
}
