/**
 * The position PostgreSQL reports with an error about a name or a literal of the statement
 * (`LINE 1: select nocol from t` and its caret in psql), and what its message names where
 * SQLite's does not (the clause of a misplaced aggregate, the column that holds nulls). Such errors are born in many places —
 * the translator, SQLite's own messages mapped in the executor, a runtime function — none of
 * which holds the parse tree, so the position is found afterwards: the query is parsed again (an
 * error is rare, the hot path pays nothing) and the first node the error names gives its location,
 * as parser_errposition reports the node it was analysing. Errors of values met while running (a
 * column's text cast to int, a function's own checks) name no node and keep no position, as in
 * PostgreSQL.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { OID, formatType, typeFromDeclared } from '../../pg/types/registry.js';
import { AGGREGATES } from './functions.js';
import { type Node, names, nodeType, parseQuery } from './parse.js';
import { declaredType } from './types.js';
import { unsupported } from './unsupported.js';
import { parseJsonPath } from '../../pg/types/jsonpath.js';
import { decodeTextParam } from '../../pg/types/text-format.js';
import { parseBitString } from '../../pg/types/bit-string.js';
import { hstoreIn } from '../../pg/types/hstore.js';

/** What an error names: the location of a node where PostgreSQL puts its caret, given the node's parent. */
type Finder = (node: Node, parent: Node | undefined) => number | undefined;

/**
 * A cast's target as PostgreSQL's messages name it (format_type: `integer`, `character varying`,
 * `integer[]`); a type the registry does not know by name (an enum, a domain) by its own name.
 */
function typeNameOf(t: Node): string {
  const declared = declaredType(t);
  const type = typeFromDeclared(declared);
  return type.oid === OID.text && !/^text\b/.test(declared) ? declared : formatType(type.oid, -1);
}
/** Casts to these never refuse a literal: a value cast on from them is refused while running, with no position. */
const STRING_TYPES = new Set(['text', 'character varying', 'character', 'name']);

/** The type of an expression where the parse tree alone says it (a literal, a cast); undefined elsewhere. */
function typeOf(n: Node | undefined): string | undefined {
  if (!n) return undefined;
  if (n.TypeCast) return typeNameOf(n.TypeCast.typeName);
  const c = n.A_Const;
  // An untyped NULL is unknown, as an operator's message names it: never the integer of `1 || 2`.
  if (c) return c.isnull ? 'unknown' : c.sval ? 'unknown' : c.fval ? 'numeric' : c.boolval ? 'boolean' : 'integer';
  // A unary minus keeps its operand's type (-1::bigint is -(1::bigint)).
  if (n.A_Expr && !n.A_Expr.lexpr && names(n.A_Expr.name ?? []).at(-1) === '-') return typeOf(n.A_Expr.rexpr);
  return undefined;
}
/** Whether an expression may be of `type`: unknown types are not ruled out. */
const mayBe = (n: Node | undefined, type: string | undefined): boolean => type === undefined || typeOf(n) === undefined || typeOf(n) === type;

/** A literal's text as written; the parser leaves out a field's zero value ('' and 0). */
function constantText(c: Node): string | undefined {
  if (c.sval) return c.sval.sval ?? '';
  return c.fval?.fval ?? (c.ival ? String(c.ival.ival ?? 0) : undefined);
}

/** Where an expression starts, as PostgreSQL's exprLocation: a cast or an operator at its leftmost operand. */
function locationOf(n: Node | undefined): number | undefined {
  if (!n) return undefined;
  const own = (n[nodeType(n)] as Node | undefined)?.location as number | undefined;
  const left = locationOf(n.TypeCast?.arg ?? n.A_Expr?.lexpr);
  return own === undefined ? left : left === undefined ? own : Math.min(own, left);
}

/**
 * A literal an input error names, read as the statement's input: not one cast to text first, and
 * (`functionArgs` false) not one handed to a function, whose own check raised the error.
 */
function literal(matches: (text: string, parent: Node | undefined) => boolean, functionArgs = true): Finder {
  return (n, parent) => {
    if (!n.A_Const || (parent?.TypeCast && STRING_TYPES.has(typeNameOf(parent.TypeCast.typeName))) || (!functionArgs && parent?.FuncCall)) return undefined;
    const text = constantText(n.A_Const);
    return text !== undefined && matches(text, parent) ? n.A_Const.location : undefined;
  };
}

const RELATION_TEXT_ARGS = new Set(['has_table_privilege', 'has_sequence_privilege', 'has_column_privilege', 'has_any_column_privilege', 'pg_get_serial_sequence']);

const castTo = (parent: Node | undefined, type: RegExp): boolean => !!parent?.TypeCast && type.test(typeNameOf(parent.TypeCast.typeName));

function invalidJson(text: string): boolean {
  if (!/^\s*[[{"]/.test(text)) return false;
  try {
    JSON.parse(text);
    return false;
  } catch {
    return true;
  }
}

function invalidPath(text: string): boolean {
  try {
    parseJsonPath(text);
    return false;
  } catch (e) {
    return e instanceof PgError && e.code === SqlState.syntaxError;
  }
}

/** Whether the input function of the type `parent` casts to refuses `text`. */
function refusedByCast(text: string, parent: Node | undefined): boolean {
  if (!parent?.TypeCast) return false;
  try {
    decodeTextParam(text, typeFromDeclared(declaredType(parent.TypeCast.typeName)).oid);
    return false;
  } catch {
    return true;
  }
}

function invalidHstore(text: string): boolean {
  try {
    hstoreIn(text);
    return false;
  } catch {
    return true;
  }
}

function invalidBits(text: string): boolean {
  try {
    parseBitString(text);
    return false;
  } catch {
    return true;
  }
}

/** Whether byteain refuses the text: bad hex digits, or a backslash not before a backslash or three octal digits. */
function invalidBytea(text: string): boolean {
  if (text.startsWith('\\x')) return !/^\\x(?:\s*[0-9a-fA-F]{2})*\s*$/.test(text);
  return /\\(?!\\|[0-3][0-7]{2})/.test(text.replace(/\\\\/g, ''));
}

/** A message's "L op R" or "op R": the operator and the operand types around it. */
function operatorOf(message: string): { op: string; left?: string; right?: string } | undefined {
  const words = message.slice(message.indexOf(': ') + 2).split(' ');
  const at = words.findIndex((w) => /^[-+*/<>=~!@#%^&|`?]+$/.test(w));
  if (at < 0) return undefined;
  return { op: words[at]!, left: at > 0 ? words.slice(0, at).join(' ') : undefined, right: words.slice(at + 1).join(' ') || undefined };
}

const sameName = (fields: Node[], wanted: string) => names(fields).join('.') === wanted;

/** Where to look, most likely first, for the node each error message names, by SQLSTATE. */
function findersFor(err: PgError): Finder[] {
  const m = (re: RegExp) => re.exec(err.message);
  switch (err.code) {
    case '42703': {
      const key = m(/^column "([^"]+)" named in key does not exist$/)?.[1];
      if (key) return [(n) => (n.Constraint && names(n.Constraint.keys ?? []).includes(key) ? n.Constraint.location : undefined)];
      const of = m(/^column "([^"]+)" of relation "[^"]+" does not exist$/);
      if (of) return [(n) => (n.ResTarget?.name === of[1] ? n.ResTarget.location : undefined)];
      const col = m(/^column (.+) does not exist$/);
      if (!col) return [];
      const wanted = col[1]!.split('.').map((s) => s.replace(/^"(.*)"$/, '$1')).join('.');
      return [(n) => (n.ColumnRef && sameName(n.ColumnRef.fields, wanted) ? n.ColumnRef.location : undefined)];
    }
    case '42702': {
      // PostgreSQL names the column alone, qualified or not: an unqualified reference first.
      const col = m(/^column reference "([^"]+)" is ambiguous$/)?.[1];
      if (!col) return [];
      return [
        (n) => (n.ColumnRef && sameName(n.ColumnRef.fields, col) ? n.ColumnRef.location : undefined),
        (n) => (n.ColumnRef && names(n.ColumnRef.fields).at(-1) === col ? n.ColumnRef.location : undefined),
      ];
    }
    case '42803': {
      const col = m(/^column "([^"]+)" must appear in the GROUP BY clause/);
      // The message qualifies the column with its table however the query wrote it.
      return col ? [(n) => (n.ColumnRef && names(n.ColumnRef.fields).at(-1) === col[1]!.split('.').at(-1) ? n.ColumnRef.location : undefined)] : [];
    }
    case '42P01': {
      // A relation named by a table reference, or by a regclass literal (nextval('s')).
      const rel = m(/^relation "([^"]+)" does not exist$/)?.[1];
      if (!rel) return [];
      // A statement's own relation (INSERT INTO, LIKE) is a RangeVar field, not a RangeVar node;
      // utility statements (ALTER, REFRESH, a REFERENCES target) look theirs up with no position.
      return [
        (n, parent) => {
          const placed = parent?.InsertStmt || parent?.UpdateStmt || parent?.DeleteStmt || parent?.MergeStmt || parent?.TableLikeClause;
          const rv = n.RangeVar ?? (placed && typeof n.relname === 'string' ? n : undefined);
          // A function taking the relation's name as text looks it up as it runs: no position. Nor
          // has a name a VALUES row or a subquery's column gives, cast as the outer query runs
          // (`select n::regclass from (values ('t')) as v(n)`, pgloader's table-name query).
          const asText = (parent?.FuncCall && RELATION_TEXT_ARGS.has(names(parent.FuncCall.funcname).at(-1)!)) || parent?.List || parent?.ResTarget;
          return rv && [rv.schemaname, rv.relname].filter(Boolean).join('.') === rel ? rv.location : n.A_Const?.sval?.sval === rel && !asText ? n.A_Const.location : undefined;
        },
      ];
    }
    case '3F000': {
      // A regclass literal naming a schema that is not there (nextval('nope.s')).
      const missing = m(/^schema "([^"]+)" does not exist$/)?.[1];
      if (!missing) return [];
      // Or a regnamespace literal naming it ('nope'::regnamespace), read where the statement is parsed.
      const regnamespace = (n: Node) => {
        const c = n.TypeCast;
        return c && names(c.typeName.names).at(-1) === 'regnamespace' && c.arg?.A_Const?.sval?.sval === missing ? (c.arg.A_Const.location as number) : undefined;
      };
      // Or a call qualified by it (nope.f()).
      const qualifiedCall = (n: Node) => (n.FuncCall && names(n.FuncCall.funcname).length === 2 && names(n.FuncCall.funcname)[0] === missing ? (n.FuncCall.location as number) : undefined);
      return [literal((text) => text.toLowerCase().startsWith(`${missing}.`)), regnamespace, qualifiedCall];
    }
    case '42704': {
      // A literal regconfig argument is read where the statement is parsed.
      const config = m(/^text search configuration "(.*)" does not exist$/s)?.[1];
      if (config !== undefined) return [literal((text) => text === config)];
      // So is a regrole literal (its name as regrolein reads it: unquoted, in lower case).
      const role = m(/^role "(.*)" does not exist$/s)?.[1];
      if (role !== undefined) return [literal((text, parent) => castTo(parent, /^regrole$/) && text.replace(/^"(.*)"$/s, '$1').toLowerCase() === role.toLowerCase())];
      const type = m(/^type "([^"]+)" does not exist$/)?.[1];
      if (!type) return [];
      // A TypeName is a field of its node (a cast's, a column definition's), not a node of its own.
      // ALTER COLUMN … TYPE looks its type up outside the parser: PostgreSQL gives no position there.
      return [
        (n, parent) => {
          if (parent?.AlterTableCmd?.subtype === 'AT_AlterColumnType' || n.CreateDomainStmt) return undefined;
          const t = Object.values((n[nodeType(n)] as Node | undefined) ?? {}).find((f): f is Node => Array.isArray((f as Node | null)?.names) && 'typemod' in (f as Node));
          if (!t) return undefined;
          const name = names(t.names).join('.');
          return [name, name.replace(/^pg_catalog\./, '')].includes(type.replace(/\[\]$/, '')) ? t.location : undefined;
        },        // An operand type of a regoperator literal.
        literal((_, parent) => castTo(parent, /^regoperator$/)),
      ];
    }
    case '42883':
    case '42725': {
      // A regproc or regprocedure literal, read where the statement is parsed.
      const named = m(/^function "(.*)" does not exist$/s)?.[1] ?? m(/^more than one function named "(.*)"$/s)?.[1];
      if (named !== undefined) return [literal((text, parent) => text === named && castTo(parent, /^regproc(?:edure)?$/))];
      // And a regoper or regoperator literal.
      const operator = m(/^operator does not exist: (.*)$/s)?.[1] ?? m(/^more than one operator named (.*)$/s)?.[1];
      const operatorLiteral = operator === undefined ? [] : [literal((text, parent) => text === operator && castTo(parent, /^regoper(?:ator)?$/))];
      const fn = m(/^(?:function|procedure) ([^(]+)\((.*)\) (?:does not exist|is not unique)$/);
      if (fn) {
        const args = fn[2] ? fn[2].split(', ') : [];
        const call = (f: Node) => sameName(f.funcname, fn[1]!) && (f.args ?? []).every((a: Node, i: number) => mayBe(a, args[i]));
        // The call of as many arguments as the message names (`concat()` beside `concat(…)`), else any of the name; CALL's, which is no FuncCall node.
        return [
          (n) => (n.FuncCall && call(n.FuncCall) && (n.FuncCall.args ?? []).length === args.length ? n.FuncCall.location : undefined),
          (n) => (n.FuncCall && call(n.FuncCall) ? n.FuncCall.location : undefined),
          (n) => (n.CallStmt && sameName(n.CallStmt.funccall.funcname, fn[1]!) ? n.CallStmt.funccall.location : undefined),
        ];
      }
      const op = /^operator (does not exist|is not unique): /.test(err.message) ? operatorOf(err.message) : undefined;
      if (!op) return operatorLiteral;
      return [
        ...operatorLiteral,
        (n) => (n.A_Expr && names(n.A_Expr.name ?? []).at(-1) === op.op && mayBe(n.A_Expr.lexpr, op.left) && mayBe(n.A_Expr.rexpr, op.right) ? n.A_Expr.location : undefined),
        // CASE x WHEN y compares with x = y, which transformCaseExpr places at the WHEN.
        (n, parent) => (op.op === '=' && n.CaseWhen && parent?.CaseExpr?.arg && mayBe(parent.CaseExpr.arg, op.left) && mayBe(n.CaseWhen.expr, op.right) ? n.CaseWhen.location : undefined),
      ];
    }
    case '42809': {
      const routine = m(/^([^(]+)\(.*\) is (?:a|not a) (?:procedure|function)$/);
      return routine ? [(n) => (n.FuncCall && sameName(n.FuncCall.funcname, routine[1]!) ? n.FuncCall.location : undefined), (n) => (n.CallStmt && sameName(n.CallStmt.funccall.funcname, routine[1]!) ? n.CallStmt.funccall.location : undefined)] : [];
    }
    case '42846': {
      const cast = m(/^cannot cast type (.+) to (.+)$/);
      return cast ? [(n) => (n.TypeCast && typeNameOf(n.TypeCast.typeName) === cast[2] && mayBe(n.TypeCast.arg, cast[1]) ? n.TypeCast.location : undefined)] : [];
    }
    case '42804': {
      const recursive = m(/^recursive query "([^"]+)" column (\d+) has type/);
      if (recursive) {
        return [(n) => (n.CommonTableExpr?.ctename === recursive[1] ? locationOf(n.CommonTableExpr.ctequery?.SelectStmt?.larg?.targetList?.[Number(recursive[2]) - 1]?.ResTarget?.val) : undefined)];
      }
      if (m(/^argument of FILTER must be type boolean/)) return [(n) => locationOf(n.FuncCall?.agg_filter)];
      const when = m(/^argument of CASE\/WHEN must be type boolean, not type (.+)$/);
      if (when) return [(n) => (n.CaseWhen && typeOf(n.CaseWhen.expr) === when[1] ? locationOf(n.CaseWhen.expr) : undefined)];
      const clause = m(/^argument of (WHERE|HAVING|JOIN\/ON) must be type boolean/)?.[1];
      if (clause) {
        const field = clause === 'WHERE' ? 'whereClause' : clause === 'HAVING' ? 'havingClause' : 'quals';
        return [(n) => locationOf((n[nodeType(n)] as Node | undefined)?.[field])];
      }
      const arg = m(/^argument of (AND|OR|NOT|IS [A-Z ]+) must be type boolean, not type (.+)$/);
      if (!arg) return [];
      const wrong = (a: Node) => typeOf(a) === arg[2];
      if (arg[1]!.startsWith('IS ')) return [(n) => (n.BooleanTest && wrong(n.BooleanTest.arg) ? locationOf(n.BooleanTest.arg) : undefined)];
      const op = `${arg[1]}_EXPR`;
      return [(n) => (n.BoolExpr?.boolop === op ? locationOf((n.BoolExpr.args as Node[]).find(wrong)) : undefined)];
    }
    case '54000':
      return err.fields.input === undefined ? [] : inputFinders(err.message, err.fields.input);
    case '22P02':
    case '22007':
    case '22008':
    case '22009':
    case '22015':
    case '22003':
    case '22023':
    case '22P05':
    case '55P04':
      return inputFinders(err.message, err.fields.input);
    case '42P19': {
      const cte = m(/^recursive reference to query "([^"]+)" must not appear/)?.[1];
      return cte ? [(n) => (n.RangeVar?.relname === cte && !n.RangeVar.schemaname ? n.RangeVar.location : undefined)] : [];
    }
    case '0A000':
    case '42P20': {
      const window = m(/^cannot override (?:ORDER BY|PARTITION BY) clause of window "([^"]+)"$/)?.[1];
      if (window) return [(n) => (n.FuncCall?.over?.refname === window ? n.FuncCall.over.location : undefined)];
      // A window that names one with a frame: the naming one's parenthesis, in WINDOW or OVER.
      const framed = m(/^cannot copy window "([^"]+)" because it has a frame clause$/)?.[1];
      if (framed) return [(n) => (n.WindowDef?.refname === framed ? n.WindowDef.location : n.FuncCall?.over?.refname === framed ? n.FuncCall.over.location : undefined)];
      // A RANGE frame's offset PostgreSQL cannot apply, or a RANGE offset without one ORDER BY column.
      if (/^RANGE with offset PRECEDING\/FOLLOWING is not supported for column type /.test(err.message)) return [(n) => locationOf(n.FuncCall?.over?.startOffset ?? n.FuncCall?.over?.endOffset)];
      if (err.message === 'RANGE with offset PRECEDING/FOLLOWING requires exactly one ORDER BY column') return [(n) => n.FuncCall?.over?.location];
      // A reference to a data-modifying WITH query without RETURNING.
      const unreturning = m(/^WITH query "([^"]+)" does not have a RETURNING clause$/)?.[1];
      if (unreturning) return [(n) => (n.RangeVar && !n.RangeVar.schemaname && n.RangeVar.relname === unreturning ? n.RangeVar.location : undefined)];
      // The first data-modifying WITH query: the query refused is one in a subquery, where the statement has no other.
      if (err.message === 'WITH clause containing a data-modifying statement must be at the top level') return [(n) => (n.CommonTableExpr && !n.CommonTableExpr.ctequery.SelectStmt ? n.CommonTableExpr.location : undefined)];
      return [];
    }
    case 'XX000':
      // hstore_in's (elog in PostgreSQL 15): the literal it refuses, cast to hstore, else read as one beside an hstore
      // or for an hstore column, one written as pairs first (a text column's value beside it reads as no hstore either).
      if (err.message === 'Unexpected end of string' || /^Syntax error near ".+" at position \d+$/s.test(err.message)) {
        const uncast = (parent: Node | undefined) => !parent?.TypeCast;
        return [
          literal((text, parent) => castTo(parent, /^hstore$/) && invalidHstore(text)),
          literal((text, parent) => uncast(parent) && text.includes('=>') && invalidHstore(text)),
          literal((text, parent) => uncast(parent) && invalidHstore(text)),
        ];
      }
      return [];
    case '22000':
      // range_in's check of a literal's bounds: the literal read as a range type fails so.
      return err.message === 'range lower bound must be less than or equal to range upper bound' ? [literal((text) => boundsOutOfOrder(text), false)] : [];
    case '2202E':
      return err.message === 'upper bound cannot be less than lower bound' ? [literal((text, parent) => castTo(parent, /\[\]$/) && text.trimStart().startsWith('['))] : [];
    case '42P10': {
      const position = m(/^ORDER BY position (-?\d+) is not in select list$/)?.[1];
      if (position) return [(n) => (n.SortBy?.node?.A_Const && constantText(n.SortBy.node.A_Const) === position ? n.SortBy.node.A_Const.location : undefined)];
      if (err.message.startsWith('SELECT DISTINCT ON expressions must match')) return [(n) => locationOf(n.SelectStmt?.distinctClause?.[0])];
      return [];
    }
    case '42601':
      // A tsvector or tsquery literal is read where the statement is parsed; a to_tsquery argument when the call runs.
      if (/^(?:syntax error in|no operand in|wrong position info in) ts(?:vector|query): "/.test(err.message)) return [literal((text) => err.message.endsWith(`: "${text}"`), false)];
      // A path literal is read by jsonpath_in where the statement is parsed: a cast's, or a jsonb_path_* argument's.
      if (/^syntax error at (?:end|or near "[^"]*") of jsonpath input$/.test(err.message)) return [(n, parent) => (castTo(parent, /^jsonpath$/) || (parent?.FuncCall && /^jsonb_path_/.test(names(parent.FuncCall.funcname).at(-1)!) && parent.FuncCall.args?.[1] === n) ? literal((text) => invalidPath(text))(n, parent) : undefined)];
      if (err.message === 'a column definition list is required for functions returning "record"') return [(n, parent) => (parent?.List && n.FuncCall && /_to_record(set)?$/.test(names(n.FuncCall.funcname).at(-1)!) ? n.FuncCall.location : undefined)];
      if (err.message === 'WITH ORDINALITY cannot be used with a column definition list') return [(n) => (n.RangeFunction?.ordinality ? n.RangeFunction.coldeflist?.[0]?.ColumnDef?.location : undefined)];
      if (err.message.startsWith('ON CONFLICT DO UPDATE requires inference specification')) return [(n) => n.InsertStmt?.onConflictClause?.location];
      if (err.message === 'number of columns does not match number of values') return [(n) => locationOf(n.MultiAssignRef?.source)];
      if (/^each [A-Z]+ query must have the same number of columns$/.test(err.message)) return [(n) => n.SelectStmt?.rarg?.targetList?.[0]?.ResTarget?.location];
      return [];
    case '42701': {
      // The second mention of the column in an INSERT's or UPDATE's list.
      const col = m(/^column "([^"]+)" specified more than once$/)?.[1];
      let seen = 0;
      return col ? [(n, parent) => ((parent?.InsertStmt || parent?.UpdateStmt) && n.ResTarget?.name === col && seen++ === 1 ? n.ResTarget.location : undefined)] : [];
    }
    case '42P02': {
      const param = m(/^there is no parameter \$(\d+)$/)?.[1];
      if (param) return [(n) => (n.ParamRef?.number === Number(param) ? n.ParamRef.location : undefined)];
      return err.message === 'missing argument' ? [literal((_, parent) => castTo(parent, /^regoperator$/))] : [];
    }
    case '54023':
      // regoperatorin's operand count, read where the statement is parsed.
      return err.message === 'too many arguments' ? [literal((_, parent) => castTo(parent, /^regoperator$/))] : [];
    default:
      return [];
  }
}

/** Errors of a type's input function: the literal read, found by the value the message quotes. */
function inputFinders(message: string, refused?: string): Finder[] {
  const value = (re: RegExp) => re.exec(message)?.[1];
  const input =
    refused ??
    value(/^invalid input syntax for type [^:]+: "(.*)"$/s) ??
    value(/^invalid cidr value: "(.*)"$/s) ??
    value(/^invalid input value for enum [^:]+: "(.*)"$/s) ??
    value(/^unsafe use of new value "(.*)" of enum type /s) ??
    value(/^malformed array literal: "(.*)"$/s) ??
    value(/^malformed range literal: "(.*)"$/s) ??
    value(/^malformed multirange literal: "(.*)"$/s) ??
    value(/^(?:value )?"(.*)" is out of range for type /s) ??
    value(/^(?:date|timestamp) out of range: "(.*)"$/s) ??
    value(/^interval field value out of range: "(.*)"$/s) ??
    value(/^time zone displacement out of range: "(.*)"$/s);
  if (input !== undefined) {
    // An array's or a range's element is quoted alone: the cast names the literal.
    const element = value(/^invalid input syntax for type [^:]+: "(.*)"$/s);
    const anyAll = (parent: Node | undefined) => parent?.A_Expr?.kind === 'AEXPR_OP_ANY' || parent?.A_Expr?.kind === 'AEXPR_OP_ALL';
    // Last, an uncast array literal (no JSON object): a value for an array column (INSERT … VALUES (6, '{a}')).
    const arrayText = (text: string) => /^\s*(?:\[[^\]]*\]\s*=\s*)?\{/.test(text);
    return [
      // to_number reads its text argument itself, with no position.
      literal((text, parent) => text === input && !(parent?.FuncCall && names(parent.FuncCall.funcname).at(-1) === 'to_number')),
      ...(element !== undefined ? [literal((text, parent) => ((castTo(parent, /\[\]$|range$/) && refusedByCast(text, parent)) || anyAll(parent)) && text.includes(element)), literal((text, parent) => !parent?.TypeCast && arrayText(text) && invalidJson(text) && text.includes(element))] : []),
    ];
  }
  // A zone named inside a timestamptz literal; one given alone (AT TIME ZONE 'x') has no position.
  const zone = value(/^time zone "(.*)" not recognized$/s);
  if (zone !== undefined) return [literal((text) => text.toLowerCase() !== zone && text.toLowerCase().includes(zone))];
  // to_date and its kin raise this one from their own checks, with no position.
  const field = value(/^date\/time field value out of range: "(.*)"$/s);
  if (field !== undefined) return [literal((text, parent) => text === field || (castTo(parent, /range$/) && text.includes(field)), false)];
  // A literal cast to jsonb, else a JSON document uncast: a value for a jsonb column (INSERT … VALUES (1, '{"s": "\u0000"}')).
  if (message === 'unsupported Unicode escape sequence') {
    return [literal((text, parent) => castTo(parent, /^jsonb$/) && /\\u0000/.test(text), false), literal((text, parent) => !parent?.TypeCast && /^\s*[[{"]/.test(text) && /\\u0000/.test(text), false)];
  }
  if (/^invalid input syntax for type jsonb?$/.test(message)) return [literal((text, parent) => castTo(parent, /^jsonb?$/) && refusedByCast(text, parent)), literal((text, parent) => castTo(parent, /^jsonb?$/) || invalidJson(text))];
  // A range literal's bound its element type cannot hold.
  if (/^(?:smallint|integer|bigint) out of range$/.test(message)) return [literal((text, parent) => castTo(parent, /range$/) && refusedByCast(text, parent))];
  // bit_in's: a literal its digit is in that bit_in refuses, cast to a bit string or assigned to a
  // column of one; a value computed first (`('x' || 'fg')::bit(8)`) is read while running, with no position.
  const digit = value(/^"(.)" is not a valid (?:binary|hexadecimal) digit$/s);
  if (digit !== undefined) return [literal((text, parent) => (castTo(parent, /^bit/) || !(parent?.A_Expr || parent?.FuncCall)) && text.includes(digit) && invalidBits(text))];
  if (message === 'invalid input syntax for type bytea' || /^invalid hexadecimal (?:digit: |data: odd number of digits$)/.test(message)) {
    // A literal cast to bytea, or encode's first argument, which the call reads as a bytea.
    const byteaArgument = (parent: Node | undefined) => parent?.FuncCall && names(parent.FuncCall.funcname).at(-1) === 'encode';
    return [literal((text, parent) => (castTo(parent, /^bytea$/) || byteaArgument(parent)) && invalidBytea(text))];
  }
  return [];
}

/** The first location, in the query's text order, where `find` matches. */
function firstLocation(node: unknown, find: Finder): number | undefined {
  let best: number | undefined;
  const walk = (n: unknown, parent: Node | undefined): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach((x) => walk(x, parent));
    const at = find(n as Node, parent);
    if (at !== undefined && at >= 0 && (best === undefined || at < best)) best = at;
    // A node is `{ Kind: fields }`: the nodes among its fields have it as their parent.
    for (const v of Object.values(n)) {
      if (v && typeof v === 'object' && !Array.isArray(v)) for (const f of Object.values(v)) walk(f, n as Node);
      else walk(v, n as Node);
    }
  };
  walk(node, undefined);
  return best;
}

/**
 * `t.c` or `t.*` where no relation of the statement is named t: SQLite says no such column or table, PostgreSQL
 * 42P01 (missing FROM-clause entry), at the reference. A name that names any table, alias, CTE or
 * function in FROM anywhere in the statement is left as 42703, whatever scope it is in.
 */
function missingRelation(err: PgError, trees: Node[], query: string): PgError | undefined {
  // `t.*` of no such t: SQLite says no such table.
  const m = err.code === '42703' ? /^column ([^".\s]+)\.([^".\s]+) does not exist$/.exec(err.message) : err.code === '42P01' ? /^relation "([^".\s]+)" does not exist$/.exec(err.message) : null;
  if (!m) return undefined;
  const qualifier = m[1]!;
  // Relations and aliases are met wrapped ({ RangeVar: … }) or as a statement's own field ({ relname }).
  // A table met only under aliases of other names (`FROM t AS x … t.c`) is no FROM item's name: PostgreSQL's invalid reference.
  // The target of an INSERT … AS, UPDATE or DELETE is met as the statement's own field.
  const aliased = (r: Node | undefined) => r?.relname === qualifier && r.alias && r.alias.aliasname !== qualifier;
  const aliasedOnly = firstLocation(trees, (n) => (aliased(n.RangeVar) || aliased(n) ? 0 : undefined)) !== undefined;
  const unaliased = firstLocation(trees, (n) => ((n.RangeVar?.relname === qualifier && !n.RangeVar.alias) || (n.relname === qualifier && !n.RangeVar && !aliased(n)) || n.aliasname === qualifier || n.CommonTableExpr?.ctename === qualifier ? 0 : undefined)) !== undefined;
  // EXCLUDED is DO UPDATE's alone: RETURNING cannot name it.
  const excluded: Finder = (n) => (n.ColumnRef && names(n.ColumnRef.fields)[0] === 'excluded' ? n.ColumnRef.location : undefined);
  const returning = qualifier === 'excluded' ? trees.flatMap((t) => (t.InsertStmt ? [t.InsertStmt] : [])).find((i) => firstLocation(i.returningClause?.exprs ?? i.returningList, excluded) !== undefined) : undefined;
  if (returning) {
    const at = firstLocation(returning.returningClause?.exprs ?? returning.returningList, excluded)!;
    const message = returning.onConflictClause?.action === 'ONCONFLICT_UPDATE' ? 'invalid reference to FROM-clause entry for table "excluded"' : 'missing FROM-clause entry for table "excluded"';
    return new PgError(SqlState.undefinedTable, message, { position: characterPosition(query, at) });
  }
  const sibling = siblingReference(trees, qualifier);
  if (sibling !== undefined) return new PgError(SqlState.undefinedTable, `invalid reference to FROM-clause entry for table "${qualifier}"`, { position: characterPosition(query, sibling) });
  if (unaliased || ['excluded', 'new', 'old'].includes(qualifier)) return undefined;
  const at = firstLocation(trees, (n) => (n.ColumnRef && names(n.ColumnRef.fields).length === 2 && names(n.ColumnRef.fields)[0] === qualifier ? n.ColumnRef.location : undefined));
  if (at === undefined) return undefined;
  const message = aliasedOnly ? `invalid reference to FROM-clause entry for table "${qualifier}"` : `missing FROM-clause entry for table "${qualifier}"`;
  return new PgError(SqlState.undefinedTable, message, { position: characterPosition(query, at) });
}

/** The names a FROM item gives its level: its alias, else its table's (a join's: both sides'). */
function itemNames(item: Node): string[] {
  if (item.RangeVar) return [item.RangeVar.alias?.aliasname ?? item.RangeVar.relname];
  if (item.JoinExpr) return item.JoinExpr.alias ? [item.JoinExpr.alias.aliasname] : [...itemNames(item.JoinExpr.larg), ...itemNames(item.JoinExpr.rarg)];
  const alias = (item.RangeSubselect ?? item.RangeFunction)?.alias?.aliasname as string | undefined;
  return alias ? [alias] : [];
}

/**
 * `t.c` inside a subquery in FROM (not LATERAL) that names no t itself, beside a FROM item t of its
 * own level, which it cannot see: the reference's location.
 */
function siblingReference(trees: Node[], qualifier: string): number | undefined {
  const named: Finder = (n) => ((n.RangeVar && (n.RangeVar.alias?.aliasname ?? n.RangeVar.relname) === qualifier) || n.aliasname === qualifier || n.CommonTableExpr?.ctename === qualifier ? 0 : undefined);
  const reference: Finder = (n) => (n.ColumnRef && names(n.ColumnRef.fields).length === 2 && names(n.ColumnRef.fields)[0] === qualifier ? n.ColumnRef.location : undefined);
  let at: number | undefined;
  firstLocation(trees, (n) => {
    const from = n.SelectStmt?.fromClause as Node[] | undefined;
    if (!from || !from.some((item) => itemNames(item).includes(qualifier))) return undefined;
    for (const item of from) {
      const sub = item.RangeSubselect;
      if (!sub || sub.lateral || itemNames(item).includes(qualifier) || firstLocation(sub.subquery, named) !== undefined) continue;
      const found = firstLocation(sub.subquery, reference);
      if (found !== undefined && (at === undefined || found < at)) at = found;
    }
    return undefined;
  });
  return at;
}

/** The clauses where PostgreSQL refuses aggregates (and window functions, which HAVING refuses too), as its messages name them. */
const CLAUSES = new Map([
  ['whereClause', 'WHERE'],
  ['groupClause', 'GROUP BY'],
  ['quals', 'JOIN conditions'],
  ['returningClause', 'RETURNING'],
  ['agg_filter', 'FILTER'],
]);
const WINDOW_CLAUSES = new Map([...CLAUSES, ['havingClause', 'HAVING']]);

/**
 * SQLite says only that an aggregate or window function is misplaced ("misuse of aggregate"):
 * PostgreSQL's message names the clause, or the nesting, and points at the call.
 */
function misplacedCall(err: PgError, trees: Node[]): PgError | undefined {
  const window = err.code === '42P20';
  if (!new RegExp(`^${window ? 'window' : 'aggregate'} functions are not allowed (?:here|in [A-Z ]+)$`).test(err.message)) return undefined;
  const clauses = window ? WINDOW_CLAUSES : CLAUSES;
  const isCall = (n: Node) => !!n.FuncCall && (window ? !!n.FuncCall.over : !n.FuncCall.over && AGGREGATES.has(names(n.FuncCall.funcname).at(-1)!));
  let found: { message: string; at: number; code: string } | undefined;
  const isAggregate = (n: Node) => !!n.FuncCall && !n.FuncCall.over && AGGREGATES.has(names(n.FuncCall.funcname).at(-1)!);
  const visit = (n: unknown, clause: string | undefined, inCall: boolean, inAggregate: boolean): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach((x) => visit(x, clause, inCall, inAggregate));
    const node = n as Node;
    // A subquery is a query level of its own.
    if (node.SubLink || node.RangeSubselect) {
      clause = undefined;
      inAggregate = false;
    }
    const call = isCall(node);
    if (call && (clause || inCall || (window && inAggregate)) && (found === undefined || node.FuncCall.location < found.at)) {
      const what = window ? 'window function' : 'aggregate function';
      found = window && inAggregate && !clause && !inCall
        ? { message: 'aggregate function calls cannot contain window function calls', at: node.FuncCall.location, code: SqlState.groupingError }
        : { message: inCall ? `${what} calls cannot be nested` : `${what}s are not allowed in ${clause}`, at: node.FuncCall.location, code: err.code };
    }
    const aggregate = isAggregate(node);
    for (const v of Object.values(node)) {
      if (v && typeof v === 'object' && !Array.isArray(v)) {
        for (const [field, f] of Object.entries(v)) visit(f, clauses.get(field) ?? (field === 'over' ? undefined : clause), inCall || (call && field === 'args'), inAggregate || (aggregate && field === 'args'));
      } else visit(v, clause, inCall, inAggregate);
    }
  };
  visit(trees, undefined, false, false);
  return found && new PgError(found.code, found.message, { ...err.fields, position: found.at });
}

/**
 * SQLite refuses a NOT NULL column without a default on a table with rows without naming it:
 * PostgreSQL's message names the column and the table.
 */
function columnWithNulls(err: PgError, trees: Node[]): PgError | undefined {
  if (err.code !== '23502' || err.message !== 'column contains null values') return undefined;
  for (const tree of trees) {
    const table = tree.AlterTableStmt?.relation?.relname as string | undefined;
    for (const c of (tree.AlterTableStmt?.cmds ?? []) as Node[]) {
      const def = c.AlterTableCmd?.subtype === 'AT_AddColumn' ? c.AlterTableCmd.def?.ColumnDef : undefined;
      const constraints = ((def?.constraints ?? []) as Node[]).map((k) => k.Constraint?.contype);
      if (table && def && constraints.includes('CONSTR_NOTNULL') && !constraints.includes('CONSTR_DEFAULT')) {
        return new PgError(err.code, `column "${def.colname}" of relation "${table}" contains null values`, { ...err.fields, table, column: def.colname });
      }
    }
  }
  return undefined;
}

/** A byte offset into `query` as PostgreSQL's 1-based character position. */
function characterPosition(query: string, at: number): number {
  // libpg-query's locations count bytes of the UTF-8 text; PostgreSQL reports characters.
  return Array.from(Buffer.from(query, 'utf8').subarray(0, at).toString('utf8')).length + 1;
}

/**
 * Whether PostgreSQL reports an ALTER TABLE's error without a position: it transforms the DEFAULT
 * and CHECK expressions without the statement's text (cookDefault, cookConstraint); a USING
 * expression and a type's name keep theirs.
 */
export function unplacedAlterTable(s: Node, code: string): boolean {
  // ADD CONSTRAINT … USING INDEX checks its index where it parses the constraint (transformIndexConstraint).
  const usingIndex = (s.cmds as Node[]).some((c) => c.AlterTableCmd?.def?.Constraint?.indexname);
  if (usingIndex && (code === SqlState.wrongObjectType || code === SqlState.objectNotInPrerequisiteState)) return false;
  return code !== SqlState.undefinedObject && !(s.cmds as Node[]).some((c) => c.AlterTableCmd?.subtype === 'AT_AlterColumnType' && c.AlterTableCmd.def?.ColumnDef?.raw_default);
}

/** `err` placed in `query`: PostgreSQL's 1-based character position of the node it names, and the names SQLite's message left out. */
export function placeError(err: PgError, query: string): PgError {
  if (err.fields.position !== undefined || !query) return err;
  const finders = findersFor(err);
  const refinable = err.code === '42803' || err.code === '42P20' || err.code === '23502';
  if (!finders.length && !refinable) return err;
  let trees: Node[];
  try {
    trees = parseQuery(query).map((s) => s.node);
  } catch {
    return err;
  }
  // GRANT and REVOKE look their relations up with no position, as utility statements do.
  if (err.code === '42P01' && trees.some((t) => t.GrantStmt)) return err;
  // Before the ALTER TABLE rule below, which would return SQLite's message unnamed: it names, not places.
  const named = columnWithNulls(err, trees);
  if (named) return named;
  if (trees.some((t) => t.AlterTableStmt && unplacedAlterTable(t.AlterTableStmt, err.code))) return err;
  const missing = missingRelation(err, trees, query);
  if (missing) return missing;
  // Every PostgreSQL table has them (`RETURNING (xmax = 0) AS inserted`); evsql's rows keep none.
  const system = err.code === '42703' ? /^column (?:[^".\s]+\.)?"?(xmin|xmax|cmin|cmax|ctid)"? does not exist$/.exec(err.message) : null;
  if (system) return unsupported(`the system column ${system[1]}`);
  const refined = refinable ? misplacedCall(err, trees) : undefined;
  if (refined) return new PgError(refined.code, refined.message, { ...refined.fields, position: characterPosition(query, refined.fields.position!) });
  for (const find of finders) {
    const at = firstLocation(trees, find);
    if (at !== undefined) return new PgError(err.code, err.message, { ...err.fields, position: characterPosition(query, at) });
  }
  return err;
}

/** Whether a literal is a range whose lower bound is above its upper, read as one of the range types. */
function boundsOutOfOrder(text: string): boolean {
  return [OID.int4range, OID.int8range, OID.numrange, OID.daterange, OID.tsrange, OID.tstzrange, OID.int4multirange, OID.nummultirange].some((oid) => {
    try {
      decodeTextParam(text, oid);
      return false;
    } catch (e) {
      return e instanceof PgError && e.code === SqlState.dataException;
    }
  });
}
