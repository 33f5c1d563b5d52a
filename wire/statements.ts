/**
 * The extended-query store of one session: named and unnamed prepared statements (Parse) and
 * portals (Bind), with the bounds that keep one session from holding unbounded translations.
 */
import { PgError, SqlState } from '../pg/errors.js';
import { OID, type SqliteValue } from '../pg/types/registry.js';
import { translate, translateUnplanned, type Translation } from '../dialect/translate/translate.js';
import type { TranslatorSchema } from '../dialect/translate/schema.js';
import type { ColumnType } from './results.js';
import type { ExecResult } from '../executor/messages.js';
import { decodeText } from './param-values.js';

export interface PreparedStatement {
  query: string;
  translation: Translation | null;
  paramTypes: number[];
  /** Parameters declared void, which function calls do not take (translate()). */
  voidParams: ReadonlySet<number>;
  /** The parameter types the client declared (0: none), which type the statement's translation. */
  declared: number[];
  /** The error planning it raises (a constant division by zero), which PostgreSQL raises at Bind and EXECUTE, not at Parse and PREPARE. */
  planError?: PgError;
  /** What pg_prepared_statements shows: the query string that made it, whether by PREPARE, when, and how often it was planned (Bind, EXECUTE). */
  origin: StatementOrigin;
  plans: number;
}

export interface StatementOrigin {
  text: string;
  fromSql: boolean;
  at: number;
}


export interface Portal {
  stmt: PreparedStatement;
  params: SqliteValue[];
  resultFormats: number[];
  /** Columns as Describe reported them; Execute must encode with the same types. */
  columns: ColumnType[] | null;
  /** Its rows, or the chunk being sent of a streamed result (result.rest). */
  result: ExecResult | null;
  /** The next row's index in result.rows. */
  position: number;
  /** Rows of earlier chunks, sent and let go. */
  passed: number;
}

/** Named prepared statements (and portals) one session may hold: each keeps its translation. */
export const MAX_PREPARED = 10_000;

export class StatementStore {
  private readonly prepared = new Map<string, PreparedStatement>();
  private readonly portals = new Map<string, Portal>();

  /** `schema` gives the schema statements are translated against now (a new one after DDL). */
  constructor(private readonly schema: () => TranslatorSchema) {}

  /** Parse: `declared` are the parameter type oids the client gave (0: let the server infer). */
  prepare(name: string, query: string, declared: number[], origin: StatementOrigin = { text: query, fromSql: false, at: Date.now() }): void {
    // As PostgreSQL's Parse, the unnamed statement goes first: a Parse that fails leaves none.
    if (!name) this.prepared.delete(name);
    if (name && this.prepared.has(name)) throw new PgError(SqlState.duplicatePreparedStatement, `prepared statement "${name}" already exists`);
    if (name && this.prepared.size >= MAX_PREPARED) {
      throw new PgError(SqlState.programLimitExceeded, `too many prepared statements in this session (limit ${MAX_PREPARED}); DEALLOCATE some`);
    }
    const voidParams = new Set(declared.flatMap((oid, i) => (oid === OID.void ? [i + 1] : [])));
    let planError: PgError | undefined;
    let statements: Translation[];
    try {
      statements = translate(query, this.schema(), voidParams, declared);
    } catch (e) {
      if (!(e instanceof PgError) || e.code !== SqlState.divisionByZero) throw e;
      planError = e;
      statements = translateUnplanned(query, this.schema(), voidParams, declared);
    }
    if (statements.length > 1) throw new PgError(SqlState.syntaxError, 'cannot insert multiple commands into a prepared statement');
    const translation = statements[0] ?? null;
    // What PostgreSQL cannot resolve about parameters the client left untyped (untyped-params.ts).
    for (const e of translation?.untypedParams ?? []) if (e.params.every((p) => !declared[p - 1])) throw new PgError(e.code, e.message);
    const count = Math.max(declared.length, translation?.paramCount ?? 0);
    const paramTypes = Array.from({ length: count }, (_, i) => declared[i] || translation?.paramTypes[i] || 0);
    // A parameter below the highest that the query never names and Parse left untyped has no type to infer.
    if (translation) {
      const named = paramNumbers(translation.node);
      const unknown = paramTypes.findIndex((oid, i) => !oid && !named.has(i + 1));
      if (unknown >= 0) throw new PgError(SqlState.indeterminateDatatype, `could not determine data type of parameter $${unknown + 1}`);
    }
    this.prepared.set(name, { query, translation, paramTypes, voidParams, declared, origin, plans: 0, ...(planError ? { planError } : {}) });
  }

  statement(name: string): PreparedStatement {
    const stmt = this.prepared.get(name);
    if (!stmt) throw new PgError(SqlState.invalidSqlStatementName, name ? `prepared statement "${name}" does not exist` : 'unnamed prepared statement does not exist');
    return stmt;
  }

  /** The statement for Bind, replanned as PostgreSQL replans after DDL: column types may have changed. */
  bindable(name: string): PreparedStatement {
    const stmt = this.statement(name);
    const schema = this.schema();
    if (stmt.translation && stmt.translation.schemaVersion !== schema.version) {
      stmt.translation = translate(stmt.query, schema, stmt.voidParams, stmt.declared)[0] ?? null;
      stmt.planError = undefined;
    }
    if (stmt.planError) throw stmt.planError;
    stmt.plans++;
    return stmt;
  }

  /** The named statements, as pg_prepared_statements lists them (the unnamed one is not). */
  named(): Array<[string, PreparedStatement]> {
    return [...this.prepared].filter(([name]) => name !== '');
  }

  /** EXECUTE name (values): the statement and its parameters, decoded as Bind decodes text ones. */
  executable(name: string, values: Array<string | null>): { translation: Translation | null; params: SqliteValue[] } {
    const stmt = this.bindable(name);
    if (values.length !== stmt.paramTypes.length) {
      throw new PgError(SqlState.syntaxError, `wrong number of parameters for prepared statement "${name}"`, {
        detail: `Expected ${stmt.paramTypes.length} parameters but got ${values.length}.`,
      });
    }
    const params = values.map((v, i) => (v === null ? null : decodeText(v, stmt.paramTypes[i]!, stmt.translation?.displayParams?.includes(i + 1) === true)));
    return { translation: stmt.translation, params };
  }

  /** Bind: opens (or replaces) a portal on `stmt` with decoded parameters. */
  bind(portalName: string, stmt: PreparedStatement, params: SqliteValue[], resultFormats: number[]): void {
    if (portalName && !this.portals.has(portalName) && this.portals.size >= MAX_PREPARED) {
      throw new PgError(SqlState.programLimitExceeded, `too many open portals in this session (limit ${MAX_PREPARED})`);
    }
    closeStream(this.portals.get(portalName));
    this.portals.set(portalName, { stmt, params, resultFormats, columns: null, result: null, position: 0, passed: 0 });
  }

  findPortal(name: string): Portal | undefined {
    return this.portals.get(name);
  }

  portal(name: string): Portal {
    const portal = this.portals.get(name);
    if (!portal) throw new PgError(SqlState.invalidCursorName, `portal "${name}" does not exist`);
    return portal;
  }

  /** Close of a statement: closing one that does not exist is no error. */
  closeStatement(name: string): void {
    this.prepared.delete(name);
  }

  closePortal(name: string): void {
    closeStream(this.portals.get(name));
    this.portals.delete(name);
  }

  /** DEALLOCATE name, or DEALLOCATE ALL (null). */
  deallocate(name: string | null): void {
    if (name === null) {
      this.prepared.clear();
      return;
    }
    if (!this.prepared.delete(name)) throw new PgError(SqlState.invalidSqlStatementName, `prepared statement "${name}" does not exist`);
  }

  /** Portals live until the transaction ends: Sync outside a transaction block drops them. */
  closePortals(): void {
    for (const p of this.portals.values()) closeStream(p);
    this.portals.clear();
  }

  /** DISCARD ALL's part, and the session's end. */
  clear(): void {
    this.prepared.clear();
    this.closePortals();
  }
}

/** A suspended portal's streamed result holds a reader thread and its snapshot: let them go. */
function closeStream(portal: Portal | undefined): void {
  portal?.result?.rest?.close();
}

/** The `$n` a parse tree names. */
function paramNumbers(node: unknown, found = new Set<number>()): Set<number> {
  if (!node || typeof node !== 'object') return found;
  const ref = (node as { ParamRef?: { number: number } }).ParamRef;
  if (ref) found.add(ref.number);
  for (const v of Object.values(node)) paramNumbers(v, found);
  return found;
}
