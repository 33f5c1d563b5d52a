/**
 * slonik 47 (its pg driver reads every pg_type row's oid, typarray and typname at connect to
 * install its type parsers): the preset (int8 to BigInt, numeric to number, date to text,
 * timestamptz to epoch milliseconds, interval to seconds), sql.unnest bulk inserts, sql.array,
 * sql.jsonb, sql.identifier, sql.interval and sql.timestamp tokens, the query methods' row-count
 * rules (one, maybeOne, many, anyFirst, oneFirst, exists), nested transactions (savepoints),
 * a unique violation's error class and constraint. Prints what it sees.
 */
import { createPool, createTypeParserPreset, NotFoundError, sql, UniqueIntegrityConstraintViolationError } from 'slonik';
import type pg from 'pg';

export async function slonikProgram(config: pg.ClientConfig): Promise<string[]> {
  const out: string[] = [];
  const pool = await createPool(`postgresql://${config.user}@${config.host}:${config.port}/${config.database}`, { typeParsers: createTypeParserPreset(), maximumPoolSize: 2 });
  try {
    await pool.query(sql.unsafe`DROP TABLE IF EXISTS sl_events`);
    await pool.query(sql.unsafe`CREATE TABLE sl_events (id bigserial PRIMARY KEY, kind text NOT NULL, at timestamptz NOT NULL, day date NOT NULL, took interval, amount numeric(12, 3), tags text[], payload jsonb, UNIQUE (kind, at))`);
    const rows = [
      ['deploy', '2024-05-01T10:00:00Z', '2024-05-01', '1 hour 30 minutes', '12.5'],
      ['rollback', '2024-05-01T11:15:30.250Z', '2024-05-01', '00:00:42.5', '0.125'],
      ['deploy', '2024-05-02T09:00:00Z', '2024-05-02', '2 days', '-3'],
    ];
    const inserted = await pool.anyFirst(sql.unsafe`
      INSERT INTO sl_events (kind, at, day, took, amount)
      SELECT * FROM ${sql.unnest(rows, ['text', 'timestamptz', 'date', 'interval', 'numeric'])}
      RETURNING id`);
    out.push(`unnest insert ${inserted.length} ids, first is a ${typeof inserted[0]}`);
    await pool.query(sql.unsafe`UPDATE sl_events SET tags = ${sql.array(['prod', 'eu'], 'text')}, payload = ${sql.jsonb({ by: 'ci', steps: [1, 2] })} WHERE kind = 'deploy'`);
    const all = await pool.many(sql.unsafe`SELECT id, kind, at, day, took, amount, tags, payload FROM sl_events ORDER BY at`);
    out.push(`parsed ${JSON.stringify(all.map((r) => ({ ...r, id: typeof r.id })))}`);
    const table = sql.identifier(['public', 'sl_events']);
    const recent = await pool.oneFirst(sql.unsafe`SELECT count(*) FROM ${table} WHERE at > ${sql.timestamp(new Date('2024-05-01T10:30:00Z'))} - ${sql.interval({ hours: 1 })}`);
    out.push(`count ${recent} (${typeof recent})`);
    const kinds = await pool.anyFirst(sql.unsafe`SELECT DISTINCT kind FROM sl_events WHERE kind = ANY(${sql.array(['deploy', 'other'], 'text')}) ORDER BY 1`);
    out.push(`anyFirst ${JSON.stringify(kinds)}`);
    const sums = await pool.one(sql.unsafe`SELECT sum(amount) AS total, sum(took) AS took, min(day) AS first_day, max(at) AS last_at FROM sl_events`);
    out.push(`aggregates ${JSON.stringify(sums)}`);
    out.push(`exists ${await pool.exists(sql.unsafe`SELECT 1 FROM sl_events WHERE payload @> ${sql.jsonb({ by: 'ci' })}`)}`);
    out.push(`maybeOne ${JSON.stringify(await pool.maybeOne(sql.unsafe`SELECT id FROM sl_events WHERE kind = ${'nothing'}`))}`);
    const notFound = await pool.one(sql.unsafe`SELECT id FROM sl_events WHERE kind = ${'nothing'}`).then(
      () => 'found',
      (e: unknown) => (e instanceof NotFoundError ? 'NotFoundError' : String(e)),
    );
    out.push(`one of none: ${notFound}`);

    const result = await pool.transaction(async (tx) => {
      await tx.query(sql.unsafe`UPDATE sl_events SET amount = amount * 2 WHERE kind = 'deploy'`);
      const inner = await tx
        .transaction(async (nested) => {
          await nested.query(sql.unsafe`DELETE FROM sl_events`);
          throw new Error('nested rolled back');
        })
        .catch((e: Error) => e.message);
      return `${inner}, ${await tx.oneFirst(sql.unsafe`SELECT count(*) FROM sl_events`)} rows, deploy total ${await tx.oneFirst(sql.unsafe`SELECT sum(amount) FROM sl_events WHERE kind = 'deploy'`)}`;
    });
    out.push(`transaction ${result}`);
    const violation = await pool.query(sql.unsafe`INSERT INTO sl_events (kind, at, day) VALUES ('deploy', '2024-05-01T10:00:00Z', '2024-05-01')`).then(
      () => 'none',
      (e: unknown) => (e instanceof UniqueIntegrityConstraintViolationError ? `${e.constructor.name} ${e.constraint} ${e.table} ${e.column}` : String(e)),
    );
    out.push(`unique ${violation}`);
    await pool.query(sql.unsafe`DROP TABLE sl_events`);
  } finally {
    await pool.end();
  }
  return out;
}
