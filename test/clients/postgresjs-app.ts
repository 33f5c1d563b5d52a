/**
 * postgres.js 3: tagged-template queries (named prepared statements, its array types fetched at
 * connect), the insert helpers with arrays and jsonb, `= ANY(array)`, a unique violation's
 * fields, sql.begin with commit and rollback, a cursor, several statements through sql.unsafe,
 * LISTEN / NOTIFY. Prints what it sees.
 */
import type pg from 'pg';
import postgres from 'postgres';

export async function postgresJsProgram(config: pg.ClientConfig): Promise<string[]> {
  const out: string[] = [];
  const sql = postgres({ host: String(config.host), port: Number(config.port), user: String(config.user), database: String(config.database), max: 2, onnotice: () => undefined });
  try {
    await sql`DROP TABLE IF EXISTS pj_items`;
    await sql`CREATE TABLE pj_items (id serial PRIMARY KEY, name text UNIQUE NOT NULL, tags text[], doc jsonb, price numeric(10,2))`;
    const [apple] = await sql`INSERT INTO pj_items ${sql({ name: 'apple', tags: ['red', 'fruit'], doc: sql.json({ a: [1, 2] }), price: '1.50' })} RETURNING id, name, tags, doc, price`;
    out.push(`insert ${JSON.stringify(apple)}`);
    const more = [
      { name: 'pear', tags: [] as string[], price: '2' },
      { name: 'plum', tags: ['x', 'y z'], price: '0.25' },
    ];
    out.push(`insert many ${(await sql`INSERT INTO pj_items ${sql(more, 'name', 'tags', 'price')}`).count}`);
    const some = await sql`SELECT name, tags, price FROM pj_items WHERE name = ANY(${sql.array(['apple', 'plum'])}) ORDER BY name`;
    out.push(`any ${JSON.stringify(some)}`);
    try {
      await sql`INSERT INTO pj_items (name) VALUES (${'apple'})`;
    } catch (err) {
      const e = err as { code: string; constraint_name: string; table_name: string; detail: string };
      out.push(`unique ${e.code} ${e.constraint_name} ${e.table_name} ${e.detail}`);
    }
    const total = await sql.begin(async (tx) => {
      await tx`UPDATE pj_items SET price = price + 1 WHERE name = ${'pear'}`;
      const [r] = await tx`SELECT sum(price) AS s FROM pj_items`;
      return r!.s as string;
    });
    out.push(`committed sum ${total}`);
    await sql
      .begin(async (tx) => {
        await tx`DELETE FROM pj_items`;
        throw new Error('changed my mind');
      })
      .catch((err: Error) => out.push(`rolled back: ${err.message}`));
    out.push(`rows ${(await sql`SELECT count(*)::int AS n FROM pj_items`)[0]!.n}`);
    const pages: string[] = [];
    await sql`SELECT name FROM pj_items ORDER BY name`.cursor(2, (rows) => {
      pages.push(rows.map((r) => r.name).join('+'));
    });
    out.push(`cursor pages ${pages.join(' ')}`);
    const results = await sql.unsafe('SELECT 1 AS one; SELECT name FROM pj_items WHERE price > 1 ORDER BY name');
    out.push(`unsafe ${JSON.stringify(results)}`);
    const heard = new Promise<string>((resolve) => {
      void sql.listen('pj_channel', (payload) => resolve(payload)).then(() => sql.notify('pj_channel', 'hello'));
    });
    out.push(`notification ${await heard}`);
    await sql`DROP TABLE pj_items`;
  } finally {
    await sql.end({ timeout: 5 });
  }
  return out;
}
