/**
 * Kysely 0.28 over node-postgres (PostgresDialect): its Migrator (migrations up to the latest
 * under its advisory lock, nothing the second time, one down and up again), the schema builder
 * (an enum type, foreign keys, a unique and a partial index), introspection (getTables with
 * their columns' types, nullability, defaults and auto-increment), then queries: inserts with
 * RETURNING, joins, aggregates with GROUP BY, ON CONFLICT upserts, jsonb, a transaction
 * committed and one rolled back, a unique violation. Prints what it sees.
 */
import { Kysely, Migrator, NO_MIGRATIONS, PostgresDialect, sql, type Migration, type MigrationResultSet } from 'kysely';
import pg from 'pg';

const migrations: Record<string, Migration> = {
  '2024_01_authors': {
    async up(db: Kysely<any>) {
      await db.schema.createType('ky_role').asEnum(['writer', 'editor']).execute();
      await db.schema
        .createTable('ky_authors')
        .addColumn('id', 'serial', (c) => c.primaryKey())
        .addColumn('email', 'varchar(120)', (c) => c.notNull().unique())
        .addColumn('role', sql`ky_role`, (c) => c.notNull().defaultTo('writer'))
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable('ky_authors').execute();
      await db.schema.dropType('ky_role').execute();
    },
  },
  '2024_02_posts': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('ky_posts')
        .addColumn('id', 'bigserial', (c) => c.primaryKey())
        .addColumn('author_id', 'integer', (c) => c.notNull().references('ky_authors.id').onDelete('cascade'))
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('score', 'numeric(6, 2)')
        .addColumn('meta', 'jsonb', (c) => c.defaultTo(sql`'{}'::jsonb`))
        .addColumn('published', 'boolean', (c) => c.notNull().defaultTo(false))
        .execute();
      await db.schema.createIndex('ky_posts_published').on('ky_posts').columns(['author_id', 'published']).where(sql.ref('published'), '=', true).execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable('ky_posts').execute();
    },
  },
};

function results(r: MigrationResultSet): string {
  if (r.error) throw r.error;
  return JSON.stringify((r.results ?? []).map((m) => `${m.direction} ${m.migrationName} ${m.status}`));
}

export async function kyselyProgram(config: pg.ClientConfig): Promise<string[]> {
  const out: string[] = [];
  const db = new Kysely<any>({ dialect: new PostgresDialect({ pool: new pg.Pool({ ...config, max: 2 }) }) });
  try {
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    out.push(`migrate to latest: ${results(await migrator.migrateToLatest())}`);
    out.push(`again: ${results(await migrator.migrateToLatest())}`);
    out.push(`down: ${results(await migrator.migrateDown())}`);
    out.push(`up: ${results(await migrator.migrateUp())}`);
    out.push(`status: ${(await migrator.getMigrations()).map((m) => `${m.name} ${m.executedAt ? 'executed' : 'pending'}`).join(', ')}`);

    const tables = (await db.introspection.getTables()).filter((t) => t.name.startsWith('ky_')).sort((a, b) => a.name.localeCompare(b.name));
    for (const t of tables) {
      const columns = t.columns.map((c) => `${c.name}:${c.dataType}${c.isNullable ? '?' : ''}${c.hasDefaultValue ? '=' : ''}${c.isAutoIncrementing ? '+' : ''}`);
      out.push(`introspection ${t.schema}.${t.name} ${columns.join(' ')}`);
    }
    out.push(`kysely tables hidden: ${(await db.introspection.getTables()).some((t) => t.name.startsWith('kysely_'))}`);

    const [ann, bob] = await db
      .insertInto('ky_authors')
      .values([{ email: 'ann@example.com', role: 'editor' }, { email: 'bob@example.com' }])
      .returning(['id', 'email', 'role'])
      .execute();
    out.push(`inserted ${JSON.stringify([ann, bob].map((a) => ({ email: a.email, role: a.role })))}`);
    await db
      .insertInto('ky_posts')
      .values([
        { author_id: ann.id, title: 'Replicated SQLite', score: '9.50', meta: JSON.stringify({ tags: ['sqlite'], words: 1200 }), published: true },
        { author_id: ann.id, title: 'Draft', score: null },
        { author_id: bob.id, title: 'Consensus', score: '7.25', published: true },
      ])
      .execute();
    const joined = await db
      .selectFrom('ky_posts as p')
      .innerJoin('ky_authors as a', 'a.id', 'p.author_id')
      .select(['a.email', 'p.title', 'p.score', sql<string>`p.meta->'tags'->>0`.as('first_tag')])
      .where('p.published', '=', true)
      .orderBy('p.title')
      .execute();
    out.push(`join ${JSON.stringify(joined)}`);
    const stats = await db
      .selectFrom('ky_posts')
      .select((eb) => ['author_id', eb.fn.countAll<string>().as('n'), eb.fn.sum<string>('score').as('total'), eb.fn.max('title').as('last')])
      .groupBy('author_id')
      .having((eb) => eb.fn.countAll(), '>', 0)
      .orderBy('author_id')
      .execute();
    out.push(`aggregate ${JSON.stringify(stats.map((s) => ({ ...s, author_id: Number(s.author_id) - ann.id })))}`);
    const upserted = await db
      .insertInto('ky_authors')
      .values({ email: 'bob@example.com', role: 'editor' })
      .onConflict((oc) => oc.column('email').doUpdateSet((eb) => ({ role: eb.ref('excluded.role') })))
      .returning(['email', 'role'])
      .executeTakeFirstOrThrow();
    out.push(`upsert ${JSON.stringify(upserted)}`);
    const skipped = await db.insertInto('ky_authors').values({ email: 'ann@example.com' }).onConflict((oc) => oc.doNothing()).executeTakeFirst();
    out.push(`do nothing ${skipped.numInsertedOrUpdatedRows}`);

    await db.transaction().execute(async (trx) => {
      await trx.updateTable('ky_posts').set({ published: true, score: sql`coalesce(score, 0) + 1` }).where('title', '=', 'Draft').execute();
      await trx.deleteFrom('ky_posts').where('title', '=', 'Consensus').execute();
    });
    const rolledBack = await db
      .transaction()
      .execute(async (trx) => {
        await trx.deleteFrom('ky_authors').execute();
        throw new Error('changed my mind');
      })
      .catch((err: Error) => err.message);
    const left = await db.selectFrom('ky_posts').select(['title', 'score', 'published']).orderBy('title').execute();
    out.push(`after transactions (${rolledBack}): ${JSON.stringify(left)}`);
    const violation = await db
      .insertInto('ky_authors')
      .values({ email: 'ann@example.com' })
      .execute()
      .then(
        () => 'none',
        (err: pg.DatabaseError) => `${err.code} ${err.constraint} ${err.detail}`,
      );
    out.push(`unique ${violation}`);
    const found = await db.selectFrom('ky_authors').selectAll().where('email', 'in', ['ann@example.com', 'nobody']).executeTakeFirstOrThrow();
    out.push(`selectAll ${found.email} ${found.role} ${found.created_at instanceof Date}`);

    out.push(`down to zero: ${results(await migrator.migrateTo(NO_MIGRATIONS))}`);
    await db.schema.dropTable('kysely_migration').execute();
    await db.schema.dropTable('kysely_migration_lock').execute();
  } finally {
    await db.destroy();
  }
  return out;
}
