/**
 * An anonymous code block (DO) as a program the session runs a statement at a time. The block
 * cannot be translated as a whole before any of it runs: a statement may use what an earlier one
 * made (CREATE TABLE, then INSERT into it) and an IF takes the branch its query decides. So this
 * module makes the decisions and the connection does the I/O: blockSteps() yields requests — a
 * statement to run (through the ordinary translation and pipeline, as any statement), a notice
 * for the client, a savepoint to take, roll back to or release — and is handed each statement's
 * rows, as text with their columns' types, or its error thrown in.
 *
 * A variable is held as its value's text and its type, and goes into a SELECT, INSERT, UPDATE,
 * DELETE or MERGE that names it (`v`, or `r.field` of a RECORD) as `CAST('text' AS type)`, where
 * PL/pgSQL binds a parameter; an expression (an IF's condition, a RAISE's argument) runs as
 * `SELECT expr`, as PL/pgSQL runs it. Runs: DECLARE (defaults, CONSTANT, NOT NULL, RECORD),
 * assignment, IF/ELSIF/ELSE, CASE, SQL statements with [STRICT] INTO, PERFORM, EXECUTE [INTO]
 * [USING], RAISE, GET DIAGNOSTICS … ROW_COUNT, RETURN, nested blocks with EXCEPTION handlers
 * (a savepoint each), LOOP, WHILE, FOR over an integer range or a query's rows, EXIT/CONTINUE
 * [WHEN]. Anything else is 0A000 before the block runs.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { type Node, names, nodeType, parsePlpgsql, parseQuery } from './parse.js';
import { type CaughtErrors, catches } from './plpgsql.js';
import { assignedText, conditionCode, formatParts, raiseSpec, reraiseOutsideHandler } from './trigger-program.js';
import { unsupported } from './unsupported.js';

export type BlockRequest =
  | { kind: 'run'; sql: string }
  | { kind: 'notice'; notice: PgError }
  /** A savepoint for an EXCEPTION block; `rollback` undoes the block's work and ends its savepoint, `release` keeps it. */
  | { kind: 'savepoint' | 'rollback' | 'release' }
  /** A loop's next turn: the session may see to a cancel and to other clients. */
  | { kind: 'tick' };

/** A statement's result: its rows as text (null for NULL), its columns' names and types (null where SQL cannot name it), the rows changed. */
export interface BlockAnswer {
  rows: Array<Array<string | null>>;
  fields: Array<{ name: string; type: string | null }>;
  changes: number;
}

/** A DO statement's checked PL/pgSQL. */
export interface DoBlock {
  action: Node;
  variables: Array<{ name: string; type: string; init: string | null; notNull: boolean; line: number }>;
  /** RECORD variables' names. */
  records: string[];
  /** Row variables (`v t`, `v t%ROWTYPE` of a table t): their names and the table's columns, which start NULL. */
  rows: Array<{ name: string; fields: RowField[] }>;
  /** The variables' names by the parser's datum number, which INTO and GET DIAGNOSTICS name their targets by. */
  datums: Array<string | null>;
  /**
   * A routine's block answers a row: its RETURN's value, cast to this type (a function's), or
   * these variables' values at its end (a procedure's output parameters). A set-returning
   * function's answers the rows its RETURN NEXT and RETURN QUERY gave (`record`: several columns).
   * A function returning a table's row answers what its call selects of the row RETURN gives.
   */
  answers?: { returns: string; set?: true; row?: RowAnswer } | { outputs: string[] };
  /** A routine's block: the routine's name, which labels the block of its parameters (`add_job.identifier`). */
  routine?: string;
  /** A routine's input parameters' variables in order, which its body may also name `$1`, `$2` … */
  parameters?: string[];
}

/** A field of a row variable or of a table's row: its name and its type as SQL names it. */
export interface RowField {
  name: string;
  type: string;
}

/**
 * What the call of a function returning a table's row answers: the row's fields, and the
 * columns it selects of them (named as the call names them), or, for `SELECT f(…)`, the whole
 * row as one column (`whole`: its name), the text record_out prints.
 */
export interface RowAnswer {
  fields: RowField[];
  selected: Array<{ field: string; name: string }> | { whole: string };
}

/**
 * The columns of the table a PL/pgSQL declaration's type names (`t`, `s.t`, `t%ROWTYPE`); `value`
 * for a type evsql holds as one value, which the parser, knowing no catalog, reads as a record's
 * (an array of a composite type); undefined for another type.
 */
export type RowTypes = (typeName: string) => RowField[] | 'value' | undefined;

/** Statements PL/pgSQL binds variables into; it runs others (utility statements) as written. */
const BINDING = new Set(['SelectStmt', 'InsertStmt', 'UpdateStmt', 'DeleteStmt', 'MergeStmt']);

/** Variables every block has, set by PL/pgSQL itself. */
const BUILT_IN = new Set(['found', 'sqlstate', 'sqlerrm']);

const FUNCTION = 'PL/pgSQL function inline_code_block';

/** A DO statement's body, checked: 0A000 for what blockSteps cannot run. */
export function doBlock(statementText: string, answers?: DoBlock['answers'], rowTypes: RowTypes = () => undefined): DoBlock {
  const fn = parsePlpgsql(statementText);
  const action = fn.action?.PLpgSQL_stmt_block;
  if (!action) throw new PgError(SqlState.syntaxError, 'syntax error in a DO block');
  // A type held as one value is a variable's, which the parser read as a record's.
  const datums = ((fn.datums ?? []) as Node[]).map((d) => (d.PLpgSQL_rec && rowTypes(String(d.PLpgSQL_rec.datatype?.PLpgSQL_type?.typname ?? '')) === 'value' ? { PLpgSQL_var: d.PLpgSQL_rec } : d));
  const loopVariables = new Map<string, number>();
  const returns = answers && 'returns' in answers ? answers : undefined;
  check((action.body ?? []) as Node[], { handling: false, looping: false, returning: !!returns && returns.returns !== 'void', set: returns?.set ? returns.returns : null, datums }, loopVariables);
  // Each integer FOR declares its own variable: the others of a name are DECLAREd, one at most.
  const byName = new Map<string, Node[]>();
  const records: string[] = [];
  const rows: DoBlock['rows'] = [];
  for (const d of datums) {
    if (d.PLpgSQL_row?.refname === '(unnamed row)' || d.PLpgSQL_recfield) continue;
    const typeName = String((d.PLpgSQL_rec ?? d.PLpgSQL_var)?.datatype?.PLpgSQL_type?.typname ?? '');
    if (typeName === 'record' && d.PLpgSQL_rec) {
      records.push(String(d.PLpgSQL_rec.refname));
      continue;
    }
    // The PL/pgSQL parser, which knows no catalog, reads a qualified type as a record's and `t%ROWTYPE` or `t` as a variable's.
    const fields = rowTypes(typeName);
    if (fields && fields !== 'value') {
      const v = d.PLpgSQL_rec ?? d.PLpgSQL_var;
      if (v.default_val || v.notnull || v.isconst) throw unsupported('a row variable with a default, NOT NULL or CONSTANT in a DO block');
      rows.push({ name: String(v.refname), fields });
      records.push(String(v.refname));
      continue;
    }
    if (d.PLpgSQL_rec) throw unsupported(`a variable of type ${typeName} in a DO block`);
    const v = d.PLpgSQL_var;
    if (!v) throw unsupported('row variables (%ROWTYPE) in a DO block');
    const name = String(v.refname);
    if (!BUILT_IN.has(name)) byName.set(name, [...(byName.get(name) ?? []), v]);
  }
  const variables: DoBlock['variables'] = [];
  for (const [name, all] of byName) {
    const declared = all.length - (loopVariables.get(name) ?? 0);
    if (declared > 1 || records.includes(name)) throw unsupported(`two variables named "${name}" in a DO block`);
    if (declared === 0) continue;
    const v = all.find((x) => x.default_val || x.isconst || x.notnull || x.datatype?.PLpgSQL_type?.typname !== 'integer') ?? all[0]!;
    const type = String(v.datatype?.PLpgSQL_type?.typname ?? '');
    if (type.includes('%')) throw unsupported('%TYPE and %ROWTYPE in a DO block');
    variables.push({ name, type, init: v.default_val ? String(v.default_val.PLpgSQL_expr.query) : null, notNull: !!v.notnull, line: Number(v.lineno ?? 0) });
  }
  if (new Set(records).size !== records.length) throw unsupported('two record variables of one name in a DO block');
  const refnames = datums.map((d) => (d.PLpgSQL_var ? String(d.PLpgSQL_var.refname) : d.PLpgSQL_rec ? String(d.PLpgSQL_rec.refname) : null));
  // A record's field, which an assignment names by its datum: `record.field`.
  const names = datums.map((d, i) => (d.PLpgSQL_recfield ? `${refnames[Number(d.PLpgSQL_recfield.recparentno)]}.${d.PLpgSQL_recfield.fieldname}` : refnames[i]!));
  return { action: { PLpgSQL_stmt_block: action }, variables, records, rows, datums: names, ...(answers ? { answers } : {}) };
}

/** Where a statement is: inside an exception handler (`RAISE;` may re-raise), inside a loop (EXIT may leave it). */
interface Place {
  handling: boolean;
  looping: boolean;
  /** A function's body: RETURN gives its value. */
  returning: boolean;
  /** A set-returning function's: its rows' type (record for several columns). */
  set: string | null;
  datums: Node[];
}

/** PL/pgSQL's names of the statements a DO block refuses (plpgsql_stmt_typename). */
const STATEMENT_NAMES: Record<string, string> = {
  PLpgSQL_stmt_forc: 'FOR over cursor',
  PLpgSQL_stmt_foreach_a: 'FOREACH over array',
  PLpgSQL_stmt_dynfors: 'FOR over EXECUTE statement',
  PLpgSQL_stmt_return_next: 'RETURN NEXT',
  PLpgSQL_stmt_return_query: 'RETURN QUERY',
  PLpgSQL_stmt_open: 'OPEN',
  PLpgSQL_stmt_fetch: 'FETCH',
  PLpgSQL_stmt_close: 'CLOSE',
  PLpgSQL_stmt_commit: 'COMMIT',
  PLpgSQL_stmt_rollback: 'ROLLBACK',
  PLpgSQL_stmt_call: 'CALL',
  PLpgSQL_stmt_assert: 'ASSERT',
};

function statementName(kind: string): string {
  return STATEMENT_NAMES[kind] ?? kind.replace('PLpgSQL_stmt_', '').toUpperCase();
}

/** Refuses, before anything runs, what blockSteps does not run; counts the integer FOR variables of each name into `loopVariables`. */
function check(stmts: Node[], place: Place, loopVariables: Map<string, number>): void {
  for (const st of stmts) {
    const kind = nodeType(st);
    const s = st[kind];
    const loop = () => {
      if (s.label) throw unsupported('loop labels in a DO block');
      check((s.body ?? []) as Node[], { ...place, looping: true }, loopVariables);
    };
    switch (kind) {
      case 'PLpgSQL_stmt_block':
        check((s.body ?? []) as Node[], place, loopVariables);
        for (const h of (s.exceptions?.PLpgSQL_exception_block?.exc_list ?? []) as Node[]) {
          caughtBy(h);
          check((h.PLpgSQL_exception.action ?? []) as Node[], { ...place, handling: true }, loopVariables);
        }
        break;
      case 'PLpgSQL_stmt_if':
        check((s.then_body ?? []) as Node[], place, loopVariables);
        for (const e of (s.elsif_list ?? []) as Node[]) check((e.PLpgSQL_if_elsif.stmts ?? []) as Node[], place, loopVariables);
        check((s.else_body ?? []) as Node[], place, loopVariables);
        break;
      case 'PLpgSQL_stmt_case':
        for (const w of (s.case_when_list ?? []) as Node[]) check((w.PLpgSQL_case_when.stmts ?? []) as Node[], place, loopVariables);
        check((s.else_stmts ?? []) as Node[], place, loopVariables);
        break;
      case 'PLpgSQL_stmt_fori': {
        const name = String(s.var.PLpgSQL_var.refname);
        loopVariables.set(name, (loopVariables.get(name) ?? 0) + 1);
        loop();
        break;
      }
        break;
      case 'PLpgSQL_stmt_while':
      case 'PLpgSQL_stmt_loop':
        loop();
        break;
      case 'PLpgSQL_stmt_fors':
        loopTargets(s.var);
        parseQuery(String(s.query.PLpgSQL_expr.query));
        loop();
        break;
      case 'PLpgSQL_stmt_exit':
        if (s.label) throw unsupported(`${s.is_exit ? 'EXIT' : 'CONTINUE'} with a label in a DO block`);
        if (!place.looping) throw new PgError(SqlState.syntaxError, s.is_exit ? 'EXIT cannot be used outside a loop, unless it has a label' : 'CONTINUE cannot be used outside a loop');
        break;
      case 'PLpgSQL_stmt_raise':
        if (raiseSpec(s).reraise && !place.handling) throw reraiseOutsideHandler();
        break;
      case 'PLpgSQL_stmt_dynexecute':
        intoTargets(s);
        break;
      case 'PLpgSQL_stmt_execsql':
        intoTargets(s);
        parseQuery(String(s.sqlstmt.PLpgSQL_expr.query));
        break;
      case 'PLpgSQL_stmt_getdiag':
        for (const item of (s.diag_items ?? []) as Node[]) {
          if (s.is_stacked || item.PLpgSQL_diag_item.kind !== 'ROW_COUNT') throw unsupported('GET DIAGNOSTICS of other than ROW_COUNT in a DO block');
        }
        break;
      case 'PLpgSQL_stmt_return':
        if (s.expr && !place.returning) throw new PgError(SqlState.datatypeMismatch, 'RETURN cannot have a parameter in function returning void');
        break;
      case 'PLpgSQL_stmt_assign': {
        if (place.datums[Number(s.varno)]?.PLpgSQL_recfield) break;
        const target = place.datums[Number(s.varno)]?.PLpgSQL_var;
        if (!target) throw unsupported('assignments to other than a variable in a DO block');
        if (target.isconst) throw new PgError('22005', `variable "${target.refname}" is declared CONSTANT`);
        break;
      }
      case 'PLpgSQL_stmt_perform':
        break;
      case 'PLpgSQL_stmt_return_next':
        // RETURN NEXT of a row variable or of OUT parameters needs the row's columns: only a value of a scalar set is kept.
        if (place.set === null || place.set === 'record' || !(s.expr || place.datums[Number(s.retvarno ?? -1)]?.PLpgSQL_var)) throw unsupported(`${statementName(kind)} in a DO block`);
        break;
      case 'PLpgSQL_stmt_return_query':
        if (place.set === null) throw unsupported(`${statementName(kind)} in a DO block`);
        if (s.query) parseQuery(String(s.query.PLpgSQL_expr.query));
        break;
      default:
        throw unsupported(`${statementName(kind)} in a DO block`);
    }
  }
}

/** The SQLSTATEs an exception handler takes. */
function caughtBy(handler: Node): CaughtErrors {
  const codes = ((handler.PLpgSQL_exception.conditions ?? []) as Node[]).map((c) => {
    const name = String(c.PLpgSQL_condition.condname);
    return name === 'others' ? name : conditionCode(name);
  });
  return { codes, detail: false };
}

/** Where a row goes: variables (by datum number) or a record (by name). */
type Targets = { vars: number[] } | { record: string };

/** INTO's targets; null without INTO. */
function intoTargets(s: Node): Targets | null {
  return s.into ? loopTargets(s.target ?? {}) : null;
}

function loopTargets(t: Node): Targets {
  if (t.PLpgSQL_row) return { vars: ((t.PLpgSQL_row.fields ?? []) as Array<{ varno: number }>).map((f) => f.varno) };
  if (t.PLpgSQL_var) return { vars: [Number(t.PLpgSQL_var.dno ?? t.dno)] };
  // A RECORD's or a row variable's (doBlock refused a record of another type).
  if (t.PLpgSQL_rec) return { record: String(t.PLpgSQL_rec.refname) };
  throw unsupported('a row variable as a target in a DO block');
}

interface Variable extends Value {
  notNull: boolean;
}

/** A RECORD variable's fields, by name; null until a row is assigned. */
type RecordValue = Map<string, Value> | null;

interface State {
  variables: Map<string, Variable>;
  records: Map<string, RecordValue>;
  datums: Array<string | null>;
  rowCount: number;
  /** The error the innermost running handler caught, for `RAISE;`. */
  caught: PgError | null;
  /** Row variables' fields, by name. */
  rows: Map<string, RowField[]>;
  /** The routine's name, which may qualify its parameters. */
  routine?: string;
  /** The routine's input parameters' variables, by position: `$n` names the nth. */
  parameters?: string[];
  /** A function's result type, and its RETURN value as its one-row answer (a set-returning one's: every row RETURN NEXT and RETURN QUERY gave). */
  returns?: string;
  /** A function returning a table's row: what its call selects of the row. */
  row?: RowAnswer;
  returned?: BlockAnswer;
  set?: true;
}

type Flow = 'next' | 'exit' | 'continue' | 'return';

type Steps<T> = Generator<BlockRequest, T, BlockAnswer>;

/** Runs the block: requests out, answers (or errors) in; at its end, a routine's row. */
export function* blockSteps(block: DoBlock): Steps<BlockAnswer | undefined> {
  const variables = new Map<string, Variable>();
  variables.set('found', { type: 'boolean', value: 'f', notNull: false });
  const rows = new Map(block.rows.map((r) => [r.name, r.fields]));
  const records = new Map<string, RecordValue>(block.records.map((r) => [r, rows.has(r) ? nullRow(rows.get(r)!) : null]));
  const returning = block.answers && 'returns' in block.answers ? block.answers : undefined;
  const state: State = { variables, records, rows, datums: block.datums, rowCount: 0, caught: null, ...(block.routine ? { routine: block.routine } : {}), ...(block.parameters ? { parameters: block.parameters } : {}), ...(returning ? { returns: returning.returns, ...(returning.set ? { set: true as const } : {}), ...(returning.row ? { row: returning.row } : {}) } : {}) };
  for (const v of block.variables) {
    variables.set(v.name, { type: v.type, value: null, notNull: v.notNull });
    const where = `${FUNCTION} line ${v.line} during statement block local variable initialization`;
    const value = v.init === null ? null : yield* value1(state, `CAST((${v.init}) AS ${v.type})`, where, v.init, 'SQL expression');
    if (value === null && v.notNull) throw new PgError(SqlState.nullValueNotAllowed, `variable "${v.name}" must have a default value, since it's declared NOT NULL`, { where });
    variables.get(v.name)!.value = value;
  }
  yield* statement(block.action, state);
  const answers = block.answers;
  if (!answers) return undefined;
  if ('outputs' in answers) return yield* run(state, `SELECT ${answers.outputs.join(', ')}`, `${FUNCTION} at end`, 'output parameters');
  // A void function answers one empty value, as PostgreSQL prints void.
  if (answers.returns === 'void') return { rows: [['']], fields: [{ name: 'void', type: null }], changes: 0 };
  if (answers.set) return state.returned ?? { rows: [], fields: [], changes: 0 };
  if (!state.returned) throw new PgError('2F005', 'control reached end of function without RETURN', { where: FUNCTION });
  return state.returned;
}

function* statements(stmts: Node[], state: State): Steps<Flow> {
  for (const st of stmts) {
    const flow = yield* statement(st, state);
    if (flow !== 'next') return flow;
  }
  return 'next';
}

function* statement(st: Node, state: State): Steps<Flow> {
  const kind = nodeType(st);
  const s = st[kind];
  const at = (what: string) => `${FUNCTION} line ${Number(s.lineno ?? 0)} at ${what}`;
  switch (kind) {
    case 'PLpgSQL_stmt_block':
      return yield* block(s, state);
    case 'PLpgSQL_stmt_assign': {
      const text = String(s.expr.PLpgSQL_expr.query);
      const name = state.datums[Number(s.varno)]!;
      if (state.records.has(name)) throw unsupported('assigning a whole record or row variable in a DO block');
      if (!state.variables.has(name)) {
        yield* assignField(state, name, text, at('assignment'));
        return 'next';
      }
      const v = state.variables.get(name)!;
      assign(state, name, yield* value1(state, `CAST((${assignedText(text)}) AS ${v.type})`, at('assignment'), text, 'PL/pgSQL assignment'), at('assignment'));
      return 'next';
    }
    case 'PLpgSQL_stmt_if': {
      const arms: Array<{ cond: string; body: Node[] }> = [{ cond: String(s.cond.PLpgSQL_expr.query), body: (s.then_body ?? []) as Node[] }];
      for (const e of (s.elsif_list ?? []) as Node[]) arms.push({ cond: String(e.PLpgSQL_if_elsif.cond.PLpgSQL_expr.query), body: (e.PLpgSQL_if_elsif.stmts ?? []) as Node[] });
      for (const arm of arms) {
        if (yield* condition(state, arm.cond, at('IF'))) return yield* statements(arm.body, state);
      }
      return yield* statements((s.else_body ?? []) as Node[], state);
    }
    case 'PLpgSQL_stmt_case': {
      // CASE x WHEN a, b: PL/pgSQL holds x in a variable of x's type that each WHEN tests (`var IN (a, b)`).
      if (s.t_expr) {
        const text = String(s.t_expr.PLpgSQL_expr.query);
        const tested = yield* evaluate(state, text, at('CASE'), text);
        state.variables.set(state.datums[Number(s.t_varno)]!, { ...tested, notNull: false });
      }
      for (const w of (s.case_when_list ?? []) as Node[]) {
        if (yield* condition(state, String(w.PLpgSQL_case_when.expr.PLpgSQL_expr.query), at('CASE'))) return yield* statements((w.PLpgSQL_case_when.stmts ?? []) as Node[], state);
      }
      if (!s.have_else) throw new PgError('20000', 'case not found', { hint: 'CASE statement is missing ELSE part.', where: at('CASE') });
      return yield* statements((s.else_stmts ?? []) as Node[], state);
    }
    case 'PLpgSQL_stmt_execsql': {
      const text = String(s.sqlstmt.PLpgSQL_expr.query);
      const targets = intoTargets(s);
      const statementNode = parseQuery(text)[0]?.node ?? {};
      if (!targets && statementNode.SelectStmt && !statementNode.SelectStmt.intoClause) {
        throw new PgError(SqlState.syntaxError, 'query has no destination for result data', { hint: 'If you want to discard the results of a SELECT, use PERFORM instead.', where: at('SQL statement') });
      }
      const answer = yield* run(state, text, at('SQL statement'), `SQL statement "${text}"`);
      state.rowCount = targets ? answer.rows.length : answer.changes;
      if (targets) into(state, answer, targets, !!s.strict, at('SQL statement'));
      setFound(state, state.rowCount > 0);
      return 'next';
    }
    case 'PLpgSQL_stmt_perform': {
      const text = String(s.expr.PLpgSQL_expr.query);
      const answer = yield* run(state, text, at('PERFORM'), `SQL statement "${text}"`);
      state.rowCount = answer.rows.length;
      setFound(state, answer.rows.length > 0);
      return 'next';
    }
    case 'PLpgSQL_stmt_return_next': {
      // `RETURN NEXT x` of a variable names it by its datum number, as RETURN does.
      const text = s.expr ? String(s.expr.PLpgSQL_expr.query) : state.datums[Number(s.retvarno)]!;
      returnedRows(state, yield* run(state, `SELECT CAST((${text}) AS ${state.returns})`, at('RETURN NEXT'), `SQL expression "${text}"`));
      return 'next';
    }
    case 'PLpgSQL_stmt_return_query': {
      const text = s.query ? String(s.query.PLpgSQL_expr.query) : null;
      const answer = text !== null ? yield* run(state, text, at('RETURN QUERY'), `SQL statement "${text}"`) : yield* dynamic(state, s.dynquery, s.params, at('RETURN QUERY'));
      returnedRows(state, answer);
      state.rowCount = answer.rows.length;
      setFound(state, answer.rows.length > 0);
      return 'next';
    }
    case 'PLpgSQL_stmt_dynexecute': {
      const answer = yield* dynamic(state, s.query, s.params, at('EXECUTE'));
      const targets = intoTargets(s);
      state.rowCount = targets ? answer.rows.length : answer.changes;
      if (targets) into(state, answer, targets, !!s.strict, at('EXECUTE'));
      return 'next';
    }
    case 'PLpgSQL_stmt_raise':
      yield* raise(s, state, at('RAISE'));
      return 'next';
    case 'PLpgSQL_stmt_getdiag':
      for (const item of (s.diag_items ?? []) as Node[]) assign(state, state.datums[Number(item.PLpgSQL_diag_item.target)]!, String(state.rowCount), at('GET DIAGNOSTICS'));
      return 'next';
    case 'PLpgSQL_stmt_return':
      // PL/pgSQL's own RETURN at a body's end has neither: the block's end says it came without one.
      if (state.row && (s.expr || s.retvarno >= 0)) {
        state.returned = yield* returnedRow(state, state.row, s, at('RETURN'));
        return 'return';
      }
      // `RETURN x` of a variable names it by its datum number; another expression is its text.
      if (state.returns && (s.expr || s.retvarno >= 0)) {
        const text = s.expr ? String(s.expr.PLpgSQL_expr.query) : state.datums[Number(s.retvarno)]!;
        state.returned = yield* run(state, `SELECT CAST((${text}) AS ${state.returns})`, at('RETURN'), `SQL expression "${text}"`);
      }
      return 'return';
    case 'PLpgSQL_stmt_exit': {
      const taken = !s.cond || (yield* condition(state, String(s.cond.PLpgSQL_expr.query), at(s.is_exit ? 'EXIT' : 'CONTINUE')));
      return taken ? (s.is_exit ? 'exit' : 'continue') : 'next';
    }
    case 'PLpgSQL_stmt_fori':
      return yield* integerLoop(s, state, at('FOR with integer loop variable'));
    case 'PLpgSQL_stmt_fors':
      return yield* queryLoop(s, state, at('FOR over SELECT rows'));
    case 'PLpgSQL_stmt_while':
    case 'PLpgSQL_stmt_loop':
      for (;;) {
        if (s.cond && !(yield* condition(state, String(s.cond.PLpgSQL_expr.query), at('WHILE')))) return 'next';
        yield { kind: 'tick' };
        const flow = yield* statements((s.body ?? []) as Node[], state);
        if (flow === 'exit') return 'next';
        if (flow === 'return') return flow;
      }
    default:
      throw unsupported(`${statementName(kind)} in a DO block`);
  }
}

/** EXECUTE's (and RETURN QUERY EXECUTE's) statement: its text's value, run with USING's values as its $n. */
function* dynamic(state: State, query: Node, using: Node[] | undefined, where: string): Steps<BlockAnswer> {
  const expr = String(query.PLpgSQL_expr.query);
  const sql = yield* value1(state, expr, where, expr, 'SQL expression');
  if (sql === null) throw new PgError(SqlState.nullValueNotAllowed, 'query string argument of EXECUTE is null', { where });
  const params: Value[] = [];
  for (const p of using ?? []) {
    const text = String(p.PLpgSQL_expr.query);
    params.push(yield* evaluate(state, text, where, text));
  }
  try {
    return yield { kind: 'run', sql: bind(sql, null, params) };
  } catch (err) {
    throw withContext(err, `SQL statement "${sql}"\n${where}`);
  }
}

/** A set-returning function's rows so far, these after them. */
function returnedRows(state: State, answer: BlockAnswer): void {
  state.returned = { rows: [...(state.returned?.rows ?? []), ...answer.rows], fields: answer.fields, changes: 0 };
}

/** A block; with EXCEPTION handlers, in a savepoint its handler's error rolls back to, as PL/pgSQL's subtransaction. */
function* block(s: Node, state: State): Steps<Flow> {
  const body = (s.body ?? []) as Node[];
  const handlers = (s.exceptions?.PLpgSQL_exception_block?.exc_list ?? []) as Node[];
  if (!handlers.length) return yield* statements(body, state);
  yield { kind: 'savepoint' };
  let flow: Flow;
  try {
    flow = yield* statements(body, state);
  } catch (err) {
    yield { kind: 'rollback' };
    const handler = handlers.find((h) => catches(caughtBy(h), err));
    if (!handler) throw err;
    const e = err as PgError;
    const outer = state.caught;
    state.caught = e;
    state.variables.set('sqlstate', { type: 'text', value: e.code, notNull: false });
    state.variables.set('sqlerrm', { type: 'text', value: e.message, notNull: false });
    try {
      return yield* statements((handler.PLpgSQL_exception.action ?? []) as Node[], state);
    } finally {
      state.caught = outer;
      if (outer) {
        state.variables.set('sqlstate', { type: 'text', value: outer.code, notNull: false });
        state.variables.set('sqlerrm', { type: 'text', value: outer.message, notNull: false });
      } else {
        state.variables.delete('sqlstate');
        state.variables.delete('sqlerrm');
      }
    }
  }
  yield { kind: 'release' };
  return flow;
}

/** FOR i IN [REVERSE] lower..upper [BY step] LOOP: the bounds evaluated once, as integers. */
function* integerLoop(s: Node, state: State, where: string): Steps<Flow> {
  const bound = function* (expr: Node | undefined, what: string, otherwise: string) {
    const text = expr ? String(expr.PLpgSQL_expr.query) : otherwise;
    const value = yield* value1(state, `CAST((${text}) AS integer)`, where, text, 'SQL expression');
    if (value === null) throw new PgError(SqlState.nullValueNotAllowed, `${what} of FOR loop cannot be null`, { where });
    return Number(value);
  };
  const lower = yield* bound(s.lower, 'lower bound', '');
  const upper = yield* bound(s.upper, 'upper bound', '');
  const step = yield* bound(s.step, 'BY value', '1');
  if (step <= 0) throw new PgError(SqlState.invalidParameterValue, 'BY value of FOR loop must be greater than zero', { where });
  const name = String(s.var.PLpgSQL_var.refname);
  const outer = state.variables.get(name);
  let found = false;
  try {
    for (let i = lower; s.reverse ? i >= upper : i <= upper; i += s.reverse ? -step : step) {
      found = true;
      state.variables.set(name, { type: 'integer', value: String(i), notNull: false });
      yield { kind: 'tick' };
      const flow = yield* statements((s.body ?? []) as Node[], state);
      if (flow === 'exit') break;
      if (flow === 'return') return flow;
    }
  } finally {
    if (outer) state.variables.set(name, outer);
    else state.variables.delete(name);
  }
  setFound(state, found);
  return 'next';
}

/** FOR target IN query LOOP: the query's rows, read once before the first turn. */
function* queryLoop(s: Node, state: State, where: string): Steps<Flow> {
  const text = String(s.query.PLpgSQL_expr.query);
  const answer = yield* run(state, text, where, `SQL statement "${text}"`);
  const targets = loopTargets(s.var);
  for (const row of answer.rows) {
    assignRow(state, targets, answer, row, where);
    yield { kind: 'tick' };
    const flow = yield* statements((s.body ?? []) as Node[], state);
    if (flow === 'exit') break;
    if (flow === 'return') return flow;
  }
  setFound(state, answer.rows.length > 0);
  return 'next';
}

function* raise(s: Node, state: State, where: string): Steps<void> {
  const spec = raiseSpec(s);
  if (spec.reraise) throw state.caught!;
  const option = function* (text: string | null) {
    return text === null ? null : yield* value1(state, text, where, text, 'SQL expression');
  };
  let message: string;
  if (spec.format !== null) {
    const args: Array<string | null> = [];
    for (const p of spec.params) args.push(yield* value1(state, p, where, p, 'SQL expression'));
    message = formatParts(spec.format, args.length)
      .map((p) => (typeof p === 'string' ? p : (args[p] ?? '<NULL>')))
      .join('');
  } else {
    message = (yield* option(spec.message)) ?? spec.condition ?? spec.code;
  }
  const fields = { detail: (yield* option(spec.detail)) ?? undefined, hint: (yield* option(spec.hint)) ?? undefined, where };
  if (spec.level === 'EXCEPTION') throw new PgError(spec.code, message, fields);
  if (spec.level === 'LOG' || spec.level === 'DEBUG') return;
  yield { kind: 'notice', notice: new PgError(spec.code, message, { ...fields, severity: spec.level }) };
}

/** SELECT … INTO [STRICT] a, b: the first row's values (NULLs without one), as PL/pgSQL's INTO. */
function into(state: State, answer: BlockAnswer, targets: Targets, strict: boolean, where: string): void {
  if (strict && answer.rows.length === 0) throw new PgError('P0002', 'query returned no rows', { where });
  if (strict && answer.rows.length > 1) throw new PgError('P0003', 'query returned more than one row', { where, hint: 'Make sure the query returns a single row, or use LIMIT 1.' });
  assignRow(state, targets, answer, answer.rows[0] ?? null, where);
}

/**
 * A row into variables (NULLs for no row), a record (its columns, all NULL for no row) or a row
 * variable (its fields in order, whatever the columns are named; NULLs for no row).
 */
function assignRow(state: State, given: Targets, answer: BlockAnswer, row: Array<string | null> | null, where: string): void {
  // A `t%ROWTYPE` variable, which the parser reads as a scalar one, is a row.
  const single = 'vars' in given && given.vars.length === 1 ? state.datums[given.vars[0]!]! : undefined;
  const targets: Targets = single !== undefined && state.rows.has(single) ? { record: single } : given;
  if ('record' in targets) {
    const fields = state.rows.get(targets.record);
    if (fields) state.records.set(targets.record, new Map(fields.map((f, i) => [f.name, { value: row?.[i] ?? null, type: f.type }])));
    else state.records.set(targets.record, new Map(answer.fields.map((f, i) => [f.name, { value: row?.[i] ?? null, type: f.type }])));
    return;
  }
  targets.vars.forEach((varno, i) => assign(state, state.datums[varno]!, row?.[i] ?? null, where));
}

/** A row variable's fields, all NULL, as it starts. */
function nullRow(fields: RowField[]): RecordValue {
  return new Map(fields.map((f) => [f.name, { value: null, type: f.type }]));
}

/** `r.f := expr`: the field's new value, of the field's type. */
function* assignField(state: State, name: string, text: string, where: string): Steps<void> {
  const dot = name.indexOf('.');
  const [record, field] = [name.slice(0, dot), name.slice(dot + 1)];
  const fields = state.records.get(record);
  if (!fields) throw new PgError(SqlState.objectNotInPrerequisiteState, `record "${record}" is not assigned yet`, { detail: 'The tuple structure of a not-yet-assigned record is indeterminate.', where });
  const old = fields.get(field);
  if (!old) throw new PgError(SqlState.undefinedColumn, `record "${record}" has no field "${field}"`, { where });
  const expr = assignedText(text);
  const value = yield* evaluate(state, old.type ? `CAST((${expr}) AS ${old.type})` : expr, where, expr, 'PL/pgSQL assignment');
  fields.set(field, { value: value.value, type: old.type ?? value.type });
}

/**
 * RETURN in a function returning a table's row: of a row or record variable (its fields in
 * order, as the row's) or NULL, answering what the call selects of the row, each field cast to
 * its column's type.
 */
function* returnedRow(state: State, row: RowAnswer, s: Node, where: string): Steps<BlockAnswer> {
  const source = s.retvarno >= 0 ? state.datums[Number(s.retvarno)]! : undefined;
  const text = s.expr ? String(s.expr.PLpgSQL_expr.query).trim() : '';
  if (source === undefined && !/^null$/i.test(text)) {
    if (parseQuery(`SELECT ${text}`)[0]?.node.SelectStmt?.targetList?.[0]?.ResTarget.val.A_Const) throw new PgError(SqlState.datatypeMismatch, 'cannot return non-composite value from function returning composite type', { where });
    throw unsupported("RETURN of other than a row variable or NULL in a function returning a table's row");
  }
  if (source !== undefined && !state.records.has(source)) throw new PgError(SqlState.datatypeMismatch, 'returned record type does not match expected record type', { where });
  const given = source === undefined ? undefined : state.records.get(source);
  if (source !== undefined && !given) throw new PgError(SqlState.objectNotInPrerequisiteState, `record "${source}" is not assigned yet`, { detail: 'The tuple structure of a not-yet-assigned record is indeterminate.', where });
  const values = [...(given?.values() ?? [])];
  const returned = 'evsql_returned';
  state.records.set(returned, new Map(row.fields.map((f, i) => [f.name, values[i] ?? { value: null, type: f.type }])));
  const field = (f: RowField) => `CAST(${returned}.${quotedName(f.name)} AS ${f.type})`;
  const list = 'whole' in row.selected
    ? `${given ? `CAST(ROW(${row.fields.map(field).join(', ')}) AS text)` : 'CAST(NULL AS text)'} AS ${quotedName(row.selected.whole)}`
    : row.selected.map((c) => `${field(row.fields.find((f) => f.name === c.field)!)} AS ${quotedName(c.name)}`).join(', ');
  try {
    return yield* run(state, `SELECT ${list}`, where, `SQL expression "${text || source}"`);
  } finally {
    state.records.delete(returned);
  }
}

function quotedName(name: string): string {
  return /^[a-z_][a-z0-9_]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
}

function assign(state: State, name: string, value: string | null, where: string): void {
  const v = state.variables.get(name)!;
  if (value === null && v.notNull) throw new PgError(SqlState.nullValueNotAllowed, `null value cannot be assigned to variable "${name}" declared NOT NULL`, { where });
  v.value = value;
}

function setFound(state: State, found: boolean): void {
  state.variables.get('found')!.value = found ? 't' : 'f';
}

function* condition(state: State, text: string, where: string): Steps<boolean> {
  return (yield* value1(state, `CAST((${text}) AS boolean)`, where, text, 'SQL expression')) === 't';
}

/** `SELECT expr`'s one value, NULL for no row. */
function* value1(state: State, expr: string, where: string, shown: string, what: string): Steps<string | null> {
  return (yield* evaluate(state, expr, where, shown, what)).value;
}

/** `SELECT expr`'s one value and its type. */
function* evaluate(state: State, expr: string, where: string, shown: string, what = 'SQL expression'): Steps<Value> {
  const sql = `SELECT ${expr}`;
  const answer = yield* run(state, sql, where, `${what} "${shown}"`);
  if (answer.fields.length !== 1) throw new PgError(SqlState.syntaxError, `query "${sql}" returned ${answer.fields.length} columns`, { where });
  if (answer.rows.length > 1) throw new PgError(SqlState.cardinalityViolation, `query "${sql}" returned more than one row`, { where });
  return { value: answer.rows[0]?.[0] ?? null, type: answer.fields[0]!.type };
}

/** A statement of the block, its variables bound; its error carries the block's CONTEXT. */
function* run(state: State, sql: string, where: string, shown: string): Steps<BlockAnswer> {
  let bound: string;
  try {
    bound = bind(sql, state);
    return yield { kind: 'run', sql: bound };
  } catch (err) {
    throw withContext(err, `${shown}\n${where}`);
  }
}

/** The error as the block reports it: its CONTEXT line added, its position (in a statement the client did not write) gone. */
function withContext(err: unknown, where: string): unknown {
  if (!(err instanceof PgError)) return err;
  const { position: _, ...fields } = err.fields;
  return new PgError(err.code, err.message, { ...fields, where: fields.where ? `${fields.where}\n${where}` : where });
}

/** A value as it goes into a statement: its text and type (null: a type SQL cannot name, the literal goes in untyped). */
interface Value {
  value: string | null;
  type: string | null;
}

function literal({ value, type }: Value): string {
  const text = value === null ? 'NULL' : `'${value.replace(/'/g, "''")}'`;
  return type === null ? text : `CAST(${text} AS ${type})`;
}

/**
 * The statement with each variable it names (`v`, or `r.field` of a record) replaced by its
 * value, `CAST('text' AS type)`, and with EXECUTE … USING's values for `$1`, `$2` …, when `state`
 * is null (an EXECUTE's string names no variables); a utility statement as written, as PL/pgSQL
 * binds nothing into one.
 */
function bind(sql: string, state: State | null, params: Value[] = []): string {
  const raws = parseQuery(sql);
  if (raws.length !== 1 || !BINDING.has(nodeType(raws[0]!.node))) return sql;
  // Locations count bytes of the UTF-8 text.
  const bytes = Buffer.from(sql, 'utf8');
  const spots: Array<{ at: number; end: number; literal: string }> = [];
  const visit = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(visit);
    if (!n || typeof n !== 'object') return;
    const ref = (n as Node).ColumnRef;
    const param = (n as Node).ParamRef;
    if (ref && state) {
      const spot = boundRef(names(ref.fields), state);
      if (spot) spots.push({ at: Number(ref.location ?? 0), end: referenceEnd(bytes, Number(ref.location ?? 0), spot.length), literal: spot.literal });
      return;
    }
    if (param && state) {
      const positional = state.variables.get(state.parameters?.[Number(param.number ?? 0) - 1] ?? '');
      if (!positional) throw new PgError(SqlState.undefinedParameter, `there is no parameter $${param.number ?? 0}`);
      const at = Number(param.location ?? 0);
      spots.push({ at, end: at + 1 + String(param.number).length, literal: literal(positional) });
      return;
    }
    if (param && !state) {
      const number = Number(param.number ?? 0);
      const at = Number(param.location ?? 0);
      if (number < 1 || number > params.length) throw new PgError(SqlState.undefinedParameter, `there is no parameter $${number}`);
      spots.push({ at, end: at + 1 + String(number).length, literal: literal(params[number - 1]!) });
      return;
    }
    for (const v of Object.values(n)) visit(v);
  };
  visit(raws[0]!.node);
  if (!spots.length) return sql;
  let out = '';
  let from = 0;
  for (const spot of spots.sort((a, b) => a.at - b.at)) {
    out += `${bytes.subarray(from, spot.at).toString('utf8')}${spot.literal}`;
    from = spot.end;
  }
  return out + bytes.subarray(from).toString('utf8');
}

/** Where a reference of `parts` names written at `at` ends: a record's field past the dot (and any space around it). */
function referenceEnd(bytes: Buffer, at: number, parts: number): number {
  let end = at + identifierLength(bytes, at);
  for (let part = 1; part < parts; part++) {
    end = pastSpace(bytes, pastSpace(bytes, end) + 1);
    end += identifierLength(bytes, end);
  }
  return end;
}

/** A column reference that names a variable or a record's field: its value as SQL, and how many names it spans. */
function boundRef(parts: string[], state: State): { length: number; literal: string } | undefined {
  const v = parts.length === 1 ? state.variables.get(parts[0]!) : undefined;
  if (v) return { length: 1, literal: literal(v) };
  const qualified = parts.length === 2 && parts[0] === state.routine ? state.variables.get(parts[1]!) : undefined;
  if (qualified) return { length: 2, literal: literal(qualified) };
  if (!state.records.has(parts[0]!)) return undefined;
  const record = state.records.get(parts[0]!);
  // A whole row variable is the row of its fields (`v IS NULL` tests each).
  if (parts.length === 1 && record && state.rows.has(parts[0]!)) return { length: 1, literal: `ROW(${[...record.values()].map(literal).join(', ')})` };
  if (parts.length !== 2) throw unsupported('a whole record variable in an expression in a DO block');
  if (!record) throw new PgError(SqlState.objectNotInPrerequisiteState, `record "${parts[0]}" is not assigned yet`, { detail: 'The tuple structure of a not-yet-assigned record is indeterminate.' });
  const field = record.get(parts[1]!);
  if (!field) throw new PgError(SqlState.undefinedColumn, `record "${parts[0]}" has no field "${parts[1]}"`);
  return { length: 2, literal: literal(field) };
}

function pastSpace(bytes: Buffer, at: number): number {
  while (at < bytes.length && /\s/.test(String.fromCharCode(bytes[at]!))) at++;
  return at;
}

/** The length in bytes of the identifier written at `at`, quoted or not. */
function identifierLength(bytes: Buffer, at: number): number {
  if (bytes[at] === 0x22) {
    let i = at + 1;
    for (; i < bytes.length; i++) {
      if (bytes[i] !== 0x22) continue;
      if (bytes[i + 1] === 0x22) i++;
      else break;
    }
    return i + 1 - at;
  }
  let i = at;
  while (i < bytes.length && (bytes[i]! >= 0x80 || /[A-Za-z0-9_$]/.test(String.fromCharCode(bytes[i]!)))) i++;
  return i - at;
}
