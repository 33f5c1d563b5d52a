/**
 * From PostgreSQL statement text to what the rest of evsql needs: the kind of statement, its
 * command tag, the SQLite statements that carry it out, its parameters and output columns, and the
 * parse tree for the mixer. Cached by text, so a statement shape is parsed once.
 */
import { createRange } from './range-ddl.js';
import { hstoreSetReturning } from './hstore.js';
import { checkStatementStatisticsView } from './statement-statistics-view.js';
import { alterComposite, createComposite } from './composite-ddl.js';
import { scansBackward } from './backward-scan.js';
import { checkConstantDivision } from './constant-folding.js';
import type { UntypedParamError } from './emit-context.js';
import { alterSequence, createSequence, dropSequences, drawsFromSequence } from './sequences.js';
import { drawSql } from '../catalog/sequences.js';
import { quoteIdentifier } from '../../pg/ident.js';
import { checkValuesWidth, drawnColumns } from './normalize.js';
import { fieldInsert } from './composites.js';
import type { Step } from '../plan.js';
import { readsClock } from '../../pg/types/timestamp.js';
import { sessionStylesKey } from '../../pg/types/session-styles.js';
import { uncommittedLabelsKey } from '../catalog/enums.js';
import { PgError, SqlState } from '../../pg/errors.js';
import { OID, formatType, type PgTypeInfo, typeName } from '../../pg/types/registry.js';
import { Emitter } from './emit.js';
import { withDeclaredParams } from './declared-params.js';
import { quoteIdent } from '../sqlite-quote.js';
import type { OutputColumn } from './types.js';
import { unsupported } from './unsupported.js';
import { assertTypeExists } from './type-exists.js';
import { typeOfName } from './types.js';
import { checkPartitionedAlter, checkUniqueKey, remakingPartitions, renamedTable, reshapedTable, reshapesPartitions } from './partition-alter.js';
import { alterPartitions, createPartition, createPartitioned, partitionDrop, truncatePartitions } from './partitions.js';
import { dependents, withLikeExpanded, alterEnum, alterOwner, renameEnum, alterTable, createEnum, createExtension, createIndex, dropEnums, dropExtensions, createTable, createView, drop, rename, renameIndex, truncate } from './ddl.js';
import { type Node, type RawStatement, nodeType, names, parseQuery } from './parse.js';
import { rewriteSearchCycle } from './search-cycle.js';
import { type AdvisorySpec, advisoryCall, checkKeyTypes, keyQuery } from './advisory.js';
import { displayName } from '../../pg/settings.js';
import type { TableInfo, TranslatorSchema } from './schema.js';
import { type Matview, matviewMarker } from '../catalog/markers.js';
import { readsCatalog } from '../catalog/definitions.js';
import { displayColumn } from '../catalog/numeric-display.js';
import { viewDefinition } from './viewdef.js';
import { alterDomain, createDomain, domainColumn, dropDomains, withDomainCasts, withDomainColumns } from './domains.js';
import { checkAlterTable, checkCreateTable, checkRenameColumn, checkTruncate } from './ddl-checks.js';
import { commentEdit } from './catalog-queries.js';
import { alterDefaultPrivileges, alterRole, alterRoleSet, checkRoleSetting, commentOnRole, checkedRole, createRole, dropOwned, dropRoles, grant, grantRole, reassignOwned, renameRole } from './roles.js';
import { dataModifyingProjection, deleteIntoInsert } from './rewrite.js';
import { type ModifyingWith, modifyingWith } from './modifying-with.js';
import { mergePlan } from './merge.js';
import { copyWhere } from './copy-where.js';
import { checkReservedNames } from './reserved-names.js';
import { checkCatalogTarget } from './catalog-targets.js';
import { writeThroughView } from './view-write-through.js';
import { alterViewDefaults } from './view-defaults.js';
import { checkConstantKeys } from './query-checks.js';
import { checkRowStars } from './row-stars.js';
import { checkCallSyntax } from './function-shapes.js';
import { droppedCallers } from './function-dependents.js';
import type { RoutineCall } from './plpgsql-procedures.js';
import { type RoutineRows, listRows, rangeRows, rowsStatement } from './plpgsql-rows.js';
import { blockOnlyFunction, checkComputedArguments, commentOnFunction, createFunction, dropFunctions, inlineUserFunctions, namedCallingIndex, plpgsqlFromCall, plpgsqlRowInList, plpgsqlSelect, procedureCall, recordedCallers, rowTypesOf, writingCallSelect } from './user-functions.js';
import { callsBlock } from './plpgsql-calls.js';
import { commentOnObject, keepCommentsStep } from './comments.js';
import { withFunctionCasts } from './function-casts.js';
import { withStatementTriggers } from './statement-triggers.js';
import type { TriggerNotification } from './trigger-program.js';
import { type TranslateNode, createTrigger, dropTableTriggers, dropTrigger, enableTriggers, recompileCallers, renameTrigger, triggerFunctionKey, refuseAssigningTriggers, refuseTriggers, withTriggerAssignments } from './triggers.js';
import { type DoBlock, doBlock } from './block-program.js';
import { type CaughtErrors, type TempFunction, catches, checkGuardable, dropsTempFunction, tempFunctionCall, tempPlpgsqlFunction } from './plpgsql.js';
import { EXPLAIN_PREFIX } from '../runtime/explain.js';
import { type CurrentOf, type CursorKeys, currentOfStatement, keyedCursorQuery } from './current-of.js';
import { createSchema, dropSchemas as dropNamedSchemas, missingRelation, renameSchema, resolveSchemas, setSchema } from './namespaces.js';
import { splitStoredName } from '../catalog/namespaces.js';
import { hasParamSlot, placeParams } from './param-slots.js';
import { skipLockedDml } from './skip-locked.js';
import type { ConstraintsSet } from '../catalog/constraint-modes.js';
import { constraintsSet } from './set-constraints.js';
import { type DatabaseSpec, type StoredSetting, alterDatabase, createDatabase, databaseOptions, dropDatabase } from './databases.js';

export type StatementKind =
  | 'query' // returns rows, changes nothing
  | 'dml' // INSERT/UPDATE/DELETE, maybe with RETURNING
  | 'ddl'
  | 'begin'
  | 'commit'
  | 'rollback'
  | 'savepoint'
  | 'release'
  | 'rollback_to'
  | 'set'
  | 'show'
  | 'copy'
  | 'discard'
  | 'deallocate'
  | 'prepare' // PREPARE name AS …: the session's prepared statement, as Parse makes it
  | 'execute' // EXECUTE name (…): the prepared statement run with those values
  | 'declare' // DECLARE … CURSOR: runs its query, keeps the rows for FETCH
  | 'fetch' // FETCH and MOVE
  | 'close' // CLOSE cursor, CLOSE ALL
  | 'notify' // LISTEN, UNLISTEN, NOTIFY: the connection keeps them until the transaction ends
  | 'do' // an anonymous code block: the connection runs its statements one by one
  | 'database' // CREATE DATABASE, DROP DATABASE: the server carries them out
  | 'noop'; // accepted and answered with its tag only (VACUUM, ANALYZE, COMMENT, …)

export interface CopySpec {
  table: string;
  /** The table's schema as written, if it was: `public.t` is the permanent t even where the session's temporary t hides it. */
  schema: string | null;
  columns: string[] | null;
  from: boolean;
  /** COPY (query) TO STDOUT */
  query: Step | null;
  queryColumns: OutputColumn[];
  options: Record<string, string | boolean>;
  /** COPY FROM: the serial and identity columns of the table, with the SQL that draws each one's next value. */
  draws?: Array<{ column: string; sql: string }>;
  /** COPY FROM … WHERE: the condition, whose parameter n is the value of `columns[n - 1]` (copy-where.ts). */
  where?: { step: Step; columns: string[] };
}

/** DECLARE's options, FETCH's and MOVE's direction (PostgreSQL's FetchDirection), CLOSE's target. */
export interface CursorSpec {
  /** The cursor; null for CLOSE ALL. */
  name: string | null;
  /** DECLARE: the query whose rows the cursor walks. */
  query?: Translation;
  /** DECLARE: SCROLL (true), NO SCROLL (false), or neither (null). */
  scroll?: boolean | null;
  /** DECLARE: whether PostgreSQL would make it scrollable (pg_cursors.is_scrollable): SCROLL, or neither where its plan can run backward. */
  scrollable?: boolean;
  hold?: boolean;
  binary?: boolean;
  /** DECLARE: the table whose primary key ends each row of the query (WHERE CURRENT OF). */
  current?: CursorKeys;
  direction?: 'FETCH_FORWARD' | 'FETCH_BACKWARD' | 'FETCH_ABSOLUTE' | 'FETCH_RELATIVE';
  /** FETCH's count; FETCH ALL is 2147483647, as PostgreSQL's FETCH_ALL. */
  count?: number;
}

/**
 * A constant, the parameter that gives the value at run time (pg_notify($1, $2)), or the column of
 * the statement's `notifyArguments` row that computes it (`'{"count":' || n::text || '}'`).
 */
export type NotifyArgument = { value: string | null } | { param: number } | { computed: number };

/** LISTEN channel, UNLISTEN channel or * (null), NOTIFY channel [, payload] and SELECT pg_notify(channel, payload). */
export interface NotifySpec {
  action: 'listen' | 'unlisten' | 'notify';
  channel: NotifyArgument;
  payload?: NotifyArgument;
}

export interface Translation {
  kind: StatementKind;
  /** What statement-level triggers the statement fires send (PERFORM pg_notify), once it ran. */
  notifications?: TriggerNotification[];
  /** The command tag, without its row count. */
  tag: string;
  steps: Step[];
  /** Result columns of a row-returning statement, else null. */
  columns: OutputColumn[] | null;
  paramCount: number;
  /** OIDs the statement itself tells for each parameter (0: unknown). */
  paramTypes: number[];
  lockingRead: boolean;
  /** SELECT … FOR UPDATE/SHARE NOWAIT ('nowait') or SKIP LOCKED ('skip'): what a lock another transaction holds does to it. */
  lockWait?: 'nowait' | 'skip';
  /** SKIP LOCKED over one table with a one-column key: how the session finds and takes the rows not locked. */
  skipLocked?: SkipLockedPlan;
  /**
   * Numeric parameters (1-based) only ever printed by result columns (`SELECT $1::numeric * 2`):
   * bound as their decimal text, which keeps the display scale PostgreSQL prints (12.50, 25.00).
   */
  displayParams?: number[];
  /** PostgreSQL's refusals of parameters left unknown, raised at Parse unless the client declared their types. */
  untypedParams?: UntypedParamError[];
  /** Savepoint name, SET/SHOW variable, DEALLOCATE target. */
  name?: string;
  /** SET value, null for RESET / SET … TO DEFAULT. */
  value?: string | null;
  /** SET LOCAL: the setting reverts when the transaction ends. */
  local?: boolean;
  /**
   * BEGIN, SET TRANSACTION (name `transaction`) and SET SESSION CHARACTERISTICS AS TRANSACTION
   * (name `session characteristics`): the transaction settings their modes give, by name and
   * value (transaction_isolation, transaction_read_only, transaction_deferrable).
   */
  characteristics?: Record<string, string>;
  /** COMMIT AND CHAIN, ROLLBACK AND CHAIN: a transaction like the one ended begins at once. */
  chain?: boolean;
  copy?: CopySpec;
  cursor?: CursorSpec;
  notify?: NotifySpec;
  /** pg_advisory_lock and its kin: the connection runs them, the statement has no steps. */
  advisory?: AdvisorySpec;
  /** CREATE DATABASE and DROP DATABASE: what the server is to make or drop. */
  database?: DatabaseSpec;
  /** The SELECT that computes an advisory lock's key given as an expression: its row's columns are the key. */
  advisoryKey?: Translation;
  /** The SELECT that computes pg_notify's arguments other than constants and parameters, before it sends. */
  notifyArguments?: Translation;
  /** PREPARE: the statement's text and the parameter types it declares. */
  prepare?: { query: string; paramTypes: number[] };
  /** EXECUTE: the parameters' values as text (null for NULL). */
  execute?: Array<string | null>;
  /** EXPLAIN EXECUTE: the prepared statement's plan (explained) rather than its rows. */
  explains?: boolean;
  /** WHERE CURRENT OF: the cursor whose current row's key the parameters after the statement's own give. */
  currentOf?: CurrentOf;
  /** A NOTICE the statement sends before its tag (`already exists, skipping`). */
  notices?: PgError[];
  /** SET CONSTRAINTS: what it names and makes them (the session keeps it for the transaction). */
  constraintsSet?: ConstraintsSet;
  /** A PL/pgSQL exception handler around the statement: the errors it answers for (plpgsql.ts). */
  caught?: CaughtErrors;
  /** DO: its PL/pgSQL, checked. */
  block?: DoBlock;
  /** A routine's call: the SELECT of its arguments other than constants, whose row's values bind after the statement's parameters (plpgsql-procedures.ts). */
  routineArguments?: Translation;
  /** A query of a routine's rows: the statement its block's rows go into (plpgsql-rows.ts). */
  routineRows?: RoutineRows;
  node: Node;
  text: string;
  /** The schema version the translation was made for: a prepared statement re-translates after DDL. */
  schemaVersion: number;
}

const CACHE_LIMIT = 4096;
/**
 * A translation keeps its parse tree, some 20 times the statement's text in heap: the cache holds
 * at most this much text, and a statement longer than CACHE_MAX_TEXT (a bulk INSERT) is never
 * cached, since its literals make it unlikely to come again.
 */
const CACHE_TEXT_BUDGET = 4 * 1024 * 1024;
const CACHE_MAX_TEXT = 16 * 1024;
/** Translations depend on the schema (column types): an entry is good for one schema version. */
const cache = new Map<string, { version: number; result: Translation[] }>();
let cachedText = 0;

/**
 * Translates a query string (possibly several statements). Throws PgError (42601, 0A000, …).
 * `voidParams`: parameters the client declared void, which PostgreSQL drops from function
 * arguments (parse_func.c: pgjdbc binds a call's OUT parameter `{? = call f(?)}` so).
 */
export function translate(query: string, schema: TranslatorSchema, voidParams?: ReadonlySet<number>, declared: readonly number[] = []): Translation[] {
  const typed = declaredParamTypes(declared);
  if (voidParams?.size) return withDeclaredParams(typed, () => statements(parseQuery(query).map((raw) => ({ ...raw, node: withoutVoidArguments(raw.node, voidParams) })), schema));
  const version = schema.version;
  // Literals are read at translation: a timestamptz without an offset in the session's zone, a date in its DateStyle.
  const styles = sessionStylesKey() + uncommittedLabelsKey();
  const signature = typed.size ? `${[...typed].map(([n, t]) => `${n}:${t.oid}`).join(',')}\u0000` : '';
  const key = styles === '' && !signature ? query : `${styles}\u0000${signature}${query}`;
  const hit = cache.get(key);
  if (hit && hit.version === version && !planChecksDeferred) return hit.result;
  const result = withDeclaredParams(typed, () => statements(parseQuery(query), schema));
  if (planChecksDeferred) return result;
  // CREATE TEMP TABLE names the table for the session that runs it: not a translation to share.
  // Nor one that read 'today' or 'now': the next statement's day or moment may differ.
  if (query.length > CACHE_MAX_TEXT || readsClock(query) || result.some((t) => t.node.CreateStmt?.relation?.relpersistence === 't')) return result;
  if (!hit) {
    // Bounded: evict the oldest entries, so a client sending ever-new literals cannot grow memory.
    while (cache.size && (cache.size >= CACHE_LIMIT || cachedText + key.length > CACHE_TEXT_BUDGET)) {
      const oldest = cache.keys().next().value!;
      cache.delete(oldest);
      cachedText -= oldest.length;
    }
    cachedText += key.length;
  }
  cache.set(key, { version, result });
  return result;
}

/** Set while translateUnplanned runs: the planner's checks are left out, and nothing is cached. */
let planChecksDeferred = false;

/**
 * translate() without the errors PostgreSQL's planner raises (a constant division by zero), which
 * PREPARE and Parse do not meet: they come at EXECUTE and Bind, where the statement is planned.
 */
export function translateUnplanned(query: string, schema: TranslatorSchema, voidParams?: ReadonlySet<number>, declared: readonly number[] = []): Translation[] {
  planChecksDeferred = true;
  try {
    return translate(query, schema, voidParams, declared);
  } finally {
    planChecksDeferred = false;
  }
}

/**
 * Whether CREATE … IF NOT EXISTS of `rel` finds it made: a temporary table among the session's,
 * a permanent one also where the session's temporary table of its name hides it.
 */
function relationExists(schema: TranslatorSchema, rel: Node): boolean {
  const found = schema.lookupTable(rel.relname);
  if (rel.relpersistence === 't') return found?.temp === true;
  const hidden = schema.publicRelation(rel.relname);
  return found !== undefined && (hidden === undefined || schema.lookupTable(hidden) !== undefined);
}

/** DROP TABLE, VIEW or INDEX of a name that is no such object: PostgreSQL's error for it. */
function dropMissing(schema: TranslatorSchema, what: string, name: string): PgError {
  const kind = what.toLowerCase();
  const other = schema.lookupTable(name);
  if (other) {
    const hint = other.matview ? 'Use DROP MATERIALIZED VIEW to remove a materialized view.' : other.view ? 'Use DROP VIEW to remove a view.' : 'Use DROP TABLE to remove a table.';
    return new PgError(SqlState.wrongObjectType, `"${name}" is not ${what === 'INDEX' ? 'an' : 'a'} ${kind}`, { hint });
  }
  return new PgError(what === 'INDEX' ? SqlState.undefinedObject : SqlState.undefinedTable, `${kind} "${name}" does not exist`);
}

/**
 * The parameters the client gave a type (Parse's OIDs, PREPARE's list) that evsql knows: typed so
 * from the start, as PostgreSQL's analysis takes them (`$1 + $2` of a date and an interval is a
 * timestamp). Unknown and void ones, and user-defined types, are left to inference.
 */
function declaredParamTypes(declared: readonly number[]): Map<number, PgTypeInfo> {
  const typed = new Map<number, PgTypeInfo>();
  declared.forEach((oid, i) => {
    if (oid && oid !== OID.unknown && oid !== OID.void && typeName(oid) !== '???') typed.set(i + 1, { oid, typmod: -1 });
  });
  return typed;
}

function withoutVoidArguments(node: Node, voidParams: ReadonlySet<number>): Node {
  const walk = (n: Node): Node => {
    if (n === null || typeof n !== 'object') return n;
    if (Array.isArray(n)) return n.map(walk);
    const out = Object.fromEntries(Object.entries(n).map(([k, v]) => [k, walk(v)]));
    if (n.FuncCall?.args && !n.FuncCall.agg_within_group) out.FuncCall = { ...out.FuncCall, args: (out.FuncCall.args as Node[]).filter((a) => !voidParams.has(a.ParamRef?.number)) };
    return out;
  };
  return walk(node);
}

/** The cache's size, for tests of its bounds. */
export function translationCacheSize(): { entries: number; textBytes: number } {
  return { entries: cache.size, textBytes: cachedText };
}

function base(raw: RawStatement, schema: TranslatorSchema, kind: StatementKind, tag: string): Translation {
  return { kind, tag, steps: [], columns: null, paramCount: 0, paramTypes: [], lockingRead: false, node: raw.node, text: raw.text, schemaVersion: schema.version };
}

/**
 * Resolves the Emitter's marks (a negative number: a use that only prints the parameter): a
 * parameter so used is a display parameter, bound as its decimal text; where it is also used as a
 * value, that use reads the text as numeric_in does (`pg_store(?, numeric, -1)`: its canonical
 * stored form).
 */
function displayedParams(t: Translation, types: ReadonlyMap<number, PgTypeInfo>): void {
  placeStepParams(t);
  const marked = new Set<number>();
  for (const s of t.steps) for (const p of s.params) if (p < 0) marked.add(-p);
  if (!marked.size) return;
  // A numeric[] parameter's value is read from its literal as its column's type.
  const storedAs = (p: number) => (types.get(p)?.oid === OID.numeric_array ? OID.numeric_array : OID.numeric);
  for (const s of t.steps) {
    const values = s.params.map((p) => (p > 0 && marked.has(p) ? storedAs(p) : 0));
    if (values.some(Boolean)) s.sql = numericSlots(s.sql, values);
    s.params = s.params.map(Math.abs);
  }
  t.displayParams = [...marked];
}

/** The SQL with the `?` of the slots given a type (in order) read as that type: a numeric's, a numeric[]'s. */
function numericSlots(sql: string, slots: number[]): string {
  let out = '';
  let slot = 0;
  let quote = '';
  for (const ch of sql) {
    if (quote) {
      // A doubled quote closes and opens again.
      if (ch === quote) quote = '';
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '?' && slots[slot++]) {
      out += `pg_store(?, ${slots[slot - 1]}, -1)`;
      continue;
    }
    out += ch;
  }
  return out;
}

/** Each step's parameters in the order their slots stand in its text (param-slots.ts). */
function placeStepParams(t: Translation): void {
  t.steps = t.steps.map((s) => (hasParamSlot(s.sql) ? { ...s, ...placeParams(s.sql, s.params) } : s));
}

function withParams(t: Translation, em: Emitter, extraSteps: Step[] = []): Translation {
  const all = [...t.steps, ...extraSteps];
  let max = 0;
  for (const s of all) for (const p of s.params) if (p > max) max = p;
  for (const p of em.paramTypes.keys()) if (p > max) max = p;
  t.paramCount = max;
  t.paramTypes = Array.from({ length: max }, (_, i) => em.paramTypes.get(i + 1)?.oid ?? 0);
  if (em.untypedParams.length) t.untypedParams = em.untypedParams;
  t.lockingRead = em.lockingRead;
  return t;
}

/** A query string's statements; a temporary PL/pgSQL function is known to the ones after it (plpgsql.ts). */
function statements(raws: RawStatement[], schema: TranslatorSchema): Translation[] {
  // The words first: most statements have neither clause, and the tree's walk is not free.
  for (const raw of raws) if (/search|cycle/i.test(raw.text)) rewriteSearchCycle(raw.node, (table) => schema.lookupTable(table)?.columns.map((c) => c.name));
  return raws.map((_, i) => seeingTemps(statementAt(raws, i, schema) ?? statement(raws[i]!, schema), schema));
}

/**
 * A catalog read of a session with temporary tables goes the writers' way: only there do its
 * tables exist for the catalog to show (dialect/runtime/catalog/install.ts), as a read of them does.
 */
function seeingTemps(t: Translation, schema: TranslatorSchema): Translation {
  if (!t.lockingRead && schema.tempTables().length && t.steps.some((s) => readsCatalog(s.sql))) t.lockingRead = true;
  return t;
}

/**
 * Statement `index` of a query string's statements, translated when its turn comes (the
 * connection runs each before it translates the next).
 */
export function translateAt(raws: RawStatement[], index: number, schema: TranslatorSchema): Translation {
  const raw = raws[index]!;
  return statementAt(raws, index, schema) ?? translate(raw.text, schema)[0]!;
}

/** A temporary PL/pgSQL function's CREATE, call or DROP among `raws`; undefined for any other statement. */
function statementAt(raws: RawStatement[], index: number, schema: TranslatorSchema): Translation | undefined {
  const raw = raws[index]!;
  if (!raws.some((r, i) => i <= index && r.node.CreateFunctionStmt)) return undefined;
  if (tempPlpgsqlFunction(raw.node, raw.text)) return base(raw, schema, 'noop', 'CREATE FUNCTION');
  const temp = new Map<string, TempFunction>();
  for (const r of raws.slice(0, index)) {
    const fn = tempPlpgsqlFunction(r.node, r.text);
    if (fn) temp.set(fn.name, fn);
  }
  if (!temp.size) return undefined;
  if (dropsTempFunction(raw.node, temp)) return base(raw, schema, 'noop', 'DROP FUNCTION');
  const call = tempFunctionCall(raw.node, temp);
  return call && { ...guarded(raw, schema, call.sql, call.block.caught), tag: 'SELECT' };
}

/** A DO block: run by the connection a statement at a time (block-program.ts). */
function doStatement(raw: RawStatement, schema: TranslatorSchema, s: Node): Translation {
  const language = ((s.args ?? []) as Node[]).find((a) => a.DefElem.defname === 'language')?.DefElem.arg?.String?.sval ?? 'plpgsql';
  if (language !== 'plpgsql') throw unsupported(`DO … LANGUAGE ${language}`);
  return { ...base(raw, schema, 'do', 'DO'), block: doBlock(raw.text, undefined, rowTypesOf(schema)) };
}

/** `sql` translated in place of `raw`, its errors the handler catches answered by the connection (or now, when translating raises them). */
function guarded(raw: RawStatement, schema: TranslatorSchema, sql: string, caught: CaughtErrors): Translation {
  const inner = parseQuery(sql);
  if (inner.length !== 1) throw unsupported('a PL/pgSQL block of other than one statement');
  let t: Translation;
  try {
    t = statement({ ...inner[0]!, offset: raw.offset }, schema);
  } catch (err) {
    if (catches(caught, err) && !caught.detail) return base(raw, schema, 'noop', 'DO');
    throw err;
  }
  checkGuardable(t.kind);
  return { ...t, caught, text: raw.text };
}

function statement(given: RawStatement, schema: TranslatorSchema): Translation {
  checkConstantKeys(given.node);
  checkRowStars(given.node);
  checkCallSyntax(given.node);
  if (!planChecksDeferred && (given.node.SelectStmt || given.node.InsertStmt || given.node.UpdateStmt || given.node.DeleteStmt)) checkConstantDivision(given.node);
  // Walked only where the text names them: most statements do not.
  if (/pg_stat_statements/i.test(given.text) && !schema.hasExtension('pg_stat_statements')) checkStatementStatisticsView(given.node, schema);
  const named = resolveSchemas(given.node, schema);
  const resolved = /\b(?:skeys|svals|each)\s*\(/i.test(given.text) && schema.hasExtension('hstore') ? hstoreSetReturning(named) : named;
  const through = writeThroughView(schema, resolved);
  const reached = through ? resolveSchemas(through.node, schema) : resolved;
  const node = schema.hasFunctions() && reached.IndexStmt ? namedCallingIndex(schema, reached) : reached;
  const made = statementOf(node === given.node ? given : { ...given, node }, schema);
  // A DEFAULT, CHECK, index or view keeps what it calls inlined: the functions record it as their caller.
  const keeps = schema.hasFunctions() && made.steps.length > 0 && (node.CreateStmt || node.AlterTableStmt || node.IndexStmt || node.ViewStmt || node.CreateTableAsStmt);
  const translated = keeps ? { ...made, steps: [...made.steps, ...recordedCallers(schema, node)] } : made;
  placeStepParams(translated);
  const written = schema.hasStatementTriggers() ? { ...translated, ...withStatementTriggers(schema, node, translated.steps, translateNode) } : translated;
  const t = through?.hidden ? { ...written, columns: null } : written;
  if ((t.kind !== 'query' && t.kind !== 'dml') || !drawsFromSequence(t.steps)) return t;
  // A draw changes the sequence: the statement runs on the writer (its batch's order decides the values).
  return { ...t, kind: 'dml' };
}

function statementOf(given: RawStatement, schema: TranslatorSchema): Translation {
  checkReservedNames(given.node);
  checkCatalogTarget(given.node, schema);
  const defining = given.node.CreateFunctionStmt || given.node.DropStmt;
  const writing = schema.hasFunctions() && given.node.SelectStmt ? writingCallSelect(schema, given.node.SelectStmt) : undefined;
  if (writing) return statementOf({ ...given, node: writing }, schema);
  const routine = schema.hasFunctions() && given.node.SelectStmt ? plpgsqlSelect(schema, given.node.SelectStmt) : undefined;
  if (routine) return routineCall(given, schema, 'SELECT 1', routine);
  const rows = schema.hasFunctions() && given.node.SelectStmt ? rowsCall(given, schema, given.node.SelectStmt) : undefined;
  if (rows) return rows;
  // Calls of block-only PL/pgSQL functions in a list evaluated once: the statement runs as a block that makes them first.
  const calls = schema.hasFunctions() && given.node.SelectStmt && !given.node.SelectStmt.fromClause ? callsBlock(given.node.SelectStmt, given.text, (call) => blockOnlyFunction(schema, call), (select) => statementOf({ ...given, node: select }, schema).columns) : undefined;
  if (calls) return { ...base(given, schema, 'do', 'SELECT 1'), block: calls.block, columns: calls.columns };
  const inlined = schema.hasFunctions() && !defining ? { ...given, node: inlineUserFunctions(schema, given.node) } : given;
  const domained = schema.hasDomains() && !given.node.CreateDomainStmt ? { ...inlined, node: withDomainCasts(schema, inlined.node) } : inlined;
  const triggered = schema.hasTriggers() && !defining ? { ...domained, node: withTriggerAssignments(schema, domained.node) } : domained;
  const raw = defining ? triggered : { ...triggered, node: withFunctionCasts(triggered.text, triggered.node) };
  const n = raw.node;
  // A function's body may name what no statement may.
  if (inlined !== given) checkReservedNames(n);
  const type = nodeType(n);
  const s = n[type];
  switch (type) {
    case 'SelectStmt': {
      if (s.intoClause) return createTableAs(raw, schema, { query: { SelectStmt: { ...s, intoClause: undefined } }, into: s.intoClause, objtype: 'OBJECT_TABLE' });
      const modifying = dataModifyingProjection(s, (name) => schema.lookupTable(name)?.columns.map((c) => c.name));
      if (modifying) {
        // The statement runs (and the mixer keys it) as the DML it is; its client sees the SELECT it wrote.
        const t = modifying.InsertStmt ? insert(raw, schema, modifying.InsertStmt) : modify(raw, schema, modifying);
        return { ...t, node: modifying, tag: 'SELECT', columns: t.columns ?? [] };
      }
      const parts = modifyingWith(schema, n);
      return parts ? inParts(raw, schema, parts) : select(raw, schema, n);
    }
    case 'InsertStmt': {
      const moved = deleteIntoInsert(s);
      if (moved) return deleteThenInsert(raw, schema, moved);
      const parts = modifyingWith(schema, n);
      return parts ? inParts(raw, schema, parts) : insert(raw, schema, s);
    }
    case 'UpdateStmt':
    case 'DeleteStmt': {
      const current = currentOfStatement(schema, n);
      if (current) return currentOfTranslation(modify(raw, schema, current.node), current.currentOf);
      const parts = modifyingWith(schema, n);
      return parts ? inParts(raw, schema, parts) : modify(raw, schema, n);
    }
    case 'MergeStmt':
      return merge(raw, schema, s);
    case 'TransactionStmt':
      return transaction(raw, schema, s);
    case 'CreateStmt':
      if (s.relation.relpersistence !== 't' && (schema.sequence(s.relation.relname) || (!schema.lookupTable(s.relation.relname) && schema.takenRelationNames().has(s.relation.relname)))) {
        // A sequence or an index is a relation of the same namespace: the name is taken.
        const taken = new PgError(SqlState.duplicateTable, `relation "${s.relation.relname}" already exists${s.if_not_exists ? ', skipping' : ''}`, s.if_not_exists ? { severity: 'NOTICE' } : {});
        if (!s.if_not_exists) throw taken;
        return objectDdl(raw, schema, 'CREATE TABLE', { steps: [], notices: [taken] });
      }
      if (s.if_not_exists && relationExists(schema, s.relation)) return alreadyExists(raw, schema, 'CREATE TABLE', s.relation.relname);
      if (s.partbound) return ddl(raw, schema, 'CREATE TABLE', createPartition(schema, s));
      {
        const expanded = withDomainColumns(schema, withLikeExpanded(schema, s));
        if (expanded.partspec) {
          checkCreateTable(schema, { ...expanded, partspec: undefined });
          return ddl(raw, schema, 'CREATE TABLE', createPartitioned(schema, expanded));
        }
        checkCreateTable(schema, expanded);
        return ddl(raw, schema, 'CREATE TABLE', createTable(schema, expanded));
      }
    case 'CreateTableAsStmt':
      return createTableAs(raw, schema, s);
    case 'AlterDomainStmt':
      return objectDdl(raw, schema, 'ALTER DOMAIN', alterDomain(schema, s, (stmt) => alterTable(schema, stmt)));
    case 'CreateDomainStmt':
      return ddl(raw, schema, 'CREATE DOMAIN', createDomain(schema, s));
    case 'RefreshMatViewStmt':
      return refreshMatview(raw, schema, s);
    case 'CompositeTypeStmt':
      return ddl(raw, schema, 'CREATE TYPE', createComposite(schema, s));
    case 'CreateEnumStmt':
      return ddl(raw, schema, 'CREATE TYPE', createEnum(schema, s));
    case 'CreateRangeStmt':
      return ddl(raw, schema, 'CREATE TYPE', createRange(schema, s));
    case 'AlterEnumStmt':
      return objectDdl(raw, schema, 'ALTER TYPE', alterEnum(schema, s));
    case 'CreateExtensionStmt':
      return objectDdl(raw, schema, 'CREATE EXTENSION', createExtension(schema, s));
    case 'CreateFunctionStmt':
      return ddl(raw, schema, s.is_procedure ? 'CREATE PROCEDURE' : 'CREATE FUNCTION', [...createFunction(schema, s), ...recompiledTriggers(schema, s)]);
    case 'CallStmt':
      return callProcedure(raw, schema, s);
    case 'CreateTrigStmt':
      return ddl(raw, schema, 'CREATE TRIGGER', createTrigger(schema, s, translateNode));
    case 'DoStmt':
      return doStatement(raw, schema, s);
    case 'DropStmt': {
      if (s.removeType === 'OBJECT_PROCEDURE') return objectDdl(raw, schema, 'DROP PROCEDURE', dropFunctions(schema, s));
      if (s.removeType === 'OBJECT_FUNCTION') {
        return objectDdl(raw, schema, 'DROP FUNCTION', dropFunctionsAndTriggers(schema, s));
      }
      if (s.removeType === 'OBJECT_TRIGGER') return objectDdl(raw, schema, 'DROP TRIGGER', dropTriggers(schema, s));
      if (s.removeType === 'OBJECT_TYPE') return objectDdl(raw, schema, 'DROP TYPE', dropEnums(schema, s));
      if (s.removeType === 'OBJECT_SEQUENCE') return objectDdl(raw, schema, 'DROP SEQUENCE', dropSequences(schema, s, (sql) => innerSteps(sql, schema)));
      const sequence = s.removeType === 'OBJECT_TABLE' ? names(((s.objects ?? []) as Node[]).map((o) => o.List?.items.at(-1) ?? o)).find((name) => schema.sequence(name) && !schema.lookupTable(name)) : undefined;
      if (sequence !== undefined) throw new PgError(SqlState.wrongObjectType, `"${sequence}" is not a table`, { hint: 'Use DROP SEQUENCE to remove a sequence.' });
      if (s.removeType === 'OBJECT_EXTENSION') return objectDdl(raw, schema, 'DROP EXTENSION', dropExtensions(schema, s));
      if (s.removeType === 'OBJECT_SCHEMA') return objectDdl(raw, schema, 'DROP SCHEMA', dropNamedSchemas(schema, s, (sql) => innerSteps(sql, schema), (stored) => dependents(schema, [stored]).map((d) => d.what), (table, names) => dropTableTriggers(schema, table, names, translateNode)));
      if (s.removeType === 'OBJECT_DOMAIN') return objectDdl(raw, schema, 'DROP DOMAIN', dropDomains(schema, s));
      if (s.removeType === 'OBJECT_MATVIEW') return objectDdl(raw, schema, 'DROP MATERIALIZED VIEW', dropMatviews(schema, s));
      if (s.removeType in TABLE_OBJECTS) return objectDdl(raw, schema, `DROP ${TABLE_OBJECTS[s.removeType]!.toUpperCase()}`, dropTableObjects(schema, s));
      const partitions = s.removeType === 'OBJECT_TABLE' && schema.hasPartitions() ? partitionDrop(schema, s) : undefined;
      if (partitions) {
        const views = drop(schema, partitions.views);
        const tables = partitions.tables.objects.length ? drop(schema, partitions.tables) : { steps: [] };
        return objectDdl(raw, schema, 'DROP TABLE', { steps: [...partitions.steps, ...views.steps, ...tables.steps], notices: [...(views.notices ?? []), ...(tables.notices ?? [])] });
      }
      const what = ({ OBJECT_TABLE: 'TABLE', OBJECT_VIEW: 'VIEW', OBJECT_INDEX: 'INDEX' } as Record<string, string>)[s.removeType as string];
      if (what === undefined) throw unsupported(`DROP ${String(s.removeType).replace('OBJECT_', '').replace('_', ' ')}`);
      if (s.concurrent && (s.objects ?? []).length > 1) throw new PgError(SqlState.featureNotSupported, 'DROP INDEX CONCURRENTLY does not support dropping multiple objects');
      if (s.concurrent && s.behavior === 'DROP_CASCADE') throw new PgError(SqlState.featureNotSupported, 'DROP INDEX CONCURRENTLY does not support CASCADE');
      // IF EXISTS: PostgreSQL's NOTICE for each object not there, before those of the drop itself (CASCADE's).
      const named = ((s.objects ?? []) as Node[]).map((o) => names(o.List?.items ?? [o]).at(-1)!);
      // A session's temporary tables' indexes carry its prefix (indexSqlName).
      const matview = named.find((name) => what !== 'INDEX' && schema.lookupTable(name)?.matview);
      if (matview !== undefined) throw new PgError(SqlState.wrongObjectType, `"${matview}" is not a ${what.toLowerCase()}`, { hint: 'Use DROP MATERIALIZED VIEW to remove a materialized view.' });
      const missing = named.filter((name) => (what === 'INDEX' ? (!schema.takenRelationNames().has(name) && schema.indexSqlName(name) === name) || !!schema.lookupTable(name) : schema.lookupTable(name)?.view !== (what === 'VIEW')));
      // A PRIMARY KEY's or UNIQUE constraint's index goes with the constraint alone.
      const declaredKey = (name: string) => schema.tableNames().find((t) => schema.keyConstraintColumns(t, name) !== undefined);
      const keyIndex = what === 'INDEX' ? named.map((name) => ({ name, table: declaredKey(name) })).find((k) => k.table !== undefined) : undefined;
      if (keyIndex) throw new PgError(SqlState.dependentObjectsStillExist, `cannot drop index ${keyIndex.name} because constraint ${keyIndex.name} on table ${keyIndex.table} requires it`, { hint: `You can drop constraint ${keyIndex.name} on table ${keyIndex.table} instead.` });
      if (!s.missing_ok) {
        if (missing.length) throw schema.lookupTable(missing[0]!) ? dropMissing(schema, what, missing[0]!) : missingRelation(schema, what.toLowerCase(), missing[0]!, false);
        return objectDdl(raw, schema, `DROP ${what}`, drop(schema, s));
      }
      // IF EXISTS skips what is not there, not what is there as another kind of relation.
      const other = missing.find((name) => schema.lookupTable(name));
      if (other !== undefined) throw dropMissing(schema, what, other);
      const skipped = missing.map((name) => missingRelation(schema, what.toLowerCase(), name, true));
      if (missing.length === named.length) return objectDdl(raw, schema, `DROP ${what}`, { steps: [], notices: skipped });
      const change = drop(schema, s);
      return objectDdl(raw, schema, `DROP ${what}`, { steps: change.steps, notices: [...skipped, ...(change.notices ?? [])] });
    }
    case 'CreateSeqStmt':
      return objectDdl(raw, schema, 'CREATE SEQUENCE', createSequence(schema, s));
    case 'AlterSeqStmt':
      return objectDdl(raw, schema, 'ALTER SEQUENCE', alterSequence(schema, s));
    case 'IndexStmt':
      if (s.idxname && schema.takenRelationNames().has(s.idxname)) {
        const shown = splitStoredName(s.idxname, new Set(schema.schemaNames())).name;
        if (!s.if_not_exists) throw new PgError(SqlState.duplicateTable, `relation "${shown}" already exists`);
        return alreadyExists(raw, schema, 'CREATE INDEX', shown);
      }
      if (s.unique && schema.lookupTable(s.relation.relname)?.partitioned) {
        checkUniqueKey(schema.lookupTable(s.relation.relname)!, ((s.indexParams ?? []) as Node[]).map((p) => p.IndexElem.name as string), 'UNIQUE');
      }
      return ddl(raw, schema, 'CREATE INDEX', createIndex(schema, s));
    case 'AlterTableStmt': {
      if (s.objtype === 'OBJECT_TYPE' && schema.hasComposites()) return objectDdl(raw, schema, 'ALTER TYPE', alterComposite(schema, s));
      const triggerCmds = ((s.cmds ?? []) as Node[]).filter((c) => /Trig/.test(String(c.AlterTableCmd.subtype)));
      if (triggerCmds.length) {
        if (triggerCmds.length !== s.cmds.length) throw unsupported('ALTER TABLE with ENABLE/DISABLE TRIGGER beside other changes');
        return ddl(raw, schema, 'ALTER TABLE', enableTriggers(schema, s.relation.relname, triggerCmds.map((c) => c.AlterTableCmd), translateNode));
      }
      const partitions = schema.hasPartitions() ? alterPartitions(schema, s) : undefined;
      if (partitions) return ddl(raw, schema, 'ALTER TABLE', partitions);
      const parted = schema.hasPartitions() && s.relation ? schema.lookupTable(s.relation.relname) : undefined;
      const partedCmds = ((s.cmds ?? []) as Node[]).map((c) => c.AlterTableCmd);
      if (parted?.partitioned) checkPartitionedAlter(schema, parted, s, partedCmds);
      const defaults = alterViewDefaults(schema, s);
      if (defaults) return objectDdl(raw, schema, s.objtype === 'OBJECT_VIEW' ? 'ALTER VIEW' : 'ALTER TABLE', defaults);
      const domains = schema.hasDomains() ? { ...s, cmds: (s.cmds as Node[]).map((c) => (c.AlterTableCmd.subtype === 'AT_AddColumn' && c.AlterTableCmd.def?.ColumnDef ? { AlterTableCmd: { ...c.AlterTableCmd, def: { ColumnDef: domainColumn(schema, c.AlterTableCmd.def.ColumnDef) } } } : c)) } : s;
      checkAlterTable(schema, domains);
      const tag = ({ OBJECT_VIEW: 'ALTER VIEW', OBJECT_SEQUENCE: 'ALTER SEQUENCE', OBJECT_MATVIEW: 'ALTER MATERIALIZED VIEW', OBJECT_INDEX: 'ALTER INDEX' } as Record<string, string>)[s.objtype as string] ?? 'ALTER TABLE';
      const altered = alterTable(schema, domains);
      if (parted?.partitioned && reshapesPartitions(schema, parted, partedCmds)) altered.steps = remakingPartitions(schema, parted, reshapedTable(schema, parted, partedCmds), altered.steps);
      return objectDdl(raw, schema, tag, altered);
    }
    case 'RenameStmt':
      if (s.renameType === 'OBJECT_DATABASE') return { ...base(raw, schema, 'database', 'ALTER DATABASE'), database: alterDatabase(s) };
      if (s.renameType === 'OBJECT_ATTRIBUTE' && schema.hasComposites()) return objectDdl(raw, schema, 'ALTER TYPE', alterComposite(schema, s));
      if (s.renameType === 'OBJECT_TRIGGER') return ddl(raw, schema, 'ALTER TRIGGER', renameTrigger(schema, s, translateNode));
      if (s.renameType === 'OBJECT_ROLE') return objectDdl(raw, schema, 'ALTER ROLE', renameRole(schema, s));
      if (s.renameType === 'OBJECT_SCHEMA') return ddl(raw, schema, 'ALTER SCHEMA', renameSchema(schema, s, (sql) => innerSteps(sql, schema)));
      if (s.renameType === 'OBJECT_TYPE') return objectDdl(raw, schema, 'ALTER TYPE', renameEnum(schema, s));
      checkRenameColumn(schema, s);
      // SQLite renames no column of a view, and evsql keeps no definition to make it again with another name.
      if (s.renameType === 'OBJECT_COLUMN' && s.relation && schema.lookupTable(s.relation.relname)?.writes?.partition) throw new PgError(SqlState.invalidTableDefinition, `cannot rename inherited column "${s.subname}"`);
      if (s.renameType === 'OBJECT_COLUMN' && s.relation && schema.partitionsOf(s.relation.relname).length) {
        if (!s.relation.inh) throw new PgError(SqlState.invalidTableDefinition, `inherited column "${s.subname}" must be renamed in child tables too`);
        // A partition's writes read its view's PostgreSQL definition, which names the columns as they were.
        const parent = schema.lookupTable(s.relation.relname)!;
        return ddl(raw, schema, 'ALTER TABLE', remakingPartitions(schema, parent, renamedTable(parent, s.subname, s.newname), rename(schema, s)));
      }
      if (s.renameType === 'OBJECT_COLUMN' && s.relation && schema.lookupTable(s.relation.relname)?.view) {
        if (!schema.lookupTable(s.relation.relname)!.column(s.subname)) throw new PgError(SqlState.undefinedColumn, `column "${s.subname}" does not exist`);
        throw unsupported('renaming a column of a view');
      }
      if (s.renameType === 'OBJECT_INDEX') return objectDdl(raw, schema, 'ALTER INDEX', renameIndex(schema, s));
      if (s.relation && s.missing_ok && !schema.lookupTable(s.relation.relname) && !schema.sequence(s.relation.relname)) {
        const tag = { OBJECT_SEQUENCE: 'ALTER SEQUENCE', OBJECT_VIEW: 'ALTER VIEW', OBJECT_MATVIEW: 'ALTER MATERIALIZED VIEW' }[(s.renameType === 'OBJECT_COLUMN' || s.renameType === 'OBJECT_TABCONSTRAINT' ? s.relationType : s.renameType) as string] ?? 'ALTER TABLE';
        return objectDdl(raw, schema, tag, { steps: [], notices: [new PgError(SqlState.successfulCompletion, `relation "${s.relation.relname}" does not exist, skipping`, { severity: 'NOTICE' })] });
      }
      if (s.renameType === 'OBJECT_SEQUENCE') return ddl(raw, schema, 'ALTER SEQUENCE', rename(schema, s));
      if (s.renameType === 'OBJECT_VIEW') return ddl(raw, schema, 'ALTER VIEW', rename(schema, s));
      if (s.renameType === 'OBJECT_MATVIEW') return ddl(raw, schema, 'ALTER MATERIALIZED VIEW', rename(schema, s));
      const renamedParent = s.renameType === 'OBJECT_TABLE' && s.relation ? schema.lookupTable(s.relation.relname) : undefined;
      // The partitions' views name their parent in their annotations: they are made again of it under its new name.
      if (renamedParent?.partitioned && renamedParent.sqlName === renamedParent.name && schema.partitionsOf(renamedParent.name).length) {
        return ddl(raw, schema, 'ALTER TABLE', remakingPartitions(schema, renamedParent, { ...renamedParent, name: s.newname, sqlName: s.newname }, rename(schema, s)));
      }
      return ddl(raw, schema, 'ALTER TABLE', rename(schema, s));
    case 'ViewStmt':
      return ddl(raw, schema, 'CREATE VIEW', createView(schema, s));
    case 'TruncateStmt': {
      const parts = schema.hasPartitions() ? truncatePartitions(schema, s) : undefined;
      if (parts && !parts.rest.relations.length) return objectDdl(raw, schema, 'TRUNCATE TABLE', { steps: parts.steps, notices: [] });
      const own = parts?.rest ?? s;
      checkTruncate(schema, own);
      const t = truncate(schema, own);
      return objectDdl(raw, schema, 'TRUNCATE TABLE', parts ? { ...t, steps: [...parts.steps, ...t.steps] } : t);
    }
    case 'CreateSchemaStmt':
      return objectDdl(raw, schema, 'CREATE SCHEMA', createSchema(schema, s));
    case 'AlterObjectSchemaStmt': {
      const tag = ({ OBJECT_TABLE: 'ALTER TABLE', OBJECT_SEQUENCE: 'ALTER SEQUENCE' } as Record<string, string>)[s.objectType as string];
      if (!tag) throw unsupported(`ALTER ${String(s.objectType).replace('OBJECT_', '')} … SET SCHEMA`);
      return objectDdl(raw, schema, tag, setSchema(schema, s, (sql) => innerSteps(sql, schema)));
    }
    case 'ReindexStmt':
    case 'ClusterStmt': {
      // SQLite's indexes need no rebuilding and its rows no reordering: nothing to do but name a table that exists.
      const relation = s.relation as Node | undefined;
      const missing = relation && (s.kind === 'REINDEX_OBJECT_INDEX' ? !schema.takenRelationNames().has(schema.indexSqlName(relation.relname)) : !schema.lookupTable(relation.relname));
      if (missing) throw new PgError(SqlState.undefinedTable, `relation "${relation.relname}" does not exist`);
      return base(raw, schema, 'noop', type === 'ReindexStmt' ? 'REINDEX' : 'CLUSTER');
    }
    case 'VacuumStmt':
      return base(raw, schema, 'noop', s.is_vacuumcmd ? 'VACUUM' : 'ANALYZE');
    case 'CommentStmt': {
      if (s.objtype === 'OBJECT_ROLE') return objectDdl(raw, schema, 'COMMENT', commentOnRole(schema, s));
      if (s.objtype === 'OBJECT_DATABASE') return { ...base(raw, schema, 'database', 'COMMENT'), database: { action: 'comment', name: String(s.object.String.sval), comment: s.comment ?? null } };
      if (s.objtype === 'OBJECT_FUNCTION') return ddl(raw, schema, 'COMMENT', commentOnFunction(schema, s));
      const kept = commentOnObject(schema, s);
      if (kept) return kept.length ? ddl(raw, schema, 'COMMENT', kept) : base(raw, schema, 'noop', 'COMMENT');
      return ddl(raw, schema, 'COMMENT', [{ sql: '', params: [], edit: commentEdit(s, schema) }]);
    }
    case 'AlterOwnerStmt':
      if (s.objectType === 'OBJECT_DATABASE') return { ...base(raw, schema, 'database', 'ALTER DATABASE'), database: alterDatabase(s) };
      return objectDdl(raw, schema, alterOwner(schema, s), { steps: checkedRole(schema, s.newowner) });
    case 'CreateRoleStmt':
      return objectDdl(raw, schema, 'CREATE ROLE', createRole(schema, s));
    case 'AlterRoleStmt':
      return objectDdl(raw, schema, 'ALTER ROLE', alterRole(schema, s));
    case 'DropRoleStmt':
      return objectDdl(raw, schema, 'DROP ROLE', dropRoles(schema, s));
    case 'GrantStmt':
      return objectDdl(raw, schema, s.is_grant ? 'GRANT' : 'REVOKE', grant(schema, s));
    case 'GrantRoleStmt':
      return objectDdl(raw, schema, s.is_grant ? 'GRANT ROLE' : 'REVOKE ROLE', grantRole(schema, s));
    case 'ReassignOwnedStmt':
      return objectDdl(raw, schema, 'REASSIGN OWNED', reassignOwned(schema, s));
    case 'DropOwnedStmt':
      return objectDdl(raw, schema, 'DROP OWNED', dropOwned(schema, s));
    case 'AlterDefaultPrivilegesStmt':
      return objectDdl(raw, schema, 'ALTER DEFAULT PRIVILEGES', alterDefaultPrivileges(schema, s));
    case 'ConstraintsSetStmt':
      return { ...base(raw, schema, 'noop', 'SET CONSTRAINTS'), constraintsSet: constraintsSet(schema, s) };
    case 'CheckPointStmt':
      return base(raw, schema, 'noop', 'CHECKPOINT');
    case 'AlterDatabaseStmt':
      return { ...base(raw, schema, 'database', 'ALTER DATABASE'), database: databaseOptions(s) };
    case 'AlterDatabaseSetStmt':
      return { ...base(raw, schema, 'database', 'ALTER DATABASE'), database: { action: 'set', name: String(s.dbname), ...storedSetting(s.setstmt) } };
    case 'AlterRoleSetStmt':
      return objectDdl(raw, schema, 'ALTER ROLE', alterRoleSet(schema, s, storedSetting(s.setstmt)));
    case 'CreatedbStmt':
    case 'DropdbStmt':
      return { ...base(raw, schema, 'database', type === 'CreatedbStmt' ? 'CREATE DATABASE' : 'DROP DATABASE'), database: type === 'CreatedbStmt' ? createDatabase(s) : dropDatabase(s) };
    case 'LockStmt':
      return base(raw, schema, 'noop', 'LOCK TABLE');
    case 'ListenStmt':
    case 'UnlistenStmt':
    case 'NotifyStmt': {
      const action = type === 'ListenStmt' ? 'listen' : type === 'UnlistenStmt' ? 'unlisten' : 'notify';
      const t = base(raw, schema, 'notify', action.toUpperCase());
      t.notify = { action, channel: { value: s.conditionname ?? null }, payload: { value: s.payload ?? null } };
      return t;
    }
    case 'VariableSetStmt':
      return variableSet(raw, schema, s);
    case 'VariableShowStmt': {
      const t = base(raw, schema, 'show', 'SHOW');
      t.name = String(s.name).toLowerCase();
      const text = { oid: OID.text, typmod: -1 };
      t.columns = t.name === 'all' ? ['name', 'setting', 'description'].map((name) => ({ name, type: text })) : [{ name: displayName(t.name), type: text }];
      return t;
    }
    case 'DiscardStmt':
      return base(raw, schema, 'discard', `DISCARD ${String(s.target).replace('DISCARD_', '')}`);
    case 'PrepareStmt': {
      const t = base(raw, schema, 'prepare', 'PREPARE');
      t.name = s.name;
      const argtypes = ((s.argtypes ?? []) as Node[]).map((a) => a.TypeName ?? a);
      for (const a of argtypes) {
        try {
          assertTypeExists(schema, a);
        } catch (e) {
          // PostgreSQL points at the type name in the list.
          if (e instanceof PgError && e.fields.position === undefined && typeof a.location === 'number') throw new PgError(e.code, e.message, { ...e.fields, position: a.location + 1 });
          throw e;
        }
      }
      t.prepare = { query: preparedQuery(raw.text), paramTypes: argtypes.map((a) => typeOfName(a).oid) };
      return t;
    }
    case 'ExecuteStmt': {
      const t = base(raw, schema, 'execute', 'EXECUTE');
      t.name = s.name;
      t.execute = ((s.params ?? []) as Node[]).map(executeValue);
      return t;
    }
    case 'DeallocateStmt': {
      const t = base(raw, schema, 'deallocate', s.isall || !s.name ? 'DEALLOCATE ALL' : 'DEALLOCATE');
      t.name = s.name;
      return t;
    }
    case 'CopyStmt':
      return copy(raw, schema, s);
    case 'ExplainStmt':
      return explain(raw, schema, s);
    case 'DeclareCursorStmt':
    case 'FetchStmt':
    case 'ClosePortalStmt':
      return cursor(raw, schema, type, s);
    default:
      throw unsupported(statementName(type));
  }
}

/**
 * `SELECT pg_notify(channel, payload)`, the whole of the statement, as clients and job queues send
 * it (and PL/pgSQL's PERFORM); pg_notify anywhere else would run on the replicas, which cannot send
 * notifications: 0A000. An argument other than a constant or a parameter (`'{"r":' || random()::text
 * || '}'`, a variable PL/pgSQL bound as a cast) is computed, by the SELECT of them `computed` lists.
 */
function pgNotifyCall(s: Node): { spec: NotifySpec; computed: Node[] } | undefined {
  if (!JSON.stringify(s).includes('"pg_notify"')) return undefined;
  const targets = (s.targetList ?? []) as Node[];
  const f = targets.length === 1 ? targets[0]!.ResTarget.val.FuncCall : undefined;
  const plain = !s.fromClause && !s.whereClause && !s.groupClause && !s.havingClause && !s.withClause && (!s.op || s.op === 'SETOP_NONE');
  const args = (f?.args ?? []) as Node[];
  if (!plain || !f || names(f.funcname).at(-1) !== 'pg_notify' || args.length !== 2 || JSON.stringify(args).includes('"pg_notify"')) {
    throw unsupported('pg_notify() other than as SELECT pg_notify(channel, payload)');
  }
  const computed: Node[] = [];
  const argument = (a: Node): NotifyArgument => {
    if (a.ParamRef) return { param: a.ParamRef.number as number };
    if (a.A_Const) return { value: a.A_Const.isnull ? null : ((a.A_Const.sval?.sval as string | undefined) ?? '') };
    computed.push(a);
    return { computed: computed.length - 1 };
  };
  return { spec: { action: 'notify', channel: argument(args[0]!), payload: argument(args[1]!) }, computed };
}

export interface SkipLockedPlan {
  /** The table (as the mixer names it, lower case) and its one key column. */
  table: string;
  column: string;
  /** The key of every row the statement would lock, in its order, with at most `$n+1` rows (n: the statement's parameters). */
  candidates: Translation;
  /** The statement over the rows taken: `key = ANY($n+1)` added to its WHERE. */
  restricted: Translation;
  /** Its LIMIT: a number, a parameter's number, or null for none. */
  limit: number | { param: number } | null;
  /** An UPDATE or DELETE of the rows a `key = (SELECT … SKIP LOCKED)` picks: more than one row taken is 21000. */
  single?: true;
}

/**
 * SKIP LOCKED: PostgreSQL skips the rows another transaction has locked, which only execution
 * finds. evsql locks before it executes, so the session first reads which rows the statement
 * would lock, takes the row locks nobody holds, and then runs the statement over those rows.
 * Undefined where that is not sure to be the same rows (joins, set operations, OFFSET, a key of
 * several columns): such a statement waits for the locks instead.
 */
function skipLockedPlan(raw: RawStatement, schema: TranslatorSchema, s: Node, paramCount: number): SkipLockedPlan | undefined {
  const from = (s.fromClause ?? []) as Node[];
  const rv = from.length === 1 ? from[0]!.RangeVar : undefined;
  if (!rv || (rv.schemaname && rv.schemaname !== 'public') || s.op !== 'SETOP_NONE' || s.withClause || s.limitOffset || s.limitOption === 'LIMIT_OPTION_WITH_TIES') return undefined;
  // A subquery reads other tables, whose keys the rows' locks would not carry.
  if (JSON.stringify([s.whereClause, s.targetList, s.sortClause]).includes('"SubLink"')) return undefined;
  const column = singleKey(schema, rv.relname);
  if (!column) return undefined;
  const count = s.limitCount as Node | undefined;
  const limit = !count ? null : count.A_Const?.ival ? Number(count.A_Const.ival.ival ?? 0) : count.ParamRef ? { param: count.ParamRef.number as number } : undefined;
  if (limit === undefined) return undefined;
  const key: Node = { ColumnRef: { fields: [{ String: { sval: rv.alias?.aliasname ?? rv.relname } }, { String: { sval: column } }] } };
  const extra: Node = { ParamRef: { number: paramCount + 1 } };
  const candidates = statement({ ...raw, node: { SelectStmt: { ...s, targetList: [{ ResTarget: { val: key } }], lockingClause: undefined, limitCount: extra, limitOption: 'LIMIT_OPTION_COUNT' } } }, schema);
  const taken: Node = { A_Expr: { kind: 'AEXPR_OP_ANY', name: [{ String: { sval: '=' } }], lexpr: key, rexpr: extra } };
  const where = s.whereClause ? { BoolExpr: { boolop: 'AND_EXPR', args: [s.whereClause, taken] } } : taken;
  const locking = (s.lockingClause as Node[]).map((c) => ({ LockingClause: { ...c.LockingClause, waitPolicy: 'LockWaitBlock' } }));
  const restricted = statement({ ...raw, node: { SelectStmt: { ...s, whereClause: where, lockingClause: locking } } }, schema);
  return { table: String(rv.relname).toLowerCase(), column: column.toLowerCase(), candidates, restricted, limit };
}

/** A table's primary key where it is one column (of a table, not a view or a temporary table), which SKIP LOCKED takes rows by. */
function singleKey(schema: TranslatorSchema, relname: string): string | undefined {
  const table = schema.lookupTable(relname);
  const keys = table && !table.temp && !table.view ? table.columns.filter((c) => c.primaryKey) : [];
  return keys.length === 1 ? keys[0]!.name : undefined;
}

/** UPDATE or DELETE of the rows a SKIP LOCKED subquery picks (skip-locked.ts): the SELECT's plan, run over the statement instead. */
function skipLockedModify(raw: RawStatement, schema: TranslatorSchema, n: Node, paramCount: number): SkipLockedPlan | undefined {
  const dml = skipLockedDml(n, (relname) => singleKey(schema, relname), paramCount + 1);
  const plan = dml && skipLockedPlan(raw, schema, dml.pick, paramCount);
  if (!plan) return undefined;
  return { ...plan, restricted: statement({ ...raw, node: dml.restricted }, schema), ...(dml.single ? { single: true } : {}) };
}

/**
 * EXPLAIN [ANALYZE] of a query or DML: SQLite's plan of each statement the translation runs,
 * answered by a reader like any read (runtime/explain.ts); nothing executes. ANALYZE, which would
 * run the statement and time it, and formats other than text are refused.
 */
function explain(raw: RawStatement, schema: TranslatorSchema, s: Node): Translation {
  const option = (name: string) => ((s.options ?? []) as Node[]).find((o) => o.DefElem.defname === name)?.DefElem;
  const on = (name: string) => {
    const o = option(name);
    return o !== undefined && !/^(false|off|0|no)$/i.test(String(o.arg?.String?.sval ?? o.arg?.Integer?.ival ?? o.arg?.Boolean?.boolval ?? 'true'));
  };
  if (on('analyze')) throw unsupported('EXPLAIN ANALYZE');
  const format = option('format')?.arg?.String?.sval as string | undefined;
  if (format && format.toLowerCase() !== 'text') throw unsupported(`EXPLAIN (FORMAT ${format.toUpperCase()})`);
  const inner = statement({ ...raw, node: s.query }, schema);
  // The statement EXECUTE names is known when it runs (wire/connection.ts explains it then).
  if (inner.kind === 'execute') return { ...inner, explains: true };
  return explained(inner, base(raw, schema, 'query', 'EXPLAIN'));
}

/** `t` made the EXPLAIN of a query or DML translated as `inner`: SQLite's plan of each statement it runs. */
export function explained(inner: Translation, t: Translation = { ...inner, kind: 'query', tag: 'EXPLAIN' }): Translation {
  if (inner.kind !== 'query' && inner.kind !== 'dml') throw unsupported(`EXPLAIN of ${inner.tag}`);
  // A statement-level trigger's statements (Step.fired) are not the statement's plan, as PostgreSQL's EXPLAIN shows no trigger.
  t.steps = inner.steps.filter((st) => !st.edit && !st.fired && /^\s*(SELECT|WITH|VALUES|INSERT|UPDATE|DELETE|REPLACE)\b/i.test(st.sql)).map((st) => ({ sql: EXPLAIN_PREFIX + st.sql, params: st.params }));
  t.columns = [{ name: 'QUERY PLAN', type: { oid: OID.text, typmod: -1 } }];
  t.paramCount = inner.paramCount;
  t.paramTypes = inner.paramTypes;
  return t;
}

/** The parser's node names that abbreviate the statement's words. */
const STATEMENT_NAMES: Record<string, string> = {
  CreateTrigStmt: 'CREATE TRIGGER',
  RefreshMatViewStmt: 'REFRESH MATERIALIZED VIEW',
  CreatePLangStmt: 'CREATE LANGUAGE',
  CreateFdwStmt: 'CREATE FOREIGN DATA WRAPPER',
  AlterFdwStmt: 'ALTER FOREIGN DATA WRAPPER',
  CreateForeignServerStmt: 'CREATE SERVER',
  CreateForeignTableStmt: 'CREATE FOREIGN TABLE',
  CreateOpClassStmt: 'CREATE OPERATOR CLASS',
  CreateOpFamilyStmt: 'CREATE OPERATOR FAMILY',
  AlterTSDictionaryStmt: 'ALTER TEXT SEARCH DICTIONARY',
  AlterTSConfigurationStmt: 'ALTER TEXT SEARCH CONFIGURATION',
  CreateEventTrigStmt: 'CREATE EVENT TRIGGER',
  AlterEventTrigStmt: 'ALTER EVENT TRIGGER',
  CreateRoleStmt: 'CREATE ROLE',
  CreatedbStmt: 'CREATE DATABASE',
  DropdbStmt: 'DROP DATABASE',
  ClusterStmt: 'CLUSTER',
  ReindexStmt: 'REINDEX',
  CreateStatsStmt: 'CREATE STATISTICS',
  CreateTableSpaceStmt: 'CREATE TABLESPACE',
  CreateCastStmt: 'CREATE CAST',
  CreateConversionStmt: 'CREATE CONVERSION',
  CreateTransformStmt: 'CREATE TRANSFORM',
  CreateAmStmt: 'CREATE ACCESS METHOD',
  CreatePublicationStmt: 'CREATE PUBLICATION',
  CreateSubscriptionStmt: 'CREATE SUBSCRIPTION',
};

function statementName(type: string): string {
  return STATEMENT_NAMES[type] ?? type.replace(/Stmt$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase();
}

/**
 * CREATE TABLE … AS (and SELECT … INTO): a table of the query's column names and types, as
 * CREATE TABLE would make it, then the query's rows inserted; the tag counts them (SELECT n).
 */
function createTableAs(raw: RawStatement, schema: TranslatorSchema, s: Node): Translation {
  const matview = s.objtype === 'OBJECT_MATVIEW';
  const into = s.into.IntoClause ?? s.into;
  const rel = into.rel;
  const createTag = matview ? 'CREATE MATERIALIZED VIEW' : 'CREATE TABLE AS';
  if (s.if_not_exists && relationExists(schema, rel)) return alreadyExists(raw, schema, createTag, rel.relname);
  const em = new Emitter(schema);
  // The rows go in as stored values, as a view's query gives them, with their numerics' display texts.
  em.formatsOutput = false;
  const carried = em.carriedDisplays(s.query);
  em.carryNext = carried;
  const query = em.select(s.query);
  if (query.columns.some((c) => c.name === '*')) throw unsupported('CREATE TABLE … AS of a * whose columns cannot be told');
  const given = names(into.colNames ?? []);
  if (given.length > query.columns.length) throw new PgError(SqlState.syntaxError, 'too many column names were specified');
  // An enum or composite is named by its stored name: formatType knows only built-in types.
  const own = (oid: number) => (schema.compositeByOid(oid) ?? schema.enumByOid(oid))?.name;
  const columns = query.columns.map((c, i) => ({ name: given[i] ?? c.name, type: c.type ? (own(c.type.oid) !== undefined ? quoteIdent(own(c.type.oid)!) : formatType(c.type.oid, c.type.typmod)) : 'text' }));
  const temp = rel.relpersistence === 't';
  const [create] = parseQuery(`CREATE ${temp ? 'TEMPORARY ' : ''}TABLE ${quoteIdent(rel.relname)} (${columns.map((c) => `${quoteIdent(c.name)} ${c.type}`).join(', ')})`);
  create!.node.CreateStmt.oncommit = into.onCommit;
  checkCreateTable(schema, create!.node.CreateStmt);
  const steps = createTable(schema, create!.node.CreateStmt);
  if (matview) {
    const definition = viewDefinition(schema, s.query, given) ?? null;
    const scales = query.columns.map((c) => c.scale ?? null);
    const marker = matviewMarker({ populated: !into.skipData, query: s.query, definition, ...(scales.some((x) => x !== null) ? { scales } : {}) });
    steps.push({ sql: '', params: [], edit: { kind: 'matview', table: rel.relname, marker } });
  }
  const table = quoteIdent(temp ? schema.tempPrefix + rel.relname : rel.relname);
  const displays = columns.flatMap((c, i) => (carried?.[i] !== undefined ? [displayColumn(c.name)] : []));
  if (!into.skipData) steps.push({ sql: `INSERT INTO ${table} (${[...columns.map((c) => c.name), ...displays].map(quoteIdent).join(', ')}) ${query.sql}`, params: em.params });
  return withParams(ddl(raw, schema, into.skipData ? createTag : 'SELECT', steps), em);
}

/** The materialized view a statement names, or PostgreSQL's error: 42P01 for none, 42809 for another relation. */
function matviewNamed(schema: TranslatorSchema, relname: string, hint?: string): TableInfo & { matview: Matview } {
  const t = schema.lookupTable(relname);
  if (!t) throw new PgError(SqlState.undefinedTable, `relation "${relname}" does not exist`);
  // DROP's wrong object is 42809 with a hint; REFRESH's is 0A000 without one, as PostgreSQL raises them.
  if (!t.matview) throw new PgError(hint ? SqlState.wrongObjectType : SqlState.featureNotSupported, `"${relname}" is not a materialized view`, hint ? { hint } : {});
  return t as TableInfo & { matview: Matview };
}

/**
 * REFRESH MATERIALIZED VIEW: the rows deleted and the stored query's inserted, in one replicated
 * DDL statement, so every replica computes them alike and change capture sees each row. The
 * populated flag lives in the table's annotation; CONCURRENTLY (PostgreSQL's way of keeping the
 * old rows readable meanwhile) asks what PostgreSQL asks, and then does the same.
 */
function refreshMatview(raw: RawStatement, schema: TranslatorSchema, s: Node): Translation {
  const t = matviewNamed(schema, s.relation.relname);
  if (s.concurrent && !s.skipData) {
    if (!t.matview.populated) throw new PgError(SqlState.featureNotSupported, 'CONCURRENTLY cannot be used when the materialized view is not populated');
    const keyed = t.uniqueKeys.some((k) => k.columns.length > 0 && k.columns.every((c) => t.column(c) !== undefined) && !k.partial);
    if (!keyed) {
      throw new PgError(SqlState.objectNotInPrerequisiteState, `cannot refresh materialized view "public.${t.name}" concurrently`, {
        hint: 'Create a unique index with no WHERE clause on one or more columns of the materialized view.',
      });
    }
  }
  if (s.concurrent && s.skipData) throw new PgError(SqlState.featureNotSupported, 'REFRESH options CONCURRENTLY and WITH NO DATA cannot be used together');
  const table = quoteIdent(t.sqlName);
  const steps: Step[] = [];
  if (t.matview.populated === !!s.skipData) steps.push({ sql: '', params: [], edit: { kind: 'matview', table: t.sqlName, marker: matviewMarker({ ...t.matview, populated: !s.skipData }) } });
  steps.push({ sql: `DELETE FROM ${table}`, params: [] });
  if (s.skipData) return ddl(raw, schema, 'REFRESH MATERIALIZED VIEW', steps);
  const em = new Emitter(schema);
  em.formatsOutput = false;
  // The rows' display texts go to the display columns of the numerics that keep them (createTableAs).
  const carried = em.carriedDisplays(t.matview.query as Node);
  const displays = carried ? t.columns.flatMap((c, i) => (carried[i] !== undefined ? [c.display] : [])) : [];
  const carries = displays.length > 0 && displays.every((d) => d !== undefined);
  if (carries) em.carryNext = carried;
  const query = em.select(t.matview.query as Node);
  const written = [...t.columns.map((c) => c.name), ...(carries ? (displays as string[]) : [])];
  steps.push({ sql: `INSERT INTO ${table} (${written.map(quoteIdent).join(', ')}) ${query.sql}`, params: em.params });
  return withParams(ddl(raw, schema, 'REFRESH MATERIALIZED VIEW', steps), em);
}

/** Objects of a table that DROP … ON table names, by the word PostgreSQL's messages use: rules and policies evsql never has, and a trigger that does not exist. */
const TABLE_OBJECTS: Record<string, string> = { OBJECT_TRIGGER: 'trigger', OBJECT_RULE: 'rule', OBJECT_POLICY: 'policy' };

/** A trigger's statements, translated as any statement is (triggers.ts). */
const translateNode: TranslateNode = (node, text, schema) => statement({ node, text, offset: 0 }, schema);

/** CREATE OR REPLACE FUNCTION of a trigger function: its triggers compiled again from the new body. */
function recompiledTriggers(schema: TranslatorSchema, s: Node): Step[] {
  if (!s.replace) return [];
  const name = triggerFunctionKey(schema, names(s.funcname));
  if (!schema.triggersCalling(name).length) return [];
  const body = (((s.options ?? []) as Node[]).find((o) => o.DefElem.defname === 'as')?.DefElem.arg?.List?.items?.[0]?.String?.sval as string | undefined) ?? '';
  return recompileCallers(schema, name, body, translateNode);
}

/**
 * DROP FUNCTION: a function that triggers, defaults, checks, indexes or views use is refused
 * (2BP01), or with CASCADE drops them too.
 */
function dropFunctionsAndTriggers(schema: TranslatorSchema, s: Node): { steps: Step[]; notices?: PgError[] } {
  const callers = ((s.objects ?? []) as Node[]).flatMap((o) => schema.triggersCalling(triggerFunctionKey(schema, names(o.ObjectWithArgs.objname))));
  if (!callers.length) {
    const dropped = dropFunctions(schema, s);
    const cascade = s.behavior === 'DROP_CASCADE' ? droppedCallers(schema, dropped.dropped) : undefined;
    if (!cascade?.statements.length) return dropped;
    return { steps: [...cascade.statements.flatMap((sql) => innerSteps(sql, schema)), ...dropped.steps], notices: [...(dropped.notices ?? []), ...cascade.notices] };
  }
  const what = (t: { name: string; table: string }) => `trigger ${t.name} on table ${schema.tableBySqlName(t.table)?.name ?? t.table}`;
  if (s.behavior !== 'DROP_CASCADE') {
    const f = callers[0]!.function;
    throw new PgError(SqlState.dependentObjectsStillExist, `cannot drop function ${f}() because other objects depend on it`, {
      detail: callers.map((t) => `${what(t)} depends on function ${t.function}()`).join('\n'),
      hint: 'Use DROP ... CASCADE to drop the dependent objects too.',
    });
  }
  const steps: Step[] = [];
  for (const table of new Set(callers.map((t) => t.table))) {
    steps.push(...dropTableTriggers(schema, table, new Set(callers.filter((t) => t.table === table).map((t) => t.name)), translateNode));
  }
  const dropped = dropFunctions(schema, s);
  const cascade = callers.length === 1 ? `drop cascades to ${what(callers[0]!)}` : `drop cascades to ${callers.length} other objects`;
  const notice = new PgError(SqlState.successfulCompletion, cascade, { severity: 'NOTICE', ...(callers.length > 1 ? { detail: callers.map((t) => `drop cascades to ${what(t)}`).join('\n') } : {}) });
  return { steps: [...steps, ...dropped.steps], notices: [...(dropped.notices ?? []), notice] };
}

/** DROP TRIGGER: the triggers that exist are dropped; a missing one is dropTableObjects' error or NOTICE. */
function dropTriggers(schema: TranslatorSchema, s: Node): { steps: Step[]; notices: PgError[] } {
  const steps: Step[] = [];
  const missing: Node[] = [];
  for (const o of (s.objects ?? []) as Node[]) {
    const parts = names(o.List.items);
    const dropped = dropTrigger(schema, objectTable(parts), parts.at(-1)!, translateNode);
    if (dropped) steps.push(...dropped);
    else missing.push(o);
  }
  const rest = missing.length ? dropTableObjects(schema, { ...s, objects: missing }) : { steps: [], notices: [] };
  return { steps: [...steps, ...rest.steps], notices: rest.notices };
}

/** The table of DROP TRIGGER's `[schema.]table.name`: another schema's is stored as `schema.table` (namespaces.ts). */
function objectTable(parts: string[]): string {
  return parts.length === 3 && parts[0] !== 'public' ? `${parts[0]}.${parts[1]}` : parts.at(-2)!;
}

/** DROP TRIGGER / RULE / POLICY name ON table: none exists, so PostgreSQL's error, or its NOTICE under IF EXISTS. */
function dropTableObjects(schema: TranslatorSchema, s: Node): { steps: Step[]; notices: PgError[] } {
  const kind = TABLE_OBJECTS[s.removeType]!;
  const notices = ((s.objects ?? []) as Node[]).map((o) => {
    const parts = names(o.List.items);
    const [table, name] = [parts.at(-2)!, parts.at(-1)!];
    const there = schema.lookupTable(objectTable(parts));
    if (!there && !s.missing_ok) throw new PgError(SqlState.undefinedTable, `relation "${table}" does not exist`);
    if (!there) return new PgError(SqlState.successfulCompletion, `relation "${table}" does not exist, skipping`, { severity: 'NOTICE' });
    // PostgreSQL's own wording: a rule's error names the relation, a trigger's and a policy's the table.
    if (!s.missing_ok) throw new PgError(SqlState.undefinedObject, `${kind} "${name}" for ${kind === 'rule' ? 'relation' : 'table'} "${table}" does not exist`);
    return new PgError(SqlState.successfulCompletion, `${kind} "${name}" for relation "${table}" does not exist, skipping`, { severity: 'NOTICE' });
  });
  return { steps: [], notices };
}

/** DROP MATERIALIZED VIEW: DROP TABLE of its table, with PostgreSQL's errors and NOTICEs. */
function dropMatviews(schema: TranslatorSchema, s: Node): { steps: Step[]; notices?: PgError[] } {
  const objects = (s.objects ?? []) as Node[];
  const notices: PgError[] = [];
  const kept = objects.filter((o) => {
    const name = names(o.List?.items ?? [o]).at(-1)!;
    const t = schema.lookupTable(name);
    if (!t && s.missing_ok) {
      notices.push(new PgError(SqlState.successfulCompletion, `materialized view "${name}" does not exist, skipping`, { severity: 'NOTICE' }));
      return false;
    }
    if (!t) throw new PgError(SqlState.undefinedTable, `materialized view "${name}" does not exist`);
    matviewNamed(schema, name, t.view ? 'Use DROP VIEW to remove a view.' : 'Use DROP TABLE to remove a table.');
    return true;
  });
  if (!kept.length) return { steps: [], notices };
  const change = drop(schema, { ...s, removeType: 'OBJECT_TABLE', objects: kept, missing_ok: false });
  return { steps: change.steps, notices: [...notices, ...(change.notices ?? [])] };
}

/** The steps of a statement evsql writes itself to carry out another (DROP SCHEMA's drops, by SQLite names). */
function innerSteps(sql: string, schema: TranslatorSchema): Step[] {
  return parseQuery(sql).flatMap((raw) => statement(raw, schema).steps);
}

/** CREATE … IF NOT EXISTS of a relation there: nothing to run, PostgreSQL's NOTICE. */
function alreadyExists(raw: RawStatement, schema: TranslatorSchema, tag: string, name: string): Translation {
  return objectDdl(raw, schema, tag, { steps: [], notices: [new PgError(SqlState.duplicateTable, `relation "${name}" already exists, skipping`, { severity: 'NOTICE' })] });
}

/** DDL that may have nothing to do but say so (IF [NOT] EXISTS): a NOTICE and the tag. */
function objectDdl(raw: RawStatement, schema: TranslatorSchema, tag: string, change: { steps: Step[]; notices?: PgError[] }): Translation {
  const t = change.steps.length ? ddl(raw, schema, tag, change.steps) : base(raw, schema, 'noop', tag);
  if (change.notices?.length) t.notices = change.notices;
  return t;
}

function ddl(raw: RawStatement, schema: TranslatorSchema, tag: string, steps: Step[]): Translation {
  const t = base(raw, schema, 'ddl', tag);
  const comments = keepCommentsStep(schema, raw.node);
  t.steps = comments ? [...steps, comments] : steps;
  return t;
}

/**
 * rewrite.ts deleteIntoInsert's pair: the INSERT, then the DELETE written as a query (WITH …
 * RETURNING), whose rows the executor reads rather than counts, so the tag counts the rows
 * inserted as PostgreSQL's does. The mixer keys the statement as written, both tables.
 */
function deleteThenInsert(raw: RawStatement, schema: TranslatorSchema, moved: { insert: Node; del: Node }): Translation {
  const t = insert({ ...raw, node: { InsertStmt: moved.insert } }, schema, moved.insert);
  const d = modify({ ...raw, node: moved.del }, schema, moved.del);
  t.steps = [...t.steps, ...d.steps.map((step) => ({ ...step, sql: `WITH "evsql.moved" AS (SELECT 1) ${step.sql} RETURNING 1` }))];
  joinParams(t, [d]);
  t.node = raw.node;
  return t;
}

/**
 * CALL of a LANGUAGE sql procedure: its body's statements, translated with the call's arguments in
 * place, run in order as one statement (its parts' triggers fire as each part runs), as
 * modifying-with.ts's parts do; the mixer, which cannot key a CALL, takes the whole database.
 */
function callProcedure(raw: RawStatement, schema: TranslatorSchema, s: Node): Translation {
  const called = procedureCall(schema, s.funccall);
  if ('block' in called) return routineCall(raw, schema, 'CALL', called);
  const parts = called.statements.map((node) => statement({ ...raw, node }, schema));
  const t = base(raw, schema, 'dml', 'CALL');
  t.steps = parts.flatMap((p) => p.steps);
  joinParams(t, parts);
  return t;
}

/** `t` taking the parameters of `others` too, whose steps run with its own. */
function joinParams(t: Translation, others: Translation[]): void {
  for (const o of others) {
    t.paramCount = Math.max(t.paramCount, o.paramCount);
    t.paramTypes = Array.from({ length: t.paramCount }, (_, i) => t.paramTypes[i] || o.paramTypes[i] || 0);
    if (o.displayParams) t.displayParams = [...new Set([...(t.displayParams ?? []), ...o.displayParams])];
    if (o.untypedParams) t.untypedParams = [...(t.untypedParams ?? []), ...o.untypedParams];
    t.lockingRead ||= o.lockingRead;
  }
}

/**
 * modifying-with.ts's parts: each data-modifying WITH query, its rows kept, then the main
 * statement, which reads them; the mixer keys the statement as written, every part's tables.
 */
function inParts(raw: RawStatement, schema: TranslatorSchema, parts: ModifyingWith): Translation {
  const part = (node: Node) => (node.SelectStmt ? select({ ...raw, node }, schema, node) : node.InsertStmt ? insert({ ...raw, node }, schema, node.InsertStmt) : modify({ ...raw, node }, schema, node));
  const translated = parts.parts.map(({ node, keep }) => {
    const p = part(node);
    return { ...p, steps: p.steps.map((step) => ({ ...step, keep })) };
  });
  const t = part(parts.main);
  if (t.lockWait || t.notify || t.advisory) throw unsupported('a data-modifying WITH query beside SKIP LOCKED, NOWAIT, pg_notify or an advisory lock');
  t.steps = parts.order.flatMap((i) => translated[i]?.steps ?? t.steps);
  joinParams(t, translated);
  return { ...t, kind: 'dml', node: raw.node };
}

/** PREPARE's statement: the text after `PREPARE name [(types)] AS`. */
function preparedQuery(text: string): string {
  const head = /^\s*prepare\s+(?:"(?:[^"]|"")+"|[^\s(]+)\s*/i.exec(text);
  let i = head ? head[0].length : 0;
  if (text[i] === '(') {
    for (let depth = 0; i < text.length; i++) {
      if (text[i] === '(') depth++;
      else if (text[i] === ')' && --depth === 0) break;
    }
    i++;
  }
  const as = /^\s*as\s+/i.exec(text.slice(i));
  if (!head || !as) throw unsupported('this form of PREPARE');
  return text.slice(i + as[0].length);
}

/** An EXECUTE parameter: a constant, possibly cast (`EXECUTE q('2024-01-01'::date)`), as its text. */
function executeValue(n: Node): string | null {
  const c = n.TypeCast ? n.TypeCast.arg.A_Const : n.A_Const;
  if (!c) throw unsupported('EXECUTE with a parameter that is not a constant');
  if (c.isnull) return null;
  if (c.boolval) return c.boolval.boolval ? 't' : 'f';
  if (c.ival) return String(c.ival.ival ?? 0);
  if (c.fval) return String(c.fval.fval);
  if (c.sval) return String(c.sval.sval ?? '');
  throw unsupported('EXECUTE with a parameter that is not a constant');
}

/**
 * A LANGUAGE plpgsql routine's call as the block it runs, and the SELECT of its arguments other
 * than constants, which runs first with the statement's parameters (they may name them).
 */
function routineCall(given: RawStatement, schema: TranslatorSchema, tag: string, called: RoutineCall): Translation {
  const t: Translation = { ...base(given, schema, 'do', tag), block: called.block, paramCount: called.paramTypes.length, paramTypes: called.paramTypes, ...(called.columns ? { columns: called.columns } : {}) };
  if (!called.computed.length) return t;
  const args = statement({ ...given, node: selectOf(called.computed) }, schema);
  checkComputedArguments(schema, called.call, called.computedParams, args.columns!.map((c) => c.type?.oid ?? 0));
  return { ...withParamsOf(t, args), routineArguments: args };
}

/**
 * A query of a LANGUAGE plpgsql function's rows (plpgsql-rows.ts), in FROM or in a list without
 * FROM: the call's block, which answers them, and the query's columns and parameters, as it reads
 * no rows; undefined for another SELECT.
 */
function rowsCall(given: RawStatement, schema: TranslatorSchema, s: Node): Translation | undefined {
  const ranged = plpgsqlFromCall(schema, s);
  const listed = ranged ? undefined : plpgsqlRowInList(schema, s);
  const read = ranged ?? listed;
  if (!read) return undefined;
  const name = names(read.call.funcname).at(-1)!;
  const rows = ranged ? rangeRows(given.text, read.call, name, ranged.alias !== undefined, read.fields) : listRows(given.text, read.call, name, read.fields);
  if (!rows) return undefined;
  const text = rowsStatement(rows, null);
  const query = statement({ ...given, text, node: parseQuery(text)[0]!.node }, schema);
  return { ...withParamsOf(routineCall(given, schema, 'SELECT', read.called), query), columns: query.columns, routineRows: rows };
}

/** A SELECT of the expressions (`SELECT e1, e2`), which a statement runs first for their values. */
function selectOf(values: Node[]): Node {
  return { SelectStmt: { targetList: values.map((val) => ({ ResTarget: { val } })), op: 'SETOP_NONE', limitOption: 'LIMIT_OPTION_DEFAULT' } };
}

/** The statement's parameters with those of a statement it runs besides (same numbering): each type the first's where it tells one. */
function withParamsOf(t: Translation, other: Translation): Translation {
  const paramTypes = Array.from({ length: Math.max(t.paramCount, other.paramCount) }, (_, i) => t.paramTypes[i] || other.paramTypes[i] || 0);
  return { ...t, paramCount: paramTypes.length, paramTypes };
}

/** A SELECT (`n` is the statement's node). */
function select(raw: RawStatement, schema: TranslatorSchema, n: Node): Translation {
  const s = n.SelectStmt;
  const advisory = advisoryCall(s);
  if (advisory?.computed) {
    const key = select(raw, schema, keyQuery(advisory.computed.args));
    checkKeyTypes(advisory.computed.name, key.columns!.map((c) => c.type?.oid ?? 0));
    return { ...base(raw, schema, 'query', 'SELECT'), columns: [advisory.column], advisory: advisory.spec, advisoryKey: key, paramCount: key.paramCount, paramTypes: key.paramTypes };
  }
  if (advisory) return { ...base(raw, schema, 'query', 'SELECT'), columns: [advisory.column], advisory: advisory.spec, paramCount: advisory.paramTypes.length, paramTypes: advisory.paramTypes };
  const em = new Emitter(schema);
  em.displaysParams = true;
  const notify = pgNotifyCall(s);
  const notifyArguments = notify?.computed.length ? select(raw, schema, selectOf(notify.computed)) : undefined;
  const out = em.select(n);
  const t = base(raw, schema, 'query', 'SELECT');
  t.steps = [{ sql: out.sql, params: em.params }];
  displayedParams(t, em.paramTypes);
  t.columns = out.columns;
  if (notify) t.notify = notify.spec;
  if (notifyArguments) t.notifyArguments = notifyArguments;
  withParams(t, em);
  const waitPolicy = ((s.lockingClause ?? []) as Node[]).map((c) => c.LockingClause.waitPolicy as string).find((w) => w !== 'LockWaitBlock');
  if (waitPolicy) t.lockWait = waitPolicy === 'LockWaitSkip' ? 'skip' : 'nowait';
  if (t.lockWait === 'skip') t.skipLocked = skipLockedPlan(raw, schema, s, t.paramCount);
  return t;
}

/** A statement's own parameters are those before the current row's key (the client binds those only). */
function currentOfTranslation(t: Translation, currentOf: CurrentOf): Translation {
  return { ...t, currentOf, paramCount: currentOf.first - 1, paramTypes: t.paramTypes.slice(0, currentOf.first - 1) };
}

/** UPDATE or DELETE (`n` is the statement's node). */
function modify(raw: RawStatement, schema: TranslatorSchema, n: Node): Translation {
  const em = new Emitter(schema);
  const out = em.dml(n);
  const t = base(raw, schema, 'dml', n.UpdateStmt ? 'UPDATE' : 'DELETE');
  t.steps = [{ sql: out.sql, params: em.params }];
  displayedParams(t, em.paramTypes);
  t.columns = out.columns.length ? out.columns : null;
  withParams(t, em);
  const skipping = /\bskip\s+locked\b/i.test(raw.text) ? skipLockedModify(raw, schema, n, t.paramCount) : undefined;
  if (skipping) {
    t.lockWait = 'skip';
    t.skipLocked = skipping;
  }
  return t;
}

/** MERGE: merge.ts's steps; the mixer keys it as a statement it cannot analyse, a write of everything. */
function merge(raw: RawStatement, schema: TranslatorSchema, s: Node): Translation {
  // The parser is a later PostgreSQL's: what PostgreSQL 15's grammar has not is its syntax error.
  const later = s.returningClause ? /\breturning\b/i.exec(raw.text) : /\bnot\s+matched\s+(by)\b/i.exec(raw.text);
  if (later) {
    const at = later.index + later[0].length - (later[1] ?? later[0]).length;
    throw new PgError(SqlState.syntaxError, `syntax error at or near "${later[1] ?? later[0]}"`, { position: raw.offset + at + 1 });
  }
  if (schema.hasTriggers()) refuseAssigningTriggers(schema, s.relation.relname, 'MERGE');
  const plan = mergePlan(schema, s);
  const t = base(raw, schema, 'dml', 'MERGE');
  t.steps = plan.steps;
  let max = 0;
  for (const step of plan.steps) for (const p of step.params) max = Math.max(max, p);
  for (const p of plan.paramTypes.keys()) max = Math.max(max, p);
  t.paramCount = max;
  t.paramTypes = Array.from({ length: max }, (_, i) => plan.paramTypes.get(i + 1)?.oid ?? 0);
  if (plan.untypedParams.length) t.untypedParams = plan.untypedParams;
  return t;
}

/** OVERRIDING USER VALUE: the VALUES given to identity columns are DEFAULT, as PostgreSQL ignores them. */
function overridingUserValue(schema: TranslatorSchema, s: Node): Node {
  const values = s.selectStmt?.SelectStmt?.valuesLists as Node[] | undefined;
  const table = s.override === 'OVERRIDING_USER_VALUE' && values ? schema.lookupTable(s.relation.relname) : undefined;
  if (!table) return s;
  const cols = s.cols ? (s.cols as Node[]).map((c) => c.ResTarget.name as string) : table.columns.map((c) => c.name);
  const identity = cols.map((c) => (table.column(c)?.identity ?? 'serial') !== 'serial');
  const lists = values!.map((l) => ({ List: { items: (l.List.items as Node[]).map((e, i) => (identity[i] ? { SetToDefault: {} } : e)) } }));
  return { ...s, cols: s.cols ?? cols.map((name) => ({ ResTarget: { name } })), override: undefined, selectStmt: { SelectStmt: { ...s.selectStmt.SelectStmt, valuesLists: lists } } };
}

/**
 * INSERT. SQLite has no DEFAULT inside VALUES: rows that use it are written without those
 * columns, one SQLite INSERT per distinct set of defaulted columns, in the rows' order.
 */
function insert(raw: RawStatement, schema: TranslatorSchema, given: Node): Translation {
  const s = fieldInsert(schema, overridingUserValue(schema, given));
  const em = new Emitter(schema);
  const t = base(raw, schema, 'dml', 'INSERT');
  const values = s.selectStmt?.SelectStmt?.valuesLists as Node[] | undefined;
  const hasDefault = values?.some((l) => (l.List.items as Node[]).some((e) => e.SetToDefault));
  if (!values || !hasDefault) {
    const out = em.insert(s);
    t.steps = [{ sql: out.sql, params: em.params }];
    displayedParams(t, em.paramTypes);
    t.columns = out.columns.length ? out.columns : null;
    return withParams(t, em);
  }
  // Without a column list the values go to the table's first columns.
  const cols = s.cols ? (s.cols as Node[]).map((c) => c.ResTarget.name as string) : (schema.lookupTable(s.relation.relname)?.columns.map((c) => c.name) ?? []);
  if (!cols.length) throw unsupported('DEFAULT in VALUES without a column list');
  checkValuesWidth(s, cols);
  const steps: Step[] = [];
  const paramTypes = new Map<number, PgTypeInfo>();
  let columns: OutputColumn[] = [];
  for (const row of values) {
    const items = row.List.items as Node[];
    const keep = items.map((e, i) => (e.SetToDefault ? -1 : i)).filter((i) => i >= 0);
    const rowEm = new Emitter(schema);
    const out = rowEm.insert(s, [keep.map((i) => items[i]!)], keep.map((i) => cols[i]!));
    steps.push({ sql: out.sql, params: rowEm.params });
    columns = out.columns;
    for (const [k, v] of rowEm.paramTypes) paramTypes.set(k, v);
  }
  t.steps = steps;
  displayedParams(t, em.paramTypes);
  t.columns = columns.length ? columns : null;
  for (const [k, v] of paramTypes) em.paramTypes.set(k, v);
  return withParams(t, em);
}

function transaction(raw: RawStatement, schema: TranslatorSchema, s: Node): Translation {
  switch (s.kind) {
    case 'TRANS_STMT_BEGIN':
    case 'TRANS_STMT_START': {
      const t = base(raw, schema, 'begin', s.kind === 'TRANS_STMT_BEGIN' ? 'BEGIN' : 'START TRANSACTION');
      t.characteristics = transactionModes((s.options ?? []) as Node[]);
      return t;
    }
    case 'TRANS_STMT_COMMIT':
    case 'TRANS_STMT_ROLLBACK': {
      const t = base(raw, schema, s.kind === 'TRANS_STMT_COMMIT' ? 'commit' : 'rollback', s.kind === 'TRANS_STMT_COMMIT' ? 'COMMIT' : 'ROLLBACK');
      if (s.chain) t.chain = true;
      return t;
    }
    case 'TRANS_STMT_SAVEPOINT':
    case 'TRANS_STMT_RELEASE':
    case 'TRANS_STMT_ROLLBACK_TO': {
      const kind = s.kind === 'TRANS_STMT_SAVEPOINT' ? 'savepoint' : s.kind === 'TRANS_STMT_RELEASE' ? 'release' : 'rollback_to';
      const t = base(raw, schema, kind, kind === 'savepoint' ? 'SAVEPOINT' : kind === 'release' ? 'RELEASE' : 'ROLLBACK');
      t.name = s.savepoint_name;
      return t;
    }
    default:
      throw unsupported(String(s.kind).replace('TRANS_STMT_', '').replace('_', ' '));
  }
}

function variableSet(raw: RawStatement, schema: TranslatorSchema, s: Node): Translation {
  const t = base(raw, schema, 'set', s.kind === 'VAR_RESET' || s.kind === 'VAR_RESET_ALL' ? 'RESET' : 'SET');
  if (s.kind === 'VAR_SET_MULTI') {
    if (s.name !== 'TRANSACTION' && s.name !== 'SESSION CHARACTERISTICS') {
      t.kind = 'noop';
      return t;
    }
    t.name = String(s.name).toLowerCase();
    t.characteristics = transactionModes((s.args ?? []) as Node[]);
    return t;
  }
  t.name = s.name ? String(s.name).toLowerCase() : 'all';
  t.local = !!s.is_local;
  if (s.kind === 'VAR_SET_VALUE') {
    t.value = settingText(t.name, (s.args ?? []) as Node[]);
    checkRoleSetting(schema, t.name, t.value);
  } else {
    t.value = null;
  }
  return t;
}

/** What ALTER DATABASE / ROLE … SET or RESET keeps of a setting: its value's text, null to take it out (name 'all': every one). */
function storedSetting(set: Node): StoredSetting {
  const setting = set.name ? String(set.name).toLowerCase() : 'all';
  return { setting, value: set.kind === 'VAR_SET_VALUE' ? settingText(setting, (set.args ?? []) as Node[]) : null, fromCurrent: set.kind === 'VAR_SET_CURRENT' };
}

/** The text SET gives a setting of its values (`SET search_path = a, "B"`, `SET TIME ZONE INTERVAL '1' HOUR`). */
function settingText(name: string, args: Node[]): string {
  // search_path's names are kept quoted where they need it (GUC_LIST_QUOTE): `"$user", public`, `"App"`.
  const item = name === 'search_path' ? (n: Node) => quoteIdentifier(settingValue(n)) : settingValue;
  return name === 'timezone' && args.length === 1 ? timeZoneValue(args[0]!) : args.map(item).join(', ');
}

/** A transaction's modes as BEGIN and SET TRANSACTION list them, as the settings they give. */
function transactionModes(modes: Node[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of modes) {
    const arg = m.DefElem?.arg?.A_Const;
    if (m.DefElem?.defname === 'transaction_isolation') out.transaction_isolation = String(arg?.sval?.sval ?? '');
    else if (m.DefElem?.defname === 'transaction_read_only' || m.DefElem?.defname === 'transaction_deferrable') out[m.DefElem.defname] = (arg?.ival?.ival ?? 0) === 1 ? 'on' : 'off';
  }
  return out;
}

/**
 * SET TIME ZONE with an interval (`INTERVAL '+00:00' HOUR TO MINUTE`, as Sequelize sends) or a
 * number of hours names a fixed offset, which PostgreSQL shows as a POSIX zone, `<+05:30>-05:30`.
 */
function timeZoneValue(n: Node): string {
  const c = n.A_Const;
  const isInterval = names(n.TypeCast?.typeName?.names ?? []).pop() === 'interval';
  let minutes: number;
  if (c?.ival || c?.fval) {
    minutes = Math.round(Number(c.fval?.fval ?? c.ival.ival ?? 0) * 60);
  } else if (isInterval) {
    const text = settingValue(n);
    const m = /^\s*([+-]?)(\d+)(?::(\d+))?(?::(\d+))?\s*$/.exec(text);
    if (!m) throw new PgError(SqlState.invalidParameterValue, `invalid interval value for time zone: "${text}"`);
    minutes = (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
  } else {
    return settingValue(n);
  }
  const abs = Math.abs(minutes);
  const hhmm = `${String(Math.floor(abs / 60)).padStart(2, '0')}${abs % 60 ? `:${String(abs % 60).padStart(2, '0')}` : ''}`;
  return minutes < 0 ? `<-${hhmm}>+${hhmm}` : `<+${hhmm}>-${hhmm}`;
}

function settingValue(n: Node): string {
  const c = n.A_Const ?? n.TypeCast?.arg?.A_Const;
  if (!c) throw new PgError(SqlState.syntaxError, 'syntax error in SET value');
  if (c.sval) return c.sval.sval ?? '';
  if (c.ival) return String(c.ival.ival ?? 0);
  if (c.fval) return c.fval.fval;
  if (c.boolval) return c.boolval.boolval ? 'on' : 'off';
  return '';
}

/** PostgreSQL's CURSOR_OPT_* bits of DeclareCursorStmt.options. */
const CURSOR_OPT = { binary: 0x1, scroll: 0x2, noScroll: 0x4, hold: 0x20 } as const;

function cursor(raw: RawStatement, schema: TranslatorSchema, type: string, s: Node): Translation {
  if (type === 'ClosePortalStmt') {
    const t = base(raw, schema, 'close', s.portalname ? 'CLOSE CURSOR' : 'CLOSE CURSOR ALL');
    t.cursor = { name: s.portalname ?? null };
    return t;
  }
  if (type === 'FetchStmt') {
    const t = base(raw, schema, 'fetch', s.ismove ? 'MOVE' : 'FETCH');
    t.cursor = { name: s.portalname, direction: s.direction ?? 'FETCH_FORWARD', count: Number(s.howMany ?? 0) };
    return t;
  }
  if (!s.query?.SelectStmt) throw unsupported('DECLARE CURSOR for a statement other than SELECT or VALUES');
  const options = Number(s.options ?? 0);
  const keyed = keyedCursorQuery(schema, s.query);
  const query = statement({ ...raw, node: keyed?.query ?? s.query }, schema);
  if (query.advisory) throw unsupported('DECLARE CURSOR for pg_advisory_lock() and its kin');
  const t = base(raw, schema, 'declare', 'DECLARE CURSOR');
  t.cursor = {
    name: s.portalname,
    query,
    scroll: options & CURSOR_OPT.scroll ? true : options & CURSOR_OPT.noScroll ? false : null,
    scrollable: options & CURSOR_OPT.scroll ? true : options & CURSOR_OPT.noScroll ? false : scansBackward(s.query.SelectStmt),
    hold: !!(options & CURSOR_OPT.hold),
    binary: !!(options & CURSOR_OPT.binary),
    ...(keyed ? { current: keyed.keys } : {}),
  };
  t.paramCount = query.paramCount;
  t.paramTypes = query.paramTypes;
  return t;
}

function copy(raw: RawStatement, schema: TranslatorSchema, s: Node): Translation {
  if (s.filename || s.is_program) throw new PgError(SqlState.featureNotSupported, 'COPY to or from a file is not supported by evsql; use COPY … FROM STDIN / TO STDOUT');
  const options: Record<string, string | boolean> = {};
  for (const o of (s.options ?? []) as Node[]) {
    const d = o.DefElem;
    const arg = d.arg;
    // The parse tree leaves out a zero or false value's field (`HEADER 0`).
    options[d.defname] = arg === undefined ? true : arg.String ? (arg.String.sval ?? '') : arg.Integer ? String(arg.Integer.ival ?? 0) : arg.Boolean ? arg.Boolean.boolval === true : arg.List ? names(arg.List.items).join(',') : true;
  }
  if (s.is_from && s.relation && schema.hasTriggers()) refuseTriggers(schema, s.relation.relname, 'COPY FROM');
  const t = base(raw, schema, 'copy', 'COPY');
  let query: Step | null = null;
  let queryColumns: OutputColumn[] = [];
  if (s.query) {
    if (s.is_from) throw new PgError(SqlState.syntaxError, 'COPY (query) cannot be used with FROM');
    const em = new Emitter(schema);
    const out = em.select(s.query);
    query = placeParams(out.sql, em.params);
    queryColumns = out.columns;
    // A query of a temporary table goes the writers' way (copy.ts copyOut).
    t.lockingRead = em.lockingRead;
  }
  const columns: string[] | null = s.attlist ? names(s.attlist) : null;
  const table = s.relation ? schema.lookupTable(s.relation.relname) : undefined;
  for (const [i, name] of (table ? (columns ?? []) : []).entries()) {
    if (!table!.column(name)) throw new PgError(SqlState.undefinedColumn, `column "${name}" of relation "${s.relation.relname}" does not exist`);
    // As CopyGetAttnums, before CopyInResponse: the list names each column once.
    if (columns!.indexOf(name) !== i) throw new PgError(SqlState.duplicateColumn, `column "${name}" specified more than once`);
  }
  t.copy = {
    table: s.relation?.relname ?? '',
    schema: s.relation?.schemaname ?? null,
    columns,
    from: !!s.is_from,
    query,
    queryColumns,
    options,
  };
  if (s.whereClause && table) {
    const fields = (columns ?? table.columns.filter((c) => !c.generated).map((c) => c.name)).map((name) => table.column(name)!);
    t.copy.where = { step: copyWhere(s.whereClause, s.relation.relname, fields, schema), columns: fields.map((c) => c.name) };
  }
  const drawn = s.is_from && s.relation ? drawnColumns(schema, s, []) : [];
  if (drawn.length) t.copy.draws = drawn.map((c) => ({ column: c.name, sql: drawSql(c.sequence) }));
  return t;
}

