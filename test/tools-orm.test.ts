/**
 * ORMs' normal flows against a real evsql process, as an application would run them over
 * node-postgres and a real socket: knex 3 (migrations with the schema builder, then queries) and
 * TypeORM (synchronize creating the schema from entities, then repository and query-builder CRUD).
 */
import knexFactory, { type Knex } from 'knex';
import 'reflect-metadata';
import { DataSource, EntitySchema, QueryFailedError } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers/server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  if (server) expect(await server.stop()).toBe(0);
});

/** Migrations as knex runs them from a directory, supplied in memory. */
const MIGRATIONS: Record<string, { up(k: Knex): Promise<void>; down(k: Knex): Promise<void> }> = {
  '001_authors_and_books': {
    async up(k) {
      await k.schema.createTable('authors', (t) => {
        t.increments('id');
        t.string('name', 100).notNullable().unique();
        t.integer('born');
        t.timestamps(true, true);
      });
      await k.schema.createTable('books', (t) => {
        t.increments('id');
        t.integer('author_id').notNullable().references('id').inTable('authors').onDelete('CASCADE');
        t.string('title').notNullable();
        t.integer('pages').defaultTo(0);
        t.decimal('price', 8, 2);
        t.boolean('in_print').defaultTo(true);
        t.index(['author_id', 'title']);
      });
    },
    async down(k) {
      await k.schema.dropTable('books');
      await k.schema.dropTable('authors');
    },
  },
  '002_author_nickname': {
    async up(k) {
      await k.schema.alterTable('authors', (t) => {
        t.string('nickname');
        t.dropColumn('born');
      });
    },
    async down(k) {
      await k.schema.alterTable('authors', (t) => {
        t.dropColumn('nickname');
        t.integer('born');
      });
    },
  },
};

const migrationSource: Knex.MigrationSource<string> = {
  getMigrations: async () => Object.keys(MIGRATIONS),
  getMigrationName: (m) => m,
  getMigration: async (m) => MIGRATIONS[m]!,
};

describe('knex', () => {
  let knex: Knex;

  beforeAll(() => {
    knex = knexFactory({ client: 'pg', connection: server.config(), pool: { min: 0, max: 4 } });
  });

  afterAll(async () => {
    await knex.destroy();
  });

  it('runs migrations: create tables with keys and indexes, then alter them', async () => {
    const [batch, done] = await knex.migrate.latest({ migrationSource });
    expect(batch).toBe(1);
    expect(done).toEqual(['001_authors_and_books', '002_author_nickname']);
    expect(await knex.schema.hasTable('authors')).toBe(true);
    expect(await knex.schema.hasColumn('authors', 'nickname')).toBe(true);
    expect(await knex.schema.hasColumn('authors', 'born')).toBe(false);
    const constraints = await knex('information_schema.table_constraints').whereIn('table_name', ['authors', 'books']).whereNot('constraint_type', 'CHECK').orderBy('constraint_name').pluck('constraint_name');
    expect(constraints).toEqual(['authors_name_unique', 'authors_pkey', 'books_author_id_foreign', 'books_pkey']);
    expect(await knex('pg_indexes').where({ tablename: 'books' }).orderBy('indexname').pluck('indexname')).toEqual(['books_author_id_title_index', 'books_pkey']);
    const [, none] = await knex.migrate.latest({ migrationSource });
    expect(none).toEqual([]);
    const rows = await knex('knex_migrations').select('name', 'batch').orderBy('id');
    expect(rows).toEqual([
      { name: '001_authors_and_books', batch: 1 },
      { name: '002_author_nickname', batch: 1 },
    ]);
  });

  it('inserts with RETURNING, honours DEFAULT in multi-row inserts and rejects duplicates with 23505', async () => {
    const [ann] = await knex('authors').insert({ name: 'Ann', nickname: 'a' }).returning('*');
    expect(ann).toMatchObject({ id: 1, name: 'Ann', nickname: 'a' });
    expect(ann.created_at).toBeInstanceOf(Date);
    expect(ann.updated_at).toBeInstanceOf(Date);
    // One row names a column the other leaves out: knex sends DEFAULT for the gap.
    const ids = await knex('authors').insert([{ name: 'Bob' }, { name: 'Cy', nickname: 'c' }]).returning('id');
    expect(ids).toEqual([{ id: 2 }, { id: 3 }]);
    await expect(knex('authors').insert({ name: 'Ann' })).rejects.toMatchObject({ code: '23505' });

    const books = await knex('books')
      .insert([
        { author_id: 1, title: 'First', pages: 100, price: '9.50' },
        { author_id: 1, title: 'Second', pages: 200, price: '12.00' },
        { author_id: 2, title: 'Third', price: '7.25', in_print: false },
      ])
      .returning(['id', 'pages', 'price', 'in_print']);
    expect(books).toEqual([
      { id: 1, pages: 100, price: '9.50', in_print: true },
      { id: 2, pages: 200, price: '12.00', in_print: true },
      { id: 3, pages: 0, price: '7.25', in_print: false },
    ]);
    await expect(knex('books').insert({ author_id: 99, title: 'Orphan' })).rejects.toMatchObject({ code: '23503' });
  });

  it('queries with joins, group by/having, where-in, like and bound limits', async () => {
    const perAuthor = await knex('authors as a')
      .join('books as b', 'b.author_id', 'a.id')
      .select('a.name')
      .count('b.id as n')
      .sum('b.pages as pages')
      .groupBy('a.name')
      .having(knex.raw('count(b.id) > ?', [1]));
    expect(perAuthor).toEqual([{ name: 'Ann', n: '2', pages: '300' }]);

    const left = await knex('authors').leftJoin('books', 'books.author_id', 'authors.id').select('authors.name', 'books.title').orderBy([{ column: 'authors.id' }, { column: 'books.id' }]);
    expect(left).toEqual([
      { name: 'Ann', title: 'First' },
      { name: 'Ann', title: 'Second' },
      { name: 'Bob', title: 'Third' },
      { name: 'Cy', title: null },
    ]);

    expect(await knex('books').whereIn('id', [1, 3]).orderBy('id', 'desc').limit(1).pluck('title')).toEqual(['Third']);
    expect(await knex('books').where('title', 'like', 'S%').first('title')).toEqual({ title: 'Second' });
    expect(await knex('books').count('* as n').first()).toEqual({ n: '3' });
    expect(await knex('books').max('price as p').first()).toEqual({ p: '12.00' });
    const [{ sum }] = (await knex.raw('select ?::int + ? as sum', [2, 3])).rows;
    expect(sum).toBe(5);
  });

  it('reports row counts from .update() and .del(), and cascades deletes', async () => {
    expect(await knex('books').where('pages', '>=', 100).update({ in_print: false })).toBe(2);
    const updated = await knex('authors').where({ id: 2 }).update({ nickname: 'b', updated_at: knex.fn.now() }).returning(['id', 'nickname']);
    expect(updated).toEqual([{ id: 2, nickname: 'b' }]);
    expect(await knex('books').where({ in_print: false }).count('* as n').first()).toEqual({ n: '3' });
    expect(await knex('authors').where({ id: 1 }).del()).toBe(1);
    expect(await knex('books').pluck('id')).toEqual([3]);
    expect(await knex('books').where({ id: 12345 }).del()).toBe(0);
  });

  it('commits and rolls back transactions', async () => {
    await knex.transaction(async (trx) => {
      const [{ id }] = await trx('authors').insert({ name: 'Dee' }).returning('id');
      await trx('books').insert({ author_id: id, title: 'Fourth' });
    });
    await expect(
      knex.transaction(async (trx) => {
        await trx('authors').insert({ name: 'Eve' });
        await trx('books').insert({ author_id: 1, title: 'Lost' });
      }),
    ).rejects.toMatchObject({ code: '23503' });
    expect(await knex('authors').orderBy('id').pluck('name')).toEqual(['Bob', 'Cy', 'Dee']);
    expect(await knex('books').orderBy('id').pluck('title')).toEqual(['Third', 'Fourth']);
  });

  it('rolls the migrations back', async () => {
    const [, undone] = await knex.migrate.rollback({ migrationSource });
    expect(undone).toEqual(['002_author_nickname', '001_authors_and_books']);
    expect(await knex.schema.hasTable('books')).toBe(false);
    expect(await knex.schema.hasTable('authors')).toBe(false);
  });
});

interface Owner {
  id: number;
  email: string;
  createdAt: Date;
  pets?: Pet[];
}

interface Pet {
  id: number;
  name: string;
  legs: number;
  weight: string | null;
  owner: Owner;
}

/** Entities without decorators (EntitySchema), so the test needs no decorator compilation. */
const OwnerEntity = new EntitySchema<Owner>({
  name: 'Owner',
  tableName: 'owners',
  columns: {
    id: { type: Number, primary: true, generated: true },
    email: { type: String, length: 100, unique: true },
    createdAt: { type: 'timestamptz', createDate: true, name: 'created_at' },
  },
  relations: { pets: { type: 'one-to-many', target: 'Pet', inverseSide: 'owner' } },
});

const PetEntity = new EntitySchema<Pet>({
  name: 'Pet',
  tableName: 'pets',
  columns: {
    id: { type: Number, primary: true, generated: true },
    name: { type: String },
    legs: { type: 'int', default: 4 },
    weight: { type: 'numeric', precision: 6, scale: 2, nullable: true },
  },
  relations: { owner: { type: 'many-to-one', target: 'Owner', joinColumn: { name: 'owner_id' }, onDelete: 'CASCADE', nullable: false } },
  indices: [{ name: 'pets_name_idx', columns: ['name'] }],
});

describe('TypeORM', () => {
  let ds: DataSource;

  beforeAll(async () => {
    ds = new DataSource({ type: 'postgres', ...server.config(), username: 'postgres', entities: [OwnerEntity, PetEntity], synchronize: true });
    await ds.initialize();
  });

  afterAll(async () => {
    if (ds?.isInitialized) await ds.destroy();
  });

  it('synchronizes the schema: tables, keys, the unique constraint and the index', async () => {
    const tables = await ds.query("select table_name from information_schema.tables where table_schema = 'public' and table_name in ('owners', 'pets') order by 1");
    expect(tables).toEqual([{ table_name: 'owners' }, { table_name: 'pets' }]);
    const constraints = await ds.query(
      "select table_name, constraint_name, constraint_type from information_schema.table_constraints where table_name in ('owners', 'pets') and constraint_type <> 'CHECK' order by 1, 3",
    );
    expect(constraints.map((c: { table_name: string; constraint_type: string }) => `${c.table_name} ${c.constraint_type}`)).toEqual(['owners PRIMARY KEY', 'owners UNIQUE', 'pets FOREIGN KEY', 'pets PRIMARY KEY']);
    // TypeORM names its unique and foreign-key constraints itself; the names must survive.
    expect(constraints.find((c: { constraint_type: string }) => c.constraint_type === 'FOREIGN KEY').constraint_name).toMatch(/^FK_[0-9a-f]{27}$/);
    expect(constraints.find((c: { constraint_type: string }) => c.constraint_type === 'UNIQUE').constraint_name).toMatch(/^UQ_[0-9a-f]{27}$/);
    expect(await ds.query("select indexname from pg_indexes where tablename = 'pets' and indexname = 'pets_name_idx'")).toEqual([{ indexname: 'pets_name_idx' }]);
  });

  it('saves, finds with relations, updates and deletes through repositories', async () => {
    const owners = ds.getRepository<Owner>('Owner');
    const pets = ds.getRepository<Pet>('Pet');
    const ann = await owners.save({ email: 'ann@example.com' });
    expect(ann.id).toBe(1);
    expect(ann.createdAt).toBeInstanceOf(Date);
    // One pet leaves legs and weight out: TypeORM sends DEFAULT for them in a multi-row INSERT.
    const saved = await pets.save([
      { name: 'rex', legs: 4, weight: '12.50', owner: ann },
      { name: 'tweety', legs: 2, owner: ann },
    ]);
    expect(saved.map((p) => [p.id, p.legs])).toEqual([
      [1, 4],
      [2, 2],
    ]);
    const bob = await owners.save({ email: 'bob@example.com' });
    await pets.save({ name: 'nemo', owner: bob });

    const found = await pets.find({ relations: { owner: true }, order: { id: 'ASC' } });
    expect(found.map((p) => ({ id: p.id, name: p.name, legs: p.legs, weight: p.weight, owner: p.owner.email }))).toEqual([
      { id: 1, name: 'rex', legs: 4, weight: '12.50', owner: 'ann@example.com' },
      { id: 2, name: 'tweety', legs: 2, weight: null, owner: 'ann@example.com' },
      { id: 3, name: 'nemo', legs: 4, weight: null, owner: 'bob@example.com' },
    ]);
    const withPets = await owners.findOne({ where: { email: 'ann@example.com' }, relations: { pets: true } });
    expect(withPets!.pets!.map((p) => p.name).sort()).toEqual(['rex', 'tweety']);

    const perOwner = await pets
      .createQueryBuilder('p')
      .innerJoin('p.owner', 'o')
      .select('o.email', 'email')
      .addSelect('count(p.id)', 'n')
      .groupBy('o.email')
      .having('count(p.id) > :min', { min: 1 })
      .getRawMany();
    expect(perOwner).toEqual([{ email: 'ann@example.com', n: '2' }]);

    expect((await pets.update({ name: 'rex' }, { legs: 3 })).affected).toBe(1);
    expect(await pets.findOneBy({ name: 'rex' })).toMatchObject({ legs: 3 });
    expect((await owners.delete({ id: ann.id })).affected).toBe(1);
    expect(await pets.count()).toBe(1);
  });

  it('rolls a transaction back on a constraint error, with the SQLSTATE on driverError', async () => {
    const err = await ds
      .transaction(async (m) => {
        await m.getRepository<Owner>('Owner').save({ email: 'cy@example.com' });
        await m.getRepository<Owner>('Owner').save({ email: 'bob@example.com' });
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QueryFailedError);
    expect((err as QueryFailedError & { driverError: { code: string } }).driverError.code).toBe('23505');
    expect(await ds.getRepository<Owner>('Owner').count()).toBe(1);
    await expect(ds.getRepository<Pet>('Pet').save({ name: 'stray', owner: { id: 99 } as Owner })).rejects.toMatchObject({ driverError: { code: '23503' } });
  });
});

interface Item {
  id: number;
  status: 'draft' | 'live' | 'gone';
  tags: string[] | null;
  name: string;
}

/** An enum column and a text[] column: TypeORM makes the enum type and reads it back from pg_enum. */
const ItemEntity = new EntitySchema<Item>({
  name: 'Item',
  tableName: 'items',
  columns: {
    id: { type: Number, primary: true, generated: true },
    status: { type: 'enum', enum: ['draft', 'live', 'gone'], default: 'draft' },
    tags: { type: 'text', array: true, nullable: true },
    name: { type: String, length: 50 },
  },
});

describe('TypeORM with an enum and an array column', () => {
  const connect = async () => {
    const ds = new DataSource({ type: 'postgres', ...server.config(), username: 'postgres', entities: [ItemEntity] });
    await ds.initialize();
    return ds;
  };

  it('synchronizes twice (the second time finds nothing to change) and saves enum values and arrays', async () => {
    const first = await connect();
    const pending = await first.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)[0]).toBe(`CREATE TYPE "public"."items_status_enum" AS ENUM('draft', 'live', 'gone')`);
    await first.synchronize();
    const items = first.getRepository<Item>('Item');
    await items.save({ name: 'one', status: 'live', tags: ['a', 'b'] });
    await expect(items.save({ name: 'two', status: 'lost' as Item['status'] })).rejects.toMatchObject({ driverError: { code: '22P02' } });
    await first.destroy();

    const second = await connect();
    expect((await second.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
    await second.synchronize();
    await second.getRepository<Item>('Item').save({ name: 'two' });
    const found = await second.getRepository<Item>('Item').find({ order: { id: 'ASC' } });
    expect(found.map(({ status, tags, name }) => ({ status, tags, name }))).toEqual([
      { status: 'live', tags: ['a', 'b'], name: 'one' },
      { status: 'draft', tags: null, name: 'two' },
    ]);
    await second.destroy();
  });
});
