/**
 * drizzle-kit push twice (the second finds nothing to change), then drizzle-orm queries over the
 * pushed schema (drizzle-schema.ts): inserts with RETURNING, joins, aggregates, an upsert, a
 * transaction rolled back, a unique violation. Prints what it sees.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { posts, users } from './drizzle-schema.js';

const ROOT = join(import.meta.dirname, '../..');

/** The drizzle-kit command line, as a user runs it; its last line says what it did. */
async function push(url: string): Promise<string> {
  const args = ['push', '--dialect', 'postgresql', '--schema', join(import.meta.dirname, 'drizzle-schema.ts'), '--url', url, '--tablesFilter', 'dz_*', '--force'];
  const { stdout } = await promisify(execFile)(join(ROOT, 'node_modules/.bin/drizzle-kit'), args, { cwd: ROOT, timeout: 30_000 });
  // The spinner redraws its line with escape codes: keep what it settled on.
  const lines = stdout.split('\n').map((l) => l.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').split('\r').at(-1)!.trim());
  return lines.filter((l) => /Changes applied|No changes detected/.test(l)).join(' ');
}

export async function drizzleProgram(config: pg.ClientConfig): Promise<string[]> {
  const out: string[] = [];
  const url = `postgres://${config.user}@${config.host}:${config.port}/${config.database}`;
  out.push(`first push: ${await push(url)}`);
  out.push(`second push: ${await push(url)}`);
  const pool = new pg.Pool({ ...config, max: 2 });
  const db = drizzle(pool);
  try {
    const [ann, bob] = await db.insert(users).values([{ email: 'ann@example.com', name: 'Ann', tags: ['a', 'b'], prefs: { theme: 'dark' } }, { email: 'bob@example.com', mood: 'sad' }]).returning();
    out.push(`users ${ann!.id} ${ann!.mood} ${JSON.stringify(ann!.tags)} ${JSON.stringify(ann!.prefs)} ${bob!.name} ${bob!.mood} ${ann!.createdAt instanceof Date}`);
    const made = await db.insert(posts).values([{ authorId: ann!.id, title: 'First', score: '4.50' }, { authorId: ann!.id, title: 'Second', draft: false }, { authorId: bob!.id, title: 'First' }]).returning({ id: posts.id, title: posts.title });
    out.push(`posts ${made.length} ${made.every((p) => /^[0-9a-f-]{36}$/.test(p.id))}`);
    const joined = await db.select({ email: users.email, title: posts.title, score: posts.score, draft: posts.draft }).from(posts).innerJoin(users, eq(posts.authorId, users.id)).orderBy(asc(users.email), desc(posts.title));
    for (const r of joined) out.push(`row ${r.email} ${r.title} ${r.score} ${r.draft}`);
    const perAuthor = await db.select({ email: users.email, n: count(posts.id) }).from(users).leftJoin(posts, eq(posts.authorId, users.id)).groupBy(users.email).orderBy(users.email);
    out.push(`per author ${JSON.stringify(perAuthor)}`);
    const dark = await db.select({ name: users.name }).from(users).where(and(sql`${users.prefs}->>'theme' = 'dark'`, sql`'b' = ANY(${users.tags})`));
    out.push(`dark ${JSON.stringify(dark)}`);
    await db.insert(users).values({ email: 'ann@example.com', name: 'Ann again' }).onConflictDoUpdate({ target: users.email, set: { name: 'Ann B.' } });
    await db.insert(users).values({ email: 'bob@example.com' }).onConflictDoNothing();
    out.push(`upserted ${JSON.stringify(await db.select({ email: users.email, name: users.name }).from(users).orderBy(users.email))}`);
    try {
      await db.insert(posts).values({ authorId: ann!.id, title: 'First' });
    } catch (e) {
      const err = (e as { cause?: pg.DatabaseError }).cause ?? (e as pg.DatabaseError);
      out.push(`duplicate ${err.code} ${err.constraint} ${err.detail}`);
    }
    try {
      await db.transaction(async (tx) => {
        await tx.update(posts).set({ draft: false }).where(eq(posts.authorId, ann!.id));
        await tx.insert(posts).values({ authorId: 999, title: 'Orphan' });
      });
    } catch (e) {
      const err = (e as { cause?: pg.DatabaseError }).cause ?? (e as pg.DatabaseError);
      out.push(`rolled back ${err.code} ${err.detail}`);
    }
    out.push(`drafts ${JSON.stringify(await db.select({ n: count() }).from(posts).where(eq(posts.draft, true)))}`);
    await db.delete(users).where(eq(users.id, ann!.id));
    out.push(`after cascade ${JSON.stringify(await db.select({ n: count() }).from(posts))}`);
  } finally {
    await pool.end();
  }
  return out;
}
