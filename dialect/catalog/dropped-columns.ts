/**
 * The columns ALTER TABLE … DROP COLUMN took from a table. PostgreSQL keeps a dropped column in
 * pg_attribute (attisdropped, named `........pg.dropped.N........`) and the columns after it keep
 * their attnum, which clients key column metadata by; SQLite forgets it. The table's text carries
 * an annotation after its definitions listing each dropped column's attnum and type, from which
 * every later column's attnum follows.
 */
const DROPPED = /\s*\/\* evsql-dropped: (\[[\d,[\]]*\]) \*\//;

export interface DroppedColumn {
  attnum: number;
  /** Its type's OID: pg_attribute keeps the storage facts of the type it had. */
  type: number;
}

export function readDroppedColumns(sql: string): DroppedColumn[] {
  const m = DROPPED.exec(sql);
  return m ? (JSON.parse(m[1]!) as Array<[number, number]>).map(([attnum, type]) => ({ attnum, type })) : [];
}

/** The table's text with these dropped columns recorded. */
export function withDroppedColumns(sql: string, dropped: DroppedColumn[]): string {
  const marker = ` /* evsql-dropped: ${JSON.stringify(dropped.map((d) => [d.attnum, d.type]))} */`;
  return DROPPED.test(sql) ? sql.replace(DROPPED, marker) : sql + marker;
}

/** The attnums of a table's `count` columns, in order, past the dropped ones. */
export function liveAttnums(count: number, dropped: DroppedColumn[]): number[] {
  const gone = new Set(dropped.map((d) => d.attnum));
  const out: number[] = [];
  for (let attnum = 1; out.length < count; attnum++) if (!gone.has(attnum)) out.push(attnum);
  return out;
}

export function droppedColumnName(attnum: number): string {
  return `........pg.dropped.${attnum}........`;
}
