/**
 * A PL/pgSQL trigger function's body as a straight list of guarded operations, the one shape
 * evsql runs: assignments to NEW's fields, INSERT/UPDATE/DELETE statements, RAISE EXCEPTION and
 * RETURN, nested in IF/ELSIF/ELSE. An IF becomes the guards of the operations inside it and a
 * RETURN the guard of everything after it, so the body needs no control flow at run time: each
 * operation runs when its guard is true (triggers.ts turns them into a SQLite trigger's
 * statements and into the assignments of the statement that fires it). `PERFORM pg_notify('c',
 * 'p')` with constants is a notification the statement sends (a statement-level trigger's only:
 * PostgreSQL sends it whatever rows the statement changes). Anything else — variables of other
 * kinds, loops, other PERFORMs, exception handlers — is 0A000 when the function is made.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { storedName } from '../catalog/namespaces.js';
import { type Node, names, nodeType, parsePlpgsql, parseQuery, parseTypeName } from './parse.js';
import { unsupported } from './unsupported.js';

/** RAISE's level: EXCEPTION ends the statement, the others are messages to the client (LOG and DEBUG only to the server log). */
export type RaiseLevel = 'EXCEPTION' | 'WARNING' | 'NOTICE' | 'INFO' | 'LOG' | 'DEBUG';

/** elog.h's levels, as the parse tree gives them. */
const LEVELS: Array<[number, RaiseLevel]> = [
  [21, 'EXCEPTION'],
  [19, 'WARNING'],
  [18, 'NOTICE'],
  [17, 'INFO'],
  [15, 'LOG'],
];

/** The conjuncts that must all be true for an operation to run; empty: always. */
export type Guard = Node[];

export type TriggerOp =
  | { kind: 'assign'; column: string; value: Node; guard: Guard }
  /** A variable of DECLARE takes a value (its declared type's): a later reference stands for it. */
  | { kind: 'let'; name: string; value: Node; guard: Guard }
  | { kind: 'sql'; statement: Node; guard: Guard }
  /** `line`: the RAISE's line in the body, for the error's CONTEXT; 0 for the end of the function. */
  | { kind: 'raise'; level: RaiseLevel; code: string; message: Node; detail: Node | null; hint: Node | null; line: number; guard: Guard }
  /** `either`: RETURN coalesce(NEW, OLD), the row the event has. */
  | { kind: 'return'; row: 'new' | 'old' | 'null' | 'either'; guard: Guard }
  | ({ kind: 'notify'; guard: Guard } & TriggerNotification);

/** A notification a trigger sends when the statement that fires it succeeds. */
export interface TriggerNotification {
  channel: string;
  payload: string;
}

/** PostgreSQL's errcodes for the conditions a RAISE or an exception handler names most (plerrcodes.h). */
const CONDITIONS: Record<string, string> = {
  raise_exception: 'P0001',
  no_data_found: 'P0002',
  too_many_rows: 'P0003',
  assert_failure: 'P0004',
  unique_violation: SqlState.uniqueViolation,
  foreign_key_violation: SqlState.foreignKeyViolation,
  not_null_violation: SqlState.notNullViolation,
  check_violation: SqlState.checkViolation,
  integrity_constraint_violation: '23000',
  restrict_violation: '23001',
  exclusion_violation: '23P01',
  invalid_parameter_value: '22023',
  data_exception: '22000',
  division_by_zero: '22012',
  numeric_value_out_of_range: '22003',
  string_data_right_truncation: '22001',
  invalid_text_representation: '22P02',
  null_value_not_allowed: '22004',
  insufficient_privilege: '42501',
  feature_not_supported: SqlState.featureNotSupported,
  serialization_failure: SqlState.serializationFailure,
  deadlock_detected: SqlState.deadlockDetected,
  lock_not_available: '55P03',
  object_in_use: '55006',
  syntax_error: SqlState.syntaxError,
  duplicate_object: SqlState.duplicateObject,
  duplicate_table: SqlState.duplicateTable,
  duplicate_column: SqlState.duplicateColumn,
  duplicate_function: '42723',
  duplicate_schema: '42P06',
  undefined_object: SqlState.undefinedObject,
  undefined_table: SqlState.undefinedTable,
  undefined_column: SqlState.undefinedColumn,
  undefined_function: SqlState.undefinedFunction,
  invalid_schema_name: '3F000',
  query_canceled: SqlState.queryCanceled,
};

/** The variables every trigger function has (plpgsql's trigger datums). */
const TRIGGER_VARIABLES = new Set(['new', 'old', 'tg_name', 'tg_when', 'tg_level', 'tg_op', 'tg_relid', 'tg_relname', 'tg_table_name', 'tg_table_schema', 'tg_nargs', 'tg_argv', 'found']);

/** PLPGSQL_RAISEOPTION_* of PostgreSQL's plpgsql.h. */
const RAISE_ERRCODE = 0;
const RAISE_MESSAGE = 1;
const RAISE_DETAIL = 2;
const RAISE_HINT = 3;

export function isTrue(n: Node): Node {
  return { BooleanTest: { arg: n, booltesttype: 'IS_TRUE' } };
}

export function isNotTrue(n: Node): Node {
  return { BooleanTest: { arg: n, booltesttype: 'IS_NOT_TRUE' } };
}

export function conjunction(guard: Guard): Node | null {
  if (guard.length === 0) return null;
  return guard.length === 1 ? guard[0]! : { BoolExpr: { boolop: 'AND_EXPR', args: guard } };
}

export function stringConst(s: string): Node {
  return { A_Const: { sval: { sval: s } } };
}

/** The body of a CREATE FUNCTION … RETURNS trigger LANGUAGE plpgsql, as operations. */
export function triggerProgram(body: string): TriggerOp[] {
  let tag = '$evsql$';
  for (let i = 0; body.includes(tag); i++) tag = `$evsql${i}$`;
  const fn = parsePlpgsql(`CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS ${tag}${body}${tag}`);
  const datums = (fn.datums ?? []) as Node[];
  const ops: TriggerOp[] = [];
  // DECLARE's variables start at their defaults (NULL without one), in their declared types.
  const variables = new Map<number, { name: string; type: Node }>();
  datums.forEach((d, i) => {
    if (d.PLpgSQL_row && d.PLpgSQL_row.refname === '(unnamed row)') return;
    const v = d.PLpgSQL_var ?? d.PLpgSQL_rec ?? d.PLpgSQL_row;
    if (!v || TRIGGER_VARIABLES.has(String(v.refname))) return;
    if (!d.PLpgSQL_var || v.notnull) throw unsupported('record, row and NOT NULL variables in a PL/pgSQL trigger function');
    const type = parseTypeName(String(v.datatype?.PLpgSQL_type?.typname ?? 'text'));
    const initial = v.default_val ? expression(String(v.default_val.PLpgSQL_expr.query)) : { A_Const: { isnull: true } };
    variables.set(i, { name: String(v.refname), type });
    ops.push({ kind: 'let', name: String(v.refname), value: { TypeCast: { arg: initial, typeName: type } }, guard: [] });
  });
  const letOf = (varno: number, value: Node, guard: Guard): TriggerOp => {
    const v = variables.get(varno)!;
    return { kind: 'let', name: v.name, value: { TypeCast: { arg: value, typeName: v.type } }, guard };
  };
  const running: Guard = [];
  const walk = (stmts: Node[], branch: Guard): boolean => {
    for (const st of stmts) {
      const [kind] = Object.keys(st);
      const s = st[kind!];
      const guard = [...branch, ...running];
      switch (kind) {
        case 'PLpgSQL_stmt_block':
          if (s.exceptions) throw unsupported('exception handlers in a PL/pgSQL trigger function');
          if (walk((s.body ?? []) as Node[], branch)) return true;
          break;
        case 'PLpgSQL_stmt_assign': {
          if (variables.has(s.varno as number)) {
            ops.push(letOf(s.varno as number, assignedValue(String(s.expr.PLpgSQL_expr.query)), guard));
            break;
          }
          const target = datums[s.varno as number]?.PLpgSQL_recfield;
          if (!target || (target.recparentno ?? 0) !== 0) throw unsupported('assignments other than to a field of NEW in a PL/pgSQL trigger function');
          ops.push({ kind: 'assign', column: String(target.fieldname), value: assignedValue(String(s.expr.PLpgSQL_expr.query)), guard });
          break;
        }
        case 'PLpgSQL_stmt_if': {
          const arms: Array<{ cond: Node; body: Node[] }> = [{ cond: expression(String(s.cond.PLpgSQL_expr.query)), body: (s.then_body ?? []) as Node[] }];
          for (const e of (s.elsif_list ?? []) as Node[]) arms.push({ cond: expression(String(e.PLpgSQL_if_elsif.cond.PLpgSQL_expr.query)), body: (e.PLpgSQL_if_elsif.stmts ?? []) as Node[] });
          const missed: Guard = [];
          for (const arm of arms) {
            walk(arm.body, [...branch, ...missed, isTrue(arm.cond)]);
            missed.push(isNotTrue(arm.cond));
          }
          if (s.else_body) walk(s.else_body as Node[], [...branch, ...missed]);
          break;
        }
        case 'PLpgSQL_stmt_execsql': {
          if (s.into) {
            ops.push(...selectInto(s, variables, letOf, guard));
            break;
          }
          ops.push({ kind: 'sql', statement: bodyStatement(String(s.sqlstmt.PLpgSQL_expr.query)), guard });
          break;
        }
        case 'PLpgSQL_stmt_raise':
          ops.push({ ...raise(s), line: Number(s.lineno ?? 0), guard });
          break;
        case 'PLpgSQL_stmt_perform':
          ops.push({ kind: 'notify', ...notification(String(s.expr.PLpgSQL_expr.query)), guard });
          break;
        case 'PLpgSQL_stmt_return': {
          // The RETURN plpgsql adds after the last statement: reaching it is an error.
          if (s.retvarno === undefined && s.expr === undefined && s.lineno === undefined) return false;
          const returned = String(s.expr?.PLpgSQL_expr?.query ?? '');
          const row = s.retvarno === 0 ? 'new' : s.retvarno === 1 ? 'old' : /^\s*null\s*$/i.test(returned) ? 'null' : /^\s*coalesce\s*\(\s*new\s*,\s*old\s*\)\s*$/i.test(returned) ? 'either' : undefined;
          if (!row) throw unsupported('RETURN of anything but NEW, OLD, NULL or coalesce(NEW, OLD) in a PL/pgSQL trigger function');
          ops.push({ kind: 'return', row, guard });
          // The rest runs only where this RETURN did not.
          if (branch.length === 0) return true;
          running.push(isNotTrue(conjunction(branch)!));
          break;
        }
        default:
          throw unsupported(`${String(kind).replace('PLpgSQL_stmt_', '').toUpperCase()} in a PL/pgSQL trigger function`);
      }
    }
    return false;
  };
  const action = fn.action?.PLpgSQL_stmt_block;
  if (!action) throw new PgError(SqlState.syntaxError, 'syntax error in a PL/pgSQL function body');
  if (action.exceptions) throw unsupported('exception handlers in a PL/pgSQL trigger function');
  const returned = walk((action.body ?? []) as Node[], []);
  if (!returned) {
    ops.push({ kind: 'raise', level: 'EXCEPTION', code: '2F005', message: stringConst('control reached end of trigger procedure without RETURN'), detail: null, hint: null, line: 0, guard: [...running] });
  }
  return ops;
}

/** PERFORM's query, `SELECT pg_notify('c', 'p')` with constants: its channel and payload (a NULL one is empty, as pg_notify takes it). */
function notification(query: string): TriggerNotification {
  const stmts = parseQuery(query);
  const s = stmts.length === 1 ? stmts[0]!.node.SelectStmt : undefined;
  const targets = (s?.targetList ?? []) as Node[];
  const call = targets.length === 1 && !s.fromClause && !s.whereClause ? targets[0]!.ResTarget.val.FuncCall : undefined;
  const args = (call?.args ?? []) as Node[];
  const text = (a: Node | undefined): string | undefined => (a?.A_Const ? (a.A_Const.isnull ? '' : (a.A_Const.sval?.sval as string | undefined)) : undefined);
  const [channel, payload] = [text(args[0]), text(args[1])];
  if (!call || names(call.funcname).at(-1) !== 'pg_notify' || args.length !== 2 || channel === undefined || payload === undefined) {
    throw unsupported("PERFORM other than of pg_notify('channel', 'payload') in a PL/pgSQL trigger function");
  }
  return { channel, payload };
}

/**
 * `SELECT expr INTO v FROM …`: v takes the first row's value, NULL without one, as PL/pgSQL's
 * non-STRICT INTO does; a scalar subquery of the SELECT, LIMIT 1.
 */
function selectInto(s: Node, variables: ReadonlyMap<number, unknown>, letOf: (varno: number, value: Node, guard: Guard) => TriggerOp, guard: Guard): TriggerOp[] {
  const fields = (s.target?.PLpgSQL_row?.fields ?? [{ varno: s.target?.PLpgSQL_var ? s.target.dno : undefined }]) as Array<{ varno?: number }>;
  const stmts = parseQuery(String(s.sqlstmt.PLpgSQL_expr.query));
  const kind = stmts.length === 1 ? nodeType(stmts[0]!.node) : 'SelectStmt';
  const one = fields.length === 1 && variables.has(fields[0]!.varno ?? -1);
  if (kind === 'UpdateStmt' && one) return updateInto(stmts[0]!.node, !!s.strict, Number(s.lineno ?? 0), (value, g) => letOf(fields[0]!.varno!, value, g), guard);
  if (s.strict || !one) throw unsupported('SELECT … INTO other than one DECLAREd variable, not STRICT, in a PL/pgSQL trigger function');
  const select = stmts.length === 1 ? stmts[0]!.node.SelectStmt : undefined;
  // The trigger runs inside SQLite, whose triggers cannot read what a statement RETURNS.
  if (kind !== 'SelectStmt') throw unsupported(`${kind.replace('Stmt', '').toUpperCase()} … RETURNING … INTO in a PL/pgSQL trigger function`);
  if (!select || (select.targetList ?? []).length !== 1 || select.op !== 'SETOP_NONE') throw unsupported('SELECT … INTO of other than one value in a PL/pgSQL trigger function');
  const first = { ...select, limitCount: { A_Const: { ival: { ival: 1 } } }, limitOption: 'LIMIT_OPTION_COUNT' };
  return [letOf(fields[0]!.varno!, { SubLink: { subLinkType: 'EXPR_SUBLINK', subselect: { SelectStmt: first } } }, guard)];
}

/** Functions whose value a second call need not repeat: a WHERE or RETURNING with one is not read twice. */
const VOLATILE = new Set(['random', 'nextval', 'setval', 'gen_random_uuid', 'uuid_generate_v4', 'clock_timestamp', 'timeofday', 'txid_current', 'currval', 'lastval']);

/**
 * `UPDATE t SET … WHERE w RETURNING e INTO v` (graphile-worker's job_queues count): the UPDATE, then
 * v read from the rows `w` finds after it, which are the rows it updated where the SET assigns no
 * column `w` reads and `w` and `e` read no other table nor call a volatile function (else 0A000).
 * As PL/pgSQL does, more than one row is P0003 even without STRICT, and none P0002 with it.
 */
function updateInto(node: Node, strict: boolean, line: number, letValue: (value: Node, guard: Guard) => TriggerOp, guard: Guard): TriggerOp[] {
  const u = node.UpdateStmt;
  const returning = (u.returningClause?.exprs ?? u.returningList ?? []) as Node[];
  const assigned = new Set(((u.targetList ?? []) as Node[]).map((t) => String(t.ResTarget.name)));
  const where = u.whereClause as Node | undefined;
  const reads = (n: Node | undefined, what: (key: string, value: Node) => boolean): boolean => {
    let found = false;
    JSON.stringify(n ?? null, (key, value) => {
      if (what(key, value)) found = true;
      return value;
    });
    return found;
  };
  const unrepeatable = (key: string, value: Node) => key === 'SubLink' || (key === 'FuncCall' && VOLATILE.has(names(value.funcname as Node[]).at(-1)!));
  const assignedRef = (key: string, value: Node) => key === 'ColumnRef' && names(value.fields as Node[]).some((f) => assigned.has(f));
  if (u.fromClause?.length || u.withClause || where?.CurrentOfExpr || returning.length !== 1 || reads(where, (k, v) => assignedRef(k, v) || unrepeatable(k, v)) || reads(returning[0], unrepeatable)) {
    throw unsupported('UPDATE … RETURNING … INTO other than of one value of the rows a WHERE finds that the SET leaves unchanged, in a PL/pgSQL trigger function');
  }
  // The SELECT reads the table by its stored name, still called by the name the UPDATE gave it.
  const r = u.relation as Node;
  const relation = r.schemaname ? { ...r, schemaname: undefined, relname: storedName(r.schemaname, r.relname), alias: r.alias ?? { aliasname: r.relname } } : r;
  const rows = (target: Node[]): Node => ({ SelectStmt: { targetList: target, fromClause: [{ RangeVar: relation }], ...(where ? { whereClause: where } : {}), limitOption: 'LIMIT_OPTION_DEFAULT', op: 'SETOP_NONE' } });
  const count: Node = { SubLink: { subLinkType: 'EXPR_SUBLINK', subselect: rows([{ ResTarget: { val: { FuncCall: { funcname: [{ String: { sval: 'count' } }], agg_star: true } } } }]) } };
  const compare = (op: string, n: number): Node => ({ A_Expr: { kind: 'AEXPR_OP', name: [{ String: { sval: op } }], lexpr: count, rexpr: { A_Const: { ival: n ? { ival: n } : {} } } } });
  const plain = { ...u, returningList: undefined, returningClause: undefined };
  const ops: TriggerOp[] = [
    { kind: 'sql', statement: { UpdateStmt: plain }, guard },
    { kind: 'raise', level: 'EXCEPTION', code: 'P0003', message: stringConst('query returned more than one row'), detail: null, hint: stringConst('Make sure the query returns a single row, or use LIMIT 1.'), line, guard: [...guard, isTrue(compare('>', 1))] },
  ];
  if (strict) ops.push({ kind: 'raise', level: 'EXCEPTION', code: 'P0002', message: stringConst('query returned no rows'), detail: null, hint: null, line, guard: [...guard, isTrue(compare('=', 0))] });
  const value = rows([{ ResTarget: { val: returning[0]!.ResTarget.val } }]);
  ops.push(letValue({ SubLink: { subLinkType: 'EXPR_SUBLINK', subselect: { SelectStmt: { ...value.SelectStmt, limitCount: { A_Const: { ival: { ival: 1 } } }, limitOption: 'LIMIT_OPTION_COUNT' } } } }, guard));
  return ops;
}

/** An expression of the body, as `SELECT <expr>` parses it. */
export function expression(text: string): Node {
  const stmts = parseQuery(`SELECT ${text}`);
  const s = stmts.length === 1 ? stmts[0]!.node.SelectStmt : undefined;
  const list = (s?.targetList ?? []) as Node[];
  if (!s || list.length !== 1 || s.fromClause || s.whereClause || s.groupClause || s.sortClause || s.limitCount) throw new PgError(SqlState.syntaxError, `query "SELECT ${text}" returned ${list.length} columns`);
  return list[0]!.ResTarget.val as Node;
}

/** `new.col := expr` (or `=`): the expression. */
function assignedValue(text: string): Node {
  return expression(assignedText(text));
}

/** An assignment's text (`v := expr`, or `=`) without its target. */
export function assignedText(text: string): string {
  const at = text.indexOf(':=');
  const eq = at >= 0 ? at + 2 : text.indexOf('=') + 1;
  return text.slice(eq);
}

function bodyStatement(text: string): Node {
  const stmts = parseQuery(text);
  const node = stmts[0]?.node;
  const s = node?.InsertStmt ?? node?.UpdateStmt ?? node?.DeleteStmt;
  if (stmts.length !== 1 || !s) throw unsupported(`statements other than INSERT, UPDATE and DELETE in a PL/pgSQL trigger function`);
  const returning = (s.returningClause?.exprs ?? s.returningList ?? []) as Node[];
  if (returning.length || s.withClause) throw unsupported(`${returning.length ? 'RETURNING' : 'WITH'} in a PL/pgSQL trigger function's statements`);
  return node!;
}

/** A RAISE statement's level, SQLSTATE and its message, detail and hint as expressions. */
export function raise(s: Node): Omit<Extract<TriggerOp, { kind: 'raise' }>, 'guard' | 'line'> {
  const spec = raiseSpec(s);
  const option = (text: string | null) => (text === null ? null : expression(text));
  if (spec.reraise) throw reraiseOutsideHandler();
  const message = spec.format === null ? option(spec.message) : formatted(spec.format, spec.params.map(expression));
  return { kind: 'raise', level: spec.level, code: spec.code, message: message ?? stringConst(spec.condition ?? spec.code), detail: option(spec.detail), hint: option(spec.hint) };
}

/** A RAISE statement's parts: its expressions as text, the caller evaluates them. */
export interface RaiseSpec {
  level: RaiseLevel;
  code: string;
  /** The condition RAISE names, which is the message when it has none. */
  condition: string | null;
  /** The format string and its arguments' expressions; null with USING MESSAGE or no message. */
  format: string | null;
  params: string[];
  /** USING MESSAGE, DETAIL, HINT's expressions. */
  message: string | null;
  detail: string | null;
  hint: string | null;
  /** `RAISE;` in an exception handler: the caught error again. */
  reraise: boolean;
}

export function raiseSpec(s: Node): RaiseSpec {
  const level = LEVELS.find(([l]) => l === s.elog_level)?.[1] ?? 'DEBUG';
  const options = ((s.options ?? []) as Node[]).map((o) => o.PLpgSQL_raise_option);
  const option = (type: number) => {
    const o = options.find((x) => x.opt_type === type);
    return o ? String(o.expr.PLpgSQL_expr.query) : null;
  };
  for (const o of options) if (![RAISE_ERRCODE, RAISE_MESSAGE, RAISE_DETAIL, RAISE_HINT].includes(o.opt_type)) throw unsupported('RAISE … USING options other than ERRCODE, MESSAGE, DETAIL and HINT');
  let code = level === 'EXCEPTION' ? 'P0001' : level === 'WARNING' ? '01000' : '00000';
  const condition = (s.condname as string | undefined) ?? null;
  if (condition !== null) code = conditionCode(condition);
  const errcode = option(RAISE_ERRCODE);
  if (errcode !== null) {
    const text = expression(errcode).A_Const?.sval?.sval as string | undefined;
    if (text === undefined) throw unsupported('RAISE … USING ERRCODE other than a constant');
    code = conditionCode(text);
  }
  const message = option(RAISE_MESSAGE);
  const format = s.message === undefined ? null : String(s.message);
  if (format !== null && message !== null) throw new PgError(SqlState.syntaxError, 'RAISE option already specified: MESSAGE');
  const params = ((s.params ?? []) as Node[]).map((p) => String(p.PLpgSQL_expr.query));
  if (format !== null) formatParts(format, params.length);
  const reraise = level === 'EXCEPTION' && format === null && condition === null && options.length === 0;
  return { level, code, condition, format, params, message, detail: option(RAISE_DETAIL), hint: option(RAISE_HINT), reraise };
}

/** PostgreSQL's compile-time refusal of `RAISE;` where no error is being handled. */
export function reraiseOutsideHandler(): PgError {
  return new PgError('0Z002', 'RAISE without parameters cannot be used outside an exception handler');
}

/** A condition's SQLSTATE, given by name or as the code itself. */
export function conditionCode(name: string): string {
  if (/^[0-9A-Z]{5}$/.test(name)) return name;
  const code = CONDITIONS[name.toLowerCase()];
  if (!code) throw unsupported(`the condition "${name}"`);
  return code;
}

/**
 * RAISE's format as its literal pieces and the indexes of the arguments between them: each `%`
 * takes the next argument, `%%` is a `%`.
 */
export function formatParts(format: string, args: number): Array<string | number> {
  const parts: Array<string | number> = [];
  let literal = '';
  let used = 0;
  for (let i = 0; i < format.length; i++) {
    if (format[i] !== '%') {
      literal += format[i];
      continue;
    }
    if (format[i + 1] === '%') {
      literal += '%';
      i++;
      continue;
    }
    if (used >= args) throw new PgError(SqlState.syntaxError, 'too few parameters specified for RAISE');
    if (literal) parts.push(literal);
    literal = '';
    parts.push(used++);
  }
  if (used < args) throw new PgError(SqlState.syntaxError, 'too many parameters specified for RAISE');
  if (literal || parts.length === 0) parts.push(literal);
  return parts;
}

/** RAISE's message: an argument's text, `<NULL>` for NULL. */
function formatted(format: string, args: Node[]): Node {
  const parts = formatParts(format, args.length).map((p): Node => {
    if (typeof p === 'string') return stringConst(p);
    const text: Node = { TypeCast: { arg: args[p]!, typeName: { names: [{ String: { sval: 'text' } }], typemod: -1 } } };
    return { CoalesceExpr: { args: [text, stringConst('<NULL>')] } };
  });
  return parts.reduce((a, b) => ({ A_Expr: { kind: 'AEXPR_OP', name: [{ String: { sval: '||' } }], lexpr: a, rexpr: b } }));
}

/** A reference to NEW or OLD's field, or to NEW or OLD whole: the record and the field ('' when whole). */
export function recordRef(n: Node): { record: 'new' | 'old'; field: string } | undefined {
  if (!n.ColumnRef) return undefined;
  const parts = n.ColumnRef.fields as Node[];
  if (parts.some((p) => p.A_Star)) return undefined;
  const ref = names(parts);
  const record = ref[0]!.toLowerCase();
  if (record !== 'new' && record !== 'old') return undefined;
  if (ref.length === 1) return { record, field: '' };
  return ref.length === 2 ? { record, field: ref[1]! } : undefined;
}
