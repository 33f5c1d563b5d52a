/**
 * Annotations the DDL translator leaves in the SQLite schema text for the catalog: SQLite keeps a
 * CREATE statement verbatim, comments included (through RENAME and ADD/DROP COLUMN too), so what
 * PostgreSQL would show but SQLite cannot hold rides along in a comment.
 *
 * - After a DEFAULT, CHECK or GENERATED clause: the expression as PostgreSQL prints it,
 *   `/* evsql-pg: "now()" *\/`, or `["pretty", "plain"]` where the two differ (JSON, so any
 *   text fits).
 * - After a unique index that emulates ALTER TABLE … ADD PRIMARY KEY / UNIQUE: which constraint
 *   it stands for.
 * - After a view: its columns' types. After a table's or a column's definition: its COMMENT.
 */

const DISPLAY = /^\/\* evsql-pg: (.*) \*\/$/s;

/** An expression's PostgreSQL text, pretty (as psql shows it) and plain (see deparse.ts). */
export interface Display {
  pretty: string;
  plain: string;
}

/** The annotation carrying an expression's PostgreSQL text; empty when there is none. */
export function displayMarker(display: Display | undefined): string {
  if (display === undefined) return '';
  const value = display.pretty === display.plain ? display.pretty : [display.pretty, display.plain];
  return ` /* evsql-pg: ${JSON.stringify(value).replace(/\*\//g, '*\\/')} */`;
}

/** The PostgreSQL text a comment token carries, if it is such an annotation. */
export function readDisplayMarker(comment: string): Display | undefined {
  const m = DISPLAY.exec(comment);
  if (!m) return undefined;
  const value = JSON.parse(m[1]!) as string | [string, string];
  return typeof value === 'string' ? { pretty: value, plain: value } : { pretty: value[0], plain: value[1] };
}

/**
 * The annotation on an index key whose NULLs sort other than its direction's default (ASC: last,
 * DESC: first): SQLite's CREATE INDEX takes no NULLS FIRST/LAST, PostgreSQL's catalog shows it.
 */
export function nullsOrderMarker(nullsFirst: boolean): string {
  return nullsFirst ? ' /* evsql-nulls: first */' : ' /* evsql-nulls: last */';
}

export function readNullsOrderMarker(comment: string): boolean | undefined {
  if (comment === '/* evsql-nulls: first */') return true;
  if (comment === '/* evsql-nulls: last */') return false;
  return undefined;
}

const KEY_TYPE = /^\/\* evsql-key-type: (\d+) (-?\d+) \*\/$/;

/** The annotation on an index expression: its type (OID and typmod), which pg_attribute gives the index's column. */
export function keyTypeMarker(type: { oid: number; typmod: number } | undefined): string {
  return type === undefined ? '' : ` /* evsql-key-type: ${type.oid} ${type.typmod} */`;
}

export function readKeyTypeMarker(comment: string): { oid: number; typmod: number } | undefined {
  const m = KEY_TYPE.exec(comment);
  return m ? { oid: Number(m[1]), typmod: Number(m[2]) } : undefined;
}

const INDEX_METHOD = /^\/\* evsql-index-method: (\w+) \*\/$/;

/** The annotation on an index made USING another method than btree: a b-tree in SQLite, that method in the catalog. */
export function indexMethodMarker(method: string): string {
  return ` /* evsql-index-method: ${method} */`;
}

export function readIndexMethodMarker(comment: string): string | undefined {
  return INDEX_METHOD.exec(comment)?.[1];
}

const INDEX_INCLUDE = /^\/\* evsql-index-include: (\[.*\]) \*\/$/;

/** The annotation on an index with INCLUDE columns: SQLite's index keeps the keys alone, the catalog shows them all. */
export function indexIncludeMarker(columns: string[]): string {
  return columns.length ? ` /* evsql-index-include: ${JSON.stringify(columns)} */` : '';
}

export function readIndexIncludeMarker(comment: string): string[] | undefined {
  const m = INDEX_INCLUDE.exec(comment);
  return m ? (JSON.parse(m[1]!) as string[]) : undefined;
}

export type IndexConstraint = 'p' | 'u';

/** The annotation on a unique index that is a PRIMARY KEY or UNIQUE constraint. */
export function indexConstraintMarker(kind: IndexConstraint): string {
  return kind === 'p' ? ' /* evsql: primary key */' : ' /* evsql: unique constraint */';
}

export function readIndexConstraintMarker(comment: string): IndexConstraint | undefined {
  if (comment === '/* evsql: primary key */') return 'p';
  if (comment === '/* evsql: unique constraint */') return 'u';
  return undefined;
}

const VIEW_COLUMNS = /\/\* evsql-columns: (\[.*?\]) \*\//;

/**
 * The annotation on a view: its columns' PostgreSQL types (`bigint`, `numeric(10,2)`, null where
 * unknown), which SQLite's declared types of a view's columns do not keep.
 */
export function viewColumnsMarker(types: Array<string | null>): string {
  return types.some((t) => t !== null) ? ` /* evsql-columns: ${JSON.stringify(types).replace(/\*\//g, '*\\/')} */` : '';
}

const VIEW_SCALES = /\/\* evsql-scales: (\[.*?\]) \*\//;

/** The annotation on a view: the display scale each numeric column of no typmod prints with, where one is known. */
export function viewScalesMarker(scales: Array<number | null>): string {
  return scales.some((x) => x !== null) ? ` /* evsql-scales: ${JSON.stringify(scales)} */` : '';
}

export function readViewScalesMarker(sql: string): Array<number | null> {
  const m = VIEW_SCALES.exec(sql);
  return m ? (JSON.parse(m[1]!) as Array<number | null>) : [];
}

export function readViewColumnsMarker(sql: string): Array<string | null> | undefined {
  const m = VIEW_COLUMNS.exec(sql);
  return m ? (JSON.parse(m[1]!) as Array<string | null>) : undefined;
}

const VIEW_WRITES = /\/\* evsql-writes: (\{.*?\}) \*\//;

/**
 * What writes a view takes, known when it is made (an annotation on the view): its WITH CHECK
 * OPTION, and per column whether an INSERT or UPDATE reaches a column of its base table through
 * it (and through the views under it); none where the view is not automatically updatable.
 */
export interface ViewWrites {
  check: 'local' | 'cascaded' | null;
  columns: boolean[];
  /** ALTER VIEW … ALTER COLUMN … SET DEFAULT's expressions, parse trees by column name. */
  defaults?: Record<string, unknown>;
  /** Their texts as pg_get_expr prints them (pg_attrdef, information_schema.columns), where known. */
  defaultTexts?: Record<string, Display>;
  /** The view is a partition (translate/partitions.ts): its parent table and its bound's parse tree. */
  partition?: { parent: string; bound: unknown };
}

export function viewWritesMarker(writes: ViewWrites): string {
  return ` /* evsql-writes: ${JSON.stringify(writes).replace(/\*\//g, '*\\/')} */`;
}

/** A view's CREATE VIEW statement with its writes annotation replaced. */
export function withViewWrites(sql: string, writes: ViewWrites): string {
  return sql.replace(VIEW_WRITES, () => viewWritesMarker(writes).trimStart());
}

export function readViewWritesMarker(sql: string): ViewWrites | undefined {
  const m = VIEW_WRITES.exec(sql);
  return m ? (JSON.parse(m[1]!) as ViewWrites) : undefined;
}

const COMMENT = /^\/\* evsql-comment: (".*") \*\/$/s;
const COMMENT_ANYWHERE = /\s*\/\* evsql-comment: "(?:[^"\\]|\\.)*" \*\//g;

/** The annotation carrying COMMENT ON TABLE / COLUMN: after the table's definitions or the column's. */
export function commentMarker(text: string): string {
  return ` /* evsql-comment: ${JSON.stringify(text).replace(/\*\//g, '*\\/')} */`;
}

export function readCommentMarker(comment: string): string | undefined {
  const m = COMMENT.exec(comment);
  return m ? (JSON.parse(m[1]!) as string) : undefined;
}

/** SQLite text without its comment annotations, for replacing one. */
export function withoutCommentMarkers(sql: string): string {
  return sql.replace(COMMENT_ANYWHERE, '');
}

const PARTITIONED = /\/\* evsql-partitioned: (\{.*?\}) \*\//;

/** A partitioned table's key (CREATE TABLE … PARTITION BY): its strategy and its columns. */
export interface PartitionKey {
  strategy: 'range' | 'list' | 'hash';
  columns: string[];
  /** The foreign keys the parent holds for its partitions, each of which has them of its own (partition-own.ts). */
  partitionsForeignKeys?: string[];
}

/** The annotation of a parent's index that was a partition's own (partition-own.ts), naming the partition (its SQLite name). */
export function partitionIndexMarker(partition: string): string {
  return ` /* evsql-partition-index: ${JSON.stringify(partition)} */`;
}

/** The annotation after a partitioned table's definitions: its key. */
export function partitionedMarker(key: PartitionKey): string {
  return ` /* evsql-partitioned: ${JSON.stringify(key)} */`;
}

/** A partitioned table's CREATE TABLE statement with its key annotation replaced (a key column renamed). */
export function withPartitionedMarker(sql: string, marker: string): string {
  return sql.replace(/ ?\/\* evsql-partitioned: \{.*?\} \*\//, '') + marker;
}

export function readPartitionedMarker(sql: string): PartitionKey | undefined {
  const m = PARTITIONED.exec(sql);
  return m ? (JSON.parse(m[1]!) as PartitionKey) : undefined;
}

const ON_COMMIT = /\/\* evsql-on-commit: (drop|delete rows) \*\//;

/** What COMMIT does to a temporary table (CREATE TEMP TABLE … ON COMMIT): drop it, or delete its rows. */
export type OnCommit = 'drop' | 'delete rows';

/** The annotation after a temporary table's definitions: its ON COMMIT action. */
export function onCommitMarker(action: OnCommit): string {
  return ` /* evsql-on-commit: ${action} */`;
}

export function readOnCommitMarker(sql: string): OnCommit | undefined {
  return ON_COMMIT.exec(sql)?.[1] as OnCommit | undefined;
}

/** After a CHECK or FOREIGN KEY constraint added NOT VALID and not validated since: pg_constraint.convalidated is false. */
export const NOT_VALID_MARKER = ' /* evsql: not valid */';

/** After a foreign key declared INITIALLY DEFERRED, which SQLite is given as immediate (translate/ddl.ts). */
export const INITIALLY_DEFERRED_MARKER = ' /* evsql: initially deferred */';

const MATVIEW = /\s*\/\* evsql-matview: (\{.*?\}) \*\//s;

/**
 * A materialized view is a table holding its rows, this annotation after its definitions: whether
 * it is populated, its query as parsed (what REFRESH runs again) and as PostgreSQL prints it.
 */
export interface Matview {
  populated: boolean;
  /** The SelectStmt node, as JSON. */
  query: unknown;
  definition: Display | null;
  /** The display scale each numeric column of no typmod prints with, where the query tells one (as a view's). */
  scales?: Array<number | null>;
}

export function matviewMarker(m: Matview): string {
  return ` /* evsql-matview: ${JSON.stringify(m).replace(/\*\//g, '*\\/')} */`;
}

export function readMatviewMarker(sql: string): Matview | undefined {
  const m = MATVIEW.exec(sql);
  return m ? (JSON.parse(m[1]!) as Matview) : undefined;
}

/**
 * SQLite text with its materialized view annotation replaced by `marker`, or given it: written into
 * sqlite_schema (runtime/schema-edit.ts), as CREATE TABLE drops a comment after its last token.
 */
export function withMatviewMarker(sql: string, marker: string): string {
  return MATVIEW.test(sql) ? sql.replace(MATVIEW, marker) : sql + marker;
}

/** A column's SQLite type for a user type (an enum, a composite): TEXT, with the annotation `evsql-KIND-type` naming the type. */
export function typedColumnType(kind: 'enum' | 'composite', type: string): string {
  return `TEXT /* evsql-${kind}-type: ${JSON.stringify(type).replace(/\*\//g, '*\\/')} */`;
}

/** The columns of a CREATE TABLE text that typedColumnType annotated with a `kind` type: column name → type name. */
export function typedColumnsOf(kind: 'enum' | 'composite', tableSql: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tableSql.matchAll(TYPED_COLUMN[kind])) out.set(m[1]!.replace(/""/g, '"'), JSON.parse(m[2]!) as string);
  return out;
}

const typedColumn = (kind: string) => new RegExp(`"((?:[^"]|"")+)" TEXT \\/\\* evsql-${kind}-type: ("(?:[^"\\\\]|\\\\.)*") \\*\\/`, 'g');
const TYPED_COLUMN = { enum: typedColumn('enum'), composite: typedColumn('composite') };
