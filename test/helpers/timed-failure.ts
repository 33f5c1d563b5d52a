import type pg from 'pg';

/** Runs `sql` and says how it ended: the error's SQLSTATE and message ('no error' when it succeeded), and how long it took. */
export async function failure(client: pg.Client, sql: string): Promise<{ code?: string; message: string; ms: number }> {
  const started = Date.now();
  try {
    await client.query(sql);
    return { message: 'no error', ms: Date.now() - started };
  } catch (err) {
    const e = err as { code?: string; message: string };
    return { code: e.code, message: e.message, ms: Date.now() - started };
  }
}
