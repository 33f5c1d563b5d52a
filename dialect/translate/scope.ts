/**
 * The relations names resolve against while a statement is typed, innermost query first, and the
 * columns (names and PostgreSQL types) each one has; name-resolution.ts builds them.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { OID, type PgTypeInfo } from '../../pg/types/registry.js';
import { type Node, names } from './parse.js';

export interface ScopeColumn {
  name: string;
  type: PgTypeInfo | null;
  /** A numeric's display scale when all its values share one (types.ts). */
  scale?: number;
  /** The SQL of a system column that is a constant (a catalog table's tableoid). */
  constant?: string;
  /** A system column computed of the row's columns: a partitioned table's tableoid (partitions.ts partitionedTableoid). */
  computed?: Node;
  /**
   * A table's unconstrained numeric: its hidden column of display texts, as SQLite names it there;
   * `sql` where the text is computed of such columns (a merged column of a full join).
   */
  display?: { relation: string; column: string; sql?: string };
  /** Such a column's, or a view's column's, relation and name (SQLite names), where SQLite's origin is none or another: OutputColumn.origin. */
  origin?: { table: string; column: string };
}

export interface ScopeRelation {
  /** The alias, else the table name; '' for an unnamed subquery. */
  name: string;
  /** Null when the relation's columns are not known. */
  columns: ScopeColumn[] | null;
  /** System columns, named only explicitly (not by `*`). */
  system?: ScopeColumn[];
  /** Named only explicitly, not by an unqualified `*`: an upsert's EXCLUDED. */
  starless?: boolean;
  /** A USING or NATURAL join's merged columns (name-resolution.ts mergedColumns), before its sides'. */
  merged?: boolean;
  /** The right side of a USING or NATURAL join: its columns of these names are the merged ones, listed once by an unqualified `*`. */
  usingNames?: string[];
  /** A function returning a scalar: the column a whole-row reference to it (`FROM jsonb_array_elements(x) e … e`) reads. */
  scalar?: string;
  /** A table's: SQL that is NULL exactly where an outer join made the row up (its rowid), as `count(t.*)` needs. */
  rowid?: string;
  /** The name SQLite knows a table named without an alias by, where it is another: a temporary table's, under its session's prefix. */
  sqlName?: string;
  /** A table's or view's row type (pg_class.reltype), which its whole row is a value of. */
  rowType?: number;
}

export class Scope {
  constructor(
    readonly relations: ScopeRelation[],
    readonly parent: Scope | null,
  ) {}

  /** The column a (possibly qualified) reference names, looking outward for correlated references. */
  column(fields: string[]): ScopeColumn | undefined {
    const col = fields.at(-1);
    const qualifier = fields.length >= 2 ? fields.at(-2) : undefined;
    for (let s: Scope | null = this; s; s = s.parent) {
      let unknown = false;
      for (const r of s.relations) {
        if (qualifier !== undefined && r.name !== qualifier) continue;
        if (!r.columns) {
          unknown = true;
          continue;
        }
        const named = r.columns.filter((x) => x.name === col);
        // A subquery's two columns of one name (`SELECT 1 AS x, 2 AS x`): SQLite would take the first.
        if (named.length > 1) throw new PgError(SqlState.ambiguousColumn, `column reference "${col}" is ambiguous`);
        const c = named[0] ?? r.system?.find((x) => x.name === col);
        if (c) return c;
      }
      // The name may belong to a relation whose columns are unknown: do not guess further out.
      if (unknown || (qualifier !== undefined && s.relations.some((r) => r.name === qualifier))) return undefined;
    }
    return qualifier === undefined ? this.scalarReference(col!)?.column : undefined;
  }

  /** The name SQLite knows the relation a qualifier names by (ScopeRelation.sqlName), looking outward. */
  sqlQualifier(qualifier: string): string {
    for (let s: Scope | null = this; s; s = s.parent) {
      const r = s.relations.find((x) => x.name === qualifier);
      if (r) return r.sqlName ?? qualifier;
    }
    return qualifier;
  }

  /** A whole-row reference to a function returning a scalar, which PostgreSQL reads as the value; a column of that name comes first. */
  scalarReference(name: string): { relation: string; column: ScopeColumn } | undefined {
    for (let s: Scope | null = this; s; s = s.parent) {
      if (s.relations.some((r) => !r.columns || r.columns.some((c) => c.name === name))) return undefined;
      const r = s.relations.find((x) => x.scalar !== undefined && x.name === name);
      const column = r?.columns?.find((c) => c.name === r.scalar);
      if (column) return { relation: r!.name, column };
    }
    return undefined;
  }

  /**
   * Whether a reference surely names no column: every relation it could name, here or further
   * out, has known columns and none of that name.
   */
  lacks(fields: string[]): boolean {
    if (this.column(fields) !== undefined) return false;
    const qualifier = fields.length >= 2 ? fields.at(-2) : undefined;
    for (let s: Scope | null = this; s; s = s.parent) {
      if (s.relations.some((r) => (qualifier === undefined || r.name === qualifier) && !r.columns)) return false;
    }
    return true;
  }

  /**
   * Whether a relation in scope (of the reference's qualifier, if it has one) has a column named
   * as the reference but in another case: SQLite, whose names are case-insensitive, would read it.
   */
  hasCaseVariant(fields: string[]): boolean {
    const col = fields.at(-1)!;
    const folded = col.toLowerCase();
    const qualifier = fields.length >= 2 ? fields.at(-2) : undefined;
    for (let s: Scope | null = this; s; s = s.parent) {
      for (const r of s.relations) if ((qualifier === undefined || r.name === qualifier) && r.columns?.some((c) => c.name !== col && c.name.toLowerCase() === folded)) return true;
    }
    return false;
  }

  /**
   * Whether a qualified reference names a column that the nearest relation of its qualifier's name
   * lacks and one of that name further out has: PostgreSQL looks no further (42703), SQLite would
   * read the outer one.
   */
  hiddenByNearer(fields: string[]): boolean {
    if (fields.length !== 2) return false;
    const [qualifier, col] = fields as [string, string];
    const has = (r: ScopeRelation) => !r.columns || r.columns.some((c) => c.name === col) || !!r.system?.some((c) => c.name === col);
    let hidden = false;
    for (let s: Scope | null = this; s; s = s.parent) {
      const named = s.relations.filter((r) => r.name === qualifier);
      if (named.length === 0) continue;
      if (hidden) return named.some(has);
      if (named.some(has)) return false;
      hidden = true;
    }
    return false;
  }

  /** Whether a bare name is a relation's whole row (`SELECT t FROM t`): no column of that name, a relation of it. */
  wholeRow(name: string): boolean {
    if (!this.lacks([name])) return false;
    for (let s: Scope | null = this; s; s = s.parent) if (s.relations.some((r) => r.name === name)) return true;
    return false;
  }

  /**
   * A bare name's whole row as a value (`SELECT t FROM t`): its columns, and its type (a table's
   * row type, else record); undefined where it names none or its columns cannot be told.
   */
  wholeRowValue(name: string): { columns: ScopeColumn[]; type: PgTypeInfo; rowid?: string } | undefined {
    if (!this.wholeRow(name)) return undefined;
    const columns = this.star(name);
    if (!columns || columns.some((c) => c.name === '*')) return undefined;
    for (let s: Scope | null = this; s; s = s.parent) {
      const r = s.relations.find((x) => x.name === name);
      if (!r) continue;
      return { columns, type: { oid: r.rowType ?? OID.record, typmod: -1 }, ...(r.rowid ? { rowid: r.rowid } : {}) };
    }
    return undefined;
  }

  /** A field of a FROM item's whole row (`(t).a`), as the column reference it is (`t.a`). */
  wholeRowField(n: Node): string[] | undefined {
    const ind = n.A_Indirection?.indirection as Node[] | undefined;
    const arg = n.A_Indirection?.arg as Node | undefined;
    const whole = ind?.length === 1 && ind[0]!.String && arg?.ColumnRef ? names(arg.ColumnRef.fields) : [];
    return whole.length === 1 && this.wholeRowValue(whole[0]!) ? [whole[0]!, ind![0]!.String.sval as string] : undefined;
  }

  /** The columns `*` or `qualifier.*` stands for, less the relations named in `except`; null when they cannot be told. */
  star(qualifier?: string, except: readonly string[] = []): ScopeColumn[] | null {
    const rels = qualifier === undefined ? this.relations.filter((r) => !r.starless && !except.includes(r.name)) : this.relations.filter((r) => r.name === qualifier);
    if (rels.length === 0) return null;
    const out: ScopeColumn[] = [];
    for (const r of rels) {
      if (!r.columns) return null;
      out.push(...(qualifier === undefined && r.usingNames ? r.columns.filter((c) => !r.usingNames!.includes(c.name)) : r.columns));
    }
    return out;
  }
}
