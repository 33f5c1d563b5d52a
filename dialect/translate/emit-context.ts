/**
 * What the translator's helpers (typing, name resolution, rewrites, catalog queries) see of the
 * emitter writing the statement (emit.ts and the layers it builds on): the schema, the scope and parameter types gathered so
 * far, and the calls that write or type a subexpression. The emitter calls into the helpers and
 * the helpers call back through this, so neither module imports the other's.
 */
import type { PgTypeInfo } from '../../pg/types/registry.js';
import type { Node } from './parse.js';
import type { TranslatorSchema } from './schema.js';
import type { Scope, ScopeColumn } from './scope.js';

/** An error PostgreSQL raises at Parse when none of `params` has a declared type (untyped-params.ts). */
export interface UntypedParamError {
  params: number[];
  code: string;
  message: string;
}

export interface EmitContext {
  readonly schema: TranslatorSchema;
  /** Types that casts and comparisons tell about parameters: `$1::int`. */
  readonly paramTypes: Map<number, PgTypeInfo>;
  /** Parameters typed by a function's declared argument (`right($1, 1)`): as by a cast, a later cast converts their value. */
  readonly functionParams: Set<number>;
  /** Refusals of parameters left unknown, raised at Parse unless the client typed them. */
  readonly untypedParams: UntypedParamError[];
  /** For each `?` emitted, the 1-based PostgreSQL parameter number it stands for. */
  readonly params: number[];
  /** The relations names resolve against, for typing (name-resolution.ts). */
  scope: Scope | null;
  ctes: Map<string, ScopeColumn[] | null>;
  /** The expression at the root of the result column being emitted (typed-sql.ts formats quotients there). */
  readonly outputRoot: Node | null;
  /**
   * The numeric operators and averages through which a result column is computed from a quotient
   * or an average (types.ts's scaleSpine): they work on decimal text, which keeps each value's
   * display scale, since PostgreSQL prints the result with it.
   */
  readonly numericSpine: WeakSet<Node>;
  /** numeric[] parameters taken apart as their elements' texts (types.ts markArrayScales): bound as sent in any statement. */
  readonly sentArrays: WeakSet<Node>;
  /**
   * Values of unconstrained numeric columns a grouped query prints outside its aggregates (a GROUP
   * BY key): their group's display text (pg_group_display), which its rows share.
   */
  readonly groupedDisplays: WeakSet<Node>;
  /**
   * Tables, CTEs and subqueries under a NATURAL, USING or aliased join, which SQLite's `*`, its
   * NATURAL matching and the join's alias would show with their hidden display columns
   * (dialect/catalog/numeric-display.ts): a table, view or CTE is read as a subquery of its own
   * columns, whose values print as stored ('hidden') or, under an inner or left NATURAL or USING
   * join, with its display columns named after the relation too (`t.n:display`), which no other
   * side's match ('qualified'); a subquery carries none.
   */
  readonly displayHidden: WeakMap<Node, 'hidden' | 'qualified'>;
  /** The SQLite SQL of an expression; records the parameters it holds. */
  expr(n: Node): string;
  /** A window of the WINDOW clause of the query being emitted, by name. */
  namedWindow(name: string): Node | undefined;
  /** A row of these fields as the text record_out prints. */
  rowOutput(fields: Node[]): string;
  /** An ORDER BY item as SQLite SQL. */
  sortBy(n: Node): string;
  /** Whether an array type's elements are rows (record[], a composite type's array), kept as record_out's text. */
  rowElements(oid: number): boolean;
  /** What ORDER BY sorts an expression by where its type's stored text does not sort in the type's order (an interval, jsonb, an array…); undefined where it does. */
  typedSortKeyOf(n: Node): string | undefined;
  /** What PostgreSQL would report as the type of an expression, where it can be told. */
  typeOf(n: Node): PgTypeInfo | null;
  /** The expression a column of an inlined LATERAL subquery stands for; undefined for other references. */
  lateralValue(ref: Node): Node | undefined;
  /** The one display scale every element of a numeric[] prints with, where one tells (types.ts arrayScale). */
  elementScale(n: Node): number | undefined;
  /**
   * The SQL of a numeric[] that unnest in FROM takes apart as its elements' decimal texts, where
   * they print their own scales (a parameter, ARRAY[1.50, 2.0]; types.ts elementTexts); undefined
   * where one scale or none tells. `probe`: only whether it would, emitting nothing.
   */
  elementTexts(n: Node, probe?: boolean): string | undefined;
  /** The output columns of a query without emitting it (types.ts). */
  selectColumns(node: Node): ScopeColumn[] | null;
  /**
   * The display texts a derived table's query (a FROM subquery, a CTE, a view's) carries beside
   * its result columns: per column, the SQL of the stored numeric's display column it reads, else
   * undefined; undefined where the query carries none (emit-query.ts).
   */
  carriedDisplays(query: Node, positional?: boolean): Array<string | undefined> | undefined;
  /** A FROM subquery's SQL, writing the display texts its query carries beside its columns (emit-query.ts). */
  derivedSelect(query: Node): string;
}
