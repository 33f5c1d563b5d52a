/**
 * Result columns as PostgreSQL describes them: the name, the type OID (from the statement's own
 * casts and functions, else the table column's declared type, else the data), and the format the
 * client asked for.
 */
import type { FieldDescription } from './backend-messages.js';
import type { ResultColumn } from '../executor/messages.js';
import { OID, inferOid, typeFromDeclared, typeLength, type PgTypeInfo, type SqliteValue } from '../pg/types/registry.js';
import { encodeBinary } from '../pg/types/binary-format.js';
import type { TextEncoder } from '../pg/types/text-format.js';
import type { OutputColumn } from '../dialect/translate/types.js';

export interface ColumnType {
  name: string;
  type: PgTypeInfo;
  /** RowDescription's table OID and attribute number: a plain reference to a table's column has them, others 0. */
  tableOid?: number;
  attnum?: number;
  /** A numeric's display scale when the type has no typmod to tell it (not sent to the client). */
  scale?: number;
  /** The type OID RowDescription names instead of `type`'s (OutputColumn.shownAs). */
  shownAs?: number;
  /** The typmod RowDescription names instead of `type`'s (OutputColumn.shownTypmod). */
  shownTypmod?: number;
}

/** Where a table's column is in the catalog (TranslatorSchema.columnOrigin). */
export interface ColumnOrigins {
  columnOrigin(sqlTable: string, column: string): { tableOid: number; attnum: number } | undefined;
}

/**
 * Joins what the translator knows (names, static types) with what SQLite reports (declared
 * types), and where neither tells, the first non-null value in the rows.
 */
export function resultColumns(hints: OutputColumn[] | null, sqlite: ResultColumn[], rows: SqliteValue[][] | null, origins?: ColumnOrigins): ColumnType[] {
  // A select list of no columns (`SELECT;`): SQLite had to select one, the client sees none.
  if (hints?.length === 0) return [];
  // A `*` expands to columns the translator did not see: trust SQLite's names then.
  const useHints = hints !== null && hints.length === sqlite.length && hints.every((h) => h.name !== '*');
  return sqlite.map((c, i) => {
    const hint = useHints ? hints![i]! : null;
    const name = hint ? hint.name : c.name;
    const scale = hint?.scale;
    let type = hint?.type ?? (c.declType ? typeFromDeclared(c.declType) : null);
    if (!type) {
      type = { oid: OID.text, typmod: -1 };
      if (rows) {
        for (const r of rows) {
          if (r[i] !== null && r[i] !== undefined) {
            type = { oid: inferOid(r[i]!), typmod: -1 };
            break;
          }
        }
      }
    }
    const column: ColumnType = { name, type, ...(scale === undefined ? {} : { scale }), ...(hint?.shownAs === undefined ? {} : { shownAs: hint.shownAs }), ...(hint?.shownTypmod === undefined ? {} : { shownTypmod: hint.shownTypmod }) };
    const from = hint?.origin ?? c.origin;
    const origin = from && origins?.columnOrigin(from.table, from.column);
    return origin ? { ...column, ...origin } : column;
  });
}

export function fieldDescriptions(columns: ColumnType[], formats: number[]): FieldDescription[] {
  return columns.map((c, i) => ({
    name: c.name,
    tableOid: c.tableOid ?? 0,
    columnNumber: c.attnum ?? 0,
    typeOid: c.shownAs ?? c.type.oid,
    typeLen: typeLength(c.type.oid),
    typmod: c.shownTypmod ?? c.type.typmod,
    format: formatFor(formats, i),
  }));
}

/** Bind's result-format rule: none means text, one applies to all, else one per column. */
export function formatFor(formats: number[], i: number): number {
  if (formats.length === 0) return 0;
  if (formats.length === 1) return formats[0]!;
  return formats[i] ?? 0;
}

/** The type a column's values are encoded as: a scale travels as a numeric typmod of maximal precision, which is what the encoders read. */
export function encodedType(c: ColumnType): PgTypeInfo {
  return c.scale === undefined ? c.type : { oid: c.type.oid, typmod: ((1000 << 16) | c.scale) + 4 };
}

/** `text`: the session's text output functions (SessionRules.textEncoder). */
export function encodeRow(row: SqliteValue[], columns: ColumnType[], formats: number[], text: TextEncoder): Array<string | Buffer | null> {
  const out = new Array<string | Buffer | null>(columns.length);
  for (let i = 0; i < columns.length; i++) {
    const t = encodedType(columns[i]!);
    out[i] = formatFor(formats, i) === 1 ? encodeBinary(row[i]!, t.oid, t.typmod) : text(row[i]!, t.oid, t.typmod);
  }
  return out;
}

/** The command tag with its row count, as PostgreSQL writes it. */
export function commandTag(tag: string, count: number): string {
  switch (tag) {
    case 'INSERT':
      return `INSERT 0 ${count}`;
    case 'SELECT':
    case 'UPDATE':
    case 'DELETE':
    case 'COPY':
    case 'MERGE':
    case 'FETCH':
    case 'MOVE':
      return `${tag} ${count}`;
    default:
      return tag;
  }
}
