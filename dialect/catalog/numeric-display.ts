/**
 * An unconstrained `numeric` column keeps each value in the one INTEGER, REAL or BLOB form that
 * makes SQLite's equality, indexes, GROUP BY and DISTINCT numeric (2.5 and 2.500 are one value),
 * so the value's display scale rides beside it in a hidden column of its own: the value's decimal
 * text where that prints otherwise than the stored form (`2.500`), else NULL. A reader prints that
 * text only while it is still the value's (pg_numeric_display): a write that left the hidden column
 * as it was prints the stored form, as before the column existed. The hidden column is no part of
 * the table PostgreSQL clients see: the schema snapshot and the catalog leave it out.
 */

const SUFFIX = ':display';

/** The hidden column that keeps `column`'s display texts. */
export function displayColumn(column: string): string {
  return column + SUFFIX;
}

/** Whether a SQLite column is one of those hidden columns. */
export function isDisplayColumn(name: string): boolean {
  return name.endsWith(SUFFIX);
}

/**
 * Whether a column of this declared type keeps its values' scales in a display column: a numeric[]
 * keeps the JSON of its elements' decimal texts (pg/types/numeric-array.ts).
 */
export function keepsDisplay(declType: string | null): boolean {
  const t = declType?.toLowerCase();
  return t === 'numeric' || t === 'numeric[]';
}
