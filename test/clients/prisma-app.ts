/**
 * Prisma 7: its schema engine (migrate's), then its client over node-postgres (@prisma/adapter-pg,
 * no Rust query engine). The `prisma` CLI downloads the schema engine's native binary before
 * any migrate or db command, which this machine cannot reach, so the program drives the same
 * engine built for WebAssembly (@prisma/schema-engine-wasm, the version the CLI pins) over the
 * adapter: `migrate diff --from-empty --to-schema … --script` written as the first migration,
 * `migrate deploy` twice (the second applies nothing), `migrate status`, `db pull` (its
 * introspection: the schema it writes must be the one the migration came from). Then the client: nested creates, findMany with
 * include/where/orderBy/take/skip, relation filters, updates, upserts, deletes, batch and
 * interactive transactions, aggregates, groupBy, raw queries, and the errors P2002, P2003,
 * P2025. Prints what it sees.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as engineGlue from '@prisma/schema-engine-wasm/schema_engine_bg';
import pg from 'pg';
import { Prisma, PrismaClient } from './prisma/generated/client.js';

const SCHEMA_PATH = join(import.meta.dirname, 'prisma/schema.prisma');

/** The package is built for bundlers (it imports its .wasm as a module): instantiate it as the CLI does. */
function loadSchemaEngine(): typeof engineGlue.SchemaEngine {
  const wasm = createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm/schema_engine_bg').replace(/\.js$/, '.wasm');
  const instance = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(wasm)), { './schema_engine_bg.js': engineGlue as unknown as WebAssembly.ModuleImports });
  engineGlue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return engineGlue.SchemaEngine;
}

const SchemaEngine = loadSchemaEngine();

function pgConfig(config: pg.ClientConfig): pg.PoolConfig {
  return { host: String(config.host), port: Number(config.port), user: String(config.user), database: String(config.database), max: 3 };
}

async function migrate(config: pg.ClientConfig, out: string[]): Promise<void> {
  const schema = readFileSync(SCHEMA_PATH, 'utf8');
  const files = [{ path: 'schema.prisma', content: schema }];
  const filters = { externalTables: [], externalEnums: [] };
  const engine = await SchemaEngine.new({ datamodels: [['schema.prisma', schema]] }, () => undefined, bindMigrationAwareSqlAdapterFactory(new PrismaPg(pgConfig(config))));
  try {
    const diff = await engine.diff({ from: { tag: 'empty' }, to: { tag: 'schemaDatamodel', files }, script: true, exitCode: null, filters });
    const script = diff.stdout ?? '';
    out.push(`migrate diff: ${script.split('\n').filter((l) => l.startsWith('-- ')).join(', ')}`);
    const migrationsList = {
      baseDir: 'migrations',
      lockfile: { path: 'migration_lock.toml', content: 'provider = "postgresql"\n' },
      shadowDbInitScript: '',
      migrationDirectories: [{ path: '0_init', migrationFile: { path: 'migration.sql', content: { tag: 'ok' as const, value: script } } }],
    };
    // Under pg_advisory_lock(72707369), as the CLI's engine runs it.
    for (const run of ['first', 'second']) {
      const applied = await engine.applyMigrations({ migrationsList, filters });
      out.push(`${run} migrate deploy: [${applied.appliedMigrationNames.join(', ')}]`);
    }
    const history = await engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters });
    out.push(`migrate status: ${JSON.stringify(history)}`);
  } finally {
    engine.free();
  }
}

/**
 * node-postgres with "char" columns read as text. @prisma/adapter-pg has no mapping for "char"
 * (pg_class.relkind and the like), which the schema engine's introspection reads: with the
 * native engine, which reads them itself, it needs none.
 */
class CharAsTextPool extends pg.Pool {
  override async query(...args: unknown[]): Promise<never> {
    const result = (await (super.query as (...a: unknown[]) => Promise<pg.QueryResult>)(...args)) as pg.QueryResult;
    for (const f of result.fields ?? []) if (f.dataTypeID === CHAR_OID) f.dataTypeID = TEXT_OID;
    return result as never;
  }
}
const [CHAR_OID, TEXT_OID] = [18, 25];

/** `prisma db pull` into an empty schema: the Prisma schema it writes, and its warnings. */
async function introspect(config: pg.ClientConfig, out: string[]): Promise<void> {
  const pool = new CharAsTextPool(pgConfig(config));
  const engine = await SchemaEngine.new({ datamodels: undefined }, () => undefined, bindMigrationAwareSqlAdapterFactory(new PrismaPg(pool)));
  try {
    const pulled = await engine.introspect({ schema: { files: [{ path: 'schema.prisma', content: 'datasource db {\n  provider = "postgresql"\n}\n' }] }, baseDirectoryPath: '.', force: false, compositeTypeDepth: 0, namespaces: null });
    out.push(`db pull: ${pulled.schema.files.map((f) => f.content).join('')}warnings ${JSON.stringify(pulled.warnings)}`);
  } finally {
    engine.free();
    await pool.end();
  }
}

/** A Prisma error as code, message's last line and meta, with the adapter's driver error reduced to its kind, code and constraint. */
function describeError(err: unknown): string {
  if (!(err instanceof Prisma.PrismaClientKnownRequestError)) throw err;
  const meta = { ...err.meta } as Record<string, unknown>;
  const driver = meta.driverAdapterError as { cause?: { kind?: string; originalCode?: string; constraint?: unknown } } | undefined;
  if (driver) meta.driverAdapterError = { kind: driver.cause?.kind, originalCode: driver.cause?.originalCode, constraint: driver.cause?.constraint };
  return `${err.code} ${err.message.trim().split('\n').at(-1)} ${JSON.stringify(meta)}`;
}

/**
 * Tables written in SQL, for db pull to read: an enum, serial and identity keys, a composite key,
 * foreign keys with actions, plain, DESC, partial and expression indexes, comments. No CHECK: the
 * adapter gives pg_constraint.contype as text, which the engine cannot read as "char" (it panics, on
 * PostgreSQL too).
 */
const SQL_TABLES = [
  "create type pl_mood as enum ('sad', 'ok', 'happy')",
  "create table pl_customers (id serial primary key, name text not null, email varchar(120) unique, mood pl_mood default 'ok', created timestamptz default now(), balance numeric(12,2) default 0, active boolean not null default true)",
  'create table pl_orders (id bigint generated always as identity primary key, customer_id int not null references pl_customers(id) on delete cascade, amount numeric(10,2) not null default 0, code char(8), note varchar(200), qty int default 1, tags text[], data jsonb, placed date default current_date, constraint pl_orders_code_uq unique (code))',
  'create table pl_items (order_id bigint references pl_orders(id) on update cascade, line int, sku text not null, price real, primary key (order_id, line))',
  'create index pl_orders_placed_idx on pl_orders (placed desc)',
  'create index pl_customers_lower_name on pl_customers (lower(name))',
  'create unique index pl_items_sku_idx on pl_items (sku) where price is not null',
  "comment on column pl_customers.name is 'full name'",
];

/** `prisma db pull` of tables written in SQL beside the migrated ones. */
export async function prismaPullProgram(config: pg.ClientConfig): Promise<string[]> {
  const client = new pg.Client(config);
  await client.connect();
  try {
    for (const statement of SQL_TABLES) await client.query(statement);
  } finally {
    await client.end();
  }
  const out: string[] = [];
  await introspect(config, out);
  return out;
}

export async function prismaProgram(config: pg.ClientConfig): Promise<string[]> {
  const out: string[] = [];
  await migrate(config, out);
  await introspect(config, out);
  const prisma = new PrismaClient({ adapter: new PrismaPg(pgConfig(config)) });
  try {
    const ann = await prisma.user.create({
      data: {
        email: 'ann@example.com',
        name: 'Ann',
        role: 'ADMIN',
        profile: { create: { bio: 'writes about databases' } },
        posts: {
          create: [
            { title: 'Replicated SQLite', published: true, views: 120, price: new Prisma.Decimal('9.99'), meta: { words: 1200, draft: false }, tags: ['sqlite', 'raft'] },
            { title: 'Wire protocols', views: 15, tags: [] },
          ],
        },
      },
      include: { profile: true, posts: { orderBy: { id: 'asc' } } },
    });
    out.push(`create ${ann.email} ${ann.role} ${ann.profile?.bio} posts ${ann.posts.map((p) => `${p.title}/${p.price.toFixed(2)}/${JSON.stringify(p.meta)}/${p.tags.join('+')}`).join(' ')}`);
    const bob = await prisma.user.create({ data: { email: 'bob@example.com', posts: { create: { title: 'Hello', published: true, views: 3 } } } });
    const made = await prisma.post.createMany({
      data: [
        { title: 'Drafts', authorId: bob.id, views: 7, price: '1.50' },
        { title: 'Indexes', authorId: ann.id, published: true, views: 64, tags: ['btree'], meta: { words: 800, draft: false } },
      ],
    });
    out.push(`createMany ${made.count}`);

    const page = await prisma.post.findMany({
      where: { OR: [{ published: true }, { views: { gte: 10 } }], title: { contains: 'i', mode: 'insensitive' } },
      include: { author: { select: { email: true } } },
      orderBy: [{ views: 'desc' }, { id: 'asc' }],
      skip: 1,
      take: 2,
    });
    out.push(`page ${page.map((p) => `${p.title}(${p.views}) by ${p.author.email}`).join(', ')}`);
    const writers = await prisma.user.findMany({ where: { posts: { some: { published: true, tags: { has: 'sqlite' } } } }, select: { name: true, _count: { select: { posts: true } } } });
    out.push(`relation filter ${JSON.stringify(writers)}`);
    const byJson = await prisma.post.findMany({ where: { meta: { path: ['words'], gte: 1000 } }, select: { title: true } });
    out.push(`json path ${byJson.map((p) => p.title).join(',')}`);
    const distinct = await prisma.post.findMany({ distinct: ['published'], orderBy: [{ published: 'asc' }, { id: 'asc' }], select: { published: true, title: true } });
    out.push(`distinct ${JSON.stringify(distinct)}`);
    const unique = await prisma.user.findUnique({ where: { email: 'bob@example.com' }, include: { profile: true } });
    out.push(`findUnique ${unique?.email} profile ${unique?.profile}`);
    const since = await prisma.user.count({ where: { createdAt: { gt: new Date('2000-01-01T00:00:00Z') } } });
    out.push(`count since 2000 ${since}`);

    const updated = await prisma.post.update({ where: { id: ann.posts[1]!.id }, data: { published: true, views: { increment: 5 }, tags: { push: 'pg' } } });
    out.push(`update ${updated.title} ${updated.published} ${updated.views} ${updated.tags.join('+')}`);
    const none = await prisma.user.findMany({ where: { posts: { none: { published: false } } }, orderBy: { email: 'asc' }, select: { email: true } });
    out.push(`no drafts ${none.map((u) => u.email).join(',')}`);
    const many = await prisma.post.updateMany({ where: { authorId: bob.id }, data: { price: { multiply: 2 } } });
    out.push(`updateMany ${many.count}`);
    const inserted = await prisma.user.upsert({ where: { email: 'cy@example.com' }, create: { email: 'cy@example.com', name: 'Cy' }, update: { name: 'never' } });
    const kept = await prisma.user.upsert({ where: { email: 'cy@example.com' }, create: { email: 'cy@example.com' }, update: { name: 'Cyrus', role: 'ADMIN' } });
    out.push(`upsert ${inserted.name} then ${kept.name} ${kept.role} same id ${kept.id === inserted.id}`);

    const [posts, users, views] = await prisma.$transaction([prisma.post.count(), prisma.user.count(), prisma.post.aggregate({ _sum: { views: true } })]);
    out.push(`batch transaction ${posts} posts ${users} users ${views._sum.views} views`);
    const moved = await prisma.$transaction(async (tx) => {
      const drafts = await tx.post.findMany({ where: { published: false }, select: { id: true } });
      await tx.post.updateMany({ where: { id: { in: drafts.map((d) => d.id) } }, data: { authorId: inserted.id } });
      return drafts.length;
    });
    out.push(`interactive transaction moved ${moved}`);
    const rolledBack = await prisma
      .$transaction(async (tx) => {
        await tx.post.deleteMany({});
        throw new Error('changed my mind');
      })
      .catch((err: Error) => err.message);
    out.push(`rolled back: ${rolledBack}, posts ${await prisma.post.count()}`);

    const stats = await prisma.post.aggregate({ _count: { _all: true }, _sum: { views: true, price: true }, _avg: { views: true }, _min: { price: true }, _max: { views: true } });
    out.push(`aggregate ${JSON.stringify(stats)}`);
    const groups = await prisma.post.groupBy({ by: ['authorId'], _count: { _all: true }, _sum: { views: true }, having: { views: { _sum: { gt: 5 } } }, orderBy: { authorId: 'asc' } });
    out.push(`groupBy ${JSON.stringify(groups.map((g) => ({ ...g, authorId: g.authorId - ann.id })))}`);

    const minViews = 10;
    const raw = await prisma.$queryRaw<{ email: string; total: bigint }[]>`SELECT u.email, sum(p.views)::bigint AS total FROM "User" u JOIN "Post" p ON p."authorId" = u.id WHERE p.views >= ${minViews} GROUP BY u.email ORDER BY u.email`;
    out.push(`queryRaw ${raw.map((r) => `${r.email}=${r.total}`).join(' ')}`);
    const typed = await prisma.$queryRawUnsafe<Record<string, unknown>[]>('SELECT $1::int + 1 AS n, now() > $2::timestamptz AS later, $3::numeric AS amount, ARRAY[1,2] AS arr', 41, new Date('2020-01-01T00:00:00Z'), '12.50');
    out.push(`queryRawUnsafe ${JSON.stringify(typed, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v))}`);
    const touched = await prisma.$executeRaw`UPDATE "Post" SET views = views + 1 WHERE "authorId" = ${bob.id}`;
    out.push(`executeRaw ${touched}`);

    out.push(`unique ${await prisma.user.create({ data: { email: 'ann@example.com' } }).then(() => 'none', describeError)}`);
    out.push(`foreign key ${await prisma.post.create({ data: { title: 'orphan', authorId: 999_999 } }).then(() => 'none', describeError)}`);
    out.push(`not found ${await prisma.user.update({ where: { email: 'nobody@example.com' }, data: { name: 'x' } }).then(() => 'none', describeError)}`);

    const gone = await prisma.profile.delete({ where: { userId: ann.id } });
    const deleted = await prisma.post.deleteMany({ where: { views: { lt: 10 } } });
    out.push(`delete ${gone.bio} deleteMany ${deleted.count} left ${(await prisma.post.findMany({ orderBy: { id: 'asc' }, select: { title: true } })).map((p) => p.title).join(',')}`);
  } finally {
    await prisma.$disconnect();
  }
  return out;
}
