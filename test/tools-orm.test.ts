/**
 * ORMs' normal flows against a real evsql process: knex 3 (migrations with the schema builder,
 * then queries) as an application would run them, over node-postgres and a real socket.
 */
import knexFactory, { type Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers/server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  expect(await server.stop()).toBe(0);
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
